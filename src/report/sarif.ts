import { createHash } from "node:crypto";
import type { LintMessage, LintResult } from "../engine/types.js";
import type { Rule } from "../rule-api.js";
import type { Reporter } from "./types.js";

export const DOCS_BASE = "https://github.com/apigw-lint/apigw-lint/blob/main/docs/rules/";
const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/** SARIF 2.1.0 as GitHub code scanning reads it: rule metadata, %SRCROOT%-relative URIs, fingerprints. */
export const sarifReporter: Reporter = (results, { rules, toolVersion }) => {
  const used = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  const described = rules.filter((rule) => used.has(rule.id));
  const extra = [...used].filter((id) => !rules.some((rule) => rule.id === id)).sort();
  const ruleIndex = new Map<string, number>();
  const ruleDescriptors = [
    ...described.map((rule) => describeRule(rule)),
    ...extra.map((id) => ({ id, name: id, shortDescription: { text: id }, helpUri: DOCS_BASE.replace("docs/rules/", "README.md#exit-codes") })),
  ];
  ruleDescriptors.forEach((descriptor, index) => ruleIndex.set(descriptor.id, index));

  const sarifResults = results.flatMap((result) => {
    const lines = new Map<string, number>();
    return result.messages.map((message) => {
      const key = fingerprintKey(result.filePath, message);
      const seen = lines.get(key) ?? 0;
      lines.set(key, seen + 1);
      return {
        ruleId: message.ruleId,
        ruleIndex: ruleIndex.get(message.ruleId)!,
        level: LEVEL[message.severity],
        message: { text: message.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: encodeUri(result.filePath), uriBaseId: "%SRCROOT%" },
            region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: Math.max(message.endColumn, message.endLine === message.line ? message.column + 1 : 1) },
          },
        }],
        partialFingerprints: { "apigwLint/v1": `${createHash("sha256").update(`${key}\u0000${seen}`).digest("hex").slice(0, 32)}` },
      };
    });
  });

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "apigw-lint", semanticVersion: toolVersion, version: toolVersion, informationUri: "https://github.com/apigw-lint/apigw-lint", rules: ruleDescriptors } },
      originalUriBaseIds: { "%SRCROOT%": { uri: "./" } },
      results: sarifResults,
      columnKind: "utf16CodeUnits",
    }],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

function describeRule(rule: Rule) {
  const { docs } = rule;
  const markdown = [`**${docs.summary}**`, "", docs.why, "", `Fix: ${docs.fix}`, "", `AWS behaviour: ${docs.source.behaviour}`].join("\n");
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: docs.summary },
    fullDescription: { text: docs.why },
    help: { text: `${docs.why}\n\nFix: ${docs.fix}`, markdown },
    helpUri: `${DOCS_BASE}${rule.id}.md`,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ["api-gateway", rule.severity === "error" ? "correctness" : "reliability"] },
  };
}

/**
 * Stable across unrelated edits: the file, the rule and the message (which carries the offending value),
 * not the line number; a counter separates identical findings in one file.
 */
function fingerprintKey(filePath: string, message: LintMessage): string {
  return `${filePath}\u0000${message.ruleId}\u0000${message.message}`;
}

function encodeUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

export type { LintResult };
