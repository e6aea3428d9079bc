import type { Node } from "web-tree-sitter";
import type { LineIndex } from "./line-index.js";
import type { JsonPath, LoadedDocument, LoadProblem, LocateRequest, SourceComment, SourceRange } from "./types.js";
import { parseHcl } from "./hcl-parser.js";
import { DEFAULT_LIMITS, LimitExceeded, limitMessage } from "./limits.js";

/**
 * HCL (`.tf`) to the shape of Terraform's JSON syntax, so `.tf` and `.tf.json` files read alike:
 * `resource "t" "n" { a = 1 }` becomes `{"resource": {"t": {"n": {"a": 1}}}}`. Literals keep their value;
 * every other expression becomes the template string Terraform JSON would hold (`"${var.x}"`), so that
 * one evaluator reads both syntaxes. Positions of keys and values are kept per path, as offsets.
 */

/** [keyStart, keyEnd, valueStart, valueEnd] in UTF-16 offsets. */
type Span = readonly [number, number, number, number];

/** A call of a function whose arguments matter to the linter (`jsonencode({...})`, `file("x.yaml")`). */
export interface FunctionCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** Functions whose arguments are read as values, with positions, under the path `[...at, CALL_ARGUMENTS, n]`. */
const READ_FUNCTIONS = new Set(["jsonencode", "file", "templatefile"]);
export const CALL_ARGUMENTS = "(arguments)";

const calls = new WeakMap<LoadedDocument, ReadonlyMap<string, FunctionCall>>();

/** The function call written at `path` of an HCL document, if it is one of READ_FUNCTIONS. */
export function functionCallAt(doc: LoadedDocument, path: JsonPath): FunctionCall | undefined {
  return calls.get(doc)?.get(pathKey(path));
}

export interface HclLoadResult {
  readonly documents: LoadedDocument[];
  readonly comments: SourceComment[];
  readonly problems: LoadProblem[];
}

export function loadHcl(file: string, text: string, lines: LineIndex, maxDepth = DEFAULT_LIMITS.maxDepth): HclLoadResult {
  const tree = parseHcl(text);
  try {
    const spans = new Map<string, Span>();
    const converter = new Converter(text, spans, maxDepth);
    const root = tree.rootNode;
    const body = root.namedChildren.find((n) => n?.type === "body");
    const value = body ? convertWithinStack(converter, body) : {};
    const comments = collectComments(root, text, lines);
    const problems = syntaxProblems(root, lines);
    const doc: LoadedDocument = {
      file,
      index: 0,
      text,
      lines,
      value,
      locateAll: (requests: readonly LocateRequest[]) => requests.map((r) => locate(spans, lines, r)),
    };
    calls.set(doc, converter.calls);
    // A file with a syntax error is not linted: its recovered tree would give findings about the error itself.
    return { documents: problems.length ? [] : [doc], comments, problems };
  } finally {
    tree.delete();
  }
}

/**
 * The conversion recurses once per level; maxDepth bounds it, and at the top of its range (2000) nested blocks
 * can still outgrow the JS stack. That is reported as the depth limit it is, never as an internal error.
 */
function convertWithinStack(converter: Converter, body: Node): Record<string, unknown> {
  try {
    return converter.body(body, []);
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    throw new LimitExceeded("maxDepth", 0, "Blocks and collections nest too deep for the HCL reader (lower --max-depth or limits.maxDepth: nested blocks are read to about 1000 levels)");
  }
}

function pathKey(path: JsonPath): string {
  return path.join("\u0000");
}

function locate(spans: ReadonlyMap<string, Span>, lines: LineIndex, request: LocateRequest): SourceRange | undefined {
  const span = spans.get(pathKey(request.path));
  if (!span) return undefined;
  return request.part === "key" ? lines.range(span[0], span[1]) : lines.range(span[2], span[3]);
}

class Converter {
  readonly calls = new Map<string, FunctionCall>();
  /** Blocks and collections entered: the conversion recurses, so nesting is bounded here, not by the JS stack. */
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly spans: Map<string, Span>,
    private readonly maxDepth: number,
  ) {}

  /** Counts one level in; the caller leaves with `this.depth--` (no closure: each level costs stack frames). */
  private enter(node: Node): void {
    if (++this.depth > this.maxDepth) {
      throw new LimitExceeded("maxDepth", node.startIndex, limitMessage("maxDepth", this.maxDepth, `Blocks and collections nest deeper than ${this.maxDepth} levels`));
    }
  }

  private nestedBody(node: Node, path: JsonPath): Record<string, unknown> {
    this.enter(node);
    const value = this.body(node, path);
    this.depth--;
    return value;
  }

  private mark(path: JsonPath, key: Node, value: Node): void {
    this.spans.set(pathKey(path), [key.startIndex, key.endIndex, value.startIndex, value.endIndex]);
  }

  /** Attributes and blocks of a body. Labelled blocks nest by label; a repeated unlabelled block becomes a list. */
  body(node: Node, path: JsonPath): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === "attribute") {
        const name = child.namedChildren[0];
        const expression = child.namedChildren[1];
        if (!name || !expression || name.text in out) continue;
        const at = [...path, name.text];
        this.mark(at, name, expression);
        out[name.text] = this.expression(expression, at);
      } else if (child.type === "block") {
        this.block(child, path, out);
      }
    }
    return out;
  }

  private block(node: Node, path: JsonPath, out: Record<string, unknown>): void {
    const parts = node.namedChildren.filter((n): n is Node => n !== null);
    const type = parts[0];
    if (!type) return;
    const labels = parts.filter((n) => n.type === "string_lit" || (n.type === "identifier" && n !== type));
    const inner = parts.find((n) => n.type === "body");
    let container: Record<string, unknown> = out;
    let at: JsonPath = path;
    const keys: { name: string; node: Node }[] = [{ name: type.text, node: type }, ...labels.map((l) => ({ name: l.type === "string_lit" ? this.stringLiteral(l) : l.text, node: l }))];
    for (const [n, { name, node: keyNode }] of keys.entries()) {
      const last = n === keys.length - 1;
      at = [...at, name];
      if (!last) {
        const existing = container[name];
        if (existing === undefined) this.mark(at, keyNode, node);
        if (typeof existing !== "object" || existing === null || Array.isArray(existing)) container[name] = {};
        container = container[name] as Record<string, unknown>;
        continue;
      }
      const existing = container[name];
      if (existing === undefined) {
        this.mark(at, keyNode, node);
        container[name] = inner ? this.nestedBody(inner, at) : {};
      } else if (labels.length === 0) {
        // `locals {}` twice merges; any other repeated unlabelled block (`dynamic`, `setting`) becomes a list.
        if (type.text === "locals" && path.length === 0) Object.assign(existing as object, inner ? this.nestedBody(inner, at) : {});
        else {
          const list = Array.isArray(existing) ? existing : [existing];
          const itemPath = [...at, list.length];
          if (!Array.isArray(existing)) this.respan(at, [...at, 0]);
          this.mark(itemPath, keyNode, node);
          list.push(inner ? this.nestedBody(inner, itemPath) : {});
          container[name] = list;
        }
      }
      // A second block with the same labels is a Terraform error (duplicate resource); the first one is kept.
    }
  }

  /** Moves the spans under `from` to `to` (a block that turned out to be the first of a list). */
  private respan(from: JsonPath, to: JsonPath): void {
    const prefix = pathKey(from);
    for (const [key, span] of [...this.spans]) {
      if (key === prefix || key.startsWith(`${prefix}\u0000`)) {
        this.spans.set(pathKey(to) + key.slice(prefix.length), span);
      }
    }
  }

  expression(node: Node, path: JsonPath): unknown {
    const named = node.namedChildren.filter((n): n is Node => n !== null);
    const only = named.length === 1 ? named[0]! : undefined;
    if (node.type === "expression" && only) {
      if (only.type === "literal_value") return this.literal(only);
      if (only.type === "collection_value") {
        this.enter(only);
        const value = this.collection(only.namedChildren[0] ?? only, path);
        this.depth--;
        return value;
      }
      if (only.type === "template_expr") return this.template(only.namedChildren[0] ?? only);
      if (only.type === "function_call") return this.functionCall(only, node, path);
    }
    return `\${${node.text}}`;
  }

  /**
   * `jsonencode(x)` of a literal `x` is the JSON text Terraform makes of it; its argument (and those of
   * `file` / `templatefile`) is also kept with positions, for an OpenAPI `body` to be read from it.
   */
  private functionCall(call: Node, node: Node, path: JsonPath): unknown {
    const name = call.namedChildren[0]?.text ?? "";
    const list = call.namedChildren.find((n) => n?.type === "function_arguments");
    if (!READ_FUNCTIONS.has(name) || !list) return `\${${node.text}}`;
    const args = list.namedChildren
      .filter((n): n is Node => n?.type === "expression")
      .map((argument, n) => {
        const at = [...path, CALL_ARGUMENTS, n];
        this.mark(at, argument, argument);
        return this.expression(argument, at);
      });
    this.calls.set(pathKey(path), { name, args });
    if (name === "jsonencode" && args.length === 1 && isLiteral(args[0])) return JSON.stringify(args[0]);
    return `\${${node.text}}`;
  }

  private literal(node: Node): unknown {
    const value = node.namedChildren[0];
    if (!value) return null;
    switch (value.type) {
      case "numeric_lit":
        return Number(value.text);
      case "bool_lit":
        return value.text === "true";
      case "null_lit":
        return null;
      case "string_lit":
        return this.stringLiteral(value);
      default:
        return `\${${value.text}}`;
    }
  }

  private collection(node: Node, path: JsonPath): unknown {
    if (node.type === "tuple") {
      const out: unknown[] = [];
      for (const element of node.namedChildren) {
        if (element?.type !== "expression") continue;
        const at = [...path, out.length];
        this.mark(at, element, element);
        out.push(this.expression(element, at));
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const element of node.namedChildren) {
      if (element?.type !== "object_elem") continue;
      const [keyNode, valueNode] = element.namedChildren.filter((n): n is Node => n?.type === "expression");
      if (!keyNode || !valueNode) continue;
      const key = this.objectKey(keyNode);
      if (key in out) continue;
      const at = [...path, key];
      this.mark(at, keyNode, valueNode);
      out[key] = this.expression(valueNode, at);
    }
    return out;
  }

  /** `name = ...` and `"name" = ...` are the literal key; `(expr) = ...` is unknown. */
  private objectKey(node: Node): string {
    const named = node.namedChildren.filter((n): n is Node => n !== null);
    if (named.length === 1 && named[0]!.type === "variable_expr") return named[0]!.text;
    const value = this.expression(node, []);
    return typeof value === "string" ? value : `\${${node.text}}`;
  }

  /** A quoted string: backslash escapes decoded, interpolations kept as written (Terraform JSON template syntax). */
  private stringLiteral(node: Node): string {
    return decodeEscapes(this.text.slice(node.startIndex + 1, node.endIndex - 1));
  }

  private template(node: Node): string {
    if (node.type === "quoted_template") return this.stringLiteral(node);
    if (node.type === "heredoc_template") return heredocContent(this.text, node.startIndex, node.endIndex);
    return `\${${node.text}}`;
  }
}

/** A value with no template sequence anywhere: what `jsonencode` can turn into text statically. */
function isLiteral(value: unknown): boolean {
  if (typeof value === "string") return !/[$%]\{/.test(value);
  if (Array.isArray(value)) return value.every(isLiteral);
  if (typeof value === "object" && value !== null) return Object.entries(value).every(([k, v]) => isLiteral(k) && isLiteral(v));
  return true;
}

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };

function decodeEscapes(raw: string): string {
  if (!raw.includes("\\")) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (all, code: string) => {
    if (code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16));
    return ESCAPES[code] ?? all;
  });
}

/**
 * The text of `<<ID ... ID` (or `<<-ID`, whose common leading white space is removed), as written:
 * no escapes apply in heredocs, and interpolations stay as template syntax.
 */
export function heredocContent(text: string, start: number, end: number): string {
  const firstBreak = text.indexOf("\n", start);
  if (firstBreak === -1 || firstBreak >= end) return "";
  const lastBreak = text.lastIndexOf("\n", end - 1);
  const body = lastBreak > firstBreak ? text.slice(firstBreak + 1, lastBreak + 1) : "";
  if (text[start + 2] !== "-") return body;
  const lines = body.split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length);
  const strip = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(strip)).join("\n");
}

function collectComments(root: Node, text: string, lines: LineIndex): SourceComment[] {
  const out: SourceComment[] = [];
  for (const node of root.descendantsOfType("comment")) {
    if (!node) continue;
    const raw = node.text;
    const body = raw.startsWith("#") ? raw.slice(1) : raw.startsWith("//") ? raw.slice(2) : undefined;
    if (body === undefined) continue; // block comments are not suppression comments
    const { line, column } = lines.position(node.startIndex);
    const before = text.slice(lines.lineStart(line), node.startIndex);
    out.push({ text: body.replace(/\r?\n$/, ""), line, column, ownLine: before.trim() === "" });
  }
  return out;
}

function syntaxProblems(root: Node, lines: LineIndex): LoadProblem[] {
  if (!root.hasError) return [];
  const bad = firstError(root);
  const at = bad ?? root;
  const message = at.isMissing ? `HCL syntax error: missing ${at.type}` : `HCL syntax error: unexpected ${JSON.stringify(at.text.slice(0, 20))}`;
  return [{ code: "syntax-error", message, range: lines.range(at.startIndex, Math.max(at.endIndex, at.startIndex + 1)), fatal: true }];
}

/** The first error or missing node in document order; iterative, since a broken file can nest arbitrarily deep. */
function firstError(root: Node): Node | undefined {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) return node;
    const suspects = node.children.filter((child): child is Node => child !== null && (child.hasError || child.isMissing || child.isError));
    for (let n = suspects.length - 1; n >= 0; n--) stack.push(suspects[n]!);
  }
  return undefined;
}
