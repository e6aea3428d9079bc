import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import rule from "../../rules/syntax-error.js";
import { ruleTester } from "../helpers/rule-tester.js";

/** The reduced AWS::Include spec of test/load/fixtures, with the closing quote of its long Fn::Sub removed. */
const unclosedQuote = readFileSync(resolve(import.meta.dirname, "../load/fixtures/order-manager-api.yaml"), "utf8").replace('            \\n}"\n', "            \\n}\n");

ruleTester(rule, {
  valid: [
    { name: "valid JSON", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "NEVER"\n}\n' },
    { name: "valid YAML", code: "type: MOCK\npassthroughBehavior: NEVER\n" },
  ],
  invalid: [
    {
      name: "a trailing comma in JSON",
      filename: "input.json",
      code: '{\n  "type": "MOCK",\n}\n',
      errors: [{ message: "Invalid JSON: Expected double-quoted property name", line: 3, column: 1, endLine: 3, endColumn: 2 }],
    },
    {
      name: "a YAML flow mapping that is not closed",
      filename: "input.yaml",
      code: "type: MOCK\nrequestTemplates: { application/json: x\n",
      errors: [{ message: "Invalid YAML: Flow map in block collection must be sufficiently indented and end with a }", line: 3, column: 1, endLine: 3, endColumn: 2 }],
    },
    {
      // Issue 16, case 6: one unclosed quote gave a cascade (978 errors in a real file); one message a document.
      name: "an unclosed quote: the first error, with the count of the ones after it",
      filename: "api.yaml",
      code: unclosedQuote,
      errors: [
        {
          message: 'Invalid YAML: Missing closing "quote (and 2 more syntax errors after it in this document, most often caused by this one)',
          line: 54,
          column: 69,
          endLine: 55,
          endColumn: 1,
        },
      ],
    },
    {
      name: "each document of a stream gets its own message",
      filename: "input.yaml",
      code: "a: b: c\nd: e: f\n---\nok: 1\n---\nx: [\n",
      errors: [
        { message: "Invalid YAML: Nested mappings are not allowed in compact mappings (and 1 more syntax error after it in this document, most often caused by this one)", line: 1, column: 4, endLine: 1, endColumn: 5 },
        { message: "Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]", line: 7, column: 1, endLine: 7, endColumn: 2 },
      ],
    },
  ],
});
