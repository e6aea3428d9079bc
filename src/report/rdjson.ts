import type { LintMessage } from "../engine/types.js";
import { DOCS_BASE } from "./sarif.js";
import { sourceLines, utf8Column } from "./source-lines.js";
import type { Reporter } from "./types.js";

const SEVERITY = { error: "ERROR", warning: "WARNING", info: "INFO" } as const;

/** The fix a message may carry, in ESLint's shape (offsets into the file's text). */
interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/**
 * reviewdog's Diagnostic Format (rdjson, `reviewdog -f=rdjson`): one DiagnosticResult with every finding.
 * Columns are UTF-8 byte columns, as the format defines them (from the file's text when it can be read).
 * `suggestions` carries a message's `fix` when it has one (rules marked fixable).
 */
export const rdjsonReporter: Reporter = (results, { source }) => {
  const diagnostics = results.flatMap((result) => {
    const text = source?.(result.filePath);
    const lines = sourceLines(text);
    const position = (line: number, column: number) => ({ line, column: utf8Column(lines?.[line - 1], column) });
    return result.messages.map((m) => {
      const suggestions = text === undefined ? [] : suggestionsOf(m, text, position);
      return {
        message: m.message,
        location: { path: result.filePath, range: { start: position(m.line, m.column), end: position(m.endLine, m.endColumn) } },
        severity: SEVERITY[m.severity],
        code: { value: m.ruleId, url: `${DOCS_BASE}${m.ruleId}.md` },
        ...(suggestions.length ? { suggestions } : {}),
      };
    });
  });
  return JSON.stringify({ source: { name: "apigw-lint", url: "https://github.com/apigw-lint/apigw-lint" }, diagnostics }, null, 2) + "\n";
};

function suggestionsOf(message: LintMessage, text: string, position: (line: number, column: number) => { line: number; column: number }) {
  const fix = (message as LintMessage & { fix?: TextEdit }).fix;
  if (!fix) return [];
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split(/\r?\n|\r/).length;
    return position(line, offset - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")));
  };
  return [{ range: { start: at(fix.range[0]), end: at(fix.range[1]) }, text: fix.text }];
}
