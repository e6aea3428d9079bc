import { yamlLexer } from "./yaml-lib.js";
import type { SourceComment } from "./types.js";
import type { LineIndex } from "./line-index.js";
import { decline } from "./yaml-fast-scalar.js";

/**
 * The fast YAML loader's cursor over `yaml`'s Lexer tokens: token kinds, source offsets (tokens are
 * contiguous slices of the text, except the control characters), line starts, comments exactly as
 * `yamlComments` collects them, and where `yaml` ends each node when blank and comment lines follow
 * it (the "trail"), so that collection ranges match the reference loader's.
 */
export enum K {
  EOF, PLAIN, DQ, SQ, NEWLINE, SPACE, COMMENT, SEQ, COLON, FLOW_MAP, FLOW_MAP_END, FLOW_SEQ, FLOW_SEQ_END, COMMA, TAG,
  BLOCK_HEADER, DOC_START, DOC_END, OTHER,
}

/** Where a value ends (`end`, the range's end) and where its node ends (`nodeEnd`, trailing comment and newline included). */
export interface Span {
  start: number;
  end: number;
  nodeEnd: number;
  /** Scalars and flow collections own the comments and line end after them; block collections do not. */
  hasEnd: boolean;
}

export abstract class TokenCursor {
  protected readonly tokens: Iterator<string>;
  /** The current token, its kind and its offset. */
  protected t = "";
  protected k = K.EOF;
  protected pos = 0;
  protected lineStart = 0;
  protected scalarNext = false;
  protected lineHasContent = false;
  protected readonly comments: SourceComment[] = [];
  /** Blank and comment lines after the last value, not yet given to a collection (`-1`: none). */
  protected trailEnd = -1;
  protected trailMaxCommentIndent = -1;
  protected trailHasComment = false;
  protected readonly span: Span = { start: 0, end: 0, nodeEnd: 0, hasEnd: false };

  constructor(
    protected readonly text: string,
    protected readonly lines: LineIndex,
  ) {
    this.tokens = new (yamlLexer())().lex(text)[Symbol.iterator]();
    this.fetch();
  }

  /** Reads the next token into t/k without consuming anything; control tokens are skipped here. */
  protected fetch(): void {
    for (;;) {
      const next = this.tokens.next();
      if (next.done) {
        this.t = "";
        this.k = K.EOF;
        return;
      }
      const t = next.value;
      const c = t.charCodeAt(0);
      if (t.length === 1 && (c === 0x02 || c === 0x18 || c === 0x1f)) {
        if (c === 0x18) decline("flow collection ended early");
        if (c === 0x1f) this.scalarNext = true;
        continue;
      }
      this.t = t;
      if (this.scalarNext) {
        this.scalarNext = false;
        this.k = K.PLAIN;
      } else this.k = kindOf(t, c);
      return;
    }
  }

  /** Consumes the current token: offsets, line starts and comments move past it. */
  protected advance(): void {
    const t = this.t;
    const k = this.k;
    if (k === K.EOF) return;
    if (k === K.COMMENT) {
      const position = this.lines.position(this.pos);
      this.comments.push({ text: t.slice(1), line: position.line, column: position.column, ownLine: !this.lineHasContent });
    } else if (k === K.NEWLINE) {
      if (t.length > 0) this.lineHasContent = false;
    } else if (k === K.SPACE ? t.trim() !== "" : t.length > 0 && (k !== K.PLAIN || t.trim() !== "")) {
      this.lineHasContent = true;
    }
    const newline = k === K.NEWLINE ? t.length - 1 : k === K.SPACE || k === K.COMMENT ? -1 : t.lastIndexOf("\n");
    this.pos += t.length;
    if (newline !== -1) this.lineStart = this.pos - t.length + newline + 1;
    this.fetch();
  }

  /** A fresh read of the current kind (TypeScript would otherwise narrow `this.k` across advance()). */
  protected is(kind: K): boolean {
    return this.k === kind;
  }

  get offset(): number {
    return this.pos;
  }

  protected get column(): number {
    return this.pos - this.lineStart;
  }

  protected skipSpaces(): void {
    while (this.k === K.SPACE) this.advance();
  }

  // ------------------------------------------------------------------------------------------ lines

  /** After a value on its line: spaces, an optional comment, then the line break (or the end). */
  protected endOfLine(): void {
    this.skipSpaces();
    if (this.k === K.COMMENT) {
      if (this.text.charCodeAt(this.pos - 1) !== 32) decline("comment not separated by a space");
      this.advance();
    }
    if (this.k === K.NEWLINE) this.advance();
    else if (this.k !== K.EOF) decline("more content after a value on the same line");
  }

  /**
   * Blank and comment-only lines before the next content line. `indent` is that of the innermost open
   * collection and `canMerge` says whether its last value is a scalar or flow collection: `yaml`
   * extends such a value's node over comment lines more indented than the collection (until another
   * comment line intervenes); other lines wait in the trail for `closeCollection` to place.
   */
  protected skipTrivia(indent: number, canMerge: boolean): void {
    for (;;) {
      if (this.k === K.SPACE) {
        this.advance();
        // `yaml` keeps the indentation of the next content line with the trail it follows.
        if (this.trailEnd !== -1 && !this.is(K.NEWLINE) && !this.is(K.COMMENT)) this.trailEnd = this.pos;
      }
      if (this.k === K.NEWLINE) {
        this.advance();
        this.trailEnd = this.pos;
        continue;
      }
      if (this.k !== K.COMMENT) return;
      const column = this.column;
      this.advance();
      if (this.is(K.NEWLINE)) this.advance();
      else if (!this.is(K.EOF)) decline("content after a comment");
      if (canMerge && !this.trailHasComment && column > indent) {
        this.span.nodeEnd = this.pos;
        this.trailEnd = -1;
        continue;
      }
      this.trailEnd = this.pos;
      this.trailHasComment = true;
      if (column > this.trailMaxCommentIndent) this.trailMaxCommentIndent = column;
    }
  }

  /** After an entry: skips trivia; true when the next line is another entry at `indent`. */
  protected continuesAt(indent: number, hasEnd: boolean): boolean {
    this.skipTrivia(indent, hasEnd);
    const k = this.k;
    if (k === K.EOF || k === K.DOC_START || k === K.DOC_END) return false;
    const column = this.column;
    if (column < indent) return false;
    if (column > indent) decline("more-indented content after a complete entry");
    return true;
  }

  protected clearTrail(): void {
    this.trailEnd = -1;
    this.trailHasComment = false;
    this.trailMaxCommentIndent = -1;
  }

  /**
   * `yaml`'s Parser moves trailing blank/comment lines from a closing collection to its parent when the
   * collection is at column 0 or every such comment is less indented than it; otherwise they stay and
   * the collection's node ends after them.
   */
  protected closeCollection(indent: number, start: number, lastNodeEnd: number): void {
    this.span.start = start;
    this.span.end = lastNodeEnd;
    this.span.hasEnd = false;
    if (this.trailEnd !== -1 && !(indent === 0 || this.trailMaxCommentIndent < indent)) {
      this.span.nodeEnd = this.trailEnd;
      this.clearTrail();
    } else this.span.nodeEnd = lastNodeEnd;
  }

  /** Whether the current token is a key of a block map: a one-line scalar followed by `:` on its line. */
  protected isKeyStart(): boolean {
    const k = this.k;
    if (k !== K.PLAIN && k !== K.DQ && k !== K.SQ) return false;
    // The Lexer emits the `:` of an implicit key right after the key (spaces between are a space token).
    const after = this.text.charCodeAt(this.pos + this.t.length);
    if (after === 58 /* : */) return true;
    if (after !== 32) return false;
    let i = this.pos + this.t.length;
    while (this.text.charCodeAt(i) === 32) i++;
    const c = this.text.charCodeAt(i);
    const next = this.text.charCodeAt(i + 1);
    return c === 58 && (next === 32 || next === 10 || next === 13 || Number.isNaN(next) || k !== K.PLAIN);
  }
}

function kindOf(t: string, c: number): K {
  switch (c) {
    case 10: return K.NEWLINE;
    case 13: return t === "\r\n" ? K.NEWLINE : K.OTHER;
    case 32: return t.includes("\t") ? K.OTHER : K.SPACE; // tabs in indentation: left to the reference loader
    case 35: return K.COMMENT;
    case 34: return K.DQ;
    case 39: return K.SQ;
    case 33: return K.TAG;
    case 124: case 62: return K.BLOCK_HEADER;
    case 123: return K.FLOW_MAP;
    case 125: return K.FLOW_MAP_END;
    case 91: return K.FLOW_SEQ;
    case 93: return K.FLOW_SEQ_END;
    case 44: return K.COMMA;
    case 58: return t.length === 1 ? K.COLON : K.OTHER;
    case 45: return t === "-" ? K.SEQ : t === "---" ? K.DOC_START : K.OTHER;
    case 46: return t === "..." ? K.DOC_END : K.OTHER;
  }
  return t.length === 0 ? K.NEWLINE : K.OTHER;
}
