import rule from "../../rules/type-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (type: string) => `{
  "type": ${type},
  "integrationHttpMethod": "GET",
  "uri": "https://example.com/"
}
`;

ruleTester(rule, {
  valid: [
    { name: "HTTP_PROXY", code: body('"HTTP_PROXY"') },
    { name: "every type of the enum", code: body('"AWS"') },
    { name: "MOCK", code: body('"MOCK"') },
  ],
  invalid: [
    {
      name: "recorded HTTPS_PROXY (rec-type-enum-https-proxy)",
      code: body('"HTTPS_PROXY"'),
      errors: [{ message: "Invalid integration type 'HTTPS_PROXY': Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS].", line: 2, column: 11, endLine: 2, endColumn: 24 }],
    },
    {
      name: "lowercase in a PutIntegration body is case-sensitive",
      code: body('"http_proxy"'),
      errors: [{ message: "Invalid integration type 'http_proxy': Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS] (enum values are case-sensitive here: write 'HTTP_PROXY').", line: 2, column: 11, endLine: 2, endColumn: 23 }],
    },
    {
      name: "not a string",
      code: body("1"),
      errors: [{ message: "The integration type must be a string; got 1. Allowed: HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS.", line: 2, column: 11, endLine: 2, endColumn: 12 }],
    },
  ],
});
