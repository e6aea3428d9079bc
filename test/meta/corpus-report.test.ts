import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lintFiles } from "../../src/engine/lint.js";
// @ts-expect-error: a plain ES module of the scripts folder, shared by `npm run corpus:report` and this test
import { buildCorpusReport } from "../../scripts/corpus-report-lib.mjs";

/** docs/corpus-report.md is what the current code reports over the corpora (regenerate: npm run corpus:report). */
const ROOT = resolve(__dirname, "../..");

describe("corpus report", () => {
  it("docs/corpus-report.md is current", async () => {
    const expected = (await buildCorpusReport({ repoRoot: ROOT, rules, lintFiles })) as string;
    expect(readFileSync(join(ROOT, "docs", "corpus-report.md"), "utf8"), "run npm run corpus:report").toBe(expected);
  });

  it("lists every rule, with findings counted from real files", async () => {
    const report = readFileSync(join(ROOT, "docs", "corpus-report.md"), "utf8");
    for (const rule of rules) expect(report).toMatch(new RegExp(`^\\| ${rule.id} \\| ${rule.severity} \\| \\d+ \\| \\d+ \\| \\d+ \\|`, "m"));
    expect(report).toMatch(/^\| shared corpus \| [1-9]\d* \|/m);
  });
});
