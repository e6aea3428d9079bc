import { beforeAll } from "vitest";
import { prepareHclParser } from "../../src/load/hcl-parser.js";
import rule from "../../rules/mapping-value-not-string.js";
import { getMethod } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

beforeAll(async () => {
  await prepareHclParser();
});

const body = (field: string, value: string) => `{
  "type": "MOCK",
  "passthroughBehavior": "WHEN_NO_MATCH",
  "${field}": { "a": ${value} }
}
`;
const openapi = (value: string) => `openapi: 3.0.1
info: { title: t, version: '1' }
paths:
  /test:
    get:
      responses: { '200': { description: ok } }
      x-amazon-apigateway-integration:
        type: mock
        requestParameters:
          integration.request.header.nothing: ${value}
`;

ruleTester(rule, {
  valid: [
    { name: "strings", code: body("requestParameters", '"\'x\'"') },
    { name: "a null template is accepted (templates-null-or-empty)", code: body("requestTemplates", "null") },
    { name: "an OpenAPI string", code: openapi("\"'x'\"") },
  ],
  invalid: [
    {
      name: "Terraform: an object in request_parameters",
      filename: "main.tf",
      code: "resource \"aws_api_gateway_integration\" \"orders\" {\n  rest_api_id = \"a1b2c3\"\n  resource_id = \"r1\"\n  http_method = \"GET\"\n  type        = \"MOCK\"\n  request_parameters = {\n    \"integration.request.header.x\" = { a = 1 }\n  }\n}\n",
      errors: [{ message: "Inappropriate value for attribute \"request_parameters\": element \"integration.request.header.x\": string required.", line: 7, column: 38, endLine: 7, endColumn: 47 }],
    },
    {
      name: "CloudFormation: an object in RequestParameters",
      filename: "template.yaml",
      code: "Resources:\n  Method:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: a1b2c3\n      ResourceId: r1\n      HttpMethod: GET\n      AuthorizationType: NONE\n      Integration:\n        Type: MOCK\n        RequestParameters:\n          integration.request.header.x: { a: 1 }\n",
      errors: [{ message: "Properties validation failed: the request parameter 'integration.request.header.x' expected type: String, found: JSONObject.", line: 12, column: 41, endLine: 12, endColumn: 49 }],
    },
    {
      name: "a boolean request parameter in a PutIntegration body",
      code: body("requestParameters", "true"),
      errors: [{ message: "class java.lang.Boolean can not be converted to an String: the request parameter 'a' must be a JSON string, got true.", line: 4, column: 31, endLine: 4, endColumn: 35 }],
    },
    {
      name: "a number as a response template (rec-int-resp-template-number-value)",
      code: getMethod({ integration: '"type": "MOCK", "requestTemplates": { "application/json": "{}" }', responses: '"200": { "statusCode": "200", "responseTemplates": { "application/json": 123 } }' }),
      errors: [{ message: "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String: the response template for 'application/json' must be a JSON string, got 123.", line: 7, column: 104, endLine: 7, endColumn: 107 }],
    },
    {
      name: "OpenAPI import drops it with a warning (openapi-non-string-param-warning)",
      code: openapi("true"),
      errors: [{ severity: "warning", message: "Invalid format for 'requestParameters'. Expected type string for property 'integration.request.header.nothing' of resource '/test' and method 'GET' but got 'true': the import drops this entry with a warning (and fails with failOnWarnings=true).", line: 10, column: 47, endLine: 10, endColumn: 51 }],
    },
  ],
});
