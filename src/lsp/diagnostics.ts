import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from "vscode-languageserver";
import type { LintMessage } from "../engine/types.js";
import type { Severity } from "../rule-api.js";
import { packageRoot } from "../config/package-root.js";

export const SOURCE = "apigw-lint";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries for the code actions: the rule's fix, in offsets of the text it was computed on. */
export interface DiagnosticData {
  readonly fix?: LintMessage["fix"];
  /** The document version the offsets belong to (a stale fix is not offered). */
  readonly version?: number;
}

const docUrls = new Map<string, string>();
/** The rule's page, shipped in the package (docs/rules/<id>.md): works offline, as linting does. */
export function ruleDocUrl(ruleId: string): string {
  let url = docUrls.get(ruleId);
  if (url === undefined) docUrls.set(ruleId, (url = pathToFileURL(join(packageRoot(), "docs", "rules", `${ruleId}.md`)).href));
  return url;
}

/** A CLI finding as an LSP diagnostic: the same id, message, severity and range (LSP counts from 0). */
export function toDiagnostic(message: LintMessage, version?: number): Diagnostic {
  const data: DiagnosticData = { ...(message.fix ? { fix: message.fix } : {}), ...(version !== undefined ? { version } : {}) };
  const known = !message.fatal || message.ruleId !== "input-error";
  return {
    range: {
      start: { line: message.line - 1, character: message.column - 1 },
      end: { line: message.endLine - 1, character: Math.max(message.endColumn - 1, message.line === message.endLine ? message.column - 1 : 0) },
    },
    severity: SEVERITY[message.severity],
    source: SOURCE,
    code: message.ruleId,
    ...(known ? { codeDescription: { href: ruleDocUrl(message.ruleId) } } : {}),
    message: message.message,
    ...(message.ruleId === "unused-suppression" ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    data,
  };
}
