/**
 * velocityjs's generated parser builds each statement list by concatenation (`[].concat(list, item)`), so
 * its cost grows with the square of the statements in one list, and nesting (`#if` in `#if`, parentheses
 * in parentheses) costs about as much again: a 290 KB template took 12 s. This module keeps the parser to
 * inputs it handles quickly: the template is cut at top-level line ends into chunks parsed one by one (a
 * flat template costs linear time), and a template that nests too deeply or whose largest chunk is too
 * big is not parsed at all; the caller says so instead of guessing.
 */

/** `#` and `$` marks in a template parsed whole to word an error exactly: about 0.1 s for velocityjs. */
export const MAX_MARKS_PER_PARSE = 4_000;
/** `#` and `$` marks in one chunk: about 0.3 s for velocityjs; past it the template is not parsed. */
const MAX_MARKS_PER_CHUNK = 8_000;
/** Past this, even a short template costs seconds (nested #if 2,000 deep: 0.2 s, 8,000 deep: 8 s). */
export const MAX_TEMPLATE_NESTING = 200;
/** Chunks shorter than this are merged with the next: each parse has a fixed cost. */
const MIN_CHUNK_CHARS = 2_048;

export interface TemplateChunk {
  /** Offset of the chunk in the template. */
  readonly start: number;
  readonly text: string;
  readonly marks: number;
}

export type TemplatePlan = { readonly chunks: readonly TemplateChunk[]; readonly marks: number } | { readonly tooComplex: string };

const OPENERS = /#\{?(?:if|foreach|macro|define|@[A-Za-z_][\w-]*)\b/g;
const ENDS = /#\{?end\b\}?/g;

/**
 * Splits where no block, parenthesis or comment is open (by a cheap scan; a wrong guess only makes a
 * chunk fail to parse, and a failing chunk is checked again in a larger piece or reported as it is).
 */
export function planTemplate(template: string): TemplatePlan {
  const chunks: TemplateChunk[] = [];
  let depth = 0, maxDepth = 0, inComment = false, chunkStart = 0, chunkMarks = 0, totalMarks = 0;
  for (let lineStart = 0; lineStart < template.length; ) {
    const newline = template.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? template.length : newline + 1;
    let line = template.slice(lineStart, lineEnd);
    if (inComment || line.includes("#*")) {
      // Block comments: drop their text from the scan; an open one keeps the chunk open.
      const scanned = stripBlockComments(line, inComment);
      inComment = scanned.open;
      line = scanned.rest;
    }
    const lineComment = line.indexOf("##");
    if (lineComment !== -1) line = line.slice(0, lineComment);
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 40 /* ( */) {
        if (++depth > maxDepth) maxDepth = depth;
      } else if (c === 41 /* ) */) depth--;
      else if (c === 35 /* # */ || c === 36 /* $ */) chunkMarks++;
    }
    depth += (line.match(OPENERS)?.length ?? 0) - (line.match(ENDS)?.length ?? 0);
    if (depth > maxDepth) maxDepth = depth;
    if (maxDepth > MAX_TEMPLATE_NESTING) return { tooComplex: `it nests #if, #foreach or parentheses more than ${MAX_TEMPLATE_NESTING} levels deep` };
    lineStart = lineEnd;
    const atTopLevel = depth <= 0 && !inComment;
    if ((atTopLevel && lineEnd - chunkStart >= MIN_CHUNK_CHARS) || lineEnd === template.length) {
      chunks.push({ start: chunkStart, text: template.slice(chunkStart, lineEnd), marks: chunkMarks });
      totalMarks += chunkMarks;
      if (chunkMarks > MAX_MARKS_PER_CHUNK) {
        return { tooComplex: `one block of it holds more than ${MAX_MARKS_PER_CHUNK} directives and references` };
      }
      chunkStart = lineEnd;
      chunkMarks = 0;
    }
  }
  return { chunks, marks: totalMarks };
}

function stripBlockComments(line: string, open: boolean): { rest: string; open: boolean } {
  let rest = "";
  let i = 0;
  for (;;) {
    if (open) {
      const close = line.indexOf("*#", i);
      if (close === -1) return { rest, open: true };
      i = close + 2;
      open = false;
    } else {
      const start = line.indexOf("#*", i);
      if (start === -1) return { rest: rest + line.slice(i), open: false };
      rest += line.slice(i, start);
      i = start + 2;
      open = true;
    }
  }
}
