import rule from "../../rules/passthrough-behavior-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (value: string) => `{
  "type": "MOCK",
  "passthroughBehavior": "${value}"
}
`;

ruleTester(rule, {
  valid: [
    { name: "WHEN_NO_MATCH", code: body("WHEN_NO_MATCH") },
    { name: "WHEN_NO_TEMPLATES", code: body("WHEN_NO_TEMPLATES") },
    { name: "NEVER", code: body("NEVER") },
  ],
  invalid: [
    {
      name: "the documented typo (iss-passthrough-typo)",
      code: body("WHEN_NO_TEMPLATE"),
      errors: [{ message: "Invalid passthroughBehavior 'WHEN_NO_TEMPLATE': expected one of WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER.", line: 3, column: 26, endLine: 3, endColumn: 44 }],
    },
    {
      name: "lowercase outside OpenAPI",
      code: body("when_no_match"),
      errors: [{ message: "Invalid passthroughBehavior 'when_no_match': expected one of WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER.", line: 3, column: 26, endLine: 3, endColumn: 41 }],
    },
  ],
});
