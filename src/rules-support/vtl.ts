import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { MAX_MARKS_PER_PARSE, planTemplate } from "./vtl-budget.js";

/**
 * Velocity (VTL) syntax check for mapping templates, with velocityjs. It is loaded on first use only, so
 * that runs without templates do not pay for it. velocityjs parses but does not pair `#if`/`#end`: its
 * flat token list (an internal module) is used for that, and skipped if a future version moves it.
 */

export interface TemplateProblem {
  readonly description: string;
  /** Offsets in the template string. */
  readonly start: number;
  readonly end: number;
  /** The template was not parsed (too large or too complex to parse in bounded time): `description` says why. */
  readonly unchecked?: boolean;
}

/** AWS's maximum (template-too-large reports larger ones); larger templates are not parsed. */
export const MAX_TEMPLATE_BYTES = 300 * 1024;

interface Location {
  readonly first_line: number;
  readonly last_line: number;
  readonly first_column: number;
  readonly last_column: number;
}

interface Node {
  readonly type?: string;
  readonly pos?: Location;
}

type Parse = (template: string) => unknown[];

/** The parser, and whether it is the flat one (its nodes list `#end`s, which the block check below pairs). */
let loaded: { parse: Parse; flat: boolean } | undefined;

/**
 * The flat parser module alone loads in a fraction of the package's time (about 8 vs 35 ms: the main
 * module also loads the renderer and its helpers, which a syntax check never calls), so it is loaded
 * alone; the package's documented `parse` is the fallback should a future version move that module.
 */
function parser(): { parse: Parse; flat: boolean } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const main = require.resolve("velocityjs");
  try {
    loaded = { parse: (require(join(dirname(main), "parse", "index.cjs")) as { parse_1: Parse }).parse_1, flat: true };
  } catch {
    const velocity = require(main) as { parse: Parse; default?: { parse: Parse } };
    loaded = { parse: velocity.parse ?? velocity.default!.parse, flat: false };
  }
  return loaded;
}

const BLOCKS = new Set(["if", "foreach", "macro", "define", "noescape"]);

/**
 * Templates repeat (every CORS response, every generated operation): each distinct text is parsed once.
 * The result depends on the text alone; the map is bounded so a huge run cannot grow it without limit.
 */
const seen = new Map<string, TemplateProblem | null>();

/**
 * Text without `#`, `$` or NUL is not parsed: velocityjs's lexer reads all of it as one text token (its
 * initial state's rules are "text up to `$`", "text up to `#`" and "any text without NUL"), which parses.
 * A NUL is the one character it cannot lex outside VTL syntax.
 */
const MAY_HOLD_VTL = /[#$\0]/;

export function vtlProblem(template: string): TemplateProblem | undefined {
  if (!MAY_HOLD_VTL.test(template)) return undefined;
  const known = seen.get(template);
  if (known !== undefined) return known ?? undefined;
  const problem = budgetedProblem(template);
  if (seen.size >= 10_000) seen.clear();
  seen.set(template, problem ?? null);
  return problem;
}

/** Parses in chunks within a budget (see vtl-budget.ts); a failing chunk is re-parsed whole when that is cheap. */
function budgetedProblem(template: string): TemplateProblem | undefined {
  if (template.length > MAX_TEMPLATE_BYTES / 4 && Buffer.byteLength(template, "utf8") > MAX_TEMPLATE_BYTES) return undefined;
  const plan = planTemplate(template);
  if ("tooComplex" in plan) return { description: plan.tooComplex, start: 0, end: Math.min(1, template.length), unchecked: true };
  if (plan.chunks.length <= 1) return parseProblem(template);
  for (const chunk of plan.chunks) {
    const problem = parseProblem(chunk.text);
    if (!problem) continue;
    if (plan.marks <= MAX_MARKS_PER_PARSE) return parseProblem(template);
    return { ...problem, start: problem.start + chunk.start, end: problem.end + chunk.start };
  }
  return undefined;
}

function parseProblem(template: string): TemplateProblem | undefined {
  const { parse, flat } = parser();
  const lines = lineStarts(template);
  const offset = (line: number, column: number) => Math.min((lines[line - 1] ?? template.length) + column, template.length);
  let nodes: unknown[];
  try {
    nodes = parse(template);
  } catch (error) {
    const hash = (error as { hash?: { loc?: Location; token?: unknown; expected?: string[] } }).hash;
    const loc = hash?.loc;
    const got = hash?.token === "EOF" || hash?.token === 1 ? "end of template" : `'${String(hash?.token ?? "?")}'`;
    const expected = hash?.expected?.slice(0, 4).map((e) => e.replace(/'/g, "")).join(", ");
    const description = `Velocity syntax error: unexpected ${got}${expected ? ` (expected ${expected}${(hash?.expected?.length ?? 0) > 4 ? ", ..." : ""})` : ""}`;
    if (!loc) return { description, start: 0, end: template.length };
    const start = offset(loc.first_line, loc.first_column);
    const end = Math.max(offset(loc.last_line, loc.last_column), start + 1);
    return { description, start, end: Math.min(end, Math.max(template.length, start + 1)) };
  }
  if (!flat) return undefined;
  const open: Node[] = [];
  for (const node of nodes as Node[]) {
    if (typeof node !== "object" || node === null || !node.type) continue;
    if (BLOCKS.has(node.type)) open.push(node);
    else if (node.type === "end") {
      if (open.pop() === undefined) return span(node, "Velocity syntax error: #end without an opening #if, #foreach, #macro or #define", offset);
    }
  }
  const unclosed = open.pop();
  if (unclosed) return span(unclosed, `Velocity syntax error: #${unclosed.type} is never closed with #end`, offset);
  return undefined;
}

function span(node: Node, description: string, offset: (line: number, column: number) => number): TemplateProblem {
  const pos = node.pos;
  if (!pos) return { description, start: 0, end: 1 };
  const start = offset(pos.first_line, pos.first_column);
  return { description, start, end: Math.max(offset(pos.last_line, pos.last_column), start + 1) };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}
