import { UNKNOWN_PART } from "../../model/integration.js";

/**
 * The Serverless Framework's variables, `${source:address, fallback}`, read as the framework reads them.
 * `${self:path}` references that lead to a literal in the same file are resolved (with their fallbacks
 * when the path is absent); every other source (`opt`, `sls`, `env`, `ssm`, `cf`, `s3`, `file(...)`,
 * `param`, `aws`, `strToBool(...)`, plugins' own) is known only at deploy time and becomes UNKNOWN_PART,
 * as CloudFormation intrinsics do. CloudFormation placeholders (`${AWS::Region}`, `${Logical.Arn}`),
 * API Gateway's `${stageVariables.x}` and VTL are not framework variables and are kept as written.
 */

type Json = unknown;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** `${` followed by a source name and `:` (not CloudFormation's `::`) or `(`, or a nested `${`. */
const VARIABLE_START = /^(?:\$\{|[A-Za-z][A-Za-z0-9_-]*(?:\(|:(?!:)))/;

/** `#{AWS::Region}`, `#{Logical.Arn}`: the serverless-pseudo-parameters plugin's Fn::Sub placeholders. */
const PSEUDO_PARAMETER = /#\{(?:AWS::[A-Za-z]+|[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9.]*)?)\}/g;
/** VTL directives may be written `#{if}`, `#{end}`: never pseudo-parameters. */
const VTL_DIRECTIVES = new Set(["if", "else", "elseif", "end", "foreach", "set", "define", "macro", "break", "stop", "parse", "include", "evaluate"]);

const MAX_DEPTH = 20;
/** Variables resolved per document before the rest are left unknown: hostile files cannot make it run long. */
const MAX_RESOLUTIONS = 100_000;

/** Whether a string holds a framework variable at all (cheap test before any parsing). */
export function hasVariable(text: string): boolean {
  for (let i = text.indexOf("${"); i !== -1; i = text.indexOf("${", i + 2)) {
    if (VARIABLE_START.test(text.slice(i + 2, i + 80))) return true;
  }
  return false;
}

/** The index of the `}` that closes the `${` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open + 2; i < text.length; i++) {
    const c = text[i];
    if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Splits `address, fallback, ...` at top-level commas (not inside `${}`, parentheses or quotes). */
function splitParameters(content: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "{" || c === "(") depth++;
    else if (c === "}" || c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(content.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(content.slice(start).trim());
  return parts;
}

const ABSENT = Symbol("absent");
type Lookup = Json | typeof ABSENT;

/** Resolves the variables of one document (`root` is the whole file, which `self:` addresses). */
export class VariableResolver {
  private readonly resolving = new Set<string>();
  /** Resolved `self:` paths: each is resolved once however often it is referenced. */
  private readonly resolved = new Map<string, Json>();
  private resolutions = 0;

  constructor(private readonly root: Json) {}

  /** A copy of `value` with every string's variables resolved or replaced by UNKNOWN_PART. */
  resolveTree(value: Json, depth = 0): Json {
    if (typeof value === "string") return this.resolveString(value, depth);
    if (Array.isArray(value)) return value.map((item) => this.resolveTree(item, depth));
    if (isObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = this.resolveTree(item, depth);
      return out;
    }
    return value;
  }

  /**
   * A string whose only content is one variable takes that variable's value with its type (a number, an
   * object); otherwise every variable is spliced in as text.
   */
  resolveString(text: string, depth = 0): Json {
    const pseudo = text.includes("#{") ? text.replace(PSEUDO_PARAMETER, (all) => (VTL_DIRECTIVES.has(all.slice(2, -1)) ? all : UNKNOWN_PART)) : text;
    if (!pseudo.includes("${") || !hasVariable(pseudo)) return pseudo;
    let out = "";
    let i = 0;
    while (i < pseudo.length) {
      const open = pseudo.indexOf("${", i);
      if (open === -1) break;
      const close = VARIABLE_START.test(pseudo.slice(open + 2, open + 80)) ? closingBrace(pseudo, open) : -1;
      if (close === -1) {
        out += pseudo.slice(i, open + 2);
        i = open + 2;
        continue;
      }
      const value = this.resolveVariable(pseudo.slice(open + 2, close), depth + 1);
      if (open === 0 && close === pseudo.length - 1) return value;
      out += pseudo.slice(i, open) + textOf(value);
      i = close + 1;
    }
    return out + pseudo.slice(i);
  }

  /** The value of the content between `${` and `}`. */
  private resolveVariable(content: string, depth: number): Json {
    if (depth > MAX_DEPTH || ++this.resolutions > MAX_RESOLUTIONS) return UNKNOWN_PART;
    const [address = "", ...fallbacks] = splitParameters(content);
    const value = this.resolveAddress(address, depth);
    if (value !== ABSENT) return value;
    for (const fallback of fallbacks) {
      const candidate = this.resolveFallback(fallback, depth);
      if (candidate !== ABSENT) return candidate;
    }
    // The framework refuses to deploy an unresolvable variable; whatever it is, it is not known here.
    return UNKNOWN_PART;
  }

  /** `self:a.b` -> the file's value there; any other source -> unknown; absent -> ABSENT. */
  private resolveAddress(address: string, depth: number): Lookup {
    const resolved = this.resolveString(address, depth);
    if (typeof resolved !== "string" || resolved.includes(UNKNOWN_PART)) return UNKNOWN_PART;
    const match = /^self:(.*)$/s.exec(resolved.trim());
    if (!match) return UNKNOWN_PART;
    const path = match[1]!.trim();
    if (this.resolved.has(path)) return this.resolved.get(path);
    if (this.resolving.has(path)) return UNKNOWN_PART;
    const found = lookup(this.root, path);
    if (found === ABSENT || found === null || found === undefined) return ABSENT;
    if (found === UNKNOWN_PART) return UNKNOWN_PART;
    this.resolving.add(path);
    try {
      // A value that met a cycle holds an unknown part there, wherever the cycle was entered: the
      // framework cannot resolve it either.
      const value = this.resolveTree(found, depth + 1);
      this.resolved.set(path, value);
      return value;
    } finally {
      this.resolving.delete(path);
    }
  }

  /** A fallback: a quoted string, a number, a boolean, a variable, or (old syntax) a bare `source:address`. */
  private resolveFallback(text: string, depth: number): Lookup {
    const quoted = /^(['"])(.*)\1$/s.exec(text);
    if (quoted) return quoted[2]!;
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (text === "true" || text === "false") return text === "true";
    if (text.startsWith("${")) {
      const value = this.resolveString(text, depth);
      return value === undefined ? ABSENT : value;
    }
    if (/^[A-Za-z][A-Za-z0-9_-]*(?:\(.*\))?:/.test(text)) return this.resolveAddress(text, depth);
    return text === "" ? ABSENT : text;
  }
}

/**
 * The value at a dotted `self:` path. A step into a value that is itself a variable (`custom: ${file(...)}`)
 * cannot be followed: unknown. A missing key of a real object is ABSENT (the fallback applies).
 */
function lookup(root: Json, path: string): Lookup {
  if (path === "") return root;
  let current: Json = root;
  for (const segment of path.split(".")) {
    if (typeof current === "string" && hasVariable(current)) return UNKNOWN_PART;
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isObject(current)) current = segment in current ? current[segment] : ABSENT;
    else return ABSENT;
    if (current === ABSENT || current === undefined) return ABSENT;
  }
  return current;
}

/** A resolved value spliced into a string: scalars as text, anything else unknown. */
function textOf(value: Json): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return UNKNOWN_PART;
}
