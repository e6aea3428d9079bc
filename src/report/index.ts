import type { Reporter } from "./types.js";

export const FORMATS = ["text", "json", "sarif"] as const;
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
  }
}
