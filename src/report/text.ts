import type { LintResult } from "../engine/types.js";
import type { Reporter } from "./types.js";

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** ESLint's "stylish": the file, then `line:col  severity  message  rule-id`, then a summary line. */
export const textReporter: Reporter = (results, { color }) => {
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push(paint(color, 4, result.filePath));
    const rows = result.messages.map((m) => [`${m.line}:${m.column}`, m.severity, m.message.replace(/\s*[\r\n]+\s*/g, " "), m.ruleId] as const);
    const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
    for (const [where, severity, message, ruleId] of rows) {
      const sev = severity === "error" ? paint(color, 31, severity.padEnd(width[1]!)) : severity === "warning" ? paint(color, 33, severity.padEnd(width[1]!)) : paint(color, 36, severity.padEnd(width[1]!));
      out.push(`  ${paint(color, 2, where.padEnd(width[0]!))}  ${sev}  ${message}  ${paint(color, 2, ruleId)}`);
    }
    out.push("");
  }
  out.push(...summaryLines(results, color));
  return out.length ? out.join("\n") + "\n" : "";
};

/** The closing lines both terminal formats print: the count of problems, and stale baseline entries. */
export function summaryLines(results: readonly LintResult[], color: boolean): string[] {
  const out: string[] = [];
  let errors = 0, warnings = 0, infos = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
  }
  const total = errors + warnings + infos;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (total > 0) {
    const summary = `${total === 1 ? "1 problem" : `${total} problems`} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info)`;
    out.push(paint(color, errors ? 31 : 33, `\u2716 ${summary}`));
  }
  const stale = results.reduce((n, r) => n + (r.staleBaselineCount ?? 0), 0);
  if (stale > 0) {
    out.push(stale === 1
      ? "note: 1 baseline entry no longer matches any finding; prune it with --update-baseline."
      : `note: ${stale} baseline entries no longer match any finding; prune them with --update-baseline.`);
  }
  return out;
}
