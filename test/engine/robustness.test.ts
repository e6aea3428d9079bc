import { readdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/lint.js";

/**
 * Bad input never crashes the engine: real files, damaged at seeded random places (truncated, cut,
 * stray indicators), or with values swapped for values of other types, lint to findings or input
 * diagnostics, never to an exception or an "Internal error".
 */
const corpus = resolve(__dirname, "../../../shared/corpus");

function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function corpusFiles(every: number): string[] {
  const files = ["openapi", "cfn", "cdk"].flatMap((dir) => readdirSync(join(corpus, dir)).sort().map((name) => join(corpus, dir, name)));
  return files.filter((_, n) => n % every === 0);
}

function crashes(text: string, filename: string): string[] {
  try {
    return lintText(text, filename, { cwd: "/" }).flatMap((r) => r.messages.filter((m) => /Internal error/.test(m.message)).map((m) => m.message));
  } catch (error) {
    return [`threw: ${(error as Error).stack?.split("\n").slice(0, 3).join(" | ")}`];
  }
}

describe("robustness on damaged real files", () => {
  it("text damage: truncation, cuts, stray YAML indicators, case changes", () => {
    const next = random(777);
    const found: string[] = [];
    for (const file of corpusFiles(3)) {
      const text = readFileSync(file, "utf8");
      const filename = extname(file) === ".json" ? "x.json" : "x.yaml";
      for (let kind = 0; kind < 4; kind++) {
        const a = Math.floor(next() * text.length);
        const b = Math.min(text.length, a + Math.floor(next() * 40));
        const damaged = [text.slice(0, a), text.slice(0, a) + text.slice(b), `${text.slice(0, a)}  \t{["'!&*${text.slice(a)}`, text.slice(0, a) + text.slice(a, b).toUpperCase() + text.slice(b)][kind]!;
        found.push(...crashes(damaged, filename).map((c) => `${file} (${kind}): ${c}`));
      }
    }
    expect(found).toEqual([]);
  });

  it("type damage: values replaced by values of other types", () => {
    const next = random(12345);
    const strange: unknown[] = [null, 0, -1, 1.5, true, "", "x", [], {}, [1, "a"], { a: { b: [] } }, "${stageVariables.x}", { "Fn::Sub": "x" }, { Ref: "Y" }];
    const mutate = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map((v) => (next() < 0.15 ? strange[Math.floor(next() * strange.length)] : mutate(v)));
      if (value && typeof value === "object") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, next() < 0.15 ? strange[Math.floor(next() * strange.length)] : mutate(v)]));
      }
      return value;
    };
    const found: string[] = [];
    for (const file of corpusFiles(2).filter((f) => f.endsWith(".json"))) {
      const value: unknown = JSON.parse(readFileSync(file, "utf8"));
      for (let n = 0; n < 4; n++) found.push(...crashes(JSON.stringify(mutate(value), null, 1), "x.json").map((c) => `${file}: ${c}`));
    }
    expect(found).toEqual([]);
  });
});
