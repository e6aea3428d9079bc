import rule from "../../rules/response-parameters-method-response-missing.js";
import { getMethod } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MOCK = '"type": "MOCK", "requestTemplates": { "application/json": "{}" }';
const HEADER = '"responseParameters": { "method.response.header.WWW-Authenticate": "\'Basic\'" }';

ruleTester(rule, {
  valid: [
    { name: "the method response exists", code: getMethod({ methodResponses: '"401": { "statusCode": "401", "responseParameters": { "method.response.header.WWW-Authenticate": false } }', integration: MOCK, responses: `"401": { "statusCode": "401", ${HEADER} }` }) },
    { name: "no parameters: accepted (a warning rule covers it)", code: getMethod({ integration: MOCK, responses: '"401": { "statusCode": "401", "selectionPattern": "401" }' }) },
    { name: "a PutIntegration body does not carry method responses", code: `{\n  "type": "MOCK",\n  "integrationResponses": { "401": { "statusCode": "401", ${HEADER} } }\n}\n` },
    {
      name: "proxy integrations ignore their responses: not checked",
      code: getMethod({ integration: '"type": "AWS_PROXY", "httpMethod": "POST", "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations"', responses: `"401": { "statusCode": "401", ${HEADER} }` }),
    },
    {
      name: "HTTP APIs have no integration responses: not checked",
      code: "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    get:\n      responses: {}\n      x-amazon-apigateway-integration:\n        type: mock\n        responses:\n          default:\n            statusCode: '401'\n            responseParameters:\n              method.response.header.WWW-Authenticate: \"'Basic'\"\n",
      options: { apiKind: "HTTP" },
    },
  ],
  invalid: [
    {
      name: "no method responses at all (iss-int-resp-params-without-method-response)",
      code: getMethod({ methodResponses: "", integration: MOCK, responses: `"401": { "statusCode": "401", "selectionPattern": "^401.*", ${HEADER} }` }),
      errors: [{ message: "Invalid mapping expression specified: Validation Result: warnings : [], errors : [No method response exists for method.]: the integration response 401 maps responseParameters, but the method declares no 401 response.", line: 7, column: 113, endLine: 7, endColumn: 169 }],
    },
    {
      name: "another status declared",
      code: getMethod({ integration: MOCK, responses: `"401": { "statusCode": "401", ${HEADER} }` }),
      errors: [{ message: "Invalid mapping expression specified: Validation Result: warnings : [], errors : [No method response exists for method.]: the integration response 401 maps responseParameters, but the method declares no 401 response (it has 200).", line: 7, column: 83, endLine: 7, endColumn: 139 }],
    },
  ],
});
