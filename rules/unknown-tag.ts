import { defineRule } from "../src/rule-api.js";

export default defineRule({
  id: "unknown-tag",
  severity: "warning",
  reads: { fields: [] },
  docs: {
    summary: "A YAML tag is neither a core YAML tag nor a CloudFormation intrinsic (`!Ref`, `!Sub`, `!GetAtt`...).",
    why: "CloudFormation knows only its own short forms (and YAML's core tags); an unknown tag such as `!Sub2` or a misspelt `!GetAttr` makes the template fail to parse, and other tools read the value as a plain string.",
    source: {
      catalog: ["cfn-intrinsics"],
      behaviour: "CloudFormation rejects a template with an unknown tag when it parses the YAML.",
      references: ["docs: CloudFormation intrinsic function reference (short forms)"],
    },
    bad: { format: "put-integration", language: "yaml", code: "type: MOCK\npassthroughBehavior: WHEN_NO_MATCH\ncacheNamespace: !Reff Namespace\n" },
    good: { format: "put-integration", language: "yaml", code: "type: MOCK\npassthroughBehavior: WHEN_NO_MATCH\ncacheNamespace: orders\n" },
    fix: "Use the intended intrinsic (`!Ref`, `!Sub`, `!GetAtt`...) or quote the value.",
  },
});
