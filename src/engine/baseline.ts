import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { loadText } from "../load/index.js";
import { packageRoot } from "../config/package-root.js";
import { describeSchemaError, type Validator } from "../config/schema-errors.js";
import { decodeText, readRegularFile, reasonOf, ReadError } from "../load/read-file.js";
import { loadJson } from "../load/json.js";
import { LineIndex } from "../load/line-index.js";

/** A baseline larger than this is not read. */
const MAX_BASELINE_BYTES = 1024 * 1024 * 1024;
import type { LintMessage, LintResult, SuppressedMessage } from "./types.js";
import { summarize } from "./lint-document.js";
import { writeFileAtomically } from "./write-file.js";

/**
 * The baseline (`--baseline FILE`): findings accepted when the linter was adopted. A finding is matched by
 * file, rule, message and content fingerprint (never by line number), so moving code around keeps it
 * matched, while a new finding, or the same defect on another line of text, is reported. Identical
 * findings are counted. Entries that match nothing are "stale": reported, never failing the run, pruned by
 * `--update-baseline`.
 */

export const BASELINE_FORMAT = 1;

export interface BaselineEntry {
  /** Relative to the baseline file's folder, with forward slashes. */
  readonly file: string;
  readonly ruleId: string;
  readonly message: string;
  readonly fingerprint: string;
  readonly count: number;
}

export interface Baseline {
  readonly format: number;
  readonly entries: readonly BaselineEntry[];
}

export class BaselineError extends Error {}

export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = decodeText(readRegularFile(path, MAX_BASELINE_BYTES));
  } catch (error) {
    const reason = error instanceof ReadError ? error.message.replace(/^Cannot read file: /, "") : String(error);
    throw new BaselineError(`${path}:1:1: Cannot read the baseline: ${reason === "no such file or directory" ? "no such file (create it with --update-baseline)" : reason}`);
  }
  let data: Baseline;
  try {
    data = JSON.parse(text) as Baseline;
  } catch {
    // The JSON loader words the error on one line and places it.
    const problem = loadJson(path, text, new LineIndex(text)).problems.find((p) => p.fatal);
    const at = problem ? `${problem.range.start.line}:${problem.range.start.column}` : "1:1";
    throw new BaselineError(`${path}:${at}: The baseline is not valid JSON: ${problem?.message.replace(/^Invalid JSON: /, "") ?? "unreadable"}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data) || !("format" in data)) {
    throw new BaselineError(`${path}:1:1: Not an apigw-lint baseline (expected {"format": ${BASELINE_FORMAT}, "entries": [...]})`);
  }
  const validate = baselineValidator();
  if (!validate(data)) {
    // The first problem in the file, at its position (the file is re-read with positions only now).
    const [doc] = loadText(path, path, text).documents;
    const problems = (validate.errors ?? []).map((error) => describeSchemaError(error, data, "the baseline"));
    const ranges = doc ? doc.locateAll(problems.map((p) => ({ path: p.path, part: p.part }))) : [];
    const located = problems.map((p, n) => ({ line: ranges[n]?.start.line ?? 1, column: ranges[n]?.start.column ?? 1, message: p.message }));
    const first = located.sort((a, b) => a.line - b.line || a.column - b.column)[0]!;
    throw new BaselineError(`${path}:${first.line}:${first.column}: Invalid baseline entry: ${first.message} (rewrite it with --update-baseline)`);
  }
  return data;
}

/** Built ahead of time from schemas/apigw-lint-baseline.schema.json by scripts/build-validators.mjs. */
let validator: Validator | undefined;
function baselineValidator(): Validator {
  validator ??= createRequire(import.meta.url)(join(packageRoot(), "schemas/generated/baseline-validator.cjs")) as Validator;
  return validator;
}

const keyOf = (file: string, m: Pick<LintMessage, "ruleId" | "message" | "fingerprint">) => `${file}\u0000${m.ruleId}\u0000${m.message}\u0000${m.fingerprint ?? ""}`;

/** Maps result paths (relative to cwd) to baseline paths (relative to the baseline's folder) and back. */
function pathMapper(cwd: string, baselineFile: string): (resultPath: string) => string {
  const base = dirname(resolve(cwd, baselineFile));
  return (resultPath) => relative(base, resolve(cwd, resultPath)).split(sep).join("/");
}

/** Moves baselined findings to suppressedMessages and counts the stale entries of every linted file. */
export function applyBaseline(results: readonly LintResult[], baseline: Baseline, cwd: string, baselineFile: string): LintResult[] {
  const toBaselinePath = pathMapper(cwd, baselineFile);
  const remaining = new Map<string, number>();
  for (const entry of baseline.entries) remaining.set(keyOf(entry.file, entry), (remaining.get(keyOf(entry.file, entry)) ?? 0) + entry.count);
  const filesWithEntries = new Set(baseline.entries.map((e) => e.file));
  return results.map((result) => {
    const file = toBaselinePath(result.filePath);
    if (!filesWithEntries.has(file)) return result;
    const kept: LintMessage[] = [];
    const suppressed: SuppressedMessage[] = [...(result.suppressedMessages ?? [])];
    for (const message of result.messages) {
      const key = keyOf(file, message);
      const left = message.fatal ? 0 : (remaining.get(key) ?? 0);
      if (left > 0) {
        remaining.set(key, left - 1);
        suppressed.push({ ...message, suppressions: [{ kind: "baseline", justification: "" }] });
      } else kept.push(message);
    }
    let stale = 0;
    const counted = new Set<string>();
    for (const entry of baseline.entries) {
      const key = keyOf(file, entry);
      if (entry.file !== file || counted.has(key)) continue;
      counted.add(key);
      stale += remaining.get(key) ?? 0;
    }
    const summary = summarize(result.filePath, kept, result.integrationCount, suppressed);
    return stale ? { ...summary, staleBaselineCount: stale } : summary;
  });
}

/** The baseline after this run: current findings for the files linted now, earlier entries for the others. */
export function updatedBaseline(results: readonly LintResult[], previous: Baseline | undefined, cwd: string, baselineFile: string): Baseline {
  const toBaselinePath = pathMapper(cwd, baselineFile);
  const linted = new Set(results.map((r) => toBaselinePath(r.filePath)));
  const counts = new Map<string, BaselineEntry>();
  for (const result of results) {
    const file = toBaselinePath(result.filePath);
    const baselined = (result.suppressedMessages ?? []).filter((m) => m.suppressions.some((s) => s.kind === "baseline"));
    for (const message of [...result.messages, ...baselined]) {
      if (message.fatal) continue;
      const key = keyOf(file, message);
      const entry = counts.get(key);
      counts.set(key, { file, ruleId: message.ruleId, message: message.message, fingerprint: message.fingerprint ?? "", count: (entry?.count ?? 0) + 1 });
    }
  }
  const kept = (previous?.entries ?? []).filter((entry) => !linted.has(entry.file));
  const entries = [...kept, ...counts.values()].sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message) || a.fingerprint.localeCompare(b.fingerprint));
  return { format: BASELINE_FORMAT, entries };
}

/** Temp file + rename: an interrupted run never leaves half a baseline. No folder is created for it. */
export function writeBaseline(path: string, baseline: Baseline): void {
  try {
    writeFileAtomically(path, JSON.stringify(baseline, null, 2) + "\n");
  } catch (error) {
    throw new BaselineError(`${path}:1:1: Cannot write the baseline: ${reasonOf(error)}`);
  }
}
