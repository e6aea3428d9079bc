import type { Reporter } from "./types.js";

/** ESLint-compatible JSON: an array of results, each with its messages. */
export const jsonReporter: Reporter = (results) =>
  JSON.stringify(
    results.map(({ filePath, messages, errorCount, warningCount, infoCount, fatalErrorCount }) => ({ filePath, messages, errorCount, warningCount, infoCount, fatalErrorCount })),
    null,
    2,
  ) + "\n";
