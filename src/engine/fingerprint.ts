import { createHash } from "node:crypto";
import type { JsonPath } from "../load/types.js";
import type { LineIndex } from "../load/line-index.js";

export type Fingerprinter = (ruleId: string, message: string, path: JsonPath | undefined, line: number, endLine: number) => string;

/**
 * A finding's identity that survives unrelated edits: rule, message, JSON path and the source text of the
 * lines it covers (white space squeezed out); never the line number. Identical findings share it (baselines
 * count them; SARIF adds an occurrence number). Only the covered lines are sliced, through the file's
 * shared line index (splitting a 40 MB file into lines costs more than all its fingerprints).
 */
export function fingerprinter(text: string, lines: LineIndex): Fingerprinter {
  return (ruleId, message, path, line, endLine) => {
    const last = Math.min(endLine, line + 4);
    const source = text.slice(lines.lineStart(line), lines.lineStart(last + 1)).replace(/\s+/g, "");
    return createHash("sha256").update([ruleId, message, path ? path.map(String).join("/") : "", source].join("\u0000")).digest("hex").slice(0, 32);
  };
}
