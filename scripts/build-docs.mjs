#!/usr/bin/env node
// Writes docs/rules/<id>.md for every rule, docs/rules/README.md and docs/rules/index.md (the README
// table between <!-- rules:start --> and <!-- rules:end -->), from the compiled rules: run
// `npx tsc -p tsconfig.json` first. A meta-test fails when a committed page differs from this output.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { rules } = await import(join(root, "dist", "rules", "index.js"));
const { renderRuleDoc, renderRuleTable, renderRulesReadme } = await import(join(root, "dist", "src", "rules-support", "render-doc.js"));

const out = join(root, "docs", "rules");
mkdirSync(out, { recursive: true });
const ids = new Set(rules.map((rule) => rule.id));
// Pages of rules that no longer exist go away.
for (const file of readdirSync(out)) {
  if (file.endsWith(".md") && file !== "README.md" && file !== "index.md" && !ids.has(file.slice(0, -3))) rmSync(join(out, file));
}
for (const rule of rules) writeFileSync(join(out, `${rule.id}.md`), renderRuleDoc(rule));
writeFileSync(join(out, "index.md"), renderRuleTable(rules));
writeFileSync(join(out, "README.md"), renderRulesReadme(rules));
console.log(`docs/rules: ${rules.length} rule pages`);
