import type { Document, Node as YamlNode } from "yaml";
import { yamlLib } from "./yaml-lib.js";
import { reindentLikeCloudFormation } from "./yaml-reindent.js";
import type { LoadedDocument, LoadProblem, SourceComment } from "./types.js";
import { duplicateKeyProblem } from "./problems.js";
import { valueHoldsIntegration } from "./hidden-integration.js";
import { LineIndex } from "./line-index.js";
import { isStandardTag, longFormKey, splitGetAtt, tagStart } from "./cfn-tags.js";
import { ArrayBuilder, ObjectBuilder, OffsetPool, locateInPositioned } from "./positions.js";
import { DEFAULT_LIMITS, LimitExceeded, limitMessage, type InputLimits } from "./limits.js";

/**
 * The reference YAML loader, on `yaml`'s Document API: complete and exact, used where the fast loader
 * declines a construct and to word syntax errors.
 */
export function loadYamlDocuments(
  file: string,
  text: string,
  lines: LineIndex,
  limits: InputLimits = DEFAULT_LIMITS,
): { documents: LoadedDocument[]; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const documents: LoadedDocument[] = [];
  const parse = (source: string) => yamlLib().parseAllDocuments(source, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  let parsed = parse(text);
  if (!Array.isArray(parsed)) return { documents, problems }; // empty stream
  let toOriginal = (offset: number) => offset;
  if (parsed.some((doc) => doc.errors.some(isCloudFormationIndentError))) {
    // CloudFormation accepts under-indented continuation lines of flow collections and quoted scalars:
    // parse a re-indented copy instead, and keep it only if it parses cleanly.
    const reindented = reindentLikeCloudFormation(text);
    const retry = reindented ? parse(reindented.text) : undefined;
    if (reindented && Array.isArray(retry) && retry.every((doc) => doc.errors.length === 0)) {
      parsed = retry;
      toOriginal = reindented.toOriginal;
    }
  }
  // One budget for the whole stream: aliases in one document cannot expand without bound either.
  const budget = { aliasNodes: 0 };
  for (const [index, doc] of parsed.entries()) {
    // The yaml package composes nested collections recursively and reports the stack's end as an error.
    const overflow = doc.errors.find((error) => error.message.includes("Maximum call stack size exceeded"));
    if (overflow) {
      throw new LimitExceeded("maxDepth", overflow.pos[0], "Maps and lists nest too deep for the YAML parser (its own limit, about 800 levels of flow collections; it cannot be raised)");
    }
    const [error, ...further] = doc.errors;
    if (error) {
      // One message a document: after the first error the parser is out of step with the author (one
      // unclosed quote gave 978 errors), so the rest are counted, not listed.
      problems.push({
        code: "syntax-error",
        message: `Invalid YAML: ${firstLine(error.message)}${furtherErrors(further.length)}`,
        range: lines.range(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
        fatal: true,
      });
      continue;
    }
    const converter = new Converter(doc, lines, problems, toOriginal, text, limits, budget);
    const contents = doc.contents as YamlNode | null;
    const value = contents ? converter.convert(contents) : null;
    const rootRange: [number, number] = contents?.range ? [toOriginal(contents.range[0]), toOriginal(contents.range[1])] : [0, 0];
    documents.push({
      file,
      index,
      text,
      lines,
      value,
      locateAll: (requests) => locateInPositioned(value, rootRange, lines, requests),
    });
  }
  return { documents, problems };
}

function isCloudFormationIndentError(error: { code: string; message: string }): boolean {
  if (error.code === "MISSING_CHAR" && /^Missing closing ["']quote/.test(error.message)) return true;
  return error.code === "BAD_INDENT" && /^Flow (map|sequence) in block collection must be sufficiently indented/.test(error.message);
}

function furtherErrors(count: number): string {
  return count === 0 ? "" : ` (and ${count} more syntax error${count === 1 ? "" : "s"} after it in this document, most often caused by this one)`;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

class Converter {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineIndex,
    private readonly problems: LoadProblem[],
    /** Offsets of a re-indented copy back to the file's own (identity when the file parsed as it is). */
    private readonly at: (offset: number) => number,
    /** The file's own text, where tags are looked up. */
    private readonly text: string,
    private readonly limits: InputLimits,
    private readonly budget: { aliasNodes: number },
  ) {}

  /** Nodes converted inside an alias count against maxAliasNodes: aliases of aliases grow exponentially. */
  private aliasDepth = 0;
  /** Where the outermost alias being expanded is written (what a limit message points at). */
  private aliasAt = 0;
  private readonly pool = new OffsetPool();

  private range(node: YamlNode | null | undefined, fallback: number): [number, number] {
    const range = node?.range;
    return range ? [this.at(range[0]), this.at(range[1])] : [fallback, fallback];
  }

  convert(node: YamlNode, depth = 0): unknown {
    if (this.aliasDepth > 0 && ++this.budget.aliasNodes > this.limits.maxAliasNodes) {
      throw new LimitExceeded("maxAliasNodes", this.aliasAt, limitMessage("maxAliasNodes", this.limits.maxAliasNodes, `YAML aliases expand to more than ${this.limits.maxAliasNodes} nodes`));
    }
    if (yamlLib().isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) return null;
      if (this.aliasDepth++ === 0) this.aliasAt = this.range(node, 0)[0];
      try {
        return this.convert(target as YamlNode, depth + 1);
      } finally {
        this.aliasDepth--;
      }
    }
    const tag = node.tag;
    let value: unknown;
    if (depth >= this.limits.maxDepth && (yamlLib().isMap(node) || yamlLib().isSeq(node))) {
      // Collections count, as in the fast loader and JSON: the root map is level 1.
      throw new LimitExceeded("maxDepth", this.range(node, 0)[0], limitMessage("maxDepth", this.limits.maxDepth, `Maps and lists nest deeper than ${this.limits.maxDepth} levels`));
    }
    if (yamlLib().isMap(node)) {
      const builder = new ObjectBuilder(this.pool);
      for (const pair of node.items) {
        if (!yamlLib().isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const key = keyNode ? String(yamlLib().isScalar(keyNode) ? keyNode.value : this.convert(keyNode, depth + 1)) : "";
        const valueNode = pair.value as YamlNode | null;
        const keyRange = this.range(keyNode, 0);
        const valueRange: [number, number] = valueNode ? this.range(valueNode, keyRange[1]) : [keyRange[1], keyRange[1]];
        if (builder.has(key)) {
          this.problems.push(duplicateKeyProblem(key, this.lines.range(keyRange[0], keyRange[1]), valueHoldsIntegration(builder.object[key])));
        }
        builder.add(key, valueNode ? this.convert(valueNode, depth + 1) : null, keyRange[0], keyRange[1], valueRange[0], valueRange[1]);
      }
      value = builder.finish();
    } else if (yamlLib().isSeq(node)) {
      const builder = new ArrayBuilder(this.pool);
      for (const item of node.items) {
        const itemNode = item as YamlNode | null;
        const [start, end] = this.range(itemNode, 0);
        builder.add(itemNode ? this.convert(itemNode, depth + 1) : null, start, end);
      }
      value = builder.finish();
    } else if (yamlLib().isScalar(node)) {
      value = tag && !isStandardTag(tag) ? node.source ?? node.value : node.value;
      if (typeof value === "bigint") value = Number(value);
    }
    if (tag && !isStandardTag(tag)) return this.applyTag(tag, value, node);
    return value;
  }

  private applyTag(tag: string, value: unknown, node: YamlNode): unknown {
    const key = longFormKey(tag);
    const range = this.range(node, 0);
    if (!key) {
      this.problems.push({
        code: "unknown-tag",
        message: `Unknown tag ${tag}: neither a YAML core tag nor a CloudFormation intrinsic function.`,
        range: this.lines.range(tagStart(this.text, tag, range[0]), range[1]),
        fatal: false,
      });
      return value;
    }
    const wrapped = new ObjectBuilder(this.pool);
    wrapped.add(key, key === "Fn::GetAtt" && typeof value === "string" ? splitGetAtt(value) : value, range[0], range[1], range[0], range[1]);
    return wrapped.finish();
  }
}

/** Comments from the lexer's comment tokens: never from inside strings or block scalars. */
export function yamlComments(text: string, lines: LineIndex): SourceComment[] {
  const comments: SourceComment[] = [];
  if (!text.includes("#")) return comments;
  let offset = 0;
  let lineHasContent = false;
  for (const token of new (yamlLib().Lexer)().lex(text)) {
    const first = token.charCodeAt(0);
    if (token.length === 1 && (first === 0x02 || first === 0x18 || first === 0x1f)) continue; // control tokens
    if (first === 35 /* # */) {
      const position = lines.position(offset);
      comments.push({ text: token.slice(1), line: position.line, column: position.column, ownLine: !lineHasContent });
    } else if (token === "\n" || token === "\r\n") {
      lineHasContent = false;
    } else if (token.trim() !== "") {
      lineHasContent = true;
      if (token.includes("\n")) lineHasContent = !/\n\s*$/.test(token) || lineHasContent;
    }
    offset += token.length;
  }
  return comments;
}
