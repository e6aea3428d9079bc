import { createHash } from "node:crypto";
import type { LintMessage, LintResult } from "../engine/types.js";
import type { Rule } from "../rule-api.js";
import type { Reporter } from "./types.js";

export const DOCS_BASE = "https://github.com/apigw-lint/apigw-lint/blob/main/docs/rules/";
const LEVEL = { error: "error", warning: "warning", info: "note" } as const;
/** GitHub rejects a run with more results; the most severe are kept. */
const MAX_RESULTS = 25_000;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule's metadata, %SRCROOT%-relative URIs (the base's
 * absolute location is left out, which keeps the log machine-independent), fingerprints that survive
 * unrelated edits. Suppressed findings are left out (GitHub would open alerts for them); files that could
 * not be read are tool execution notifications, not results.
 */
export const sarifReporter: Reporter = (results, context) => {
  const { toolVersion } = context;
  // input-error is documented like a rule, but a file that could not be read is a notification, not a result.
  const rules = context.rules.filter((rule) => rule.id !== "input-error");
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const ruleDescriptors = rules.map(describeRule);

  const notifications: object[] = [];
  const sarifResults: object[] = [];
  for (const result of results) {
    const occurrences = new Map<string, number>();
    for (const message of result.messages) {
      const location = physicalLocation(result.filePath, message);
      const index = ruleIndex.get(message.ruleId);
      if (index === undefined) {
        notifications.push({ level: "error", message: { text: ensurePeriod(message.message) }, locations: [{ physicalLocation: location }], descriptor: { id: message.ruleId } });
        continue;
      }
      const fingerprint = message.fingerprint ?? fallbackFingerprint(result.filePath, message);
      const seen = occurrences.get(fingerprint) ?? 0;
      occurrences.set(fingerprint, seen + 1);
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: index,
        level: LEVEL[message.severity],
        message: { text: ensurePeriod(message.message) },
        locations: [{ physicalLocation: location }],
        partialFingerprints: { "apigwLint/v1": `${fingerprint}:${seen}` },
      });
    }
  }
  const rank = { error: 0, warning: 1, note: 2 } as Record<string, number>;
  const kept = sarifResults.length > MAX_RESULTS ? [...sarifResults].sort((a, b) => rank[(a as { level: string }).level]! - rank[(b as { level: string }).level]!).slice(0, MAX_RESULTS) : sarifResults;
  if (kept.length < sarifResults.length) process.stderr.write(`apigw-lint: SARIF holds the ${MAX_RESULTS} most severe of ${sarifResults.length} results (GitHub's limit per run).\n`);

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "apigw-lint", semanticVersion: toolVersion, informationUri: "https://github.com/apigw-lint/apigw-lint", rules: ruleDescriptors } },
      invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
      originalUriBaseIds: { "%SRCROOT%": { description: { text: "The folder apigw-lint ran in (the repository root in CI)." } } },
      results: kept,
      columnKind: "utf16CodeUnits",
    }],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

function physicalLocation(filePath: string, message: LintMessage) {
  return {
    artifactLocation: { uri: encodeUri(filePath), uriBaseId: "%SRCROOT%" },
    region: {
      startLine: message.line,
      startColumn: message.column,
      endLine: message.endLine,
      // SARIF's end column is exclusive; an empty range on one line still covers one character.
      endColumn: Math.max(message.endColumn, message.endLine === message.line ? message.column + 1 : 1),
    },
  };
}

function describeRule(rule: Rule) {
  const { docs } = rule;
  const markdown = [`**${docs.summary}**`, "", docs.why, "", `Fix: ${docs.fix}`, "", `AWS behaviour: ${docs.source.behaviour}`].join("\n");
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: ensurePeriod(docs.summary) },
    fullDescription: { text: ensurePeriod(docs.why) },
    help: { text: `${docs.why}\n\nFix: ${docs.fix}`, markdown },
    helpUri: `${DOCS_BASE}${rule.id}.md`,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ["api-gateway", rule.severity === "error" ? "correctness" : rule.severity === "warning" ? "reliability" : "maintainability"],
      precision: rule.severity === "error" ? "very-high" : "high",
      "problem.severity": rule.severity === "info" ? "recommendation" : rule.severity,
    },
  };
}

/** SARIF viewers show messages as sentences. */
function ensurePeriod(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Messages built without the engine (API users): the file, rule and message, never the line. */
function fallbackFingerprint(filePath: string, message: LintMessage): string {
  return createHash("sha256").update(`${filePath}\u0000${message.ruleId}\u0000${message.message}`).digest("hex").slice(0, 32);
}

function encodeUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

export type { LintResult };
