import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { createRequire } from "node:module";
import type { LintOptions, LintResult } from "../engine/types.js";
import { fixText } from "./fix-text.js";
import { writeFileAtomically } from "../engine/write-file.js";

export interface FixRun {
  /** Files rewritten (or, in a dry run, that would be). */
  readonly changed: readonly string[];
  /** One unified diff per changed file (dry run), in file order. */
  readonly diffs: readonly string[];
  /** `file:line:col: message` lines for files that could not be written (exit 2). */
  readonly errors: readonly string[];
}

/**
 * `--fix` / `--fix-dry-run`: every file with a fixable finding is fixed until stable (src/fix/fix-text.ts).
 * A write goes to a temporary file beside the original and is renamed over it, keeping the file's mode,
 * so a reader never sees half a file. A file without write permission is never touched (even for root).
 */
export async function writeFixes(results: readonly LintResult[], options: LintOptions, dryRun: boolean): Promise<FixRun> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const changed: string[] = [], diffs: string[] = [], errors: string[] = [];
  for (const result of results) {
    if (!result.messages.some((m) => m.fix) || result.fatalErrorCount > 0) continue;
    const path = resolve(cwd, result.filePath);
    const bytes = await readFile(path);
    // The linter decoded UTF-16 to find these fixes; writing the text back as UTF-8 would change the encoding.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      errors.push(`${result.filePath}:1:1: --fix does not rewrite UTF-16 files (left unchanged): save it as UTF-8 to fix it`);
      continue;
    }
    const original = bytes.toString("utf8");
    const { output } = fixText(original, path, options);
    if (output === original) continue;
    changed.push(result.filePath);
    if (dryRun) {
      diffs.push(unifiedDiff(result.filePath, original, output));
      continue;
    }
    const { mode } = await stat(path);
    if ((mode & 0o222) === 0) {
      errors.push(`${result.filePath}:1:1: --fix cannot write the file: it is read-only (left unchanged)`);
      continue;
    }
    try {
      writeFileAtomically(path, output, mode & 0o7777);
    } catch (error) {
      errors.push(`${result.filePath}:1:1: --fix cannot write the file: ${(error as Error).message} (left unchanged)`);
    }
  }
  return { changed, diffs, errors };
}

let diffLib: typeof import("diff") | undefined;

/** `git diff` style: a/ and b/ names, three lines of context. */
export function unifiedDiff(file: string, before: string, after: string): string {
  // Loaded here, not at the top: only --fix-dry-run prints diffs, and a plain lint should not pay for jsdiff.
  diffLib ??= createRequire(import.meta.url)("diff") as typeof import("diff");
  const { createTwoFilesPatch } = diffLib;
  // jsdiff ends the file lines with a tab before the (empty) header; git's format has none.
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, "", "", { context: 3 }).replace(/^=+\n/, "").replace(/^((?:---|\+\+\+) .*)\t$/gm, "$1");
}
