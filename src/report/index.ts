import type { Reporter } from "./types.js";

export const FORMATS = ["text", "json", "sarif", "github", "junit", "checkstyle", "rdjson", "codeframe"] as const;
export type Format = (typeof FORMATS)[number];

/** Reporters load on demand: a text run never pays for the SARIF writer. */
export async function loadReporter(format: Format): Promise<Reporter> {
  switch (format) {
    case "text":
      return (await import("./text.js")).textReporter;
    case "json":
      return (await import("./json.js")).jsonReporter;
    case "sarif":
      return (await import("./sarif.js")).sarifReporter;
    case "github":
      return (await import("./github.js")).githubReporter;
    case "junit":
      return (await import("./junit.js")).junitReporter;
    case "checkstyle":
      return (await import("./checkstyle.js")).checkstyleReporter;
    case "rdjson":
      return (await import("./rdjson.js")).rdjsonReporter;
    case "codeframe":
      return (await import("./codeframe.js")).codeframeReporter;
  }
}
