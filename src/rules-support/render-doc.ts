import type { Rule } from "../rule-api.js";
import { fixText } from "../fix/fix-text.js";
import { packageRoot } from "../config/package-root.js";

/**
 * Renders a rule's documentation page and the rules table from the rule's own `docs`: the single source
 * of truth for docs/rules/*.md, the README table and (through the same fields) SARIF help texts.
 */

const SEVERITY_MEANING = {
  error: "error: AWS rejects the configuration (the call, import or deployment fails)",
  warning: "warning: AWS accepts the configuration, but it fails at run time",
  info: "info: accepted and harmless at run time, but it does not do what it seems to",
} as const;

/** Very long lines (a template over a size limit) are shortened on the page; the rule's example stays whole. */
const LONG_LINE = 200;

function fence(example: { readonly language: string; readonly code: string; readonly fileName?: string }): string {
  const lines = example.code.replace(/\n$/, "").split("\n").map((line) => (line.length > LONG_LINE ? `${line.slice(0, 80)}... (${line.length} characters in all)` : line));
  const language = example.fileName && !/\.(json|ya?ml)$/.test(example.fileName) ? "text" : example.language;
  return ["```" + language, ...lines, "```"].join("\n");
}

const FORMAT_NAMES: Record<Rule["docs"]["bad"]["format"], string> = {
  "put-integration": "a PutIntegration request body",
  "get-method": "an `aws apigateway get-method` output",
  openapi: "an OpenAPI document",
  cloudformation: "a CloudFormation template",
};

/** Fixable rules say so, and show their own bad example after `--fix` (computed, so it cannot drift). */
function fixableSection(rule: Rule): string[] {
  if (!rule.fixable) return [];
  const { bad } = rule.docs;
  const fixed = fixText(bad.code, `example.${bad.language}`, { cwd: packageRoot() }).output;
  const intro = `**Fixable**: \`apigw-lint --fix\` and the editor's quick fix do it. ${rule.fixable}`;
  if (fixed === bad.code) return [intro, "", "(The reported example above needs a choice, so it is left to you.)", ""];
  return [intro, "", "The reported example after `apigw-lint --fix`:", "", fence({ ...bad, code: fixed }), ""];
}

export function renderRuleDoc(rule: Rule): string {
  const { docs } = rule;
  const catalog = docs.source.catalog.length > 0 ? docs.source.catalog.map((id) => `\`${id}\``).join(", ") : "none (not an AWS behaviour)";
  const lines = [
    `# ${rule.id}`,
    "",
    `Severity: **${SEVERITY_MEANING[rule.severity]}**.`,
    "",
    "## What it checks",
    "",
    docs.summary,
    "",
    "## Why",
    "",
    docs.why,
    "",
    `AWS behaviour: ${docs.source.behaviour}`,
    "",
    `Catalog rows (\`shared/aws/constraints.md\`): ${catalog}.`,
    "",
    "Sources:",
    "",
    ...docs.source.references.map((reference) => `- ${reference}`),
    "",
    ...evidenceSections(docs.source),
    "## Examples",
    "",
    `Reported (${exampleKind(docs.bad)}):`,
    "",
    fence(docs.bad),
    "",
    `Not reported (${exampleKind(docs.good)}):`,
    "",
    fence(docs.good),
    "",
    ...(docs.terraform ? ["Reported (Terraform):", "", fence({ language: "hcl", code: docs.terraform }), ""] : []),
    "## How to fix",
    "",
    docs.fix,
    "",
    ...fixableSection(rule),
    "## Options",
    "",
    ...(docs.options && Object.keys(docs.options).length > 0
      ? Object.entries(docs.options).map(([name, description]) => `- \`${name}\`: ${description}`)
      : ["None."]),
    "",
    ...optionsSchemaSection(rule),
    "## How to suppress",
    "",
    ...(docs.unsuppressible ? [docs.unsuppressible, ""] : howToSuppress(rule.id)),
  ];
  return lines.join("\n");
}

/** The schema the configuration validator checks the rule's options against, and how to give them. */
function optionsSchemaSection(rule: Rule): string[] {
  if (!rule.optionsSchema) return [];
  return [
    `In the configuration: \`"rules": { "${rule.id}": ["${rule.severity}", { ... }] }\`. The options must match this schema (an unknown option or a wrong value is a configuration error):`,
    "",
    "```json",
    JSON.stringify(rule.optionsSchema, null, 2),
    "```",
    "",
  ];
}

function exampleKind(example: Rule["docs"]["bad"]): string {
  return example.fileName ? `a file named \`${example.fileName}\` on the command line` : FORMAT_NAMES[example.format];
}

function howToSuppress(id: string): string[] {
  return [
    "For one finding, on the line before it (YAML files), say why:",
    "",
    "```yaml",
    `# apigw-lint-disable-next-line ${id} -- the reason`,
    "```",
    "",
    "For the whole project, in the configuration file:",
    "",
    "```json",
    `{ "rules": { "${id}": "off" } }`,
    "```",
    "",
  ];
}

/** Table cells hold prose: a pipe or a line break would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/**
 * Both sides of an error: what shows AWS rejects the pattern, and the search for deployed files that contain it
 * anyway (dated, because the searched index is a stored copy). Pages of rules without them stay as they were.
 */
function evidenceSections(source: Rule["docs"]["source"]): string[] {
  const lines: string[] = [];
  if (source.evidence && source.evidence.length > 0) {
    lines.push("## Evidence", "", "What shows that AWS rejects it:", "", ...source.evidence.map((item) => `- ${item}`), "");
  }
  const searches = source.counterEvidence ?? [];
  if (searches.length > 0) {
    const dates = [...new Set(searches.map((search) => search.date))].sort().join(", ");
    lines.push(
      `## Counter-evidence search (${dates})`,
      "",
      "Public code and issues searched for files that contain the rejected pattern and were deployed anyway:",
      "",
      "| Searched | Date | Found | Verdict |",
      "| --- | --- | --- | --- |",
      ...searches.map((search) => `| ${cell(search.query)} | ${search.date} | ${cell(search.found)} | ${cell(search.verdict)} |`),
      "",
    );
  }
  return lines;
}

export const TABLE_START = "<!-- rules:start -->";
export const TABLE_END = "<!-- rules:end -->";

/** The rules table, between the markers the README embeds it with. */
export function renderRuleTable(rules: readonly Rule[]): string {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  return [
    TABLE_START,
    "| Rule | Severity | What it checks |",
    "| --- | --- | --- |",
    ...sorted.map((rule) => `| [${rule.id}](docs/rules/${rule.id}.md) | ${rule.severity} | ${cell(rule.docs.summary)} |`),
    TABLE_END,
    "",
  ].join("\n");
}

/** docs/rules/README.md: the same table, with links relative to docs/rules/. */
export function renderRulesReadme(rules: readonly Rule[]): string {
  const table = renderRuleTable(rules).replace(/\]\(docs\/rules\//g, "](./");
  return ["# Rules", "", "Generated by `node scripts/build-docs.mjs` from the rules' own documentation; do not edit.", "", table].join("\n");
}
