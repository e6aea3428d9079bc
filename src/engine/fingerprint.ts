import { createHash } from "node:crypto";
import type { JsonPath } from "../load/types.js";
import type { LineIndex } from "../load/line-index.js";

export interface FingerprintPosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export type Fingerprinter = (ruleId: string, message: string, path: JsonPath | undefined, at: FingerprintPosition) => string;

/** Characters of context kept on each side of a finding, within its own first and last lines. */
const CONTEXT_CHARS = 80;
/** A finding's own text is kept whole up to this length, else its head and tail. */
const OWN_TEXT_CHARS = 512;

/**
 * A finding's identity that survives unrelated edits: rule, message, JSON path and the source text around
 * it (white space squeezed out); never the line number. Identical findings share it (baselines count them;
 * SARIF adds an occurrence number). The text is a bounded window: the finding's own text (head and tail
 * when long) and up to CONTEXT_CHARS around it on its lines. Whole lines are not: in a minified file one
 * line is the whole file, and hashing it per finding made a 5 MB spec take minutes.
 */
export function fingerprinter(text: string, lines: LineIndex): Fingerprinter {
  return (ruleId, message, path, at) => {
    const start = Math.min(lines.lineStart(at.line) + at.column - 1, text.length);
    const end = Math.max(start, Math.min(lines.lineStart(at.endLine) + at.endColumn - 1, text.length));
    const before = Math.max(lines.lineStart(at.line), start - CONTEXT_CHARS);
    const after = Math.min(lineEnd(text, lines, at.endLine), end + CONTEXT_CHARS);
    const own = end - start <= OWN_TEXT_CHARS ? text.slice(start, end) : text.slice(start, start + OWN_TEXT_CHARS / 2) + text.slice(end - OWN_TEXT_CHARS / 2, end);
    const source = (text.slice(before, start) + own + text.slice(end, Math.max(end, after))).replace(/\s+/g, "");
    return createHash("sha256").update([ruleId, message, path ? path.map(String).join("/") : "", source].join("\u0000")).digest("hex").slice(0, 32);
  };
}

function lineEnd(text: string, lines: LineIndex, line: number): number {
  return Math.min(lines.lineStart(line + 1), text.length);
}
