import type { LoadedDocument, LoadProblem, Position, SourceComment, SourceRange } from "./types.js";
import { LineIndex } from "./line-index.js";
import type { InputLimits } from "./limits.js";
import { loadYamlFast, type FastYamlResult } from "./yaml-fast.js";
import { locateInPositioned, offsetsOf } from "./positions.js";
import { reindentLikeCloudFormation } from "./yaml-reindent.js";

/** Why the fast loader declines a file that is under-indented the way CloudFormation accepts. */
const UNDER_INDENTED = new Set([
  "under-indented continuation line",
  "under-indented flow continuation",
  "unterminated double-quoted scalar",
  "unterminated single-quoted scalar",
]);

/**
 * The fast loader's answer for a file it declined only because continuation lines of quoted scalars or
 * flow collections are indented no deeper than their key (CloudFormation and PyYAML read those): it reads
 * the same re-indented copy the reference loader reads (yaml-reindent.ts), then maps every offset,
 * comment and problem back to the file's own text. `undefined` when that does not apply or still fails,
 * and the reference loader decides.
 */
export function loadYamlFastLikeCloudFormation(file: string, text: string, lines: LineIndex, declinedBecause: string, limits?: InputLimits): FastYamlResult | undefined {
  if (!UNDER_INDENTED.has(declinedBecause)) return undefined;
  const reindented = reindentLikeCloudFormation(text);
  if (!reindented) return undefined;
  const paddedLines = new LineIndex(reindented.text);
  const result = loadYamlFast(file, reindented.text, paddedLines, undefined, limits);
  if (!result) return undefined;
  const toOriginal = reindented.toOriginal;
  const back = (position: Position): Position => lines.position(toOriginal(paddedLines.offset(position)));
  const backRange = (range: SourceRange): SourceRange => ({ start: back(range.start), end: back(range.end) });

  const documents = result.documents.map((doc): LoadedDocument => {
    const root = doc.locateAll([{ path: [], part: "value" }])[0];
    const rootRange: [number, number] = root ? [toOriginal(paddedLines.offset(root.start)), toOriginal(paddedLines.offset(root.end))] : [0, 0];
    mapOffsets(doc.value, toOriginal, new Set());
    const value = doc.value;
    return { file, index: doc.index, text, lines, value, locateAll: (requests) => locateInPositioned(value, rootRange, lines, requests) };
  });
  const comments = result.comments.map((comment): SourceComment => ({ ...comment, ...back(comment) }));
  const problems = result.problems.map((problem): LoadProblem => ({ ...problem, range: backRange(problem.range) }));
  return { documents, comments, problems };
}

/** Rewrites the hidden offsets of every collection in place (each collection once). */
function mapOffsets(node: unknown, toOriginal: (offset: number) => number, seen: Set<object>): void {
  if (typeof node !== "object" || node === null || seen.has(node)) return;
  seen.add(node);
  const flat = offsetsOf(node);
  if (flat) for (let n = 0; n < flat.length; n++) flat[n] = toOriginal(flat[n]!);
  for (const child of Object.values(node)) mapOffsets(child, toOriginal, seen);
}
