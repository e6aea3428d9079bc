/**
 * CloudFormation's YAML parser accepts a flow collection whose continuation lines (or closing bracket)
 * are not indented deeper than the line it starts on:
 *
 *     Schema: {"a": 1,
 *     "b": 2}
 *
 * `yaml` rejects that ("Flow map in block collection must be sufficiently indented"). Where a file
 * fails only that way, the loader parses a copy whose continuation lines are indented one column past
 * their opening line, and maps every offset back to the original text, so positions stay exact.
 */

import { padLines, type Reindented } from "./yaml-padded-text.js";

export type { Reindented } from "./yaml-padded-text.js";

/** Lines that open a block scalar (`key: |`, `- >-`): their content is text, never a flow collection. */
export const BLOCK_SCALAR_START = /(?:^|[:\-]\s+)(?:![^\s]+\s+)?[|>][+-]?\d*\s*(?:#.*)?$/;

export function reindentFlowContinuations(text: string): Reindented | undefined {
  const lines = text.split("\n");
  const pads: number[] = new Array(lines.length).fill(0);
  let depth = 0;
  let openerIndent = 0;
  let quote: string | undefined;
  let blockIndent = -1;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === "" || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (depth > 0 && line.trim() !== "" && indent <= openerIndent) pads[n] = openerIndent + 1 - indent;
    if (depth === 0) openerIndent = indent;
    for (let i = indent; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        const end = closingQuote(line, i, quote);
        if (end === -1) break;
        quote = undefined;
        i = end;
        continue;
      }
      if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "\t")) break;
      if ((c === '"' || c === "'") && (depth > 0 || /[\s:[{,-]/.test(line[i - 1] ?? " "))) quote = c;
      else if ((c === "[" || c === "{") && (depth > 0 || startsValue(line, i))) depth++;
      else if ((c === "]" || c === "}") && depth > 0) depth--;
    }
    if (depth === 0 && quote === undefined && BLOCK_SCALAR_START.test(line.trimEnd())) blockIndent = indent;
  }
  return pads.some((p) => p > 0) ? padLines(lines, pads) : undefined;
}

/** Where the quoted scalar that is open at `from` closes on this line (`''` and `\"` do not close it); -1 if it goes on. */
export function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    } else if (c === "\\" && quote === '"') i++;
  }
  return -1;
}

/** A bracket opens a flow collection where a value starts: after `key: `, `- `, a tag, or at the indent. */
function startsValue(line: string, i: number): boolean {
  const before = line.slice(0, i).trimEnd();
  return before === "" || before.endsWith(":") || before.endsWith("-") || /(?:^|[\s:-])![^\s]*$/.test(before) || before.endsWith(",");
}
