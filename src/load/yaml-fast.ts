import type { LoadedDocument, LoadProblem, SourceComment } from "./types.js";
import { duplicateKeyProblem } from "./problems.js";
import { valueHoldsIntegration } from "./hidden-integration.js";
import { K, TokenCursor } from "./yaml-fast-cursor.js";
import type { LineIndex } from "./line-index.js";
import { isStandardTag, longFormKey, splitGetAtt, tagStart } from "./cfn-tags.js";
import { ArrayBuilder, ObjectBuilder, OffsetPool, locateInPositioned } from "./positions.js";
import { DEFAULT_LIMITS, LimitExceeded, limitMessage, type InputLimits } from "./limits.js";
import { Decline, blockScalarText, decline, doubleQuotedText, plainText, resolvePlain, singleQuotedText } from "./yaml-fast-scalar.js";

/**
 * The fast YAML loader: builds the same plain data, offsets, problems and comments as the reference
 * loader (`yaml.ts`), in one pass over `yaml`'s Lexer tokens, without composing a Document. It covers
 * the block and flow YAML that API definitions and templates are written in; on anything else
 * (anchors, aliases, explicit keys, directives, tabs in indentation, any construct `yaml` would reject)
 * it returns undefined and the caller uses the reference loader, which also words the errors.
 *
 * The offsets reproduce where `yaml` ends each node: a collection ends where its last value's node
 * ends, and comment lines after a collection belong to it or to its parent following the rules of
 * `yaml`'s Parser (see `closeCollection` in yaml-fast-cursor.ts).
 */
export interface FastYamlResult {
  readonly documents: LoadedDocument[];
  readonly problems: LoadProblem[];
  readonly comments: SourceComment[];
}

/** `onDecline` (tests, benchmarks) learns why the fast path gave up and at which offset. */
export function loadYamlFast(
  file: string,
  text: string,
  lines: LineIndex,
  onDecline?: (reason: string, offset: number) => void,
  limits: InputLimits = DEFAULT_LIMITS,
): FastYamlResult | undefined {
  // The lexer's own control characters cannot be told apart from the same characters in the text.
  if (/[\x02\x18\x1f]/.test(text)) {
    onDecline?.("control character in the text", 0);
    return undefined;
  }
  const parser = new FastYaml(file, text, lines, limits.maxDepth);
  try {
    return parser.parseStream();
  } catch (error) {
    if (!(error instanceof Decline)) throw error;
    onDecline?.(error.message, parser.offset);
    return undefined;
  }
}


const VALID_TAG = /^![A-Za-z0-9][A-Za-z0-9_.:-]*$/;

class FastYaml extends TokenCursor {
  private readonly problems: LoadProblem[] = [];
  private readonly pool = new OffsetPool();
  /** Collections open around the cursor: bounded, so nesting never reaches the JS stack's limit. */
  private depth = 0;

  constructor(
    private readonly file: string,
    text: string,
    lines: LineIndex,
    private readonly maxDepth: number,
  ) {
    super(text, lines);
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) {
      throw new LimitExceeded("maxDepth", this.pos, limitMessage("maxDepth", this.maxDepth, `Maps and lists nest deeper than ${this.maxDepth} levels`));
    }
  }

  // ------------------------------------------------------------------------------------------ stream

  parseStream(): FastYamlResult {
    const documents: LoadedDocument[] = [];
    for (;;) {
      this.skipTrivia(-1, false);
      if (this.k === K.EOF) break;
      if (this.k === K.DOC_START) {
        if (this.column !== 0) decline("--- inside a line");
        this.advance();
        this.endOfLine();
        this.skipTrivia(-1, false);
        if (this.is(K.EOF) || this.is(K.DOC_START) || this.is(K.DOC_END)) decline("empty document");
      } else if (this.k === K.DOC_END) decline("... without a document");
      this.clearTrail();
      const value = this.parseRoot();
      const rootRange: [number, number] = [this.span.start, this.span.end];
      const index = documents.length;
      const lines = this.lines;
      documents.push({ file: this.file, index, text: this.text, lines, value, locateAll: (requests) => locateInPositioned(value, rootRange, lines, requests) });
      this.clearTrail();
      if (this.k === K.DOC_END) {
        if (this.column !== 0) decline("... inside a line");
        this.advance();
        this.endOfLine();
        this.skipTrivia(-1, false);
        if (!this.is(K.EOF) && !this.is(K.DOC_START)) decline("content after ...");
      } else if (!this.is(K.EOF) && !this.is(K.DOC_START)) decline("content after the document");
    }
    return { documents, problems: this.problems, comments: this.comments };
  }

  private parseRoot(): unknown {
    const k = this.k;
    if (k === K.FLOW_MAP || k === K.FLOW_SEQ) {
      const value = this.parseFlow(-1);
      this.endOfLine();
      this.skipTrivia(-1, false);
      return value;
    }
    if (k === K.SEQ) return this.parseBlockSeq(this.column);
    if (this.isKeyStart()) return this.parseBlockMap(this.column);
    if (k === K.TAG) return this.parseTagged(-1, true);
    return decline("root scalar");
  }

  // ------------------------------------------------------------------------------------------ block

  private parseBlockMap(indent: number): Record<string, unknown> {
    this.enter();
    const builder = new ObjectBuilder(this.pool);
    const start = this.pos;
    let lastNodeEnd = start;
    for (;;) {
      this.clearTrail();
      const keyStart = this.pos;
      const key = this.parseKey();
      const keyEnd = this.pos;
      this.skipSpaces();
      if (this.k !== K.COLON) decline("implicit key without :");
      this.advance();
      const fresh = this.checkDuplicate(builder, key, keyStart, keyEnd);
      const value = this.parseValue(indent, true);
      const span = this.span;
      builder.add(key, value, keyStart, keyEnd, span.start, span.end, fresh);
      const more = this.continuesAt(indent, span.hasEnd);
      lastNodeEnd = span.nodeEnd;
      if (!more) break;
      if (this.is(K.SEQ)) {
        // A sequence at the map's indentation may only follow its key (`key:\n- a`), handled in parseValue.
        decline("sequence item at map indentation");
      }
      if (!this.isKeyStart()) decline("map entry without an implicit key");
    }
    const object = builder.finish();
    this.closeCollection(indent, start, lastNodeEnd);
    this.depth--;
    return object;
  }

  /** Reports a duplicate key; true when the key is new. */
  private checkDuplicate(builder: ObjectBuilder, key: string, keyStart: number, keyEnd: number): boolean {
    if (!builder.has(key)) return true;
    this.problems.push(duplicateKeyProblem(key, this.lines.range(keyStart, keyEnd), valueHoldsIntegration(builder.object[key])));
    return false;
  }

  private parseKey(): string {
    const t = this.t;
    const k = this.k;
    if (t.includes("\n") || t.length > 1000) decline("multi-line or long implicit key");
    this.advance();
    if (k === K.PLAIN) return String(resolvePlain(plainText(t)));
    if (k === K.DQ) return doubleQuotedText(t);
    if (k === K.SQ) return singleQuotedText(t);
    return decline("key");
  }

  /** A sequence at `indent`; `parentMapIndent` is set when it is the value of a key at the same column. */
  private parseBlockSeq(indent: number, parentMapIndent = -2): unknown[] {
    this.enter();
    const builder = new ArrayBuilder(this.pool);
    const start = this.pos;
    let lastNodeEnd = start;
    for (;;) {
      this.clearTrail();
      this.advance(); // the `-`
      const value = this.parseValue(indent, false);
      const span = this.span;
      builder.add(value, span.start, span.end);
      const more = this.continuesAt(indent, span.hasEnd);
      lastNodeEnd = span.nodeEnd;
      if (!more) break;
      if (!this.is(K.SEQ)) {
        if (parentMapIndent === indent) break;
        decline("sequence entry without -");
      }
    }
    const array = builder.finish();
    this.closeCollection(indent, start, lastNodeEnd);
    this.depth--;
    return array;
  }

  /**
   * The value after `key:` or `-`. `indent` is the holding collection's indentation. Sets this.span.
   * A value on the same line may be a scalar, a flow collection, a block scalar, a tagged value, or
   * (in a sequence) a compact map or nested sequence; otherwise the value starts on a later line.
   */
  private parseValue(indent: number, inMap: boolean): unknown {
    const afterIndicator = this.pos;
    if (this.k === K.SPACE) this.advance();
    const k = this.k;
    if (k === K.NEWLINE || k === K.COMMENT || k === K.EOF) return this.parseValueOnLaterLine(indent, inMap, afterIndicator);
    if (this.pos === afterIndicator) decline("no space after the indicator");
    if (!inMap && (k === K.SEQ || this.isKeyStart())) {
      // Compact collection in a sequence item: `- - a` or `- key: value`.
      return k === K.SEQ ? this.parseBlockSeq(this.column) : this.parseBlockMap(this.column);
    }
    if (k === K.TAG) return this.parseTagged(indent, false, inMap);
    if (this.isKeyStart()) decline("nested map on the line of its key");
    return this.parseInlineValue(indent, true);
  }

  /** `key:` then a line break: the value is a block collection, a scalar on the next line, or empty (null). */
  private parseValueOnLaterLine(indent: number, inMap: boolean, afterIndicator: number): unknown {
    // An empty value sits after the indicator and the spaces that follow it.
    let emptyAt = afterIndicator;
    while (this.text.charCodeAt(emptyAt) === 32) emptyAt++;
    const sawComment = this.skipSeparation();
    const k = this.k;
    const column = this.column;
    const ended = k === K.EOF || k === K.DOC_START || k === K.DOC_END;
    if (!ended && k === K.SEQ && (column > indent || (inMap && column === indent))) {
      return this.parseBlockSeq(column, inMap ? indent : -2);
    }
    if (ended || column <= indent) {
      if (sawComment || !inMap) decline("empty value with comments, or empty sequence item");
      this.span.start = this.span.end = this.span.nodeEnd = emptyAt;
      this.span.hasEnd = false;
      return null;
    }
    if (this.isKeyStart()) return this.parseBlockMap(column);
    if (k === K.TAG) return this.parseTagged(indent, false, inMap);
    return this.parseInlineValue(indent, false);
  }

  /** Blank and comment lines between an indicator and its value (they belong to no node's range). */
  private skipSeparation(): boolean {
    let sawComment = false;
    for (;;) {
      this.skipSpaces();
      if (this.k === K.COMMENT) {
        sawComment = true;
        this.advance();
        continue;
      }
      if (this.k === K.NEWLINE) {
        this.advance();
        continue;
      }
      return sawComment;
    }
  }

  /** A scalar, flow collection or block scalar, ending its line. */
  private parseInlineValue(indent: number, sameLine: boolean): unknown {
    const k = this.k;
    if (k === K.FLOW_MAP || k === K.FLOW_SEQ) {
      const value = this.parseFlow(indent);
      this.finishLine();
      return value;
    }
    if (k === K.BLOCK_HEADER) {
      if (!sameLine) decline("block scalar header on its own line");
      return this.parseBlockScalar(indent);
    }
    const value = this.parseScalar(indent);
    this.finishLine();
    return value;
  }

  /** Ends a scalar's or flow collection's line: its node then ends after the line break. */
  private finishLine(): void {
    this.endOfLine();
    this.span.nodeEnd = this.pos;
    this.span.hasEnd = true;
  }

  /** A plain or quoted scalar (one token); sets span start/end. */
  private parseScalar(indent: number): unknown {
    const t = this.t;
    const k = this.k;
    const start = this.pos;
    let value: unknown;
    if (k === K.PLAIN) value = resolvePlain(plainText(t));
    else if (k === K.DQ) value = doubleQuotedText(t);
    else if (k === K.SQ) value = singleQuotedText(t);
    else return decline("unsupported node");
    if (k !== K.PLAIN && t.includes("\n")) this.checkContinuationIndent(t, indent);
    this.advance();
    this.span.start = start;
    this.span.end = start + t.length;
    this.span.hasEnd = true;
    return value;
  }

  /** Continuation lines of a quoted scalar must be indented past the holding collection. */
  private checkContinuationIndent(t: string, indent: number): void {
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) {
      let j = i + 1;
      while (t.charCodeAt(j) === 32) j++;
      const c = t.charCodeAt(j);
      if (c !== 10 && c !== 13 && j - i - 1 <= indent) decline("under-indented continuation line");
      if (t.startsWith("---", j) || t.startsWith("...", j)) decline("document marker inside a scalar");
    }
  }

  /** The raw text of the scalar for a tagged node: `yaml` keeps the folded string, not the schema value. */
  private scalarText(): string {
    const t = this.t;
    if (this.k === K.PLAIN) return plainText(t);
    if (this.k === K.DQ) return doubleQuotedText(t);
    if (this.k === K.SQ) return singleQuotedText(t);
    return decline("unsupported tagged node");
  }

  private parseBlockScalar(indent: number): string {
    const start = this.pos;
    const header = this.t;
    this.advance();
    this.endOfLine();
    if (this.k !== K.PLAIN) decline("block scalar without a body");
    const body = this.t;
    const value = blockScalarText(header, body, indent < 0 ? 0 : indent);
    this.advance();
    this.span.start = start;
    this.span.end = this.span.nodeEnd = this.pos;
    this.span.hasEnd = false;
    return value;
  }

  /** `!Tag value`: CloudFormation short forms become their long form; other tags are reported. */
  private parseTagged(indent: number, atRoot: boolean, inMap = false): unknown {
    const tag = this.takeTag();
    const afterTag = this.pos;
    this.skipSpaces();
    let value: unknown;
    const k = this.k;
    if (k === K.NEWLINE || k === K.COMMENT) {
      // The tagged node is a block collection on the following lines.
      this.skipSeparation();
      const column = this.column;
      if (column <= indent && !(this.k === K.SEQ && column === indent && inMap)) decline("tag without a node");
      if (this.k === K.SEQ) value = this.parseBlockSeq(column, indent);
      else if (this.isKeyStart()) value = this.parseBlockMap(column);
      else return decline("tagged scalar on a later line");
    } else {
      if (this.pos === afterTag || k === K.EOF) decline("tag without a node");
      if (k === K.TAG || k === K.SEQ || this.isKeyStart()) decline("unsupported tagged node");
      if (k === K.FLOW_MAP || k === K.FLOW_SEQ) value = this.parseFlow(indent);
      else if (k === K.BLOCK_HEADER) value = this.parseBlockScalar(indent);
      else {
        value = this.scalarText();
        this.parseScalar(indent);
      }
      if (k !== K.BLOCK_HEADER) {
        if (atRoot) {
          this.endOfLine();
          this.skipTrivia(-1, false);
        } else this.finishLine();
      }
    }
    return this.applyTag(tag, value);
  }

  /** A `!Name` tag; `!!str`, `!<verbatim>`, `!handle!x` and %-escapes are left to the reference loader. */
  private takeTag(): string {
    const tag = this.t;
    if (!VALID_TAG.test(tag) || isStandardTag(tag)) decline("tag other than a plain local tag");
    this.advance();
    return tag;
  }

  private applyTag(tag: string, value: unknown): unknown {
    const { start, end } = this.span;
    const key = longFormKey(tag);
    if (!key) {
      this.problems.push({
        code: "unknown-tag",
        message: `Unknown tag ${tag}: neither a YAML core tag nor a CloudFormation intrinsic function.`,
        range: this.lines.range(tagStart(this.text, tag, start), end),
        fatal: false,
      });
      return value;
    }
    const wrapped = new ObjectBuilder(this.pool);
    wrapped.add(key, key === "Fn::GetAtt" && typeof value === "string" ? splitGetAtt(value) : value, start, end, start, end);
    return wrapped.finish();
  }

  // ------------------------------------------------------------------------------------------ flow

  /** `{...}` or `[...]`, possibly over several lines; sets span start/end (node end: see finishLine). */
  private parseFlow(indent: number): unknown {
    const start = this.pos;
    const isMap = this.k === K.FLOW_MAP;
    const close = isMap ? K.FLOW_MAP_END : K.FLOW_SEQ_END;
    this.enter();
    this.advance();
    // Both are made, one is used: a builder takes its place in the pool at its first member only.
    const object = new ObjectBuilder(this.pool);
    const array = new ArrayBuilder(this.pool);
    this.skipFlowSpace(indent);
    while (this.k !== close) {
      if (isMap) {
        const keyStart = this.pos;
        if (!this.isKeyStart()) decline("flow map entry without an implicit key");
        const key = this.parseKey();
        const keyEnd = this.pos;
        this.skipSpaces();
        if (this.k !== K.COLON) decline("flow map key without :");
        this.advance();
        this.skipFlowSpace(indent);
        const fresh = this.checkDuplicate(object, key, keyStart, keyEnd);
        const value = this.parseFlowValue(indent);
        object.add(key, value, keyStart, keyEnd, this.span.start, this.span.end, fresh);
      } else {
        if (this.isKeyStart()) decline("pair in a flow sequence");
        const value = this.parseFlowValue(indent);
        array.add(value, this.span.start, this.span.end);
      }
      this.skipFlowSpace(indent);
      if (this.k === K.COMMA) {
        this.advance();
        this.skipFlowSpace(indent);
      } else if (this.k !== close) decline("flow collection without , between entries");
    }
    this.advance();
    this.depth--;
    this.span.start = start;
    this.span.end = this.pos;
    this.span.hasEnd = true;
    if (this.is(K.COLON)) decline("flow collection as a key");
    return isMap ? object.finish() : array.finish();
  }

  private parseFlowValue(indent: number): unknown {
    const k = this.k;
    if (k === K.FLOW_MAP || k === K.FLOW_SEQ) return this.parseFlow(indent);
    if (k === K.TAG) {
      const tag = this.takeTag();
      if (this.k !== K.SPACE) decline("tag without a node");
      this.skipSpaces();
      const inner = this.k;
      let value: unknown;
      if (inner === K.FLOW_MAP || inner === K.FLOW_SEQ) value = this.parseFlow(indent);
      else {
        value = this.scalarText();
        this.parseScalar(indent);
      }
      return this.applyTag(tag, value);
    }
    if (k === K.PLAIN && this.t.includes("\n")) this.checkContinuationIndent(this.t, indent);
    return this.parseScalar(indent);
  }

  /** Spaces, line breaks and comments inside a flow collection; continuation lines must be indented. */
  private skipFlowSpace(indent: number): void {
    for (;;) {
      const k = this.k;
      if (k === K.SPACE) this.advance();
      else if (k === K.NEWLINE) {
        this.advance();
        if (this.k === K.SPACE) this.advance();
        if (this.k !== K.NEWLINE && this.column <= indent) decline("under-indented flow continuation");
        if (this.k === K.DOC_START || this.k === K.DOC_END) decline("document marker in a flow collection");
      } else if (k === K.COMMENT) {
        const before = this.text.charCodeAt(this.pos - 1);
        if (before !== 32 && before !== 10) decline("comment not separated by a space");
        this.advance();
      } else return;
    }
  }
}
