import rule from "../../rules/connection-type-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (value: string) => `{
  "type": "HTTP_PROXY",
  "integrationHttpMethod": "GET",
  "uri": "https://example.com/",
  "connectionType": "${value}",
  "connectionId": "abc123"
}
`;

ruleTester(rule, {
  valid: [
    { name: "INTERNET", code: body("INTERNET") },
    { name: "VPC_LINK", code: body("VPC_LINK") },
  ],
  invalid: [
    {
      name: "PRIVATE is not a connection type",
      code: body("PRIVATE"),
      errors: [{ message: "Invalid connectionType 'PRIVATE': Member must satisfy enum value set: [INTERNET, VPC_LINK].", line: 5, column: 21, endLine: 5, endColumn: 30 }],
    },
    {
      name: "case-sensitive in PutIntegration",
      code: body("vpc_link"),
      errors: [{ message: "Invalid connectionType 'vpc_link': Member must satisfy enum value set: [INTERNET, VPC_LINK].", line: 5, column: 21, endLine: 5, endColumn: 31 }],
    },
  ],
});
