import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintFiles } from "../../src/engine/lint.js";

interface Case {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly operands: string[];
}

/** input-error comes from the files themselves, so its cases are files named on the command line (lintFiles). */
const cases: { valid: Case[]; invalid: (Case & { error: { file: string; message: string } })[] } = {
  valid: [
    { name: "a JSON file", files: { "i.json": '{ "type": "MOCK" }\n' }, operands: ["i.json"] },
    { name: "an empty file met in a folder walk", files: { "api/empty.json": "", "api/i.yaml": "type: MOCK\n" }, operands: ["api"] },
    { name: "a file of another kind met in a folder walk", files: { "api/notes.txt": "x", "api/main.go": "x" }, operands: ["api"] },
  ],
  invalid: [
    { name: "a missing file", files: {}, operands: ["missing.json"], error: { file: "missing.json", message: "No such file or directory" } },
    { name: "a glob that matches nothing", files: {}, operands: ["specs/*.json"], error: { file: "specs/*.json", message: "No files match this pattern" } },
    { name: "an empty file named explicitly", files: { "e.yaml": "\n" }, operands: ["e.yaml"], error: { file: "e.yaml", message: "The file is empty: there is nothing to lint" } },
    { name: "a binary file", files: { "b.json": "\u0000PK" }, operands: ["b.json"], error: { file: "b.json", message: "Cannot lint a binary file (it contains NUL bytes)" } },
    {
      name: "a file of a kind apigw-lint does not read",
      files: { "main.go": "package main\n" },
      operands: ["main.go"],
      error: { file: "main.go", message: "File type not supported: apigw-lint reads .json, .yaml, .yml, .template, .tpl, .tf, .tofu files" },
    },
  ],
};

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "apigw-lint-input-error-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe("input-error", () => {
  for (const c of cases.valid) {
    it(`valid: ${c.name}`, async () => {
      const results = await lintFiles(c.operands, { cwd: folder(c.files) });
      expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId === "input-error")).toEqual([]);
    });
  }
  for (const c of cases.invalid) {
    it(`invalid: ${c.name}`, async () => {
      const results = await lintFiles(c.operands, { cwd: folder(c.files) });
      expect(results.map((r) => ({ file: r.filePath, messages: r.messages }))).toEqual([
        { file: c.error.file, messages: [{ ruleId: "input-error", severity: "error", message: c.error.message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true }] },
      ]);
    });
  }
});
