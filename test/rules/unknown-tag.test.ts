import rule from "../../rules/unknown-tag.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "CloudFormation short forms", code: "type: MOCK\npassthroughBehavior: WHEN_NO_MATCH\ncacheNamespace: !Ref Namespace\ntimeoutInMillis: !GetAtt X.Timeout\n" },
    { name: "no tags", code: "type: MOCK\npassthroughBehavior: WHEN_NO_MATCH\n" },
  ],
  invalid: [
    {
      name: "a misspelt !Ref",
      code: "type: MOCK\npassthroughBehavior: WHEN_NO_MATCH\ncacheNamespace: !Reff Namespace\n",
      errors: [{ message: "Unknown tag !Reff: neither a YAML core tag nor a CloudFormation intrinsic function.", line: 3, column: 17, endLine: 3, endColumn: 32 }],
    },
  ],
});
