import { resolve } from "node:path";
import { lintText } from "../engine/lint.js";
import { toRelative } from "../discover/files.js";
import type { LintMessage, LintOptions, LintResult } from "../engine/types.js";
import { applyFixes, fixesOf } from "./apply.js";

/** A fix can make another one possible (or move it): a few passes settle any real file. */
export const MAX_PASSES = 10;

const BOM = 0xfeff;

export interface FixOutcome {
  /** The text after every pass (equal to the input when nothing was fixable). */
  readonly output: string;
  /** How many edits were applied in all. */
  readonly applied: number;
  /** The findings that were fixed away, as first reported. */
  readonly fixed: readonly LintMessage[];
  /** The results of linting the fixed text: what is left. */
  readonly results: LintResult[];
}

/**
 * Fixes one file's text until it is stable: lint, apply the file's own fixes, lint again. The shared core of
 * `--fix`, `--fix-dry-run`, the editor's fix-all and the rule pages. Findings reported in other files
 * ($ref'd, AWS::Include'd) are fixed when that file itself is fixed.
 */
export function fixText(text: string, filePath: string, options: LintOptions = {}): FixOutcome {
  // Fix offsets count from after a byte order mark (the loaders drop it): edit the text without it, keep it on output.
  if (text.charCodeAt(0) === BOM) {
    const outcome = fixText(text.slice(1), filePath, options);
    return { ...outcome, output: String.fromCharCode(BOM) + outcome.output };
  }
  const cwd = resolve(options.cwd ?? process.cwd());
  const own = toRelative(cwd, resolve(cwd, filePath));
  const ownMessages = (results: readonly LintResult[]) => results.find((r) => r.filePath === own)?.messages ?? [];
  let output = text;
  let applied = 0;
  let results = lintText(output, filePath, options);
  const fixed: LintMessage[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const messages = ownMessages(results);
    if (messages.some((m) => m.fatal)) break;
    const fixes = fixesOf(messages);
    if (fixes.length === 0) break;
    const next = applyFixes(output, fixes);
    if (next.applied === 0 || next.output === output) break;
    fixed.push(...messages.filter((m) => m.fix));
    output = next.output;
    applied += next.applied;
    results = lintText(output, filePath, options);
  }
  return { output, applied, fixed, results };
}
