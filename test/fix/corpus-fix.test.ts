import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { lintFiles } from "../../src/engine/lint.js";
import { fixText } from "../../src/fix/fix-text.js";
import { loadText } from "../../src/load/index.js";
import type { LintMessage } from "../../src/engine/types.js";
import { staticListAsOneValue } from "../../src/model/mapping.js";

/**
 * Every real corpus file with a fixable finding is fixed: the fixed findings are gone, nothing new is
 * reported, and the document reads to the same data except for the fixed strings.
 */
const corpus = resolve(import.meta.dirname, "..", "..", "..", "shared", "corpus");

/** Differing leaves of two parsed documents, as [path, before, after]. */
function differences(before: unknown, after: unknown, path = ""): [string, unknown, unknown][] {
  if (typeof before === "object" && before !== null && typeof after === "object" && after !== null) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    // a fix may add entries after the existing ones (a header declaration), never drop or reorder any
    expect(Object.keys(after).slice(0, Object.keys(before).length), `keys at ${path}`).toEqual(Object.keys(before));
    return [...keys].flatMap((key) => differences((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], `${path}/${key}`));
  }
  return Object.is(before, after) ? [] : [[path, before, after]];
}

/** What a fix may do to one string: the changes the fixable rules make, and nothing else. */
function isFixedForm(before: unknown, after: unknown, where = ""): boolean {
  // response-header-undeclared: `method.response.header.X: false`, alone or in a new ResponseParameters map
  const declaration = (key: string, value: unknown) => /^method\.response\.header\.[^/]+$/.test(key) && value === false;
  if (before === undefined && /\/(ResponseParameters|responseParameters)$/.test(where) && typeof after === "object" && after !== null) {
    return Object.entries(after).every(([key, value]) => declaration(key, value));
  }
  if (before === undefined) return declaration(where.split("/").pop()!, after);
  if (typeof before !== "string" || typeof after !== "string") return false;
  return after === "POST" || after === before.toUpperCase() || after === before.replace(/\$\{stageVariables\./g, "${!stageVariables.") || after === staticListAsOneValue(before);
}

const key = (m: LintMessage) => `${m.ruleId}: ${m.message}`;

describe("--fix on the corpus", async () => {
  const results = await lintFiles(["."], { cwd: corpus });
  const fixable = results.filter((r) => r.messages.some((m) => m.fix));

  it("has files with fixable findings", () => {
    expect(fixable.length).toBeGreaterThan(0);
  });

  for (const result of fixable) {
    it(result.filePath, () => {
      const path = resolve(corpus, result.filePath);
      const text = readFileSync(path, "utf8");
      const outcome = fixText(text, path, { cwd: corpus });
      expect(outcome.output).not.toBe(text);
      const after = outcome.results.find((r) => r.filePath === result.filePath)!.messages;
      expect(after.filter((m) => m.fix)).toEqual([]);
      const fixedIds = new Set(outcome.fixed.map((m) => m.ruleId));
      for (const id of fixedIds) expect(after.filter((m) => m.ruleId === id).length).toBeLessThan(result.messages.filter((m) => m.ruleId === id).length);
      const before = new Set(result.messages.map(key));
      expect(after.map(key).filter((k) => !before.has(k))).toEqual([]);

      if (/\.(tf|tofu)$/.test(path)) {
        // The HCL loader keeps a jsonencode() body as one expression, so compare lines: only the fixed ones change.
        const beforeLines = text.split("\n");
        const changedLines = outcome.output.split("\n").map((line, n) => [beforeLines[n]!, line] as const).filter(([was, now]) => was !== now);
        expect(changedLines.length).toBe(outcome.applied);
        for (const [was, now] of changedLines) {
          const quoted = (line: string) => [...line.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
          const pairs = quoted(was).map((token, n) => [token, quoted(now)[n]] as const).filter(([a, b]) => a !== b);
          expect(was.replace(/"(?:[^"\\]|\\.)*"/g, '""'), "only one quoted value changes").toBe(now.replace(/"(?:[^"\\]|\\.)*"/g, '""'));
          expect(pairs.length === 1 && isFixedForm(pairs[0]![0], pairs[0]![1]), `${was} -> ${now}`).toBe(true);
        }
        return;
      }
      const parsedBefore = loadText(result.filePath, path, text).documents.map((d) => d.value);
      const parsedAfter = loadText(result.filePath, path, outcome.output).documents.map((d) => d.value);
      const changed = differences(parsedBefore, parsedAfter);
      expect(changed.length).toBe(outcome.applied);
      for (const [where, was, now] of changed) expect(isFixedForm(was, now, where), `${where}: ${String(was)} -> ${String(now)}`).toBe(true);
    });
  }
});
