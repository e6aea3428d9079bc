import type { SourceRange } from "./types.js";
import type { LineIndex } from "./line-index.js";

/**
 * Maps a span of a decoded string value back to the file: through JSON/YAML escapes in quoted
 * strings, and through the indentation of YAML block scalars (`|`, `>`).
 */
export function innerRange(text: string, lines: LineIndex, value: SourceRange, start: number, end: number): SourceRange {
  const from = lines.offset(value.start);
  const to = lines.offset(value.end);
  const map = sourceOffsets(text, from, to);
  const at = (i: number) => map[Math.max(0, Math.min(i, map.length - 1))] ?? from;
  const startOffset = at(start);
  const endOffset = end > start ? at(end - 1) + 1 : startOffset + 1;
  return lines.range(startOffset, Math.max(endOffset, startOffset + 1));
}

type ScalarStyle = "double" | "single" | "plain" | "block" | "heredoc";

function styleOf(text: string, from: number): ScalarStyle {
  const first = text[from];
  if (first === '"') return "double";
  if (first === "'") return "single";
  if (first === "|" || first === ">") return "block";
  if (first === "<" && text[from + 1] === "<") return "heredoc";
  return "plain";
}

/**
 * A fix's edit in the file: the decoded characters `start..end` of the string at `value` become `replacement`,
 * written as that string's quoting needs (`'` doubled in a single-quoted YAML string, `"` and `\` escaped in a
 * double-quoted one). Undefined where the replacement cannot be written there as it stands: a line break, or a
 * quote or comment character in a plain YAML scalar (it would end the scalar or change its kind).
 */
export function innerEdit(text: string, lines: LineIndex, value: SourceRange, start: number, end: number, replacement: string): { range: [number, number]; text: string } | undefined {
  const from = lines.offset(value.start);
  const style = styleOf(text, from);
  if (/[\r\n]/.test(replacement)) return undefined;
  if (style === "plain" && (/["'#]/.test(replacement) || replacement.includes(": "))) return undefined;
  const map = sourceOffsets(text, from, lines.offset(value.end));
  const at = (i: number) => map[Math.max(0, Math.min(i, map.length - 1))] ?? from;
  const startOffset = at(start);
  // The last character's whole source: an escape (`\"`, `\u0041`) or a doubled quote is replaced, not cut in two.
  const last = end > start ? at(end - 1) : undefined;
  const endOffset = last === undefined ? startOffset : last + sourceWidth(text, last, style);
  const written = style === "single" ? replacement.replaceAll("'", "''") : style === "double" ? replacement.replace(/["\\]/g, "\\$&") : replacement;
  return { range: [startOffset, endOffset], text: written };
}

function sourceWidth(text: string, at: number, style: ScalarStyle): number {
  if (style === "single" && text[at] === "'") return 2;
  if (style !== "double" || text[at] !== "\\") return 1;
  const kind = text[at + 1];
  return kind === "u" ? 6 : kind === "x" ? 4 : kind === "U" ? 10 : 2;
}

/** For each character of the decoded value, the source offset it came from (plus one past the end). */
function sourceOffsets(text: string, from: number, to: number): number[] {
  const style = styleOf(text, from);
  if (style === "double" || style === "single") return flowOffsets(text, from + 1, to - 1, style);
  if (style === "block") return blockOffsets(text, from, to);
  if (style === "heredoc") return heredocOffsets(text, from, to);
  return flowOffsets(text, from, to, "plain");
}

const isBlank = (c: string | undefined) => c === " " || c === "\t";

/**
 * Quoted and plain scalars: escapes (double quotes), `''` (single quotes), and line folding: a line break
 * with the white space around it reads as one space, or as n newlines when n blank lines follow; an
 * escaped line break (`\` at the end of a double-quoted line) reads as nothing.
 */
function flowOffsets(text: string, from: number, to: number, style: "double" | "single" | "plain"): number[] {
  const map: number[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === "\r" && text[i + 1] === "\n") { i++; continue; }
    if (c === "\n") {
      // Trailing white space before a folded line break is not part of the value.
      while (map.length > 0 && isBlank(text[map[map.length - 1]!]) && map[map.length - 1]! >= from) map.pop();
      let j = i + 1;
      const blankLines: number[] = [];
      for (;;) {
        while (j < to && isBlank(text[j])) j++;
        if (j < to && (text[j] === "\n" || text[j] === "\r")) {
          if (text[j] === "\r") j++;
          blankLines.push(j);
          j++;
          continue;
        }
        break;
      }
      if (blankLines.length === 0) map.push(i);
      else map.push(...blankLines);
      i = j;
      continue;
    }
    if (style === "double" && c === "\\") {
      const kind = text[i + 1];
      if (kind === "\n" || kind === "\r") {
        i += kind === "\r" && text[i + 2] === "\n" ? 3 : 2;
        while (i < to && isBlank(text[i])) i++;
        continue;
      }
      const width = kind === "u" ? 6 : kind === "x" ? 4 : kind === "U" ? 10 : 2;
      map.push(i);
      i += width;
      continue;
    }
    if (style === "single" && c === "'" && text[i + 1] === "'") {
      map.push(i);
      i += 2;
      continue;
    }
    map.push(i++);
  }
  map.push(to);
  return map;
}

/**
 * Block scalars (`|`, `>`, with an optional indentation indicator): each line loses its indentation. In a
 * literal block every line break is kept; in a folded one a break between two ordinary lines reads as a
 * space, and a break followed by blank lines is dropped (each blank line reads as one newline).
 */
function blockOffsets(text: string, from: number, to: number): number[] {
  const header = text.slice(from, text.indexOf("\n", from) === -1 ? to : text.indexOf("\n", from));
  const folded = header.startsWith(">");
  const explicit = /[1-9]/.exec(header)?.[0];
  let i = text.indexOf("\n", from);
  if (i === -1 || i >= to) return [from];
  i++;
  const lines: { start: number; end: number }[] = [];
  while (i < to) {
    const newline = text.indexOf("\n", i);
    const end = newline === -1 || newline > to ? to : newline;
    lines.push({ start: i, end });
    i = end + 1;
  }
  const parentIndent = (() => {
    const lineStart = text.lastIndexOf("\n", from) + 1;
    return text.slice(lineStart, from).length - text.slice(lineStart, from).trimStart().length;
  })();
  const firstContent = lines.find((l) => text.slice(l.start, l.end).trim() !== "");
  const indent = explicit !== undefined ? parentIndent + Number(explicit) : firstContent ? text.slice(firstContent.start, firstContent.end).search(/\S/) : 0;
  const blank = (l: { start: number; end: number }) => text.slice(l.start, l.end).trim() === "";
  const moreIndented = (l: { start: number; end: number }) => isBlank(text[l.start + indent]);
  const map: number[] = [];
  lines.forEach((line, n) => {
    const isBlankLine = blank(line);
    if (!isBlankLine) for (let j = line.start + Math.min(indent, line.end - line.start); j < line.end; j++) map.push(j);
    const next = lines[n + 1];
    if (folded && !isBlankLine && next && blank(next) && !moreIndented(line)) {
      const following = lines.slice(n + 1).find((l) => !blank(l));
      if (following && !moreIndented(following)) return; // the break before blank lines is dropped
    }
    map.push(line.end);
  });
  return map;
}

/** An HCL heredoc (`<<ID` or `<<-ID`): its lines as written, less the common indentation of `<<-`. */
function heredocOffsets(text: string, from: number, to: number): number[] {
  const start = text.indexOf("\n", from) + 1;
  const end = text.lastIndexOf("\n", to - 1) + 1;
  const body = text.slice(start, end).split("\n");
  const strip = text[from + 2] === "-" ? Math.min(...body.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length)) : 0;
  const map: number[] = [];
  let offset = start;
  for (const [n, line] of body.entries()) {
    if (n === body.length - 1 && line === "") break;
    for (let i = Math.min(strip, line.length); i < line.length; i++) map.push(offset + i);
    map.push(offset + line.length); // the line break
    offset += line.length + 1;
  }
  map.push(offset);
  return map;
}
