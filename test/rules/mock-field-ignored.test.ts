import rule from "../../rules/mock-field-ignored.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "a bare MOCK", code: '{\n  "type": "MOCK",\n  "requestTemplates": { "application/json": "{}" }\n}\n' },
    { name: "uri on HTTP is used", code: '{\n  "type": "HTTP",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/"\n}\n' },
  ],
  invalid: [
    {
      name: "uri, verb and connectionType",
      code: '{\n  "type": "MOCK",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "connectionType": "INTERNET"\n}\n',
      errors: [
        { message: "A MOCK integration calls no backend: AWS drops the integration HTTP method (integrationHttpMethod) and stores the integration without it.", line: 3, column: 3, endLine: 3, endColumn: 26 },
        { message: "A MOCK integration calls no backend: AWS drops the uri (uri) and stores the integration without it.", line: 4, column: 3, endLine: 4, endColumn: 8 },
        { message: "A MOCK integration calls no backend: AWS drops connectionType (connectionType) and stores the integration without it.", line: 5, column: 3, endLine: 5, endColumn: 19 },
      ],
    },
    {
      name: "OpenAPI mock with httpMethod (rec-import-mock-http-method-dropped)",
      code: "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    options:\n      responses: { '200': { description: ok } }\n      x-amazon-apigateway-integration:\n        type: mock\n        httpMethod: POST\n        requestTemplates: { application/json: '{\"statusCode\": 200}' }\n",
      errors: [{ message: "A MOCK integration calls no backend: AWS drops the integration HTTP method (httpMethod) and stores the integration without it.", line: 9, column: 9, endLine: 9, endColumn: 19 }],
    },
  ],
});
