import type { LoadedFile, SourceComment } from "./types.js";
import { LineIndex } from "./line-index.js";
import { DEFAULT_LIMITS, bytesOver, type InputLimits } from "./limits.js";
import { loadedByFastYaml, loadText } from "./index.js";
import { loadYamlFast } from "./yaml-fast.js";
import { allMemberOffsets, locateInPositioned, offsetsOf } from "./positions.js";

/**
 * Re-loading an edited YAML buffer by re-reading only the part the edit touched (the language server: one
 * keystroke in a 1.4 MB document must not re-lex 1.4 MB). The result is exactly what `loadText` gives for
 * the new text, or `loadText` itself: every case this module is not sure of is a full load.
 *
 * The part re-read is one block-map entry: from its key's line to the next content line indented no
 * deeper than the key (the innermost such entry whose key the edit leaves alone). The fast loader reads
 * that slice alone exactly as it reads it inside the file: the `yaml` Lexer's state after `key:` does not
 * depend on what came before, and the fast loader's only state at an entry's start is its indentation.
 * Three checks make that so rather than assume it: the old slice read alone must give the old tree's
 * subtree and comments; the new slice followed by a sibling key at the entry's indentation must end
 * before that key (no token of the slice runs on into the next line); and neither slice may end in
 * comment lines (those pass to enclosing collections and decide where they end). The new subtree then
 * replaces the old one in place, and every offset after the edit moves by the edit's length change.
 */

/** Stands for the next line when checking that the new slice ends where the old one did. */
const SENTINEL = "apigw-lint-incremental-sentinel";
/** A slice larger than this share of the text (and than a few KB) is not worth three partial reads. */
const MAX_SLICE_SHARE = 1 / 6;
const SMALL_SLICE = 8192;
/** Enclosing entries tried, innermost first, before giving up. */
const MAX_ATTEMPTS = 3;

/** Results this module may update (loaded by the plain fast YAML path, or updated from one), with their maxDepth. */
const updatable = new WeakMap<LoadedFile, number>();


/**
 * The new text loaded, from `previous` (an earlier text of the same buffer) where possible. `previous` must
 * not be used afterwards: its tree may now belong to the result.
 */
export function reloadText(previous: LoadedFile | undefined, file: string, absolutePath: string, rawText: string, limits: InputLimits = DEFAULT_LIMITS): LoadedFile {
  const withinSize = bytesOver(rawText, limits.maxFileBytes) === undefined; // else the full load reports the limit
  if (previous && withinSize && updatable.get(previous) === limits.maxDepth && previous.file === file && previous.absolutePath === absolutePath) {
    updatable.delete(previous);
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    if (text === previous.text) {
      updatable.set(previous, limits.maxDepth);
      return previous;
    }
    let updated: LoadedFile | undefined;
    try {
      updated = update(previous, text, limits.maxDepth);
    } catch {
      updated = undefined; // whatever went wrong, the full load below is the answer
    }
    if (updated) {
      updatable.set(updated, limits.maxDepth);
      return updated;
    }
  }
  const loaded = loadText(file, absolutePath, rawText, limits);
  if (loadedByFastYaml(loaded) && loaded.documents.length === 1 && loaded.problems.length === 0) updatable.set(loaded, limits.maxDepth);
  return loaded;
}

/** Keeps each buffer's last load (the language server: one per open document). */
export class IncrementalLoads {
  private readonly last = new Map<string, LoadedFile>();

  /** A `loadText` for one buffer that starts from that buffer's previous load. */
  loaderFor(key: string): typeof loadText {
    return (file, absolutePath, text, limits) => {
      const loaded = reloadText(this.last.get(key), file, absolutePath, text, limits);
      this.last.set(key, loaded);
      return loaded;
    };
  }

  forget(key: string): void {
    this.last.delete(key);
  }
}

interface Edit {
  /** The edit replaced old[start, oldEnd) by new[start, newEnd). */
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Compared a block at a time first: string equality is a memory comparison, a loop of charCodeAt is not. */
const BLOCK = 4096;

/** The one span where two texts differ (common prefix and suffix taken off). */
export function changedSpan(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const b = before.length;
  const a = after.length;
  let tail = 0;
  while (tail + BLOCK <= shorter - start && before.slice(b - tail - BLOCK, b - tail) === after.slice(a - tail - BLOCK, a - tail)) tail += BLOCK;
  while (tail < shorter - start && before.charCodeAt(b - 1 - tail) === after.charCodeAt(a - 1 - tail)) tail++;
  return { start, oldEnd: b - tail, newEnd: a - tail };
}

/** A collection on the way from the root to an entry, and which of its members leads there. */
interface Step {
  readonly holder: object;
  readonly slot: number;
}

/** A block-map entry whose key starts its line (only spaces before it). */
interface Entry {
  /** From the root to the map holding the entry; the last step's slot is the entry's. */
  readonly steps: readonly Step[];
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly valueEnd: number;
  /** Where the next member's key starts, if there is one. */
  readonly nextKeyStart: number | undefined;
  readonly lineStart: number;
}

function update(previous: LoadedFile, text: string, maxDepth: number): LoadedFile | undefined {
  const [doc] = previous.documents;
  const root = doc!.value;
  if (typeof root !== "object" || root === null || Array.isArray(root)) return undefined;
  const edit = changedSpan(previous.text, text);
  const entries = entriesAround(previous.text, root, edit);
  for (let n = entries.length - 1; n >= 0 && n >= entries.length - MAX_ATTEMPTS; n--) {
    const slice = rereadEntry(previous, text, edit, entries[n]!, maxDepth);
    if (slice) return splice(previous, text, edit, slice);
  }
  return undefined;
}

/** The entries whose key lines start before the edit and whose keys end before it, outermost first. */
function entriesAround(text: string, root: object, edit: Edit): Entry[] {
  const entries: Entry[] = [];
  const steps: Step[] = [];
  let node: unknown = root;
  while (typeof node === "object" && node !== null) {
    const flat = offsetsOf(node);
    if (!flat) break;
    if (Array.isArray(node)) {
      const slot = lastStartingBefore(flat, 2, edit.start);
      if (slot === -1 || isFlow(text, flat[slot * 2]!)) break;
      steps.push({ holder: node, slot });
      node = node[slot];
      continue;
    }
    const slot = lastStartingBefore(flat, 4, edit.start);
    if (slot === -1) break;
    const [key, [keyStart, keyEnd, valueStart, valueEnd]] = allMemberOffsets(node)![slot]!;
    if (edit.start <= keyEnd) break;
    steps.push({ holder: node, slot });
    const lineStart = text.lastIndexOf("\n", keyStart - 1) + 1;
    // (A CloudFormation tag's long form, `{"Fn::If": ...}`, has no key of its own: its key range is its value's.)
    if (keyStart !== valueStart && onlySpaces(text, lineStart, keyStart)) {
      const nextKeyStart = slot * 4 + 4 < flat.length ? flat[slot * 4 + 4] : undefined;
      entries.push({ steps: [...steps], key, keyStart, keyEnd, valueEnd, nextKeyStart, lineStart });
    }
    if (isFlow(text, valueStart)) break;
    node = (node as Record<string, unknown>)[key];
  }
  return entries;
}

/** The last member (of `width` offsets each) that starts at or before `offset`; -1 if none. */
function lastStartingBefore(flat: Int32Array, width: number, offset: number): number {
  let lo = 0;
  let hi = flat.length / width - 1;
  if (hi < 0 || flat[0]! > offset) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat[mid * width]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isFlow(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 123 /* { */ || c === 91 /* [ */;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** One entry read alone: its value with offsets in the slice, and where `yaml` ends the entry's node. */
interface EntryRead {
  readonly value: unknown;
  readonly offsets: readonly number[];
  readonly nodeEnd: number;
  readonly comments: readonly SourceComment[];
}

/** The entry's slice, old and new, read alone; undefined unless every check holds. */
interface Reread {
  readonly entry: Entry;
  /** The slice: old text [start, end), new text [start, end + delta). */
  readonly start: number;
  readonly end: number;
  readonly before: EntryRead;
  readonly after: EntryRead;
}

function rereadEntry(previous: LoadedFile, text: string, edit: Edit, entry: Entry, maxDepth: number): Reread | undefined {
  const old = previous.text;
  const indent = entry.keyStart - entry.lineStart;
  const start = entry.lineStart;
  const next = entry.nextKeyStart;
  const end = next === undefined ? nextContentLine(old, entry.valueEnd, indent) : old.charCodeAt(next - indent - 1) === 10 && onlySpaces(old, next - indent, next) ? next - indent : -1;
  if (end === -1 || edit.oldEnd >= end || (end - start > old.length * MAX_SLICE_SHARE && end - start > SMALL_SLICE)) return undefined;
  const delta = edit.newEnd - edit.oldEnd;
  const oldSlice = old.slice(start, end);
  const newSlice = text.slice(start, end + delta);
  if (risky(oldSlice) || risky(newSlice)) return undefined;
  // Collections on the way count towards maxDepth (the slice's own map stands for the holder).
  const limits = { ...DEFAULT_LIMITS, maxDepth: maxDepth - (entry.steps.length - 1) };
  const before = readEntry(oldSlice, entry, limits);
  const after = readEntry(newSlice, entry, limits);
  if (!before || !after) return undefined;
  if (end < old.length && !endsBeforeNextLine(newSlice, entry, indent, limits)) return undefined;
  const holder = entry.steps[entry.steps.length - 1]!.holder as Record<string, unknown>;
  const [, , valueStart, valueEnd] = before.offsets;
  if (valueStart! + start !== memberOffset(holder, entry, 2) || valueEnd! + start !== memberOffset(holder, entry, 3)) return undefined;
  if (!sameTree(before.value, holder[entry.key], start)) return undefined;
  const firstLine = previous.lines.position(start).line;
  const endLine = end < old.length ? previous.lines.position(end).line : Infinity;
  const oldComments = previous.comments.filter((c) => c.line >= firstLine && c.line < endLine);
  if (!sameComments(oldComments, before.comments, firstLine - 1)) return undefined;
  return { entry, start, end, before, after };
}

function memberOffset(holder: object, entry: Entry, which: number): number {
  return offsetsOf(holder)![entry.steps[entry.steps.length - 1]!.slot * 4 + which]!;
}

/** Where the next line with content indented no deeper than `indent` starts (-1: content deeper, unexpected). */
function nextContentLine(text: string, valueEnd: number, indent: number): number {
  let at = valueEnd > 0 && text.charCodeAt(valueEnd - 1) === 10 ? valueEnd : text.indexOf("\n", valueEnd) + 1;
  while (at > 0 && at < text.length) {
    let i = at;
    while (text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    const blank = c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10) || c === 35 /* # */ || Number.isNaN(c);
    if (!blank) return i - at <= indent ? at : -1;
    at = text.indexOf("\n", i) + 1;
  }
  return text.length;
}

/** Tabs (indentation rules the fast loader leaves alone), or comment lines at the end of the slice. */
function risky(slice: string): boolean {
  if (slice.includes("\t")) return true;
  let end = slice.length;
  while (end > 0 && (slice[end - 1] === " " || slice[end - 1] === "\n" || slice[end - 1] === "\r")) end--;
  const lastLine = slice.slice(slice.lastIndexOf("\n", end - 1) + 1, end);
  return /^ *#/.test(lastLine);
}

/** The slice read alone: one entry, the same key at the same place, no problem. */
function readEntry(slice: string, entry: Entry, limits: InputLimits): EntryRead | undefined {
  const lines = new LineIndex(slice);
  const result = loadYamlFast("", slice, lines, undefined, limits);
  if (!result || result.problems.length > 0 || result.documents.length !== 1) return undefined;
  const [doc] = result.documents;
  const members = allMemberOffsets(doc!.value as object);
  if (members?.length !== 1) return undefined;
  const [key, offsets] = members[0]!;
  if (key !== entry.key || offsets[0] !== entry.keyStart - entry.lineStart || offsets[1] !== entry.keyEnd - entry.lineStart) return undefined;
  const rootRange = doc!.locateAll([{ path: [], part: "value" }])[0]!;
  return { value: (doc!.value as Record<string, unknown>)[key], offsets, nodeEnd: lines.offset(rootRange.end), comments: result.comments };
}

/**
 * Whether the new slice ends where the next line starts: followed by a sibling key at the entry's
 * indentation, it must read as the entry and that key. A scalar or block scalar that the line after the
 * slice would continue (the Lexer decides by indentation) swallows the sentinel instead.
 */
function endsBeforeNextLine(slice: string, entry: Entry, indent: number, limits: InputLimits): boolean {
  if (entry.key === SENTINEL) return false;
  const followed = `${slice}${" ".repeat(indent)}${SENTINEL}:\n`;
  const result = loadYamlFast("", followed, new LineIndex(followed), undefined, limits);
  if (!result || result.problems.length > 0 || result.documents.length !== 1) return false;
  const members = allMemberOffsets(result.documents[0]!.value as object);
  return members?.length === 2 && members[1]![0] === SENTINEL && members[1]![1][0] === slice.length + indent;
}

/** Same values and offsets (`a`'s offsets `shift` less than `b`'s) in every node. */
function sameTree(a: unknown, b: unknown, shift: number): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const flatA = offsetsOf(a);
  const flatB = offsetsOf(b);
  if (flatA?.length !== flatB?.length) return false; // (the pair `!GetAtt a.b` becomes has no offsets)
  if (flatA) for (let n = 0; n < flatA.length; n++) if (flatA[n]! + shift !== flatB![n]) return false;
  if (Array.isArray(a)) return a.every((item, n) => sameTree(item, (b as unknown[])[n], shift));
  const membersA = allMemberOffsets(a)!;
  const membersB = allMemberOffsets(b)!;
  return membersA.every(([key], n) => key === membersB[n]![0] && sameTree((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], shift));
}

function sameComments(inFile: readonly SourceComment[], inSlice: readonly SourceComment[], lineShift: number): boolean {
  return inFile.length === inSlice.length && inFile.every((c, n) => {
    const s = inSlice[n]!;
    return c.text === s.text && c.line === s.line + lineShift && c.column === s.column && c.ownLine === s.ownLine;
  });
}

/**
 * Puts the new subtree in place of the old one and moves every offset after the edit. Offsets held by the
 * collections around the entry are either before the edit, or after the slice (moved), or where the
 * entry's node ended (an enclosing collection ends where its last entry does): anything else is a full load.
 */
function splice(previous: LoadedFile, text: string, edit: Edit, reread: Reread): LoadedFile | undefined {
  const { entry, start, end, before, after } = reread;
  const delta = edit.newEnd - edit.oldEnd;
  const oldNodeEnd = before.nodeEnd + start;
  const newNodeEnd = after.nodeEnd + start;
  const moved = (offset: number): number =>
    offset === oldNodeEnd ? newNodeEnd : offset >= end ? offset + delta : offset < edit.start ? offset : Number.NaN;

  // First every check, then the changes: a tree half changed is never left behind.
  const [doc] = previous.documents;
  const rootRange = doc!.locateAll([{ path: [], part: "value" }])[0]!;
  const newRootRange: [number, number] = [moved(previous.lines.offset(rootRange.start)), moved(previous.lines.offset(rootRange.end))];
  const outer = entry.steps.slice(0, -1).map(({ holder, slot }) => {
    const width = Array.isArray(holder) ? 2 : 4;
    const flat = offsetsOf(holder)!;
    return { flat, from: slot * width, values: Array.from(flat.subarray(slot * width, slot * width + width), moved) };
  });
  if (newRootRange.some(Number.isNaN) || outer.some(({ values }) => values.some(Number.isNaN))) return undefined;

  for (const { flat, from, values } of outer) values.forEach((value, n) => (flat[from + n] = value));
  for (const { holder, slot } of entry.steps) moveMembersAfter(holder, slot, delta);
  const { holder, slot } = entry.steps[entry.steps.length - 1]!;
  const flat = offsetsOf(holder)!;
  flat[slot * 4 + 2] = after.offsets[2]! + start;
  flat[slot * 4 + 3] = after.offsets[3]! + start;
  moveTree(after.value, start);
  if (entry.key === "__proto__") Object.defineProperty(holder, entry.key, { value: after.value, enumerable: true, writable: true, configurable: true });
  else (holder as Record<string, unknown>)[entry.key] = after.value;

  const lines = new LineIndex(text);
  const firstLine = previous.lines.position(start).line;
  const endLine = end < previous.text.length ? previous.lines.position(end).line : Infinity;
  const lineDelta = countLines(text, edit.start, edit.newEnd) - countLines(previous.text, edit.start, edit.oldEnd);
  const comments: SourceComment[] = [];
  for (const c of previous.comments) if (c.line < firstLine) comments.push(c);
  for (const c of after.comments) comments.push({ ...c, line: c.line + firstLine - 1 });
  for (const c of previous.comments) if (c.line >= endLine) comments.push(lineDelta === 0 ? c : { ...c, line: c.line + lineDelta });

  const { file, absolutePath, format } = previous;
  const value = doc!.value;
  const documents = [{ file, index: 0, text, lines, value, locateAll: (requests: Parameters<typeof locateInPositioned>[3]) => locateInPositioned(value, newRootRange, lines, requests) }];
  return { file, absolutePath, text, lines, format, documents, comments, problems: [] };
}

/** Moves the members after `slot` of a collection, and everything inside them. */
function moveMembersAfter(holder: object, slot: number, delta: number): void {
  if (delta === 0) return;
  const flat = offsetsOf(holder)!;
  if (Array.isArray(holder)) {
    for (let n = (slot + 1) * 2; n < flat.length; n++) flat[n] = flat[n]! + delta;
    for (let n = slot + 1; n < holder.length; n++) moveTree(holder[n], delta);
    return;
  }
  for (let n = (slot + 1) * 4; n < flat.length; n++) flat[n] = flat[n]! + delta;
  const members = allMemberOffsets(holder)!;
  for (let n = slot + 1; n < members.length; n++) moveTree((holder as Record<string, unknown>)[members[n]![0]], delta);
}

/** Adds `delta` to every offset of a subtree. */
function moveTree(node: unknown, delta: number): void {
  if (typeof node !== "object" || node === null) return;
  const flat = offsetsOf(node as object);
  if (flat) for (let n = 0; n < flat.length; n++) flat[n] = flat[n]! + delta;
  if (Array.isArray(node)) for (const item of node) moveTree(item, delta);
  else for (const key in node) moveTree((node as Record<string, unknown>)[key], delta);
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
