import { createHash } from "node:crypto";
import type { JsonPath } from "../load/types.js";

export type Fingerprinter = (ruleId: string, message: string, path: JsonPath | undefined, line: number, endLine: number) => string;

/**
 * A finding's identity that survives unrelated edits: rule, message, JSON path and the source text of the
 * lines it covers (white space squeezed out); never the line number. Identical findings share it (baselines
 * count them; SARIF adds an occurrence number). The text is split once per file.
 */
export function fingerprinter(text: string): Fingerprinter {
  let lines: string[] | undefined;
  return (ruleId, message, path, line, endLine) => {
    lines ??= text.split(/\r\n|\r|\n/);
    const source = lines.slice(line - 1, Math.min(endLine, line + 4)).join("\n").replace(/\s+/g, "");
    return createHash("sha256").update([ruleId, message, path ? path.map(String).join("/") : "", source].join("\u0000")).digest("hex").slice(0, 32);
  };
}
