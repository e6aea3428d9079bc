import { resolve } from "node:path";
import { discoverFiles, toRelative } from "../discover/files.js";
import { InputError, loadFile, loadText } from "../load/index.js";
import "../extract/register.js";
import { lintLoadedFile, sortMessages, summarize } from "./lint-document.js";
import type { LintMessage, LintOptions, LintResult } from "./types.js";

export type { LintMessage, LintOptions, LintResult } from "./types.js";

/** Lints files, directories and globs; the one entry point of the CLI, the library API and the editor. */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  let files: string[];
  try {
    files = await discoverFiles(patterns, cwd);
  } catch (error) {
    if (error instanceof InputError) return [inputErrorResult(error)];
    throw error;
  }
  const results: LintResult[] = [];
  for (const file of files) {
    try {
      const loaded = await loadFile(file, cwd);
      results.push(...lintLoadedFile(loaded, options, cwd));
    } catch (error) {
      if (error instanceof InputError) results.push(inputErrorResult(error));
      else results.push(inputErrorResult(new InputError(file, `Internal error while linting: ${(error as Error).message}`)));
    }
  }
  return mergeByFile(results);
}

/** Lints text held in memory (stdin, an editor buffer). `filePath` decides the format and relative paths. */
export function lintText(text: string, filePath: string, options: LintOptions = {}): LintResult[] {
  const cwd = resolve(options.cwd ?? process.cwd());
  const absolute = resolve(cwd, filePath);
  const loaded = loadText(toRelative(cwd, absolute), absolute, text);
  return mergeByFile(lintLoadedFile(loaded, options, cwd));
}

function inputErrorResult(error: InputError): LintResult {
  const message: LintMessage = {
    ruleId: "input-error",
    severity: "error",
    message: error.message,
    line: error.line,
    column: error.column,
    endLine: error.line,
    endColumn: error.column,
    fatal: true,
  };
  return summarize(error.file, [message], 0);
}

/** A referenced file can collect findings from several linted files: one result per file. */
function mergeByFile(results: readonly LintResult[]): LintResult[] {
  const byFile = new Map<string, LintResult>();
  for (const result of results) {
    const existing = byFile.get(result.filePath);
    if (!existing) {
      byFile.set(result.filePath, result);
      continue;
    }
    const seen = new Set(existing.messages.map((m) => JSON.stringify(m)));
    const messages = [...existing.messages, ...result.messages.filter((m) => !seen.has(JSON.stringify(m)))];
    byFile.set(result.filePath, summarize(result.filePath, sortMessages(messages), existing.integrationCount + result.integrationCount));
  }
  return [...byFile.values()].sort((a, b) => a.filePath.localeCompare(b.filePath));
}
