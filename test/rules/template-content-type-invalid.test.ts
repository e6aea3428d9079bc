import rule from "../../rules/template-content-type-invalid.js";
import { getMethod } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (key: string) => `{
  "type": "MOCK",
  "requestTemplates": { ${JSON.stringify(key)}: "{}" }
}
`;
const message = (key: string) => `Validation Result: warnings : [], errors : [Invalid content type specified: ${key}]: template keys are content types such as application/json.`;

ruleTester(rule, {
  valid: [
    { name: "application/json", code: body("application/json") },
    { name: "with a parameter", code: body("text/plain; charset=utf-8") },
    { name: "form and wildcard", code: body("application/x-www-form-urlencoded") },
  ],
  invalid: [
    {
      name: "a number as a response template key (rec-int-resp-template-bad-content-type)",
      code: getMethod({ integration: '"type": "MOCK", "requestTemplates": { "application/json": "{}" }', responses: '"200": { "statusCode": "200", "responseTemplates": { "123": "{}" } }' }),
      errors: [{ message: message("123"), line: 7, column: 84, endLine: 7, endColumn: 89 }],
    },
    {
      name: "no subtype",
      code: body("json"),
      errors: [{ message: message("json"), line: 3, column: 25, endLine: 3, endColumn: 31 }],
    },
  ],
});
