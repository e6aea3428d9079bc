import rule from "../../rules/syntax-error.js";
import { ruleTester } from "../helpers/rule-tester.js";

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
  ],
});
