import { BLOCK_SCALAR_START, closingQuote } from "./yaml-flow-indent.js";
import { padLines, type Reindented } from "./yaml-padded-text.js";

/**
 * CloudFormation and the SAM CLI (PyYAML) read a multi-line quoted scalar whatever the indentation of its
 * continuation lines: PyYAML's scanner checks only for document markers inside quotes. Exported specs
 * pulled in with `AWS::Include` are full of them (a long `Fn::Sub` wrapped at the key's column):
 *
 *     Fn::Sub:
 *       "\n#set($orderId = $input.params('id'))\
 *     \ = $input.params('id'))..."
 *
 * `yaml` rejects that ("Missing closing "quote"), as strict YAML 1.2 says. The value does not depend on
 * that indentation (folding strips the leading white space of every continuation line), so the loader
 * parses a copy whose under-indented continuation lines are indented one column past the content of the
 * line the quote opens on, and maps every offset back to the original text.
 *
 * Plain multi-line scalars are not re-indented: PyYAML ends a plain scalar at a line indented no deeper
 * than its mapping, exactly as `yaml` does (measured with PyYAML 6.0.3), so both reject the same files.
 * Document markers (`---`, `...` at column 0) inside quotes are left alone: PyYAML rejects them too.
 */
export function reindentQuotedContinuations(text: string): Reindented | undefined {
  const lines = text.split("\n");
  const pads: number[] = new Array(lines.length).fill(0);
  let quote: string | undefined;
  let required = 0;
  let blockIndent = -1;
  let flowDepth = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const indent = line.length - line.trimStart().length;
    if (quote === undefined && blockIndent >= 0) {
      if (line.trim() === "" || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (quote !== undefined && line.trim() !== "" && indent < required && !/^(---|\.\.\.)(\s|$)/.test(line)) pads[n] = required - indent;
    const contentColumn = indent + (/^(-\s+)*/.exec(line.slice(indent))?.[0].length ?? 0);
    for (let i = indent; i < line.length; i++) {
      const c = line[i]!;
      if (quote !== undefined) {
        const end = closingQuote(line, i, quote);
        if (end === -1) break;
        quote = undefined;
        i = end;
        continue;
      }
      if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "\t")) break;
      if ((c === '"' || c === "'") && (flowDepth > 0 || opensQuotedValue(line, i))) {
        quote = c;
        required = contentColumn + 1;
      } else if ((c === "[" || c === "{") && (flowDepth > 0 || startsValue(line, i))) flowDepth++;
      else if ((c === "]" || c === "}") && flowDepth > 0) flowDepth--;
    }
    if (quote === undefined && flowDepth === 0 && BLOCK_SCALAR_START.test(line.trimEnd())) blockIndent = indent;
  }
  return pads.some((p) => p > 0) ? padLines(lines, pads) : undefined;
}

/** A bracket opens a flow collection where a value starts: after `key: `, `- `, `? `, a tag, or at the indent. */
function startsValue(line: string, i: number): boolean {
  const before = line.slice(0, i).trimEnd();
  return before === "" || /(?:^|\s)[-?]$|:$/.test(before) || /(?:^|[\s:-])![^\s]*$/.test(before);
}

/**
 * Outside flow collections a quote opens a scalar only where a value starts and after white space
 * (`key: "x"`, `- 'x'`, `!Sub "x"`): an apostrophe inside a plain scalar (`it's`, `a:'b'`) opens nothing.
 */
function opensQuotedValue(line: string, i: number): boolean {
  const previous = line[i - 1];
  return startsValue(line, i) && (previous === undefined || previous === " " || previous === "\t");
}
