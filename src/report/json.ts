import type { Reporter } from "./types.js";

/**
 * ESLint-compatible JSON: an array of results, each with its messages and its suppressedMessages (each
 * with `suppressions: [{kind, justification}]`); `staleBaselineCount` when --baseline found stale entries.
 */
export const jsonReporter: Reporter = (results) =>
  JSON.stringify(
    results.map(({ filePath, messages, errorCount, warningCount, infoCount, fatalErrorCount, suppressedMessages, staleBaselineCount }) => ({
      filePath, messages, suppressedMessages: suppressedMessages ?? [], errorCount, warningCount, infoCount, fatalErrorCount,
      ...(staleBaselineCount ? { staleBaselineCount } : {}),
    })),
    null,
    2,
  ) + "\n";
