import rule from "../../rules/template-too-large.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (size: number, character = "x") => `{
  "type": "MOCK",
  "requestTemplates": { "application/json": "${character.repeat(size)}" }
}
`;

ruleTester(rule, {
  valid: [
    { name: "exactly 300 KB", code: body(300 * 1024) },
    { name: "small", code: body(10) },
  ],
  invalid: [
    {
      name: "one byte over",
      code: body(300 * 1024 + 1),
      errors: [{ message: "The mapping template for application/json is 301 KB; the maximum is 300 KB.", line: 3, column: 45, endLine: 3, endColumn: 307248 }],
    },
    {
      name: "bytes, not characters: 160 K two-byte characters",
      code: body(160 * 1024, "é"),
      errors: [{ message: "The mapping template for application/json is 320 KB; the maximum is 300 KB.", line: 3, column: 45, endLine: 3, endColumn: 163887 }],
    },
  ],
});
