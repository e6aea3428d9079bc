#!/usr/bin/env node
// Writes docs/rules/<id>.md for every rule, docs/rules/README.md and docs/rules/index.md (the README
// table between <!-- rules:start --> and <!-- rules:end -->), from the compiled rules: run
// `npx tsc -p tsconfig.json` first. A meta-test fails when a committed page differs from this output.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanCopy, refreshConsoleBlocks } from "./readme-console.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { rules } = await import(join(root, "dist", "rules", "index.js"));
const { renderRuleDoc, renderRuleTable, renderRulesReadme } = await import(join(root, "dist", "src", "rules-support", "render-doc.js"));
const { ruleSettingsSchema } = await import(join(root, "dist", "src", "config", "rules-schema.js"));

const out = join(root, "docs", "rules");
mkdirSync(out, { recursive: true });
const ids = new Set(rules.map((rule) => rule.id));
// Pages of rules that no longer exist go away.
for (const file of readdirSync(out)) {
  if (file.endsWith(".md") && file !== "README.md" && file !== "index.md" && !ids.has(file.slice(0, -3))) rmSync(join(out, file));
}
for (const rule of rules) writeFileSync(join(out, `${rule.id}.md`), renderRuleDoc(rule));
// Each rule's setting with its options schema, for the configuration validator; which is then rebuilt.
writeFileSync(join(root, "schemas", "rule-settings.json"), JSON.stringify(ruleSettingsSchema(rules), null, 2) + "\n");
spawnSync(process.execPath, [join(root, "scripts", "build-validators.mjs")], { stdio: "inherit" });
writeFileSync(join(out, "index.md"), renderRuleTable(rules));
writeFileSync(join(out, "README.md"), renderRulesReadme(rules));
// The README's rules table is the same block, kept between its markers.
const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const table = renderRuleTable(rules).trim();
const generated = readme
  .replace(/<!-- rules:start -->[\s\S]*?<!-- rules:end -->/, table)
  .replace(/<!-- example-output:start -->[\s\S]*?<!-- example-output:end -->/, exampleOutputBlock(root));
// The ```console blocks show what their commands print in a clean copy (see scripts/readme-console.mjs).
const updated = refreshConsoleBlocks(generated, cleanCopy(root));
if (updated !== readme) writeFileSync(readmePath, updated);
console.log(`docs/rules: ${rules.length} rule pages; README rules table ${updated === readme ? "current" : "updated"}`);

/** The README shows what `npx apigw-lint examples/` really prints (a meta-test compares it). */
export function exampleOutputBlock(repo) {
  const run = spawnSync(process.execPath, [join(repo, "dist", "src", "cli", "main.js"), "--no-color", "examples/"], { cwd: repo, encoding: "utf8" });
  return ["<!-- example-output:start -->", "```text", "$ npx apigw-lint examples/", run.stdout.trimEnd(), `$ echo $?`, String(run.status), "```", "<!-- example-output:end -->"].join("\n");
}
