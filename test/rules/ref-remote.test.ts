import refRemote from "../../rules/ref-remote.js";
import { ruleTester } from "../helpers/rule-tester.js";

const REMOTE = "https://example.com/common.yaml#/components/parameters/Page";

ruleTester(refRemote, {
  valid: [
    { name: "local parameter ref", code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/P'\n      x-amazon-apigateway-integration: { type: mock }\ncomponents:\n  parameters:\n    P: { name: p, in: query }\n" },
    { name: "a remote ref the integration does not depend on (a schema) is not reported", code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      requestBody: { content: { application/json: { schema: { $ref: 'https://example.com/s.json' } } } }\n      x-amazon-apigateway-integration: { type: mock }\n" },
  ],
  invalid: [
    {
      name: "a remote path-level parameter shared by two operations is reported once",
      code: `openapi: 3.0.1
paths:
  /pets:
    parameters:
      - $ref: ${REMOTE}
    get:
      x-amazon-apigateway-integration: { type: mock }
    post:
      x-amazon-apigateway-integration: { type: mock }
`,
      errors: [{ message: `$ref '${REMOTE}' is a remote URL: apigw-lint never fetches over the network, so what it points to is not checked.`, line: 5, column: 15, endLine: 5, endColumn: 15 + REMOTE.length }],
    },
    {
      name: "a remote integration (JSON, http)",
      code: `{
  "swagger": "2.0",
  "paths": { "/": { "get": { "x-amazon-apigateway-integration": { "$ref": "http://example.com/i.json" } } } }
}
`,
      errors: [{ message: "$ref 'http://example.com/i.json' is a remote URL: apigw-lint never fetches over the network, so what it points to is not checked.", line: 3, column: 75, endLine: 3, endColumn: 102 }],
    },
    {
      name: "a network-path reference (//host/x) is remote too, not a missing file",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration:\n        $ref: //example.com/i.yaml\n",
      errors: [{ message: "$ref '//example.com/i.yaml' is a remote URL: apigw-lint never fetches over the network, so what it points to is not checked.", line: 6, column: 15, endLine: 6, endColumn: 35 }],
    },
  ],
});
