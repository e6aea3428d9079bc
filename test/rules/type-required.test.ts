import { beforeAll } from "vitest";
import rule from "../../rules/type-required.js";
import { prepareHclParser } from "../../src/load/hcl-parser.js";
import { ruleTester } from "../helpers/rule-tester.js";

beforeAll(async () => {
  await prepareHclParser();
});

const method = (integration: string) => `{
  "httpMethod": "GET",
  "authorizationType": "NONE",
  "methodIntegration": ${integration}
}
`;

ruleTester(rule, {
  valid: [
    { name: "a type is given", code: method('{ "type": "MOCK" }') },
    { name: "lowercase type is still a type", code: method('{ "type": "mock" }') },
  ],
  invalid: [
    {
      name: "get-method integration without type",
      code: method('{ "httpMethod": "POST", "uri": "https://example.com/" }'),
      errors: [{ message: "The integration has no type: add one of HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS.", line: 4, column: 24, endLine: 4, endColumn: 79 }],
    },
    {
      // Nothing at all is known of this integration (no field, no responses, no method context): the rule still runs.
      name: "a Terraform integration with no argument the model reads",
      filename: "main.tf",
      code: 'resource "aws_api_gateway_integration" "orders" {\n  rest_api_id = "a1b2c3"\n  resource_id = "r1"\n  http_method = "GET"\n}\n',
      errors: [{ message: "The integration has no type: add one of HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS.", line: 1, column: 1, endLine: 5, endColumn: 2 }],
    },
  ],
});
