import type { JsonPath, LoadedDocument, LoadProblem, LocateRequest, SourceRange } from "./types.js";
import type { LineIndex } from "./line-index.js";
import { createRequire } from "node:module";
import type { ParseError } from "jsonc-parser";
import { DEFAULT_LIMITS, LimitExceeded, limitMessage } from "./limits.js";
import { duplicateKeyProblem } from "./problems.js";
import { jsonTextHoldsIntegration } from "./hidden-integration.js";

/**
 * JSON loading: `JSON.parse` is the floor and the source of truth for syntax; source positions are
 * found afterwards by a scanner that walks only the subtrees a report points into.
 */
export function loadJson(
  file: string,
  text: string,
  lines: LineIndex,
  maxDepth = DEFAULT_LIMITS.maxDepth,
): { documents: LoadedDocument[]; problems: LoadProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { documents: [], problems: [syntaxProblem(text, lines, error)] };
  }
  // Every duplicate key makes the text hold more members than the parsed value; equal counts prove
  // there is none, and the precise (slower) scan that names each duplicate runs only otherwise. The
  // count also bounds the nesting depth before anything walks the value recursively.
  const problems = memberCount(text, maxDepth) === keyCount(value) ? [] : findDuplicateKeys(text, value, lines);
  const document: LoadedDocument = {
    file,
    index: 0,
    text,
    lines,
    value,
    locateAll: (requests) => locateAll(text, lines, requests),
  };
  return { documents: [document], problems };
}

/**
 * Where and why JSON.parse failed. V8 gives a position for some errors only, and its message may quote the
 * text (newlines included); then jsonc-parser's strict scan gives the first error's offset and a fixed wording.
 */
function syntaxProblem(text: string, lines: LineIndex, error: unknown): LoadProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /^([^\n]*) in JSON at position (\d+)/.exec(raw);
  let offset: number;
  let message: string;
  if (match) {
    offset = Number(match[2]);
    message = match[1]!;
  } else {
    // V8 words some errors without a position, quoting the text (newlines included): ask jsonc-parser.
    // jsonc-parser is loaded only here: valid JSON (every normal run) never needs it.
    const { parseTree, printParseErrorCode } = createRequire(import.meta.url)("jsonc-parser") as typeof import("jsonc-parser");
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    offset = first?.offset ?? 0;
    message = first ? (JSON_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)) : raw.split("\n")[0]!.replace(/, ".*$/, "");
  }
  offset = Math.min(offset, text.length);
  return {
    code: "syntax-error",
    message: `Invalid JSON: ${message}`,
    range: lines.range(offset, Math.min(offset + 1, text.length)),
    fatal: true,
  };
}

const JSON_ERRORS: Readonly<Record<string, string>> = {
  InvalidSymbol: "Unexpected token",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' or the end of the object or array",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character in a string",
  InvalidCharacter: "control character in a string (escape it, e.g. \\n)",
};

const QUOTE = 34, BACKSLASH = 92, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;
const COMMA = 44, COLON = 58, SPACE = 32, TAB = 9, LF = 10, CR = 13;

/** A scanner over text that JSON.parse already accepted, so it never needs to report errors. */
class Scanner {
  constructor(readonly text: string) {}

  ws(i: number): number {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === SPACE || c === LF || c === CR || c === TAB) i++;
      else return i;
    }
  }

  /** i is at the opening quote; returns the offset after the closing quote. */
  stringEnd(i: number): number {
    const t = this.text;
    for (let j = i + 1; ; ) {
      const q = t.indexOf('"', j);
      let backslashes = 0;
      for (let k = q - 1; t.charCodeAt(k) === BACKSLASH; k--) backslashes++;
      if (backslashes % 2 === 0) return q + 1;
      j = q + 1;
    }
  }

  key(start: number, end: number): string {
    const raw = this.text.slice(start + 1, end - 1);
    return raw.includes("\\") ? (JSON.parse(this.text.slice(start, end)) as string) : raw;
  }

  /** Offset after the value that starts at i (i is not white space). */
  valueEnd(i: number): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === QUOTE) return this.stringEnd(i);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      let j = i;
      for (;;) {
        const d = t.charCodeAt(j);
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d === SPACE || d === LF || d === CR || d === TAB || Number.isNaN(d)) return j;
        j++;
      }
    }
    let depth = 0;
    for (let j = i; ; j++) {
      const d = t.charCodeAt(j);
      if (d === QUOTE) j = this.stringEnd(j) - 1;
      else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        if (--depth === 0) return j + 1;
      }
    }
  }

  /** Calls visit for each member of the object at i; returns the offset after the object. */
  members(i: number, visit: (key: string, keyStart: number, keyEnd: number, valueStart: number) => number | undefined): number {
    let j = this.ws(i + 1);
    if (this.text.charCodeAt(j) === CLOSE_BRACE) return j + 1;
    for (;;) {
      const keyEnd = this.stringEnd(j);
      const key = this.key(j, keyEnd);
      const colon = this.ws(keyEnd);
      const valueStart = this.ws(colon + 1);
      const valueEnd = visit(key, j, keyEnd, valueStart) ?? this.valueEnd(valueStart);
      j = this.ws(valueEnd);
      if (this.text.charCodeAt(j) === CLOSE_BRACE) return j + 1;
      j = this.ws(j + 1); // comma
    }
  }

  elements(i: number, visit: (index: number, valueStart: number) => number | undefined): number {
    let j = this.ws(i + 1);
    if (this.text.charCodeAt(j) === CLOSE_BRACKET) return j + 1;
    for (let index = 0; ; index++) {
      const valueEnd = visit(index, j) ?? this.valueEnd(j);
      j = this.ws(valueEnd);
      if (this.text.charCodeAt(j) === CLOSE_BRACKET) return j + 1;
      j = this.ws(j + 1);
    }
  }
}

interface Trie {
  children: Map<string, Trie>;
  /** indexes into the request array that end here */
  wanted: number[];
}

function locateAll(text: string, lines: LineIndex, requests: readonly LocateRequest[]): (SourceRange | undefined)[] {
  const results: (SourceRange | undefined)[] = new Array(requests.length).fill(undefined);
  const root: Trie = { children: new Map(), wanted: [] };
  for (const [n, request] of requests.entries()) {
    let node = root;
    for (const segment of request.path) {
      const k = String(segment);
      let child = node.children.get(k);
      if (!child) node.children.set(k, (child = { children: new Map(), wanted: [] }));
      node = child;
    }
    node.wanted.push(n);
  }
  const scanner = new Scanner(text);
  const record = (node: Trie, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number) => {
    for (const n of node.wanted) {
      results[n] = requests[n]!.part === "key" && keyStart >= 0 ? lines.range(keyStart, keyEnd) : lines.range(valueStart, valueEnd);
    }
  };
  const walk = (node: Trie, i: number): number => {
    const c = text.charCodeAt(i);
    if (node.children.size === 0 || (c !== OPEN_BRACE && c !== OPEN_BRACKET)) return scanner.valueEnd(i);
    const visitChild = (child: Trie | undefined, keyStart: number, keyEnd: number, valueStart: number) => {
      if (!child) return undefined;
      const valueEnd = walk(child, valueStart);
      record(child, keyStart, keyEnd, valueStart, valueEnd);
      return valueEnd;
    };
    if (c === OPEN_BRACE) return scanner.members(i, (key, ks, ke, vs) => visitChild(node.children.get(key), ks, ke, vs));
    return scanner.elements(i, (index, vs) => visitChild(node.children.get(String(index)), -1, -1, vs));
  };
  const start = scanner.ws(0);
  const end = walk(root, start);
  record(root, -1, -1, start, end);
  return results;
}

/** Members written in the text: the colons outside strings (the text is valid JSON); bounds the depth. */
function memberCount(text: string, maxDepth: number): number {
  const scanner = new Scanner(text);
  let count = 0;
  let depth = 0;
  for (let i = 0; ; ) {
    const quote = text.indexOf('"', i);
    const stop = quote === -1 ? text.length : quote;
    for (let j = i; j < stop; j++) {
      const c = text.charCodeAt(j);
      if (c === COLON) count++;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth > maxDepth) throw new LimitExceeded("maxDepth", j, limitMessage("maxDepth", maxDepth, `Objects and arrays nest deeper than ${maxDepth} levels`));
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
    }
    if (quote === -1) return count;
    i = scanner.stringEnd(quote);
  }
}

/** Members of the parsed value, at every depth. */
function keyCount(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += keyCount(item);
    return count;
  }
  for (const key in value) count += 1 + keyCount((value as Record<string, unknown>)[key]);
  return count;
}

/** JSON.parse keeps the last of duplicate keys silently; compare member counts to find them. */
function findDuplicateKeys(text: string, value: unknown, lines: LineIndex): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const scanner = new Scanner(text);
  const walk = (v: unknown, i: number): number => {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACE) {
      const object = v as Record<string, unknown>;
      let count = 0;
      const end = scanner.members(i, (_key, _keyStart, _keyEnd, valueStart) => {
        count++;
        const child = object[_key];
        return typeof child === "object" && child !== null ? walk(child, valueStart) : undefined;
      });
      if (count !== Object.keys(object).length) {
        // Rare: walk the object again, this time remembering where each key's value starts, to name each
        // duplicate and tell whether the value it replaces held an integration.
        const seen = new Map<string, number>();
        scanner.members(i, (key, keyStart, keyEnd, valueStart) => {
          const earlier = seen.get(key);
          if (earlier !== undefined) problems.push(duplicate(key, keyStart, keyEnd, text.slice(earlier, scanner.valueEnd(earlier))));
          seen.set(key, valueStart);
          return undefined;
        });
      }
      return end;
    }
    if (c === OPEN_BRACKET) {
      const array = v as unknown[];
      return scanner.elements(i, (index, valueStart) => {
        const child = array[index];
        return typeof child === "object" && child !== null ? walk(child, valueStart) : undefined;
      });
    }
    return scanner.valueEnd(i);
  };
  const duplicate = (key: string, start: number, end: number, lostValue: string): LoadProblem =>
    duplicateKeyProblem(key, lines.range(start, end), jsonTextHoldsIntegration(lostValue));
  if (typeof value === "object" && value !== null) walk(value, scanner.ws(0));
  return problems;
}

export type { JsonPath };
