import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lintFiles, lintText } from "../../src/engine/lint.js";
import { prepareHclParser } from "../../src/load/hcl-parser.js";
import type { LintOptions } from "../../src/engine/types.js";
import type { Rule, RuleExample, Severity } from "../../src/rule-api.js";
import { renderRuleDoc, renderRulesReadme, renderRuleTable } from "../../src/rules-support/render-doc.js";
import { catalogRowIds } from "../helpers/catalog.js";

/**
 * The rules' contract, checked on every rule: the registry is the folder, ids are well formed, every rule
 * cites the AWS behaviour it rests on, its documented examples do what the docs say, its page is current,
 * and it has a test file with failing and passing cases.
 */

const ROOT = resolve(__dirname, "../..");
const RULES_DIR = join(ROOT, "rules");
const files = readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.slice(0, -3)).sort();
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const knownCatalogIds = new Set(catalogRowIds([1, 2, 3, 4, 5, 6]));
/** Ids of the recorded AWS behaviour vectors (`shared/aws/vectors.json`) that evidence may cite. */
const knownVectorIds = new Set((JSON.parse(readFileSync(join(ROOT, "..", "shared", "aws", "vectors.json"), "utf8")) as { id: string }[]).map((vector) => vector.id));

/** Rules that rest on no catalog row, and why (they are properties of the input files, not of AWS). */
const NOT_AWS_BEHAVIOUR: Record<string, string> = {
  "input-error": "about the files apigw-lint is given (missing, binary, empty, of another kind), never sent to AWS",
  "duplicate-key": "a parser property (RFC 8259, YAML 1.2): the first value is lost before AWS sees the file",
  "ref-remote": "a limit of static checking: a remote $ref is never fetched, so what it stands for goes unchecked",
  "ref-unresolved": "a property of the input: a $ref whose target is missing, circular or outside the project root",
  "suppression-reason-missing": "about apigw-lint's own suppression comments, not about AWS",
  "unused-suppression": "about apigw-lint's own suppression comments, not about AWS",
};

/** Options an example needs to show its rule at all (the rule reports only when the config asks for it). */
const EXAMPLE_OPTIONS: Record<string, LintOptions> = { "suppression-reason-missing": { requireSuppressionReason: true } };

async function lintExample(example: RuleExample, id?: string) {
  if (example.fileName) {
    // An example that is a file named on the command line (input-error): linted as the CLI lints it.
    const folder = mkdtempSync(join(tmpdir(), "apigw-lint-example-"));
    writeFileSync(join(folder, example.fileName), example.code);
    return (await lintFiles([example.fileName], { cwd: folder })).flatMap((result) => result.messages);
  }
  const filename = `example.${example.language}`;
  return lintText(example.code, filename, { cwd: ROOT, ...(id ? EXAMPLE_OPTIONS[id] : {}) }).flatMap((result) => result.messages);
}

describe("rule registry", () => {
  it("rules/index.ts lists exactly the rule files (run node scripts/gen-rule-index.mjs)", () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual(files);
  });

  it("ids are unique", () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  for (const id of files) {
    it(`${id}: the file's default export is the rule with that id`, async () => {
      const module = (await import(join(RULES_DIR, `${id}.ts`))) as { default: Rule };
      expect(module.default.id).toBe(id);
      expect(rules).toContain(module.default);
    });
  }
});

describe.each(rules.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
  it("has a kebab-case id and a valid severity", () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(["error", "warning", "info"]).toContain(rule.severity);
  });

  it("cites its source: catalog rows that exist, the AWS behaviour and references", () => {
    const { source } = rule.docs;
    if (source.catalog.length === 0) expect(NOT_AWS_BEHAVIOUR[id], "a rule without catalog rows must be justified").toBeDefined();
    for (const row of source.catalog) expect(knownCatalogIds, `catalog row ${row}`).toContain(row);
    expect(source.behaviour.trim()).not.toBe("");
    expect(source.references.length).toBeGreaterThan(0);
    for (const reference of source.references) expect(reference.trim()).not.toBe("");
  });

  // input-error is the tool's own refusal to read a file (exit 2), not a claim about what AWS rejects.
  if (rule.severity === "error" && !rule.docs.unsuppressible) it("as an error rule, lists its evidence and a dated counter-evidence search (issue 16)", () => {
    const { evidence = [], counterEvidence = [] } = rule.docs.source;
    expect(evidence.length, "docs.source.evidence: what shows AWS rejects it").toBeGreaterThan(0);
    for (const item of evidence) {
      expect(item.trim()).not.toBe("");
      // A cited vector must exist: `rec-...` (recorded), `iss-...` (issue), `doc-...` (documentation).
      for (const [, id] of item.matchAll(/`((?:rec|iss|doc)-[a-z0-9-]+)`/g)) expect(knownVectorIds, `vector ${id}`).toContain(id);
    }
    expect(counterEvidence.length, "docs.source.counterEvidence: the search for deployed files that contain the pattern").toBeGreaterThan(0);
    for (const search of counterEvidence) {
      expect(search.query).toMatch(/^(find_string|search code|search issues|search pages|search docs|read_file) /);
      expect(search.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(search.date))).toBe(false);
      for (const text of [search.found, search.verdict]) expect(text.trim()).not.toBe("");
    }
    const page = renderRuleDoc(rule);
    expect(page).toContain("## Evidence");
    expect(page).toContain(`## Counter-evidence search (`);
  });

  it("has non-empty docs", () => {
    const { docs } = rule;
    for (const text of [docs.summary, docs.why, docs.fix, docs.bad.code, docs.good.code]) expect(text.trim()).not.toBe("");
    for (const [name, description] of Object.entries(docs.options ?? {})) {
      expect(name).not.toBe("");
      expect(description.trim()).not.toBe("");
    }
  });

  it("its bad example is reported by this rule, and nothing else is as severe", async () => {
    const messages = await lintExample(rule.docs.bad, id);
    expect(messages.filter((m) => m.ruleId === id).length, JSON.stringify(messages, null, 1)).toBeGreaterThan(0);
    const others = messages.filter((m) => m.ruleId !== id && RANK[m.severity] >= RANK[rule.severity]);
    expect(others, "other findings must be strictly less severe than this rule").toEqual([]);
  });

  if (rule.docs.terraform !== undefined) it("its Terraform example is reported by this rule, and nothing else is as severe", async () => {
    await prepareHclParser();
    const messages = lintText(rule.docs.terraform!, "main.tf", { cwd: ROOT }).flatMap((result) => result.messages);
    expect(messages.filter((m) => m.ruleId === id).length, JSON.stringify(messages, null, 1)).toBeGreaterThan(0);
    expect(messages.filter((m) => m.ruleId !== id && RANK[m.severity] >= RANK[rule.severity])).toEqual([]);
  });

  it("its good example yields no finding at all", async () => {
    expect(await lintExample(rule.docs.good, id)).toEqual([]);
  });

  it("its page in docs/rules is current (node scripts/build-docs.mjs)", () => {
    const page = join(ROOT, "docs", "rules", `${id}.md`);
    expect(existsSync(page), `${page} is missing`).toBe(true);
    expect(readFileSync(page, "utf8")).toBe(renderRuleDoc(rule));
  });

  it("has test/rules/<id>.test.ts with valid and invalid cases", () => {
    const testFile = join(ROOT, "test", "rules", `${id}.test.ts`);
    expect(existsSync(testFile), `${testFile} is missing`).toBe(true);
    const text = readFileSync(testFile, "utf8");
    expect(text).toMatch(/\bvalid:\s*\[\s*\{/);
    expect(text).toMatch(/\binvalid:\s*\[\s*\{/);
  });
});

describe("generated rule index", () => {
  it("docs/rules/index.md and README.md are current", () => {
    expect(readFileSync(join(ROOT, "docs", "rules", "index.md"), "utf8")).toBe(renderRuleTable(rules));
    expect(readFileSync(join(ROOT, "docs", "rules", "README.md"), "utf8")).toBe(renderRulesReadme(rules));
  });

  it("the README's rules table lists every rule with a link to its page (node scripts/build-docs.mjs)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /<!-- rules:start -->[\s\S]*?<!-- rules:end -->/.exec(readme)?.[0];
    expect(block).toBe(renderRuleTable(rules).trim());
    for (const rule of rules) expect(existsSync(join(ROOT, "docs", "rules", `${rule.id}.md`)), rule.id).toBe(true);
  });
});
