import { defineRule } from "../src/rule-api.js";

export default defineRule({
  id: "input-error",
  severity: "error",
  reads: { fields: [] },
  docs: {
    summary: "A file or operand cannot be linted at all: it is missing, unreadable, binary, empty, or of a kind apigw-lint does not read.",
    why:
      "apigw-lint reports what it could not check instead of passing it over, so that a typo in a path or a CI step that produced an empty file does not look like a clean run. " +
      "The run exits with code 2 and prints each one as one `file:line:col: message` line on stderr, whatever the format. The causes: a path that does not exist or a glob that matches nothing; " +
      "a file that cannot be read or contains NUL bytes; an empty file (or empty `--stdin`) named explicitly; a file named explicitly whose kind apigw-lint does not read (it reads " +
      "`.json`, `.yaml`, `.yml`, `.template`, `.tpl`, `.tf` and `.tofu` files; `main.go` or `notes.txt` are refused rather than misread as YAML). In a folder walk, empty files and files of other kinds are skipped instead.",
    source: {
      catalog: [],
      behaviour: "Not an AWS behaviour: a file that cannot be read is never sent to AWS, and nothing in it can be checked.",
      references: ["README.md, Exit codes and CLI: what a folder walk skips and what a named file must be"],
    },
    bad: { format: "openapi", language: "yaml", fileName: "notes.txt", code: "Meeting notes: move the orders API to REGIONAL\n" },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK"\n}\n' },
    fix: "Name a file that exists and holds JSON or YAML (`.json`, `.yaml`, `.yml`, `.template`, `.tpl`), or Terraform (`.tf`, `.tofu`), or leave the file out: a folder walk skips it, and `ignores` in the configuration leaves it out everywhere.",
    unsuppressible: "An input error cannot be suppressed or switched off: nothing in the file was checked. Leave the file out with `ignores` in the configuration (or `.gitignore`, for folder walks).",
  },
});
