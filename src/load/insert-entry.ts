import type { JsonPath, LoadedDocument } from "./types.js";
import { detectFormat, loadText } from "./index.js";

/** A value an inserted entry may hold: `false`, or a map of such entries (written as one flow mapping). */
export type InsertedValue = boolean | { readonly [key: string]: boolean };

/** Keys written without quotes in YAML: no character that could end or re-type the scalar. */
const PLAIN_KEY = /^[A-Za-z][\w.-]*$/;

/**
 * The edit that adds `key: value` to the mapping at `into`, after its last entry and in its own layout: the
 * last key's indentation and quoting, the separator written after it, a flow mapping (JSON, `{ a: b }`) on
 * one line or one entry a line, a block mapping one entry a line. Undefined when the mapping is empty or not
 * written in one of those ways, or when the document would not read as before plus that entry (every
 * edit is checked by loading the result), so the edit can never break a document.
 */
export function insertEntry(doc: LoadedDocument, into: JsonPath, key: string, value: InsertedValue): { range: [number, number]; text: string } | undefined {
  const container = valueAt(doc.value, into);
  if (!isPlainObject(container) || key in container || !PLAIN_KEY.test(key)) return undefined;
  const last = Object.keys(container).at(-1);
  if (last === undefined) return undefined;
  const [mapRange, keyRange, valueRange] = doc.locateAll([
    { path: into, part: "value" }, { path: [...into, last], part: "key" }, { path: [...into, last], part: "value" },
  ]);
  if (!mapRange || !keyRange || !valueRange) return undefined;
  const { text, lines } = doc;
  const mapStart = lines.offset(mapRange.start), keyStart = lines.offset(keyRange.start);
  const keyEnd = lines.offset(keyRange.end), valueStart = lines.offset(valueRange.start), valueEnd = lines.offset(valueRange.end);
  const separator = text.slice(keyEnd, valueStart);
  if (!/^[ \t]*:[ \t]*$/.test(separator)) return undefined;
  const quote = text[keyStart] === '"' || text[keyStart] === "'" ? text[keyStart]! : "";
  const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
  let indent = text.slice(lineStart, keyStart);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const written = (k: string, v: InsertedValue): string => {
    const shown = typeof v === "boolean" ? String(v) : `{ ${Object.entries(v).map(([ik, iv]) => written(ik, iv)).join(", ")} }`;
    return `${quote}${k}${quote}${separator}${shown}`;
  };
  let at: number, insertion: string;
  if (text[mapStart] === "{") {
    const oneLine = lines.position(mapStart).line === keyRange.start.line;
    if (!oneLine && !/^[ \t]*$/.test(indent)) return undefined;
    at = valueEnd;
    insertion = oneLine ? `, ${written(key, value)}` : `,${eol}${indent}${written(key, value)}`;
  } else {
    // `- StatusCode: 404`: the next key of that list item's mapping goes under its first one.
    if (!/^[ \t]*(?:-[ \t]+)*$/.test(indent) || quote === "" && !PLAIN_KEY.test(last)) return undefined;
    indent = indent.replace(/-/g, " ");
    const lineEnd = text.indexOf("\n", valueEnd - 1 < keyStart ? keyStart : valueEnd - 1);
    at = lineEnd === -1 ? text.length : text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    insertion = `${eol}${indent}${written(key, value)}`;
  }
  const mapEnd = lines.offset(mapRange.end);
  const certain = detectFormat(doc.file, text) === "json"
    ? mapReadsAsExpected(text.slice(mapStart, mapEnd), at - mapStart, insertion, key, value)
    : readsAsExpected(doc, into, key, value, at, insertion);
  return certain ? { range: [at, at], text: insertion } : undefined;
}

/** The file's documents as loaded, once per file (keyed by its shared line index). */
const unchanged = new WeakMap<object, unknown[] | undefined>();

/**
 * JSON: the mapping's own text, read alone before and after the insertion. A JSON value stands for itself
 * wherever it is written, so a mapping that reads as before plus the entry makes a document that does too;
 * reading the whole file again (below) cost seconds on a 7 MB `get-resources` output with many findings.
 */
function mapReadsAsExpected(mapText: string, at: number, insertion: string, key: string, value: InsertedValue): boolean {
  try {
    const expected = JSON.parse(mapText) as Record<string, unknown>;
    const after: unknown = JSON.parse(mapText.slice(0, at) + insertion + mapText.slice(at));
    expected[key] = value;
    return JSON.stringify(expected) === JSON.stringify(after);
  } catch {
    return false;
  }
}

/**
 * YAML is checked by reading the whole file again, so only up to the size of the largest CloudFormation
 * template (1 MB, uploaded through S3); a larger file is offered no insertion rather than seconds of re-reading.
 */
const MAX_REREAD_BYTES = 1024 * 1024;

function readsAsExpected(doc: LoadedDocument, into: JsonPath, key: string, value: InsertedValue, at: number, insertion: string): boolean {
  if (/\.(tf|tofu)$/i.test(doc.file) || doc.text.length > MAX_REREAD_BYTES) return false;
  const read = (text: string) => {
    const loaded = loadText(doc.file, doc.file, text);
    return loaded.problems.some((p) => p.fatal) ? undefined : loaded.documents.map((d) => d.value);
  };
  let before = unchanged.get(doc.lines);
  if (!before) unchanged.set(doc.lines, (before = read(doc.text)));
  const after = read(doc.text.slice(0, at) + insertion + doc.text.slice(at));
  if (!before || !after || before.length !== after.length) return false;
  const expected = structuredClone(before);
  (valueAt(expected[doc.index], into) as Record<string, unknown>)[key] = value;
  return JSON.stringify(expected) === JSON.stringify(after);
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
