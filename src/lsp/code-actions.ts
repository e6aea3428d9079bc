import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { diffWordsWithSpace } from "diff";
import { loadText } from "../load/index.js";
import type { DiagnosticData } from "./diagnostics.js";
import { SOURCE } from "./diagnostics.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

/** Findings that are not rules (the file could not be read) cannot be switched off by a comment. */
const NOT_SUPPRESSIBLE = new Set(["input-error", "syntax-error", "unused-suppression", "suppression-reason-missing"]);

/** Per diagnostic: the rule's quick fix (when it has one) and "disable <rule> for this line". */
export function quickFixes(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const yaml = !/\.json$/i.test(document.uri) && !/^jsonc?$/i.test(document.languageId);
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== "string") continue;
    const data = (diagnostic.data ?? {}) as DiagnosticData;
    if (data.fix && (data.version === undefined || data.version === document.version)) {
      const edit: TextEdit = { range: { start: document.positionAt(data.fix.range[0]), end: document.positionAt(data.fix.range[1]) }, newText: data.fix.text };
      actions.push({
        title: `${data.fix.title} (${diagnostic.code})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        // Rules attach a fix only when its result is certain: safe to apply on a keystroke.
        isPreferred: true,
        edit: { changes: { [document.uri]: [edit] } },
      });
    }
    if (NOT_SUPPRESSIBLE.has(diagnostic.code)) continue;
    const disable = yaml ? disableForLine(document, diagnostic) : disableInConfig(diagnostic);
    if (disable) actions.push(disable);
  }
  return actions;
}

/**
 * YAML: a comment on the line above, indented like the finding's line, with a reason to fill in. Inside a
 * block scalar or a multi-line string that line would become part of the value, so the comment is offered
 * only where the document still reads to the same data with it.
 */
function disableForLine(document: TextDocument, diagnostic: Diagnostic): CodeAction | undefined {
  const line = diagnostic.range.start.line;
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? "";
  const comment = `${indent}# apigw-lint-disable-next-line ${String(diagnostic.code)} -- reason\n`;
  const whole = document.getText();
  const at = document.offsetAt({ line, character: 0 });
  if (!sameData(whole, whole.slice(0, at) + comment + whole.slice(at))) return undefined;
  return {
    title: `Disable ${String(diagnostic.code)} for this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: comment }],
      },
    },
  };
}

function sameData(before: string, after: string): boolean {
  const read = (text: string) => {
    const loaded = loadText("document.yaml", "/document.yaml", text);
    return loaded.problems.some((p) => p.fatal) ? undefined : JSON.stringify(loaded.documents.map((d) => d.value));
  };
  const original = read(before);
  return original !== undefined && original === read(after);
}

/** JSON has no comments: the way to silence one finding is a configuration override with "pointers". */
function disableInConfig(diagnostic: Diagnostic): CodeAction {
  return {
    title: `Disable ${String(diagnostic.code)} here`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    disabled: {
      reason: `JSON has no comments: add to the configuration file "overrides": [{ "files": ["<this file>"], "pointers": ["/path/to/node"], "rules": { "${String(diagnostic.code)}": "off" } }]`,
    },
  };
}

/** The fixed text as edits of the changed words only (a word diff): the rest stays untouched. */
export function minimalEdits(document: TextDocument, fixed: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let offset = 0;
  let pending: { start: number; end: number; text: string } | undefined;
  const flush = () => {
    if (pending) edits.push({ range: { start: document.positionAt(pending.start), end: document.positionAt(pending.end) }, newText: pending.text });
    pending = undefined;
  };
  for (const part of diffWordsWithSpace(document.getText(), fixed)) {
    if (!part.added && !part.removed) {
      flush();
      offset += part.value.length;
      continue;
    }
    pending ??= { start: offset, end: offset, text: "" };
    if (part.removed) {
      offset += part.value.length;
      pending.end = offset;
    } else pending.text += part.value;
  }
  flush();
  return edits;
}
