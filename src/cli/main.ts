#!/usr/bin/env node
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs, UsageError, type CliOptions } from "./args.js";
import { HELP } from "./help.js";
import { EMPTY_FILE, inputErrorResult, lastRunStats, lintFiles, lintText } from "../engine/lint.js";
import { InputError, isTerraformFile, prepareHclParser } from "../load/index.js";
import type { LintOptions, LintResult } from "../engine/types.js";
import { loadReporter } from "../report/index.js";
import { rules } from "../../rules/index.js";
import { loadConfig } from "../config/load.js";
import { optionsForFile } from "../config/resolve.js";
import { ConfigError, type LoadedConfig } from "../config/types.js";
import { toolVersion } from "../config/package-root.js";
import { applyBaseline, BaselineError, readBaseline, updatedBaseline, writeBaseline } from "../engine/baseline.js";
import { cacheFilePath } from "../engine/cache.js";
import { lastPoolRun } from "../engine/pool.js";
import { writeFileAtomically } from "../engine/write-file.js";
import { decodeText, readRegularFile, reasonOf, ReadError } from "../load/read-file.js";
import { limitMessage, withDefaults } from "../load/limits.js";
import type { Severity } from "../rule-api.js";
import { unifiedDiff, writeFixes } from "../fix/write-fixes.js";
import { fixText } from "../fix/fix-text.js";

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export async function main(argv: readonly string[]): Promise<number> {
  // The language server reads its own transport flags (--stdio, --node-ipc, --socket=<port>) and runs until exit.
  if (argv.includes("--lsp")) {
    const { startServer } = await import("../lsp/server.js");
    startServer();
    return new Promise<number>(() => undefined);
  }
  let options: CliOptions;
  try {
    options = parseArgs(argv, Boolean(process.stdout.isTTY));
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  const cwd = process.cwd();
  let config: LoadedConfig | undefined;
  try {
    config = options.configLookup || options.configFile !== undefined ? loadConfig(cwd, options.configFile) : undefined;
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.diagnostic, false);
    throw error;
  }
  const lintOptions: LintOptions = {
    cwd,
    ...(config ? { config } : {}),
    ...(options.maxTimeout !== undefined ? { maxTimeout: options.maxTimeout } : {}),
    ...(options.apiKind ? { apiKind: options.apiKind } : {}),
    ...(options.endpointType ? { endpointType: options.endpointType } : {}),
    ...(Object.keys(options.limits).length ? { limits: options.limits } : {}),
    ...(options.projectRoot !== undefined ? { projectRoot: resolve(cwd, options.projectRoot) } : {}),
    ...(options.cache && !options.stdin ? { cacheFile: cacheFilePath(cwd, options.cacheLocation) } : {}),
    ...(options.gitignore ? {} : { respectGitignore: false }),
  };
  if (options.printConfig !== undefined) return printConfig(lintOptions, resolve(cwd, options.printConfig));

  let results: LintResult[];
  let stdinSource: { name: string; text: string } | undefined;
  if (options.stdin) {
    const name = options.stdinFilename ?? "<stdin>";
    const text = await readStdin(withDefaults(lintOptions.limits).maxFileBytes);
    if (text instanceof ReadError) return fail(`${name}:${text.line}:${text.column}: ${text.message}`, false);
    stdinSource = { name, text };
    if (isTerraformFile(name)) await prepareHclParser();
    // Empty standard input is an empty file named explicitly (a pipe that produced nothing), not a clean run.
    results = text.trim() === "" ? [inputErrorResult(new InputError(name, EMPTY_FILE))] : lintText(text, name, lintOptions);
    if (options.fix === "dry-run" && results[0]?.messages.every((message) => message.ruleId !== "input-error")) {
      const fixed = fixText(text, name, lintOptions);
      if (fixed.output !== text) process.stdout.write(unifiedDiff(name, text, fixed.output));
    }
  } else {
    results = await lintFiles(options.patterns.length ? options.patterns : ["."], lintOptions);
    if (lastRunStats.cacheWarning) process.stderr.write(`apigw-lint: warning: ${lastRunStats.cacheWarning}\n`);
    if (options.fix) {
      const run = await writeFixes(results, lintOptions, options.fix === "dry-run");
      if (run.diffs.length) process.stdout.write(run.diffs.join(""));
      if (run.errors.length) {
        process.stderr.write(run.errors.join("\n") + "\n");
        return 2;
      }
      // What is left after fixing is what the report shows.
      if (options.fix === "write" && run.changed.length) results = await lintFiles(options.patterns.length ? options.patterns : ["."], lintOptions);
    }
    if (process.env.APIGW_LINT_DEBUG?.split(",").includes("cache")) {
      process.stderr.write(`apigw-lint: cache: ${lastRunStats.cacheHits} hits, ${lastRunStats.filesParsed} files parsed of ${lastRunStats.filesLinted}\n`);
    }
    if (process.env.APIGW_LINT_DEBUG?.split(",").includes("pool")) {
      process.stderr.write(`apigw-lint: pool: ${lastPoolRun.workers} workers, ${lastPoolRun.filesOnWorkers} files linted on them\n`);
    }
  }

  if (options.baseline !== undefined) {
    const baselineFile = resolve(cwd, options.baseline);
    try {
      const previous = existsSync(baselineFile) || !options.updateBaseline ? readBaseline(baselineFile) : undefined;
      if (options.updateBaseline) {
        const next = updatedBaseline(results, previous, cwd, baselineFile);
        writeBaseline(baselineFile, next);
        process.stderr.write(`apigw-lint: wrote ${next.entries.reduce((n, e) => n + e.count, 0)} findings to ${options.baseline}\n`);
        results = applyBaseline(results, next, cwd, baselineFile);
      } else if (previous) results = applyBaseline(results, previous, cwd, baselineFile);
    } catch (error) {
      if (error instanceof BaselineError) return fail(error.message, false);
      throw error;
    }
  }
  if (options.quiet) results = results.map(onlyErrors);

  for (const output of options.outputs) {
    const reporter = await loadReporter(output.format);
    const color = options.color && output.file === undefined && (output.format === "text" || output.format === "codeframe");
    const text = reporter(results, { cwd, rules, toolVersion: toolVersion(), color, source: (file) => readSource(cwd, file, stdinSource, withDefaults(lintOptions.limits).maxFileBytes) });
    if (output.file !== undefined) {
      const problem = writeReport(resolve(cwd, output.file), text);
      if (problem) return fail(`cannot write the report to ${output.file}: ${problem}`);
    } else if (text) process.stdout.write(text);
  }

  // Input errors are also one line each on stderr, whatever the formats, so scripts and hooks see them.
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}:${m.line}:${m.column}: ${m.message.replace(/\s*\n\s*/g, " ")}`));
  if (fatal.length) process.stderr.write(fatal.join("\n") + "\n");
  if (fatal.length) return 2;
  const failing = results.reduce((n, r) => n + r.messages.filter((m) => RANK[m.severity] >= RANK[options.failSeverity]).length, 0);
  if (failing > 0) return 1;
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`apigw-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function fail(message: string, prefix = true): number {
  process.stderr.write(`${prefix ? "apigw-lint: " : ""}${message}\n`);
  return 2;
}

function printConfig(options: LintOptions, file: string): number {
  const effective = optionsForFile(options, file);
  const { cwd: _cwd, config, cacheFile: _cacheFile, ...settings } = effective;
  const printed = {
    configFile: config?.file ?? null,
    ...settings,
    rules: Object.fromEntries(rules.map((rule) => {
      const setting = settings.rules?.[rule.id];
      const normalized = typeof setting === "string" ? { severity: setting } : (setting ?? {});
      return [rule.id, { severity: normalized.severity ?? rule.severity, ...(normalized.options ? { options: normalized.options } : {}) }];
    })),
  };
  process.stdout.write(JSON.stringify(printed, null, 2) + "\n");
  return 0;
}

/**
 * A linted file's text for the reporters that quote it (codeframe, rdjson), read and decoded as the linter read
 * it: only a regular file within maxFileBytes (an input error about /dev/zero must not read /dev/zero), UTF-16
 * decoded, the byte order mark dropped so columns agree. Undefined when it cannot be read.
 */
function readSource(cwd: string, file: string, stdin: { name: string; text: string } | undefined, maxBytes: number): string | undefined {
  if (stdin && file === stdin.name) return stdin.text;
  try {
    return decodeText(readRegularFile(resolve(cwd, file), maxBytes));
  } catch {
    return undefined;
  }
}

/** Standard input, decoded as files are (UTF-16 with a BOM, invalid UTF-8 reported) and as bounded. */
async function readStdin(maxBytes: number): Promise<string | ReadError> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return new ReadError(limitMessage("maxFileBytes", maxBytes, `Standard input is larger than ${maxBytes} bytes`));
    chunks.push(chunk as Buffer);
  }
  try {
    return decodeText(Buffer.concat(chunks));
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === "error");
  return { ...result, messages, warningCount: 0, infoCount: 0 };
}

/**
 * Writes a report atomically (temp file + rename) into an existing folder: no folder is created for it,
 * and a failed write leaves no temp file behind. Returns why it failed, or undefined.
 */
function writeReport(path: string, text: string): string | undefined {
  const folder = dirname(path);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return `the folder ${folder} does not exist`;
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return "it is a folder";
  try {
    writeFileAtomically(path, text);
    return undefined;
  } catch (error) {
    return reasonOf(error);
  }
}

// A reader that stops early (`apigw-lint . | head`) closes the pipe: the rest of the report has nowhere to
// go and is dropped quietly, as other CLI tools do; the run still ends with its own exit code.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(`apigw-lint: cannot write the report: ${error.message}\n`);
  process.exit(2);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`apigw-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
