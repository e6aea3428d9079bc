import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { discoverFiles, toRelative } from "../discover/files.js";
import { InputError, isTerraformFile, loadFile, loadText } from "../load/index.js";
import { withDefaults } from "../load/limits.js";
import { readRegularFile } from "../load/read-file.js";
import "../extract/register.js";
import { showsApiMarkers } from "../extract/index.js";
import { lintLoadedFile, sortMessages, summarize, type LintFileObserver } from "./lint-document.js";
import { clearRelatedFileCache, loadedAsRelated, shareLoadedFile } from "./related.js";
import { isIgnored, optionsForFile } from "../config/resolve.js";
import { CONFIG_FILE_NAMES } from "../config/load.js";
import { cacheKey, hashContent, LintCache } from "./cache.js";
import { rules } from "../../rules/index.js";
import { toolVersion } from "../config/package-root.js";
import type { LintMessage, LintOptions, LintResult, SuppressedMessage } from "./types.js";
import { lintAll } from "./pool.js";

export type { LintMessage, LintOptions, LintResult } from "./types.js";

export const EMPTY_FILE = "The file is empty: there is nothing to lint";

/** Counters of the last lintFiles run (tests and APIGW_LINT_DEBUG=cache read them). */
export const lastRunStats: { filesLinted: number; filesParsed: number; cacheHits: number; cacheWarning?: string } = { filesLinted: 0, filesParsed: 0, cacheHits: 0 };

/** Lints files, directories and globs; the one entry point of the CLI, the library API and the editor. */
export async function lintFiles(patterns: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  Object.assign(lastRunStats, { filesLinted: 0, filesParsed: 0, cacheHits: 0, cacheWarning: undefined });
  clearRelatedFileCache();
  let files: string[];
  const unreadable: InputError[] = [];
  try {
    files = await discoverFiles(patterns, cwd, { respectGitignore: options.respectGitignore ?? true, unreadable });
  } catch (error) {
    if (error instanceof InputError) return [inputErrorResult(error)];
    throw error;
  }
  const named = await explicitlyNamed(patterns, cwd);
  // Configuration files and the cache file are never API definitions, though pre-commit and a folder
  // walk hand them over like any other YAML/JSON file.
  files = files.filter((file) => {
    const absolute = resolve(cwd, file);
    return !CONFIG_FILE_NAMES.includes(basename(file) as never) && absolute !== options.cacheFile && !isIgnored(options.config, absolute);
  });
  const cache = options.cacheFile ? new LintCache(options.cacheFile, cacheKey(toolVersion(), rules.map((r) => r.id), options)) : undefined;
  const results: LintResult[] = [];
  // Many files spread over worker threads (pool.ts); a result cache keeps the run on this thread.
  const setup = cache ? undefined : { options, cwd, named: [...named] };
  // A Terraform module (the .tf files of one folder) stays on one thread: each file's lint loads the others.
  const module = (file: string) => (isTerraformFile(file) ? dirname(resolve(cwd, file)) : undefined);
  for (const perFile of await lintAll(files, (file) => lintOneFile(file, options, cwd, named.has(file), cache), setup, module)) results.push(...perFile);
  lastRunStats.cacheWarning = cache?.save();
  return mergeByFile([...results, ...unreadable.map(inputErrorResult)]);
}

/** One file, from the cache when it is unchanged; never throws (an unreadable file is an input error). */
export async function lintOneFile(file: string, options: LintOptions, cwd: string, named: boolean, cache: LintCache | undefined): Promise<readonly LintResult[]> {
  lastRunStats.filesLinted++;
  try {
    const absolute = resolve(cwd, file);
    const fileOptions = optionsForFile(options, absolute);
    const limits = withDefaults(fileOptions.limits);
    let hash: string | undefined;
    if (cache) {
      let bytes: Buffer | undefined;
      try {
        bytes = readRegularFile(absolute, limits.maxFileBytes);
      } catch {
        bytes = undefined;
      }
      if (named && bytes?.toString("utf8").trim() === "") throw new InputError(file, EMPTY_FILE);
      hash = bytes ? hashContent(bytes.toString("utf8")) : undefined;
      const cached = hash ? cache.lookup(file, hash) : undefined;
      if (cached) {
        lastRunStats.cacheHits++;
        return cached;
      }
    }
    const deadline = performance.now() + limits.maxFileMillis;
    let loaded = loadedAsRelated(file, absolute, limits);
    if (!loaded) {
      loaded = await loadFile(file, cwd, limits);
      lastRunStats.filesParsed++;
      shareLoadedFile(loaded, cwd, limits);
    }
    if (loaded.text.trim() === "") {
      if (named) throw new InputError(file, EMPTY_FILE);
      return [summarize(file, [], 0)]; // an empty file met in a folder walk holds nothing to lint, JSON or YAML alike
    }
    // In a folder walk, a file that does not parse (a jsconfig.json with comments, a broken test fixture) is
    // skipped unless its text shows the markers of an API definition; a file named explicitly is always reported.
    if (!named && loaded.problems.some((p) => p.fatal) && !showsApiMarkers(loaded.text)) return [summarize(file, [], 0)];
    const related = new Map<string, string>();
    const results = lintLoadedFile(loaded, fileOptions, cwd, {
      relatedLoaded: (other) => related.set(other.absolutePath, hashContent(other.text)),
      deadline,
    });
    if (cache && hash) cache.store(file, hash, related, results);
    return results;
  } catch (error) {
    if (error instanceof InputError) return [inputErrorResult(error)];
    return [inputErrorResult(new InputError(file, `Internal error while linting: ${(error as Error).message}`))];
  }
}

/** Files named one by one on the command line: an empty one is an input error, not a silent skip. */
async function explicitlyNamed(patterns: readonly string[], cwd: string): Promise<Set<string>> {
  const named = new Set<string>();
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    if ((await stat(absolute).catch(() => undefined))?.isFile()) named.add(toRelative(cwd, absolute));
  }
  return named;
}

/**
 * Lints text held in memory (stdin, an editor buffer). `filePath` decides the format, the config and relative paths.
 * `load` stands in for loadText (the language server re-reads only the edited part of a buffer).
 */
export function lintText(text: string, filePath: string, options: LintOptions = {}, observer?: LintFileObserver, load: typeof loadText = loadText): LintResult[] {
  const cwd = resolve(options.cwd ?? process.cwd());
  const absolute = resolve(cwd, filePath);
  if (isIgnored(options.config, absolute)) return [];
  const fileOptions = optionsForFile(options, absolute);
  const limits = withDefaults(fileOptions.limits);
  const deadline = performance.now() + limits.maxFileMillis;
  const loaded = load(toRelative(cwd, absolute), absolute, text, limits);
  try {
    return mergeByFile(lintLoadedFile(loaded, fileOptions, cwd, { ...observer, deadline }));
  } catch (error) {
    if (error instanceof InputError) return [inputErrorResult(error)];
    throw error;
  }
}

export function inputErrorResult(error: InputError): LintResult {
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
    const messages = union(existing.messages, result.messages);
    const suppressed = union(existing.suppressedMessages ?? [], result.suppressedMessages ?? []);
    byFile.set(result.filePath, summarize(result.filePath, sortMessages(messages), existing.integrationCount + result.integrationCount, suppressed));
  }
  return [...byFile.values()].sort((a, b) => a.filePath.localeCompare(b.filePath));
}

function union<T extends LintMessage | SuppressedMessage>(first: readonly T[], second: readonly T[]): T[] {
  const seen = new Set(first.map((m) => JSON.stringify(m)));
  return [...first, ...second.filter((m) => !seen.has(JSON.stringify(m)))];
}
