import rule from "../../rules/type-required.js";
import { ruleTester } from "../helpers/rule-tester.js";

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
  ],
});
