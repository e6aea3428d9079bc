import rule from "../../rules/duplicate-key.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "distinct keys", code: '{\n  "type": "MOCK",\n  "timeoutInMillis": 10000\n}\n' },
    { name: "the same key in different objects", code: "type: MOCK\nrequestTemplates:\n  type: x\npassthroughBehavior: NEVER\n" },
  ],
  invalid: [
    {
      name: "JSON",
      code: '{\n  "type": "MOCK",\n  "timeoutInMillis": 5000,\n  "timeoutInMillis": 10000\n}\n',
      errors: [{ message: 'Duplicate key "timeoutInMillis": this value silently replaces the one given earlier for the same key.', line: 4, column: 3, endLine: 4, endColumn: 20 }],
    },
    {
      name: "YAML",
      code: "type: MOCK\npassthroughBehavior: NEVER\npassthroughBehavior: WHEN_NO_MATCH\n",
      errors: [{ message: 'Duplicate key "passthroughBehavior": this value silently replaces the one given earlier for the same key.', line: 3, column: 1, endLine: 3, endColumn: 20 }],
    },
  ],
});
