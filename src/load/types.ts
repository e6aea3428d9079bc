import type { LineIndex } from "./line-index.js";

/**
 * What the loader hands to the rest of the pipeline: plain JSON-like data per document, and a way to
 * find where any node came from. Positions are resolved lazily, only for what gets reported.
 */

/** 1-based line and column; columns count UTF-16 code units (as editors and SARIF do). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** `end` is exclusive: the position just after the last character (SARIF's endColumn). */
export interface SourceRange {
  readonly start: Position;
  readonly end: Position;
}

export type PathSegment = string | number;
export type JsonPath = readonly PathSegment[];

/** Which part of an object member to point at: the key (`timeoutInMillis`) or its value (`30000`). */
export type NodePart = "key" | "value";

export interface LocateRequest {
  readonly path: JsonPath;
  readonly part: NodePart;
}

export interface SourceComment {
  /** The comment text after `#`, untrimmed. */
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** True when nothing but white space precedes the comment on its line. */
  readonly ownLine: boolean;
}

export type LoadProblemCode = "syntax-error" | "duplicate-key" | "unknown-tag" | "yaml-alias" | "input-limit";

export interface LoadProblem {
  readonly code: LoadProblemCode;
  readonly message: string;
  readonly range: SourceRange;
  /** syntax errors make the file unusable: the run exits 2. */
  readonly fatal: boolean;
  /** A duplicate key whose lost value held an integration: reported even where no integration survives. */
  readonly hidesIntegration?: boolean;
}

export interface LoadedDocument {
  /** The file this document belongs to (as the user named it, or relative to the cwd). */
  readonly file: string;
  /** Index of the document in a multi-document YAML stream (0 for JSON). */
  readonly index: number;
  /** The whole source text of the file (the same string for every document of a stream). */
  readonly text: string;
  /** Line starts of that text, shared by the file and its documents (built on first use). */
  readonly lines: LineIndex;
  /** Plain data. CloudFormation short-form tags arrive in their long form (`!Sub x` -> `{"Fn::Sub": "x"}`). */
  readonly value: unknown;
  /** Source ranges for many nodes at once; `undefined` where the path does not exist. */
  locateAll(requests: readonly LocateRequest[]): (SourceRange | undefined)[];
}

export interface LoadedFile {
  readonly file: string;
  readonly absolutePath: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly format: "json" | "yaml" | "hcl";
  readonly documents: readonly LoadedDocument[];
  /** YAML and HCL comments (from the comment tokens, never from inside strings); empty for JSON. */
  readonly comments: readonly SourceComment[];
  readonly problems: readonly LoadProblem[];
}
