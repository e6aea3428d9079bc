import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/lint.js";

const ROOT = resolve(__dirname, "../..");

/** The YAML blocks of the README's Suppressions section, in order. */
function suppressionExamples(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Suppressions"), readme.indexOf("\n## ", readme.indexOf("## Suppressions") + 1));
  return [...section.matchAll(/```yaml\n([^]*?)```/g)].map((match) => match[1]!);
}

describe("README suppression examples, copied as they are", () => {
  it("there are two: comments in an OpenAPI file, Metadata in a CloudFormation template", () => {
    expect(suppressionExamples()).toHaveLength(2);
  });

  it.each([
    [0, ["timeout-out-of-range", "http-uri-placeholder-unmapped", "request-parameter-undeclared"]],
    [1, ["timeout-out-of-range"]],
  ])("example %i lints clean (no unused-suppression): every directive silences a finding", (index, silenced) => {
    const [result] = lintText(suppressionExamples()[index]!, "example.yaml", { cwd: ROOT });
    expect(result!.messages).toEqual([]);
    expect(result!.suppressedMessages!.map((m) => m.ruleId)).toEqual(silenced);
  });
});
