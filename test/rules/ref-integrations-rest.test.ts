import refIntegrationsRest from "../../rules/ref-integrations-rest.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(refIntegrationsRest, {
  valid: [
    {
      name: "an HTTP API resolves it",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration: { $ref: '#/components/x-amazon-apigateway-integrations/i' }\ncomponents:\n  x-amazon-apigateway-integrations:\n    i: { type: http_proxy, httpMethod: GET, uri: 'https://example.com', payloadFormatVersion: '1.0' }\nx-amazon-apigateway-cors: {}\n",
    },
  ],
  invalid: [
    {
      name: "a REST API drops it",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration: { $ref: '#/components/x-amazon-apigateway-integrations/i' }\ncomponents:\n  x-amazon-apigateway-integrations:\n    i: { type: http, httpMethod: GET, uri: 'https://example.com' }\n",
      errors: [{ message: "REST APIs do not resolve $ref to x-amazon-apigateway-integrations (an HTTP API feature): the import ignores this integration (\"Unknown integration type 'null' for 'GET /p'. Ignoring.\"), and the method is left without one.", line: 5, column: 48, endLine: 5, endColumn: 97 }],
    },
  ],
});
