import { describe, expect, it } from "vitest";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { lintFiles, type LintResult } from "../src/engine/lint.js";

/**
 * Real Terraform files from public repositories (../shared/corpus/terraform and test/corpus-extra/terraform):
 * each is linted as a module of its own (copied alone into a folder, since one folder is one module), with
 * no crash, and files labelled `valid` give no error other than the real defects named below.
 */
const repoRoot = resolve(import.meta.dirname, "..");
const corpora = [resolve(repoRoot, "..", "shared", "corpus"), resolve(repoRoot, "test", "corpus-extra")];

/** Errors in files labelled `valid` that are real defects: file -> rule ids (sorted), and why. */
const REAL_DEFECTS: Readonly<Record<string, { rules: string[]; reason: string }>> = {};

function manifest(): Map<string, { label: string; corpus: string }> {
  const out = new Map<string, { label: string; corpus: string }>();
  for (const corpus of corpora) {
    let text: string;
    try {
      text = readFileSync(resolve(corpus, corpus.endsWith("corpus-extra") ? "terraform/MANIFEST.tsv" : "MANIFEST.tsv"), "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const columns = line.split("\t");
      const file = corpus.endsWith("corpus-extra") ? `terraform/${columns[0]}` : columns[0];
      const label = corpus.endsWith("corpus-extra") ? "valid" : columns[6];
      if (file?.startsWith("terraform/") && file.endsWith(".tf") && label) out.set(file, { label, corpus });
    }
  }
  return out;
}

async function lintAlone(corpus: string, file: string): Promise<LintResult[]> {
  const folder = mkdtempSync(join(tmpdir(), "apigw-lint-tf-"));
  try {
    copyFileSync(resolve(corpus, file), join(folder, "main.tf"));
    return await lintFiles(["main.tf"], { cwd: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe("Terraform corpus", () => {
  const files = manifest();

  it("holds the 20 shared files and the extra ones", () => {
    const shared = readdirSync(resolve(corpora[0]!, "terraform"));
    expect([...files].filter(([f, { corpus }]) => corpus === corpora[0] && shared.includes(f.slice("terraform/".length))).length).toBe(20);
    expect([...files.values()].filter(({ corpus }) => corpus === corpora[1]).length).toBe(4);
  });

  for (const [file, { label, corpus }] of files) {
    it(`${file} (${label})`, async () => {
      const results = await lintAlone(corpus, file);
      const messages = results.flatMap((r) => r.messages);
      expect(messages.filter((m) => m.ruleId === "input-error" || m.fatal)).toEqual([]);
      if (label !== "valid") return;
      const errors = messages.filter((m) => m.severity === "error").map((m) => m.ruleId).sort();
      expect({ file, errors, found: results.reduce((n, r) => n + r.integrationCount, 0) > 0 }).toEqual({ file, errors: REAL_DEFECTS[file]?.rules ?? [], found: true });
    });
  }
});
