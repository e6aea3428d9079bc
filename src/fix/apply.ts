import type { LintFix, LintMessage } from "../engine/types.js";

/**
 * Applies fixes to a text: each edit replaces its own span and nothing else. Edits that overlap an earlier
 * one are left for the next pass (the file is linted again in between), as ESLint does.
 */
export function applyFixes(text: string, fixes: readonly LintFix[]): { readonly output: string; readonly applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || end < start || end > text.length) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied++;
  }
  return { output: output + text.slice(cursor), applied };
}

/** The fixes among a file's findings. */
export function fixesOf(messages: readonly LintMessage[]): LintFix[] {
  return messages.flatMap((message) => (message.fix ? [message.fix] : []));
}
