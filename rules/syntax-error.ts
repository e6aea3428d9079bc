import { defineRule } from "../src/rule-api.js";

export default defineRule({
  id: "syntax-error",
  severity: "error",
  reads: { fields: [] },
  docs: {
    summary: "The file is not valid JSON or YAML.",
    why: "Nothing can be checked in a file that does not parse, and neither the OpenAPI importer (`Invalid OpenAPI input.`) nor CloudFormation accepts it. `.json` files are read as strict JSON (no comments, no trailing commas). YAML is read as CloudFormation and the SAM CLI (PyYAML) read it: continuation lines of quoted scalars and flow collections may be indented no deeper than their key (strict YAML 1.2 rejects that; AWS does not). Each document gets one message, its first syntax error, with the count of the errors after it (they usually follow from the first: one unclosed quote can make hundreds). The run exits with code 2.",
    source: {
      catalog: ["openapi-bad-document"],
      behaviour: "400 BadRequestException on import: `Invalid OpenAPI input.`",
      references: ["recorded: localstack test_apigateway_import.py::test_import_api_bad_file"],
      evidence: [
        "catalog `openapi-bad-document`: `Invalid OpenAPI input.` (recorded test_import_api_bad_file; aws/aws-cli#8191)",
      ],
      counterEvidence: [
        { query: "search issues \"HTTP API import swagger 2.0 not supported OpenAPI 3 required apigatewayv2 import-api\"", date: "2026-11-25", found: "aws-cli#8191: the import answers `Invalid OpenAPI input.` for a document it cannot read; the YAML that CloudFormation reads but strict YAML 1.2 does not is known case 5 (fidelity work)", verdict: "kept; lenient YAML: see known case 5" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK"\n}\n' },
    fix: "Fix the syntax at the reported position.",
  },
});
