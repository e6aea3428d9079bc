import refUnresolved from "../../rules/ref-unresolved.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(refUnresolved, {
  valid: [
    { name: "pointer with escapes", code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/a~1b'\n      x-amazon-apigateway-integration: { type: mock }\ncomponents:\n  parameters:\n    a/b: { name: p, in: query }\n" },
  ],
  invalid: [
    {
      name: "missing local target",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/Missing'\n      x-amazon-apigateway-integration: { type: mock }\n",
      errors: [{ message: "$ref '#/components/parameters/Missing' points to nothing: the document has no '#/components/parameters/Missing'.", line: 6, column: 17, endLine: 6, endColumn: 50 }],
    },
    {
      name: "a cycle is reported and nothing crashes",
      code: `openapi: 3.0.1
paths:
  /p:
    get:
      x-amazon-apigateway-integration:
        $ref: '#/components/x-amazon-apigateway-integrations/a'
components:
  x-amazon-apigateway-integrations:
    a: { $ref: '#/components/x-amazon-apigateway-integrations/b' }
    b: { $ref: '#/components/x-amazon-apigateway-integrations/a' }
x-amazon-apigateway-cors: {}
`,
      errors: [{ message: "$ref '#/components/x-amazon-apigateway-integrations/b' is circular: following it comes back to itself.", line: 9, column: 16, endLine: 9, endColumn: 65 }],
    },
    {
      name: "a self-referencing path item",
      code: "openapi: 3.0.1\npaths:\n  /p: { $ref: '#/paths/~1p' }\n",
      errors: [{ message: "$ref '#/paths/~1p' is circular: following it comes back to itself.", line: 3, column: 15, endLine: 3, endColumn: 28 }],
    },
    {
      name: "a pointer that is not one",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration: { $ref: '#components' }\n",
      errors: [{ message: "$ref '#components' cannot be followed: '#components' is not a JSON pointer (it must start with '/').", line: 5, column: 48, endLine: 5, endColumn: 61 }],
    },
    {
      name: "a missing file",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration: { $ref: './no-such-file.yaml' }\n",
      errors: [{ message: "$ref './no-such-file.yaml' cannot be followed: file not found: ./no-such-file.yaml.", line: 5, column: 48, endLine: 5, endColumn: 69 }],
    },
  ],
});
