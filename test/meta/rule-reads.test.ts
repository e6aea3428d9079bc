import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lintText } from "../../src/engine/lint.js";
import { prepareHclParser } from "../../src/load/hcl-parser.js";
import type { LintOptions } from "../../src/engine/types.js";
import type { Rule, RuleReads } from "../../src/rule-api.js";
import { withEveryRuleEverywhere } from "../helpers/read-recorder.js";

/**
 * The rules' `reads` declarations decide which rules the engine runs on an integration (issue 14), so they
 * are checked, not trusted: each is well formed, and over the rules' documented examples, the shared corpus,
 * test/corpus-extra and a generated bench document every rule reads only what it declares and the engine's skipping gives
 * exactly the findings of running every rule on every integration. (Every rule's own test cases get the
 * same check from ruleTester.)
 */

const ROOT = resolve(__dirname, "../..");
const CORPUS = join(ROOT, "..", "shared", "corpus");
const CORPUS_EXTRA = join(ROOT, "test", "corpus-extra");

/** Lints `code` twice, skipping by the declarations and running every rule everywhere; returns what differs. */
function compare(code: string, filename: string, options: LintOptions = {}) {
  const lint = () => lintText(code, filename, { cwd: ROOT, ...options });
  const skipping = lint();
  const { result: everywhere, violations } = withEveryRuleEverywhere(lint);
  return { skipping, everywhere, violations };
}

function triggersOf(reads: RuleReads) {
  const { firesOn } = reads;
  if (firesOn === "always") return "always";
  const triggers = firesOn ?? { fields: reads.fields === "all" ? [] : reads.fields, responses: reads.responses, method: reads.method };
  return [...(triggers.fields ?? []), ...(triggers.responses ? ["responses"] : []), ...(triggers.method ?? []).map((part) => `method.${part}`)];
}

describe.each(rules.map((rule) => [rule.id, rule] as const))("%s: reads", (id, rule: Rule) => {
  it("is declared on the line after severity", () => {
    expect(readFileSync(join(ROOT, "rules", `${id}.ts`), "utf8")).toMatch(/^ {2}severity: [^\n]*\n {2}reads: \{/m);
  });

  if (!rule.check) {
    it("reads nothing: its findings come from the loader or an extractor", () => {
      expect(rule.reads).toEqual({ fields: [] });
    });
    return;
  }

  it("names what it fires on, among what it reads", () => {
    const { reads } = rule;
    const triggers = triggersOf(reads);
    if (reads.fields === "all") expect(reads.firesOn, "a rule that walks every field fires on any of them").toBeUndefined();
    if (triggers === "always") return;
    expect(triggers.length, "a rule with a check must fire on something").toBeGreaterThan(0);
    const firesOn = reads.firesOn === undefined || reads.firesOn === "always" ? {} : reads.firesOn;
    if (reads.fields !== "all") for (const field of firesOn.fields ?? []) expect(reads.fields, `firesOn field ${field}`).toContain(field);
    if (firesOn.responses) expect(reads.responses).toBe(true);
    for (const part of firesOn.method ?? []) expect(reads.method ?? [], `firesOn method.${part}`).toContain(part);
    for (const list of [reads.apiKind, reads.dialects]) if (list) expect(list.length).toBeGreaterThan(0);
  });

  it("its test file runs its cases through ruleTester, which checks the declaration on each", () => {
    expect(readFileSync(join(ROOT, "test", "rules", `${id}.test.ts`), "utf8")).toMatch(/\bruleTester\(rule,/);
  });
});

describe("skipping by the declarations hides no finding", () => {
  beforeAll(async () => {
    await prepareHclParser();
  });

  it("over every rule's documented examples (bad, good, Terraform)", () => {
    for (const rule of rules) {
      const options: LintOptions = rule.id === "suppression-reason-missing" ? { requireSuppressionReason: true } : {};
      const examples = [rule.docs.bad, rule.docs.good].filter((example) => !example.fileName);
      const inputs = [...examples.map((example) => ({ code: example.code, filename: `example.${example.language}` }))];
      if (rule.docs.terraform !== undefined) inputs.push({ code: rule.docs.terraform, filename: "main.tf" });
      for (const { code, filename } of inputs) {
        const { skipping, everywhere, violations } = compare(code, filename, options);
        expect(violations, `${rule.id} ${filename}`).toEqual([]);
        expect(everywhere, `${rule.id} ${filename}`).toEqual(skipping);
      }
    }
  });

  it.runIf(existsSync(join(CORPUS, "MANIFEST.tsv")))("over the shared corpus and test/corpus-extra", () => {
    const listed = (manifest: string) =>
      readFileSync(manifest, "utf8").trim().split("\n").slice(1).map((line) => join(dirname(manifest), line.split("\t")[0]!));
    const extra = readdirSync(CORPUS_EXTRA).map((kind) => join(CORPUS_EXTRA, kind, "MANIFEST.tsv")).filter(existsSync);
    const files = [join(CORPUS, "MANIFEST.tsv"), ...extra].flatMap(listed);
    expect(files.length).toBeGreaterThan(300);
    let findings = 0;
    for (const file of files) {
      const { skipping, everywhere, violations } = compare(readFileSync(file, "utf8"), file);
      expect(violations, file).toEqual([]);
      expect(everywhere, file).toEqual(skipping);
      findings += skipping.reduce((sum, result) => sum + result.messages.length, 0);
    }
    expect(findings, "the corpus yields findings, so the comparison compares something").toBeGreaterThan(100);
  });

  it("over a generated 1,000-operation bench document", () => {
    const dir = mkdtempSync(join(tmpdir(), "apigw-lint-reads-"));
    const generated = spawnSync(process.execPath, [join(ROOT, "scripts", "bench-gen.mjs"), "--out", dir, "--sizes", "1000"], { encoding: "utf8" });
    expect(generated.status, generated.stderr).toBe(0);
    for (const file of ["api-1000.json", "api-1000.yaml"]) {
      const { skipping, everywhere, violations } = compare(readFileSync(join(dir, file), "utf8"), join(dir, file));
      expect(violations, file).toEqual([]);
      expect(everywhere, file).toEqual(skipping);
      expect(skipping[0]!.messages.length, file).toBeGreaterThan(1000);
    }
  });
});
