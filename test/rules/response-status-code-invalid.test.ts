import rule from "../../rules/response-status-code-invalid.js";
import { getMethod } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MOCK = '"type": "MOCK", "requestTemplates": { "application/json": "{}" }';
const pattern = (value: string) => `1 validation error detected: Value '${value}' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d (a status code from 100 to 599).`;

ruleTester(rule, {
  valid: [
    { name: "200", code: getMethod({ integration: MOCK, responses: '"200": { "statusCode": "200" }' }) },
    { name: "599 and 100", code: getMethod({ integration: MOCK, responses: '"a": { "statusCode": "599" }, "b": { "statusCode": "100", "selectionPattern": "x" }' }) },
    {
      name: "an integer in OpenAPI (openapi-responses-keys)",
      code: "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    get:\n      responses: { '200': { description: ok } }\n      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates: { application/json: '{}' }\n        responses:\n          default:\n            statusCode: 200\n",
    },
  ],
  invalid: [
    {
      name: "a boolean statusCode",
      code: "{\n  \"type\": \"MOCK\",\n  \"integrationResponses\": { \"200\": { \"statusCode\": true } }\n}\n",
      errors: [{ message: "statusCode must be a string such as \"200\", got true.", line: 3, column: 52, endLine: 3, endColumn: 56 }],
    },
    {
      name: "recorded 'wrong' (rec-int-resp-status-code-pattern)",
      code: getMethod({ integration: MOCK, responses: '"wrong": { "statusCode": "wrong" }' }),
      errors: [{ message: pattern("wrong"), line: 7, column: 56, endLine: 7, endColumn: 63 }],
    },
    {
      name: "600 is out of range",
      code: getMethod({ integration: MOCK, responses: '"600": { "statusCode": "600" }' }),
      errors: [{ message: pattern("600"), line: 7, column: 54, endLine: 7, endColumn: 59 }],
    },
    {
      name: "a number in a PutIntegration-style JSON body",
      code: getMethod({ integration: MOCK, responses: '"200": { "statusCode": 200 }' }),
      errors: [{ message: 'class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String: statusCode must be a JSON string ("200"), got the number 200.', line: 7, column: 54, endLine: 7, endColumn: 57 }],
    },
    {
      name: "OpenAPI integer out of range",
      code: "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    get:\n      responses: { '200': { description: ok } }\n      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates: { application/json: '{}' }\n        responses:\n          default:\n            statusCode: 2000\n",
      errors: [{ message: pattern("2000"), line: 12, column: 25, endLine: 12, endColumn: 29 }],
    },
  ],
});
