import { defineRule } from "../src/rule-api.js";

export default defineRule({
  id: "duplicate-key",
  severity: "warning",
  reads: { fields: [] },
  docs: {
    summary: "A mapping has the same key twice.",
    why: "JSON parsers and the YAML loader keep only the last value, so the first one is silently lost; what AWS and CloudFormation do with duplicates is undefined. It is almost always a merge or copy-paste mistake. In a file where no integration survives, a duplicate is reported only when the value it replaces held one (an OpenAPI path or CloudFormation logical id given twice): that integration is never checked.",
    source: {
      catalog: [],
      behaviour: "Undefined by AWS; RFC 8259 says names SHOULD be unique and parsers keep the last.",
      references: ["RFC 8259 section 4", "YAML 1.2 section 3.2.1.1 (keys are unique)"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "timeoutInMillis": 5000,\n  "timeoutInMillis": 10000\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "timeoutInMillis": 10000\n}\n' },
    fix: "Keep one of the two keys.",
  },
});
