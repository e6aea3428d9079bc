import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadText, type LoadedFile, type LocateRequest } from "../../src/load/index.js";
import type { LoadedDocument } from "../../src/load/types.js";
import { changedSpan, reloadText } from "../../src/load/yaml-incremental.js";
import { DEFAULT_LIMITS } from "../../src/load/limits.js";
import { snapshot } from "./snapshot.js";

const repoRoot = resolve(import.meta.dirname, "..", "..");
const corpus = resolve(repoRoot, "..", "shared", "corpus");
const generated = mkdtempSync(join(tmpdir(), "apigw-lint-incremental-"));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

function generatedDocument(): string {
  execFileSync(process.execPath, [join(repoRoot, "scripts", "bench-gen.mjs"), "--out", generated, "--sizes", "50", "--prefix", "gen"]);
  return readFileSync(join(generated, "gen-50.yaml"), "utf8");
}

/** Real documents: a generated OpenAPI document, the examples, and corpus files with comments and CloudFormation tags. */
const DOCUMENTS: readonly (readonly [string, string])[] = [
  ["gen-50.yaml", generatedDocument()],
  ...["examples/openapi/orders-api.yaml", "examples/sam/template.yaml", "examples/serverless/serverless.yml"].map((path) => [path, readFileSync(join(repoRoot, path), "utf8")] as const),
  ...[
    "openapi/aws-samples__amazon-api-gateway-url-shortener__api.yaml",
    "cfn/aws-samples__serverless-patterns__apigw-vpclink-alb-ecs__template.yaml",
    "cfn/aws-samples__aws-serverless-saas-workshop__Lab1__server__template.yaml",
  ].map((path) => [path, readFileSync(join(corpus, path), "utf8")] as const),
  ["orders-api-crlf.yaml", readFileSync(join(repoRoot, "examples/openapi/orders-api.yaml"), "utf8").replaceAll("\n", "\r\n")],
];

/** Every request the engine can make of a document: the key and the value of every node, by path. */
function everyRequest(value: unknown, path: (string | number)[] = [], out: LocateRequest[] = []): LocateRequest[] {
  out.push({ path, part: "value" });
  if (Array.isArray(value)) value.forEach((item, n) => everyRequest(item, [...path, n], out));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push({ path: [...path, key], part: "key" });
      everyRequest(item, [...path, key], out);
    }
  }
  return out;
}

function documentDetails(doc: LoadedDocument) {
  return { file: doc.file, index: doc.index, textMatches: doc.text, nodes: snapshot(doc.value), located: doc.locateAll(everyRequest(doc.value)) };
}

/** Everything a load hands to the rest of the pipeline, as comparable data. */
function details(loaded: LoadedFile) {
  const { file, absolutePath, text, format, comments, problems } = loaded;
  return { file, absolutePath, text, format, comments, problems, documents: loaded.documents.map(documentDetails) };
}

/** A raw edit: where (a line and a column in it, wrapped to the text), how much is removed and what is inserted. */
const rawEdit = fc.record({
  kind: fc.constant("raw" as const),
  line: fc.nat(),
  column: fc.nat({ max: 40 }),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 12 })),
  insert: fc.oneof(
    // typing: letters, digits, spaces (indentation included), line breaks
    { arbitrary: fc.string({ unit: fc.constantFrom("a", "Z", "1", " ", " ", "\n"), maxLength: 4 }), weight: 3 },
    // structure and syntax, valid or not
    { arbitrary: fc.constantFrom("", "\n", "  ", "\n  ", ": ", ":", "#", " # note", '"', "'", "- ", "{", "}", "[", "]", "|", ">", "!Ref ", "!Nope ", "&a ", "*a", ",", "\n    extra: value", "\n\n", "\n# comment\n", "---\n", "\t"), weight: 2 },
    { arbitrary: fc.string({ unit: fc.constantFrom("a", "1", " ", "\n", ":", "-", "#", '"', "'", "{", "[", "|"), maxLength: 4 }), weight: 1 },
  ),
});

/** An edit as an author makes them, to a whole line: most keep the YAML valid, some make duplicates or change nesting. */
const lineEdit = fc.record({
  kind: fc.constantFrom("add-entry", "add-comment", "delete", "duplicate", "indent", "dedent", "retype-value"),
  line: fc.nat(),
  word: fc.constantFrom("x", "name", "Zz9", "true", "12", "'q'", '"d d"', "[a, b]", "{c: 1}", "|", "!Ref R", ""),
});

type Edit = typeof rawEdit extends fc.Arbitrary<infer R> ? R : never;
type LineEdit = typeof lineEdit extends fc.Arbitrary<infer R> ? R : never;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function apply(text: string, edit: Edit | LineEdit): string {
  const starts = lineStarts(text);
  const lineStart = starts[edit.line % starts.length]!;
  const newline = text.indexOf("\n", lineStart);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  const line = text.slice(lineStart, lineEnd);
  const indent = /^ */.exec(line)![0];
  const splice = (from: number, to: number, insert: string) => text.slice(0, from) + insert + text.slice(to);
  switch (edit.kind) {
    case "raw": {
      const at = lineStart + (edit.column % (lineEnd - lineStart + 1));
      return splice(at, Math.min(text.length, at + edit.remove), edit.insert);
    }
    case "add-entry": return splice(lineEnd, lineEnd, `${indent}k${edit.line % 7}: ${edit.word}\n`);
    case "add-comment": return splice(lineEnd, lineEnd, `${indent}# ${edit.word}\n`);
    case "delete": return splice(lineStart, lineEnd, "");
    case "duplicate": return splice(lineEnd, lineEnd, line.endsWith("\n") ? line : `\n${line}`);
    case "indent": return splice(lineStart, lineStart, "  ");
    case "dedent": return splice(lineStart, lineStart + Math.min(2, indent.length), "");
    case "retype-value": {
      const colon = line.indexOf(": ");
      return colon === -1 ? text : splice(lineStart + colon + 2, lineEnd - (line.endsWith("\n") ? 1 : 0), edit.word);
    }
  }
}

describe("incremental YAML re-load", () => {
  it("finds the one changed span", () => {
    expect(changedSpan("abcdef", "abXdef")).toEqual({ start: 2, oldEnd: 3, newEnd: 3 });
    expect(changedSpan("abc", "abcd")).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
    expect(changedSpan("aaaa", "aa")).toEqual({ start: 2, oldEnd: 4, newEnd: 2 });
    const long = "x: 1\n".repeat(3000);
    expect(changedSpan(long, `${long.slice(0, 9000)}y${long.slice(9001)}`)).toEqual({ start: 9000, oldEnd: 9001, newEnd: 9001 });
  });

  it("gives exactly what a full load of the new text gives, after any sequence of edits", () => {
    let edits = 0;
    let partial = 0;
    fc.assert(
      fc.property(fc.nat({ max: DOCUMENTS.length - 1 }), fc.array(fc.oneof(rawEdit, lineEdit), { minLength: 1, maxLength: 4 }), (which, sequence) => {
        const [name, original] = DOCUMENTS[which]!;
        const absolute = join(repoRoot, name);
        let text = original;
        let previous = reloadText(undefined, name, absolute, text);
        for (const edit of sequence) {
          text = apply(text, edit);
          const before = previous.documents[0]?.value;
          const loaded = reloadText(previous, name, absolute, text);
          edits++;
          if (before !== undefined && loaded.documents[0]?.value === before && text !== previous.text) partial++;
          expect(details(loaded)).toEqual(details(loadText(name, absolute, text)));
          previous = loaded;
        }
      }),
      { seed: 20261125, numRuns: 200 },
    );
    // Not vacuous: a good share of the edits took the partial path (the rest touched keys, broke the YAML, ...).
    expect(partial / edits).toBeGreaterThan(0.15);
  });

  it("re-reads one entry when a scalar changes, and keeps everything after it in place", () => {
    const [name, text] = DOCUMENTS[0]!;
    const previous = reloadText(undefined, name, name, text);
    const at = text.indexOf("summary: ") + "summary: ".length;
    const edited = `${text.slice(0, at)}Renamed\n      description: added line${text.slice(at)}`;
    const loaded = reloadText(previous, name, name, edited);
    expect(loaded.documents[0]!.value).toBe(previous.documents[0]!.value); // updated in place
    expect(details(loaded)).toEqual(details(loadText(name, name, edited)));
  });

  it("loads in full where the slice read alone would hide a limit the file reaches (maxDepth)", () => {
    const limits = { ...DEFAULT_LIMITS, maxDepth: 3 };
    const text = "a:\n  b:\n    c: 1\n    e: 2\n";
    const first = reloadText(undefined, "a.yaml", "/a.yaml", text, limits);
    const deeper = text.replace("c: 1", "c:\n      d: 1");
    const loaded = reloadText(first, "a.yaml", "/a.yaml", deeper, limits);
    expect(loaded.problems.map((p) => p.code)).toEqual(["input-limit"]);
    expect(details(loaded)).toEqual(details(loadText("a.yaml", "/a.yaml", deeper, limits)));
  });

  it("loads in full an edit that takes the buffer past maxFileBytes, which the full load reports", () => {
    const limits = { ...DEFAULT_LIMITS, maxFileBytes: 40 };
    const text = "a:\n  b: 1\nc:\n  d: 2\n";
    const first = reloadText(undefined, "a.yaml", "/a.yaml", text, limits);
    const longer = text.replace("b: 1", `b: ${"1".repeat(30)}`);
    const loaded = reloadText(first, "a.yaml", "/a.yaml", longer, limits);
    expect(loaded.problems.map((p) => [p.code, p.message.slice(0, 40)])).toEqual([["input-limit", "The text is 49 bytes, larger than 40 (li"]]);
    expect(details(loaded)).toEqual(details(loadText("a.yaml", "/a.yaml", longer, limits)));
  });

  it("loads in full what it cannot update: JSON, aliases, a problem in the text", () => {
    const json = '{"a": {"b": 1}}';
    const first = reloadText(undefined, "a.json", "/a.json", json);
    expect(reloadText(first, "a.json", "/a.json", json.replace("1", "2")).documents[0]!.value).not.toBe(first.documents[0]!.value);
    const aliased = "a: &x\n  b: 1\nc: *x\nd:\n  e: 2\n";
    const withAlias = reloadText(undefined, "a.yaml", "/a.yaml", aliased);
    expect(reloadText(withAlias, "a.yaml", "/a.yaml", aliased.replace("e: 2", "e: 3")).documents[0]!.value).toEqual({ a: { b: 1 }, c: { b: 1 }, d: { e: 3 } });
    const duplicate = "a:\n  b: 1\na:\n  c: 2\nd:\n  e: 2\n";
    const withProblem = reloadText(undefined, "a.yaml", "/a.yaml", duplicate);
    const next = reloadText(withProblem, "a.yaml", "/a.yaml", duplicate.replace("e: 2", "e: 3"));
    expect(next.documents[0]!.value).not.toBe(withProblem.documents[0]!.value);
    expect(next.problems).toHaveLength(1);
  });
});
