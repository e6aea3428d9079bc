import type { SourceRange } from "./types.js";
import { LineIndex } from "./line-index.js";

const indexes = new WeakMap<object, LineIndex>();
const boxes = new Map<string, object>();

function lineIndex(text: string): LineIndex {
  // One LineIndex per source text; texts are few per run (one per file).
  let box = boxes.get(text);
  if (!box) {
    if (boxes.size > 64) boxes.clear();
    boxes.set(text, (box = {}));
  }
  let index = indexes.get(box);
  if (!index) indexes.set(box, (index = new LineIndex(text)));
  return index;
}

/**
 * Maps a span of a decoded string value back to the file: through JSON/YAML escapes in quoted
 * strings, and through the indentation of YAML block scalars (`|`, `>`).
 */
export function innerRange(text: string, value: SourceRange, start: number, end: number): SourceRange {
  const lines = lineIndex(text);
  const from = lines.offset(value.start);
  const to = lines.offset(value.end);
  const map = sourceOffsets(text, from, to);
  const at = (i: number) => map[Math.max(0, Math.min(i, map.length - 1))] ?? from;
  const startOffset = at(start);
  const endOffset = end > start ? at(end - 1) + 1 : startOffset + 1;
  return lines.range(startOffset, Math.max(endOffset, startOffset + 1));
}

/** For each character of the decoded value, the source offset it came from (plus one past the end). */
function sourceOffsets(text: string, from: number, to: number): number[] {
  const first = text[from];
  const map: number[] = [];
  if (first === '"') {
    for (let i = from + 1; i < to - 1; ) {
      if (text[i] === "\\") {
        const kind = text[i + 1];
        const width = kind === "u" ? 6 : kind === "x" ? 4 : kind === "U" ? 10 : 2;
        map.push(i);
        i += width;
      } else {
        map.push(i++);
      }
    }
    map.push(to - 1);
    return map;
  }
  if (first === "'") {
    for (let i = from + 1; i < to - 1; ) {
      map.push(i);
      i += text[i] === "'" && text[i + 1] === "'" ? 2 : 1;
    }
    map.push(to - 1);
    return map;
  }
  if (first === "|" || first === ">") {
    let i = text.indexOf("\n", from);
    if (i === -1 || i >= to) return [from];
    i++;
    let indent = -1;
    while (i < to) {
      const lineEnd = text.indexOf("\n", i) === -1 ? to : Math.min(text.indexOf("\n", i), to);
      const line = text.slice(i, lineEnd);
      if (indent === -1 && line.trim() !== "") indent = line.length - line.trimStart().length;
      const skip = Math.min(indent === -1 ? line.length : indent, line.length);
      for (let j = i + skip; j < lineEnd; j++) map.push(j);
      map.push(lineEnd); // the newline
      i = lineEnd + 1;
    }
    return map;
  }
  for (let i = from; i <= to; i++) map.push(i);
  return map;
}
