import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintFiles } from "../../src/engine/lint.js";
import { applyBaseline, readBaseline, updatedBaseline, writeBaseline, BaselineError } from "../../src/engine/baseline.js";
import { openapi, project } from "../config/fixtures.js";

const shown = (results: Awaited<ReturnType<typeof lintFiles>>) => results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId}`));

describe("baseline", () => {
  it("adopt: every current finding is recorded, and then none fails the run", async () => {
    const root = project({ "api.yaml": openapi({ "/a": 10, "/b": 10 }), "other.yaml": openapi({ "/c": 30000 }) });
    const results = await lintFiles(["."], { cwd: root });
    expect(shown(results)).toEqual(["api.yaml:11 timeout-out-of-range", "api.yaml:19 timeout-out-of-range", "other.yaml:11 timeout-out-of-range"]);
    const file = join(root, ".apigw-lint-baseline.json");
    writeBaseline(file, updatedBaseline(results, undefined, root, file));
    const baseline = readBaseline(file);
    // Two identical findings (same message, same line text, different paths) are two entries; counts add up.
    expect(baseline.entries.map((e) => `${e.file} ${e.ruleId} x${e.count}`)).toEqual(["api.yaml timeout-out-of-range x1", "api.yaml timeout-out-of-range x1", "other.yaml timeout-out-of-range x1"]);
    const applied = applyBaseline(results, baseline, root, file);
    expect(shown(applied)).toEqual([]);
    expect(applied.map((r) => r.suppressedMessages?.map((m) => m.suppressions[0]!.kind))).toEqual([["baseline", "baseline"], ["baseline"]]);
    expect(applied.map((r) => r.staleBaselineCount)).toEqual([undefined, undefined]);
  });

  it("moving code keeps findings matched; a new finding is reported; a fixed one leaves a stale entry", async () => {
    const root = project({ "api.yaml": openapi({ "/a": 10, "/b": 10 }) });
    const file = join(root, "baseline.json");
    writeBaseline(file, updatedBaseline(await lintFiles(["."], { cwd: root }), undefined, root, file));

    // Lines move (a comment block on top): still matched.
    writeFileSync(join(root, "api.yaml"), "# a\n# b\n# c\n" + openapi({ "/a": 10, "/b": 10 }));
    expect(shown(applyBaseline(await lintFiles(["."], { cwd: root }), readBaseline(file), root, file))).toEqual([]);

    // /b fixed, /c added with the same defect: /c is new (another path), /b's entry is stale.
    writeFileSync(join(root, "api.yaml"), openapi({ "/a": 10, "/b": 100, "/c": 10 }));
    const applied = applyBaseline(await lintFiles(["."], { cwd: root }), readBaseline(file), root, file);
    expect(shown(applied)).toEqual(["api.yaml:27 timeout-out-of-range"]);
    expect(applied[0]!.staleBaselineCount).toBe(1);
  });

  it("the same finding with a changed value is new (the message and text changed)", async () => {
    const root = project({ "api.yaml": openapi({ "/a": 10 }) });
    const file = join(root, "baseline.json");
    writeBaseline(file, updatedBaseline(await lintFiles(["."], { cwd: root }), undefined, root, file));
    writeFileSync(join(root, "api.yaml"), openapi({ "/a": 20 }));
    const applied = applyBaseline(await lintFiles(["."], { cwd: root }), readBaseline(file), root, file);
    expect(shown(applied)).toEqual(["api.yaml:11 timeout-out-of-range"]);
    expect(applied[0]!.staleBaselineCount).toBe(1);
  });

  it("update keeps the entries of files not linted in this run (pre-commit lints a few files)", async () => {
    const root = project({ "a.yaml": openapi({ "/a": 10 }), "b.yaml": openapi({ "/b": 10 }) });
    const file = join(root, "baseline.json");
    const first = updatedBaseline(await lintFiles(["."], { cwd: root }), undefined, root, file);
    writeFileSync(join(root, "a.yaml"), openapi({ "/a": 100 }));
    const second = updatedBaseline(await lintFiles(["a.yaml"], { cwd: root }), first, root, file);
    expect(second.entries.map((e) => e.file)).toEqual(["b.yaml"]);
  });

  it("paths are relative to the baseline file's folder", async () => {
    const root = project({ "api/x.yaml": openapi({ "/a": 10 }) });
    const file = join(root, "ci/baseline.json");
    mkdirSync(join(root, "ci"));
    writeBaseline(file, updatedBaseline(await lintFiles(["."], { cwd: root }), undefined, root, file));
    expect(readBaseline(file).entries[0]!.file).toBe("../api/x.yaml");
    expect(JSON.parse(readFileSync(file, "utf8")).format).toBe(1);
  });

  it("an unreadable or foreign baseline is an error with its path", () => {
    const root = project({ "b.json": '{"entries": 1}', "c.json": "{" });
    expect(() => readBaseline(join(root, "none.json"))).toThrow(BaselineError);
    expect(() => readBaseline(join(root, "b.json"))).toThrow(/Not an apigw-lint baseline/);
    expect(() => readBaseline(join(root, "c.json"))).toThrow(/not valid JSON/);
  });
});
