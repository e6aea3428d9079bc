import type { LintMessage, SuppressedMessage } from "../engine/types.js";
import type { Severity } from "../rule-api.js";
import type { Reporter } from "./types.js";

/** ESLint's numeric severities: 2 error, 1 warning; info has no ESLint level and is reported as 1. */
export const ESLINT_SEVERITY: Record<Severity, 1 | 2> = { error: 2, warning: 1, info: 1 };

/**
 * ESLint's JSON formatter shape (an array of LintResult, messages with numeric severity), so that tools that
 * read ESLint JSON read ours. Extra fields, which ESLint readers ignore: `apigwLintSeverity` on each message
 * (error, warning or info: our own severity), `fingerprint`, `infoCount`, `staleBaselineCount`. As in ESLint,
 * `warningCount` counts every severity-1 message (warnings and info). `filePath` is relative to the working
 * directory, like the other formats, so that reports do not depend on the machine.
 */
export const jsonReporter: Reporter = (results) =>
  JSON.stringify(
    results.map(({ filePath, messages, errorCount, warningCount, infoCount, fatalErrorCount, suppressedMessages, staleBaselineCount }) => ({
      filePath,
      messages: messages.map(eslintMessage),
      suppressedMessages: (suppressedMessages ?? []).map((m) => ({ ...eslintMessage(m), suppressions: (m as SuppressedMessage).suppressions })),
      errorCount,
      fatalErrorCount,
      warningCount: warningCount + infoCount,
      fixableErrorCount: messages.filter((m) => m.fix && m.severity === "error").length,
      fixableWarningCount: messages.filter((m) => m.fix && m.severity !== "error").length,
      usedDeprecatedRules: [],
      infoCount,
      ...(staleBaselineCount ? { staleBaselineCount } : {}),
    })),
    null,
    2,
  ) + "\n";

function eslintMessage(m: LintMessage) {
  const { ruleId, severity, message, line, column, endLine, endColumn, fatal, fingerprint, fix } = m;
  return {
    ruleId,
    severity: ESLINT_SEVERITY[severity],
    ...(fatal ? { fatal: true } : {}),
    message,
    line,
    column,
    endLine,
    endColumn,
    ...(fix ? { fix: { range: fix.range, text: fix.text } } : {}),
    apigwLintSeverity: severity,
    ...(fingerprint ? { fingerprint } : {}),
  };
}
