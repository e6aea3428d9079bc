#!/usr/bin/env node
// Writes docs/corpus-report.md from the built linter (run `npm run build` first; `npm run corpus:report` does).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpusReport } from "./corpus-report-lib.mjs";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const { lintFiles } = await import(join(repoRoot, "dist", "src", "engine", "lint.js"));
const { rules } = await import(join(repoRoot, "dist", "rules", "index.js"));
const report = await buildCorpusReport({ repoRoot, rules, lintFiles });
writeFileSync(join(repoRoot, "docs", "corpus-report.md"), report);
console.log(`docs/corpus-report.md: ${report.split("\n").filter((line) => line.startsWith("| ")).length - 4} rows`);
