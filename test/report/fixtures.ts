import type { LintResult } from "../../src/engine/types.js";
import type { Rule } from "../../src/rule-api.js";
import { summarize } from "../../src/engine/lint-document.js";

/** Two rules with fixed docs: the golden files do not change when real rules are reworded. */
export const RULES: readonly Rule[] = [
  {
    id: "timeout-out-of-range",
    severity: "error",
    reads: { fields: [] },
    docs: {
      summary: "timeoutInMillis is outside what API Gateway accepts",
      why: "PutIntegration rejects values below 50 or above the account's limit.",
      source: { catalog: ["timeout-range"], behaviour: "400 BadRequestException", references: ["test"] },
      bad: { format: "put-integration", language: "json", code: "{}" },
      good: { format: "put-integration", language: "json", code: "{}" },
      fix: "Use a value between 50 and 29000.",
    },
  },
  {
    id: "unused-suppression",
    severity: "warning",
    reads: { fields: [] },
    docs: {
      summary: "A suppression silences nothing.",
      why: "It would hide the next real finding.",
      source: { catalog: [], behaviour: "Not an AWS behaviour.", references: ["test"] },
      bad: { format: "openapi", language: "yaml", code: "x: 1" },
      good: { format: "openapi", language: "yaml", code: "x: 1" },
      fix: "Delete it.",
    },
  },
];

/** Results that exercise every reporter's escaping: %, CR/LF, `,` and `:` in a path, XML specials, non-ASCII. */
export const RESULTS: LintResult[] = [
  summarize("api/clean.yaml", [], 2),
  summarize("api/not-an-api.yaml", [], 0),
  summarize(
    "api/pets, v1: 100%.yaml",
    [
      { ruleId: "timeout-out-of-range", severity: "error", message: "Timeout should be between 50 ms and 29000 ms: got 10.", line: 12, column: 26, endLine: 12, endColumn: 28, fingerprint: "0123456789abcdef0123456789abcdef" },
      { ruleId: "timeout-out-of-range", severity: "error", message: "Timeout should be between 50 ms and 29000 ms: got 10.", line: 20, column: 26, endLine: 20, endColumn: 28, fingerprint: "0123456789abcdef0123456789abcdef" },
      { ruleId: "unused-suppression", severity: "warning", message: "Unused apigw-lint-disable-line for 'a<b>&\"c\"': 50% done\r\nsecond line", line: 30, column: 9, endLine: 30, endColumn: 60, fingerprint: "fedcba9876543210fedcba9876543210" },
      { ruleId: "timeout-out-of-range", severity: "info", message: "Ünïcode · message", line: 31, column: 1, endLine: 32, endColumn: 1, fingerprint: "00000000000000000000000000000000" },
    ],
    1,
    [{ ruleId: "timeout-out-of-range", severity: "error", message: "Suppressed.", line: 40, column: 1, endLine: 40, endColumn: 2, suppressions: [{ kind: "directive", justification: "reviewed" }] }],
  ),
  summarize("broken.json", [{ ruleId: "input-error", severity: "error", message: "Cannot lint a binary file (it contains NUL bytes)", line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true }], 0),
];
