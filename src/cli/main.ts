#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { HELP, parseArgs, UsageError } from "./args.js";
import { lintFiles } from "../engine/lint.js";
import type { LintResult } from "../engine/types.js";
import { loadReporter } from "../report/index.js";
import { rules } from "../../rules/index.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseArgs(argv, Boolean(process.stdout.isTTY));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`apigw-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const cwd = process.cwd();
  let results: LintResult[] = await lintFiles(options.patterns.length ? options.patterns : ["."], {
    cwd,
    ...(options.maxTimeout !== undefined ? { maxTimeout: options.maxTimeout } : {}),
    ...(options.apiKind ? { apiKind: options.apiKind } : {}),
    ...(options.endpointType ? { endpointType: options.endpointType } : {}),
  });
  if (options.quiet) results = results.map(onlyErrors);
  const reporter = await loadReporter(options.format);
  const output = reporter(results, { cwd, rules, toolVersion: version(), color: options.color && !options.outputFile && options.format === "text" });
  if (options.outputFile) await writeAtomically(resolve(cwd, options.outputFile), output);
  else if (output) process.stdout.write(output);

  // Input errors go to stderr as one line each, whatever the format, so scripts see them.
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}:${m.line}:${m.column}: ${m.message}`));
  if (fatal.length && (options.format !== "text" || options.outputFile)) process.stderr.write(fatal.join("\n") + "\n");
  if (fatal.length) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`apigw-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === "error");
  return { ...result, messages, warningCount: 0, infoCount: 0 };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`apigw-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
