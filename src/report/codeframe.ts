import type { LintMessage } from "../engine/types.js";
import type { Rule } from "../rule-api.js";
import { sourceLines } from "./source-lines.js";
import { summaryLines } from "./text.js";
import type { Reporter } from "./types.js";

const COLOUR = { error: 31, warning: 33, info: 36 } as const;
/** Source lines shown before the finding's line, for context. */
const CONTEXT_BEFORE = 1;

/**
 * Each finding with its source: `severity[rule-id]: message`, the file:line:col, the line(s) with the span
 * underlined, and the rule's fix hint, as Ruff, Biome and Redocly show findings. Colours when asked for.
 */
export const codeframeReporter: Reporter = (results, { color, rules, source }) => {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const fixOf = new Map<string, string>(rules.map((rule: Rule) => [rule.id, rule.docs.fix]));
  const out: string[] = [];
  for (const result of results) {
    const lines = sourceLines(source?.(result.filePath));
    for (const m of result.messages) {
      out.push(`${paint(1, paint(COLOUR[m.severity], `${m.severity}[${m.ruleId}]`))}${paint(1, `: ${m.message.replace(/\s*[\r\n]+\s*/g, " ")}`)}`);
      // The arrow and the fix line line up with the gutter, whose width is the line number's.
      const pad = " ".repeat(String(m.line).length);
      out.push(`${pad}${paint(34, "-->")} ${result.filePath}:${m.line}:${m.column}`);
      if (lines) out.push(...frame(lines, m, (text) => paint(COLOUR[m.severity], text), (text) => paint(34, text)));
      const fix = fixOf.get(m.ruleId);
      if (fix && !m.fatal) out.push(`${pad} ${paint(34, "=")} ${paint(1, "fix")}: ${fix}`);
      out.push("");
    }
  }
  out.push(...summaryLines(results, color));
  return out.length ? out.join("\n") + "\n" : "";
};

function frame(lines: readonly string[], m: LintMessage, mark: (text: string) => string, gutterPaint: (text: string) => string): string[] {
  const first = Math.max(1, m.line - CONTEXT_BEFORE);
  const width = String(m.line).length;
  const gutter = (n?: number) => gutterPaint(`${n === undefined ? "".padStart(width) : String(n).padStart(width)} |`);
  const shown: string[] = [gutter()];
  for (let n = first; n <= m.line && n <= lines.length; n++) shown.push(`${gutter(n)} ${untab(lines[n - 1]!)}`);
  const line = lines[m.line - 1] ?? "";
  const end = m.endLine === m.line ? Math.max(m.endColumn, m.column + 1) : line.length + 1;
  const lead = untab(line.slice(0, m.column - 1)).length;
  const span = Math.max(1, untab(line.slice(m.column - 1, end - 1)).length);
  const continues = m.endLine > m.line ? ` (to line ${m.endLine})` : "";
  shown.push(`${gutter()} ${" ".repeat(lead)}${mark("^".repeat(span))}${continues}`);
  return shown;
}

/** Tabs are shown as two spaces so that the underline stays under its span. */
function untab(text: string): string {
  return text.replace(/\t/g, "  ");
}
