import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { lintFiles, type LintResult } from "../src/engine/lint.js";
import { loadText } from "../src/load/index.js";
import "../src/extract/register.js";
import { findExtractor } from "../src/extract/index.js";

/**
 * Real Serverless Framework services (test/corpus-extra/serverless, read from public repositories, see
 * its MANIFEST.tsv) and the serverless.yml files of the shared corpus: no crash, no error on files that
 * deploy, and the findings in a reviewed snapshot.
 */
const repoRoot = resolve(import.meta.dirname, "..");
const extra = resolve(repoRoot, "test", "corpus-extra", "serverless");
const shared = resolve(repoRoot, "..", "shared", "corpus");

/** Errors that are real defects: file -> rule ids and why. None found so far in these files. */
const REAL_DEFECTS: Readonly<Record<string, { rules: string[]; reason: string }>> = {};

function manifest(): Map<string, { label: string; repo: string; path: string }> {
  const rows = new Map<string, { label: string; repo: string; path: string }>();
  for (const line of readFileSync(resolve(extra, "MANIFEST.tsv"), "utf8").split("\n").slice(1)) {
    const [name, repo, path, commit, licence, label] = line.split("\t");
    if (!name) continue;
    expect(commit, name).toMatch(/^[0-9a-f]{40}$/);
    expect(["MIT", "MIT-0"], name).toContain(licence);
    rows.set(name, { label: label!, repo: repo!, path: path! });
  }
  return rows;
}

function snapshot(results: readonly LintResult[]): string {
  const lines: string[] = [];
  for (const result of [...results].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    lines.push(`${result.filePath} (${result.integrationCount} integrations)`);
    for (const m of result.messages) lines.push(`  ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.message}`);
  }
  return `${lines.join("\n")}\n`;
}

const errorsOf = (result: LintResult) => result.messages.filter((m) => m.severity === "error").map((m) => m.ruleId).sort();

describe("Serverless Framework corpus (test/corpus-extra/serverless)", async () => {
  const rows = manifest();
  const results = await lintFiles(["."], { cwd: extra });

  it("holds at least 25 real services, every one read", () => {
    expect(rows.size).toBeGreaterThanOrEqual(25);
    expect(results.map((r) => r.filePath).sort()).toEqual([...rows.keys()].sort());
  });

  it("every file is read as a Serverless Framework service", () => {
    for (const name of rows.keys()) {
      const doc = loadText(name, resolve(extra, name), readFileSync(resolve(extra, name), "utf8")).documents[0]!;
      expect(findExtractor(doc)?.name, name).toBe("serverless");
    }
  });

  it("lints without a crash or an input error", () => {
    expect(results.flatMap((r) => r.messages.filter((m) => m.fatal || m.ruleId === "input-error").map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
  });

  it("no error on files that deploy (and the framework's own fixtures) but the named real defects", () => {
    const unexpected: Record<string, string[]> = {};
    for (const result of results) {
      const known = REAL_DEFECTS[result.filePath]?.rules ?? [];
      if (JSON.stringify(errorsOf(result)) !== JSON.stringify(known)) unexpected[result.filePath] = errorsOf(result);
    }
    expect(unexpected).toEqual({});
  });

  it("the issue's false error is gone: Uri arn:aws:apigateway:${self:provider.region}:s3:path/... is read as us-east-1", () => {
    const result = results.find((r) => r.filePath === "aws-samples__serverless-patterns__apigw-s3-lambda-sls-py__serverless.yml")!;
    expect(result.integrationCount).toBe(1);
    expect(result.messages).toEqual([]);
    const name = result.filePath;
    const file = loadText(name, resolve(extra, name), readFileSync(resolve(extra, name), "utf8"));
    const doc = file.documents[0]!;
    const [integration] = findExtractor(doc)!.extract(doc, { file, root: extra, options: {}, report: () => {}, loadRelated: () => "unused" });
    expect(integration!.fields.uri!.text).toBe("arn:aws:apigateway:us-east-1:s3:path/${stageVariables.bucket_name}/{order_object_path}");
  });

  it("extracts the events of most files", () => {
    expect(results.filter((r) => r.integrationCount > 0).length).toBeGreaterThanOrEqual(22);
    expect(results.reduce((sum, r) => sum + r.integrationCount, 0)).toBeGreaterThanOrEqual(60);
  });

  it("findings match the reviewed snapshot", async () => {
    await expect(snapshot(results)).toMatchFileSnapshot("./extract/serverless/corpus-serverless.snapshot.txt");
  });
});

describe("serverless.yml files of the shared corpus", async () => {
  const names = readFileSync(resolve(shared, "MANIFEST.tsv"), "utf8").split("\n").map((line) => line.split("\t")[0]!).filter((name) => /serverless\.(ya?ml|json)$/.test(name));
  const results = await lintFiles(names, { cwd: shared });

  it("are read as services and give no error", () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) {
      const doc = loadText(name, resolve(shared, name), readFileSync(resolve(shared, name), "utf8")).documents[0]!;
      expect(findExtractor(doc)?.name, name).toBe("serverless");
    }
    expect(results.flatMap((r) => r.messages.filter((m) => m.severity === "error").map((m) => `${r.filePath}: ${m.ruleId}`))).toEqual([]);
  });
});
