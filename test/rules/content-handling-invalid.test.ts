import rule from "../../rules/content-handling-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const method = (integration: string, response: string) => `{
  "httpMethod": "GET",
  "authorizationType": "NONE",
  "methodResponses": { "200": { "statusCode": "200" } },
  "methodIntegration": {
    "type": "MOCK",${integration}
    "integrationResponses": { "200": { "statusCode": "200"${response} } }
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: "none", code: method("", "") },
    { name: "CONVERT_TO_TEXT and CONVERT_TO_BINARY", code: method('\n    "contentHandling": "CONVERT_TO_TEXT",', ', "contentHandling": "CONVERT_TO_BINARY"') },
  ],
  invalid: [
    {
      name: "on the integration",
      code: method('\n    "contentHandling": "CONVERT_TO_JSON",', ""),
      errors: [{ message: "Invalid contentHandling 'CONVERT_TO_JSON': expected CONVERT_TO_BINARY or CONVERT_TO_TEXT.", line: 7, column: 24, endLine: 7, endColumn: 41 }],
    },
    {
      name: "on an integration response",
      code: method("", ', "contentHandling": "BINARY"'),
      errors: [{ message: "Invalid contentHandling 'BINARY': expected CONVERT_TO_BINARY or CONVERT_TO_TEXT.", line: 7, column: 80, endLine: 7, endColumn: 88 }],
    },
  ],
});
