import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { lintFiles, type LintResult } from "../src/engine/lint.js";

/**
 * The extra real-world corpus (issue 16): real OpenAPI, SAM/CloudFormation and CDK-output files read from
 * permissively licensed public repositories, each listed in `test/corpus-extra/<kind>/MANIFEST.tsv` with its
 * origin (repo, path, commit, licence) and an evidence label: `deployed sample` (a maintained sample that is
 * deployed as it is), `test fixture` (a tool's test input or output, never deployed as such) or `known broken`.
 * Every file lints without a crash; a file labelled deployed gives no error unless the defect is named below.
 * (The Serverless Framework files in `serverless/` are another helper's and have their own test.)
 */
const root = resolve(import.meta.dirname, "corpus-extra");
const KINDS = ["openapi", "cfn", "cdk"] as const;
/** Files the corpus must keep (it only grows; lower it only with a reason). */
const MINIMUM_FILES = 133;
const LABELS = ["deployed sample", "test fixture", "known broken"];

interface Row {
  readonly file: string;
  readonly repo: string;
  readonly path: string;
  readonly commit: string;
  readonly licence: string;
  readonly label: string;
}

/**
 * Errors on files labelled deployed that are real defects: `<kind>/<saved name>` -> rule ids (sorted), and why.
 * Anything else is a false error, to be fixed in the rule (narrowed or demoted), not listed here.
 */
const REAL_DEFECTS: Readonly<Record<string, { rules: string[]; reason: string }>> = {};

function manifest(kind: string): Row[] {
  const file = resolve(root, kind, "MANIFEST.tsv");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").slice(1).filter(Boolean).map((line) => {
    const [name, repo, path, commit, licence, label] = line.split("\t");
    return { file: `${kind}/${name}`, repo: repo!, path: path!, commit: commit!, licence: licence!, label: label! };
  });
}

const rows = KINDS.flatMap((kind) => manifest(kind));
const labels = new Map(rows.map((row) => [row.file, row.label]));

describe("extra real-world corpus", async () => {
  const results: LintResult[] = await lintFiles(KINDS.filter((kind) => existsSync(resolve(root, kind))), { cwd: root });

  it("lists every file with its origin, a permissive licence and an evidence label; nothing unlisted", () => {
    for (const row of rows) {
      expect(row.repo, row.file).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(row.commit, row.file).toMatch(/^[0-9a-f]{40}$/);
      expect(["MIT-0", "MIT", "Apache-2.0"], row.file).toContain(row.licence);
      expect(LABELS, row.file).toContain(row.label);
    }
    const onDisk = KINDS.flatMap((kind) => (existsSync(resolve(root, kind)) ? readdirSync(resolve(root, kind)).filter((f) => f !== "MANIFEST.tsv").map((f) => `${kind}/${f}`) : []));
    expect(onDisk.sort()).toEqual(rows.map((row) => row.file).sort());
    expect(rows.length).toBeGreaterThanOrEqual(MINIMUM_FILES);
  });

  it("lints every file without a crash or an internal error", () => {
    expect(results.map((r) => r.filePath).sort()).toEqual(rows.map((row) => row.file).sort());
    const crashes = results.flatMap((r) => r.messages.filter((m) => m.ruleId === "input-error" || /Internal error|\n\s+at |TypeError|RangeError/.test(m.message)).map((m) => `${r.filePath}: ${m.ruleId} ${m.message}`));
    expect(crashes).toEqual([]);
  });

  it("files labelled deployed give no error but the named real defects", () => {
    const unexpected: Record<string, string[]> = {};
    for (const result of results) {
      if (labels.get(result.filePath) !== "deployed sample") continue;
      const errors = result.messages.filter((m) => m.severity === "error").map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`);
      const known = REAL_DEFECTS[result.filePath]?.rules ?? [];
      const ruleIds = result.messages.filter((m) => m.severity === "error").map((m) => m.ruleId).sort();
      if (JSON.stringify(ruleIds) !== JSON.stringify(known)) unexpected[result.filePath] = errors;
    }
    expect(unexpected).toEqual({});
  });

  it("deployed samples are a real share of it (they are what the error contract is checked against)", () => {
    expect(rows.filter((row) => row.label === "deployed sample").length).toBeGreaterThanOrEqual(96);
  });

  it("most files hold integrations (the corpus was chosen for them)", () => {
    const withIntegrations = results.filter((r) => r.integrationCount > 0).length;
    expect(withIntegrations / Math.max(results.length, 1)).toBeGreaterThan(0.8);
  });
});
