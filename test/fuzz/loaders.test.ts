import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadText } from "../../src/load/index.js";
import { loadYamlFast } from "../../src/load/yaml-fast.js";
import { loadYamlDocuments } from "../../src/load/yaml.js";
import { LineIndex } from "../../src/load/line-index.js";
import { yamlLib } from "../../src/load/yaml-lib.js";
import type { LoadedFile } from "../../src/load/types.js";
import { RUNS, SEED, mutate, mutation, reportSlowestAfterAll, settings, timed, TIMEOUT, yamlish } from "./fuzz-support.js";

/** What every load must give, whatever the input: no exception, one-line messages, positions inside the text. */
function expectSane(loaded: LoadedFile): void {
  const lineCount = loaded.text.split("\n").length;
  for (const problem of loaded.problems) {
    expect(problem.message).not.toMatch(/\n/);
    expect(problem.range.start.line).toBeGreaterThanOrEqual(1);
    expect(problem.range.start.line).toBeLessThanOrEqual(lineCount);
    expect(problem.range.start.column).toBeGreaterThanOrEqual(1);
  }
}

const plain = (value: unknown) => JSON.stringify(value);
const problemsOf = (problems: readonly { code: string; message: string; range: unknown }[]) => problems.map((p) => [p.code, p.message, p.range]);

describe(`loaders under fuzzing (seed ${SEED}, ${RUNS} runs)`, () => {
  it("JSON: any text loads or fails with a placed one-line error, never an exception", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => timed("json-any", () => expectSane(loadText("f.json", "/f.json", text)))), settings(RUNS));
  }, TIMEOUT);

  it("JSON: any value, however indented, loads to what JSON.parse gives, with no problem", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(0, 1, 2, "\t"), (value, indent) =>
        timed("json-value", () => {
          const text = JSON.stringify(value, null, indent);
          const loaded = loadText("f.json", "/f.json", text);
          expect(loaded.problems).toEqual([]);
          expect(plain(loaded.documents[0]!.value)).toBe(plain(JSON.parse(text)));
        }),
      ),
      settings(RUNS),
    );
  }, TIMEOUT);

  it("JSON: a mutated document loads or fails with a placed one-line error", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (value, edits) =>
        timed("json-mutated", () => expectSane(loadText("f.json", "/f.json", mutate(JSON.stringify(value, null, 2), edits)))),
      ),
      settings(RUNS),
    );
  }, TIMEOUT);

  it("YAML: any text loads or fails with a placed one-line error, never an exception", () => {
    fc.assert(fc.property(fc.oneof(yamlish, fc.string({ unit: "binary", maxLength: 120 })), (text) => timed("yaml-any", () => expectSane(loadText("f.yaml", "/f.yaml", text)))), settings(RUNS));
  }, TIMEOUT);

  it("YAML: the fast loader and the reference loader agree wherever both accept the text", () => {
    fc.assert(
      fc.property(yamlish, (text) =>
        timed("yaml-fast-vs-reference", () => {
          const fast = loadYamlFast("f.yaml", text, new LineIndex(text));
          if (!fast) return;
          const reference = loadYamlDocuments("f.yaml", text, new LineIndex(text));
          if (reference.problems.some((p) => p.fatal)) return;
          expect(fast.documents.map((d) => plain(d.value))).toEqual(reference.documents.map((d) => plain(d.value)));
          expect(problemsOf(fast.problems)).toEqual(problemsOf(reference.problems));
        }),
      ),
      settings(RUNS),
    );
  }, TIMEOUT);

  it("YAML: data written by the yaml package in any style loads alike in both loaders (the fast one mostly accepts it)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(2, 4), fc.constantFrom("any", "block", "flow") as fc.Arbitrary<"any" | "block" | "flow">, fc.boolean(), (value, indent, collectionStyle, quote) =>
        timed("yaml-stringified", () => {
          if (typeof value !== "object" || value === null) return;
          const text = yamlLib().stringify(value, { indent, collectionStyle, singleQuote: quote, lineWidth: 40 });
          const fast = loadYamlFast("f.yaml", text, new LineIndex(text));
          const reference = loadYamlDocuments("f.yaml", text, new LineIndex(text));
          expect(reference.problems.filter((p) => p.fatal)).toEqual([]);
          if (!fast) return;
          accepted++;
          expect(fast.documents.map((d) => plain(d.value))).toEqual(reference.documents.map((d) => plain(d.value)));
          expect(problemsOf(fast.problems)).toEqual(problemsOf(reference.problems));
        }),
      ),
      settings(RUNS),
    );
    expect(accepted).toBeGreaterThan(0);
  }, TIMEOUT);

  it("YAML: CloudFormation short-form tags load alike in both loaders", () => {
    const tag = fc.constantFrom("!Ref", "!Sub", "!GetAtt", "!Join", "!If", "!Select", "!Base64", "!ImportValue", "!Equals", "!Condition", "!Unknown");
    const value = fc.oneof(fc.constantFrom("Api", "Api.Arn", "${AWS::Region}", "x y", "''", '"q"', "[a, b]", "{k: v}", "[!Ref A, b]"), fc.stringMatching(/^[A-Za-z][\w.:]{0,8}$/));
    fc.assert(
      fc.property(fc.array(fc.tuple(tag, value), { minLength: 1, maxLength: 5 }), (pairs) =>
        timed("cfn-tags", () => {
          const text = `Resources:\n${pairs.map(([t, v], n) => `  K${n}: ${t} ${v}\n`).join("")}`;
          const loaded = loadText("t.yaml", "/t.yaml", text);
          expectSane(loaded);
          const reference = loadYamlDocuments("t.yaml", text, new LineIndex(text));
          if (reference.problems.some((p) => p.fatal)) return;
          expect(loaded.documents.map((d) => plain(d.value))).toEqual(reference.documents.map((d) => plain(d.value)));
        }),
      ),
      settings(RUNS),
    );
  }, TIMEOUT);
});

reportSlowestAfterAll();
