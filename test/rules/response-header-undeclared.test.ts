import rule from "../../rules/response-header-undeclared.js";
import { getMethod } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MOCK = '"type": "MOCK", "requestTemplates": { "application/json": "{}" }';
const LOCATION = '"responseParameters": { "method.response.header.Location": "\'/x\'" }';

ruleTester(rule, {
  valid: [
    { name: "declared header", code: getMethod({ methodResponses: '"201": { "statusCode": "201", "responseParameters": { "method.response.header.Location": true } }', integration: MOCK, responses: `"201": { "statusCode": "201", ${LOCATION} }` }) },
    {
      name: "OpenAPI response headers declare them (rec-import-mock-http-method-dropped)",
      code: "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    options:\n      responses:\n        '200':\n          description: ok\n          headers:\n            Access-Control-Allow-Headers: { schema: { type: string } }\n      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates: { application/json: '{\"statusCode\": 200}' }\n        responses:\n          default:\n            statusCode: '200'\n            responseParameters:\n              method.response.header.Access-Control-Allow-Headers: \"'Content-Type'\"\n",
    },
    {
      name: "proxy integrations ignore their responses: not checked",
      code: getMethod({ methodResponses: '"201": { "statusCode": "201" }', integration: '"type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/"', responses: `"201": { "statusCode": "201", ${LOCATION} }` }),
    },
    {
      name: "HTTP APIs have no integration responses: not checked",
      code: "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    get:\n      responses: {}\n      x-amazon-apigateway-integration:\n        type: mock\n        responses:\n          default:\n            statusCode: '401'\n            responseParameters:\n              method.response.header.WWW-Authenticate: \"'Basic'\"\n",
      options: { apiKind: "HTTP" },
    },
  ],
  invalid: [
    {
      name: "header not declared",
      code: getMethod({ methodResponses: '"201": { "statusCode": "201" }', integration: MOCK, responses: `"201": { "statusCode": "201", ${LOCATION} }` }),
      errors: [{ message: "Invalid mapping expression parameter specified: method.response.header.Location: the method response 201 does not declare the header Location (it declares no headers).", line: 7, column: 85, endLine: 7, endColumn: 118 }],
    },
    {
      name: "names are compared as written",
      code: getMethod({ methodResponses: '"201": { "statusCode": "201", "responseParameters": { "method.response.header.location": true } }', integration: MOCK, responses: `"201": { "statusCode": "201", ${LOCATION} }` }),
      errors: [{ message: "Invalid mapping expression parameter specified: method.response.header.Location: the method response 201 does not declare the header Location (it declares location).", line: 7, column: 85, endLine: 7, endColumn: 118 }],
    },
  ],
});
