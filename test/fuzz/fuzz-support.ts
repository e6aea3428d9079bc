import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll } from "vitest";

/**
 * Shared by the property tests: a fixed seed and a modest number of runs in `npm test`; `npm run fuzz`
 * sets FUZZ_RUNS (100,000 by default) and may set FUZZ_SEED for a different search.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
export const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

/** Per-test timeout: vitest's default (60 s) in `npm test`, hours in a long run. */
export const TIMEOUT = process.env.FUZZ_RUNS ? 6 * 3600_000 : undefined;

/** Runs through the whole engine cost milliseconds: a tenth of the runs, at least 30. */
export const ENGINE_RUNS = Math.max(30, Math.floor(RUNS / 10));

export function settings(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns, endOnFailure: true };
}

/** Slowest case of each property, printed at the end of a long run (the fuzz report). */
export const slowest = new Map<string, { ms: number; cases: number }>();

export function timed<T>(property: string, body: () => T): T {
  const started = performance.now();
  try {
    return body();
  } finally {
    const ms = performance.now() - started;
    const entry = slowest.get(property) ?? { ms: 0, cases: 0 };
    slowest.set(property, { ms: Math.max(entry.ms, ms), cases: entry.cases + 1 });
  }
}

/** In a long run (`npm run fuzz`), prints each property's case count and slowest case when the file ends. */
export function reportSlowestAfterAll(): void {
  afterAll(() => {
    if (!process.env.FUZZ_RUNS) return;
    for (const [property, { ms, cases }] of slowest) process.stdout.write(`fuzz ${property}: ${cases} cases, slowest ${ms.toFixed(1)} ms\n`);
  });
}

const corpusRoot = resolve(__dirname, "../../../shared/corpus");

/** API definitions of the shared corpus (path relative to it, text), for mutation. */
export function corpusFiles(): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|ya?ml|template)$/.test(name) && statSync(path).size < 200_000) files.push({ name: path.slice(corpusRoot.length + 1), text: readFileSync(path, "utf8") });
    }
  };
  try {
    walk(corpusRoot);
  } catch {
    // No shared corpus next to this checkout: the generated inputs still run.
  }
  return files;
}

/** YAML-shaped text: the tokens that make the loaders branch, in any order. */
export const yamlish = fc
  .array(
    fc.constantFrom(
      "a", "key", "0", "1.5", "true", "~", "null", ":", ": ", " ", "  ", "\n", "\n  ", "\r\n", "- ", "-", "{", "}", "[", "]", ", ",
      "&x ", "*x", "&y ", "*y", "!Ref ", "!Sub ", "!GetAtt ", "!If ", "!Foo ", "!!str ", "'", "''", '"', '\\"', "#", " # c", "|",
      "|-\n  ", ">\n  ", "---\n", "...\n", "? ", "%YAML 1.2\n", "\t", "\\", "<<: ", "é", "\u2028",
    ),
    { maxLength: 60 },
  )
  .map((tokens) => tokens.join(""));

/** A text edit: delete, insert or replace a few characters at a position given as a fraction of the length. */
export const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 8 }),
  insert: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("{", "}", "[", "]", '"', "'", ":", "\n", "  ", "- ", "*a", "&a ", "!Ref ", "#", "\u0000", "\\u12")),
});

export function mutate(text: string, edits: readonly { at: number; remove: number; insert: string }[]): string {
  let result = text;
  for (const edit of edits) {
    const at = Math.floor(edit.at * result.length);
    result = result.slice(0, at) + edit.insert + result.slice(at + edit.remove);
  }
  return result;
}
