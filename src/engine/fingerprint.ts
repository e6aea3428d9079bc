import { createHash } from "node:crypto";
import type { JsonPath } from "../load/types.js";

export type Fingerprinter = (ruleId: string, message: string, path: JsonPath | undefined, line: number, endLine: number) => string;

/**
 * A finding's identity that survives unrelated edits: rule, message, JSON path and the source text of the
 * lines it covers (white space squeezed out); never the line number. Identical findings share it (baselines
 * count them; SARIF adds an occurrence number). Line starts are found once per file, and only the covered
 * lines are sliced (splitting a 40 MB file into lines costs more than all its fingerprints).
 */
export function fingerprinter(text: string): Fingerprinter {
  let starts: number[] | undefined;
  return (ruleId, message, path, line, endLine) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    const last = Math.min(endLine, line + 4);
    const source = text.slice(starts[line - 1] ?? text.length, starts[last] ?? text.length).replace(/\s+/g, "");
    return createHash("sha256").update([ruleId, message, path ? path.map(String).join("/") : "", source].join("\u0000")).digest("hex").slice(0, 32);
  };
}
