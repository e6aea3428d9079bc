import { describe, expect, it } from "vitest";
import { loadText } from "../../src/load/index.js";
import { reindentFlowContinuations } from "../../src/load/yaml-flow-indent.js";

/** CloudFormation accepts flow collections whose continuation lines are not indented past their key. */
describe("under-indented flow continuation lines", () => {
  const template = [
    "Resources:",
    "  Model:",
    "    Type: AWS::ApiGateway::Model",
    "    Properties:",
    '      Schema: {"type": "object",',
    '      "title": "Stats"}',
    "      Tags: [a,",
    "      b]",
    "      Name: stats",
    "",
  ].join("\n");

  it("load as CloudFormation reads them, with positions in the file itself", () => {
    const file = loadText("t.yaml", "/t.yaml", template);
    expect(file.problems).toEqual([]);
    const doc = file.documents[0]!;
    expect(doc.value).toEqual({
      Resources: { Model: { Type: "AWS::ApiGateway::Model", Properties: { Schema: { type: "object", title: "Stats" }, Tags: ["a", "b"], Name: "stats" } } },
    });
    const [title, b, name] = doc.locateAll([
      { path: ["Resources", "Model", "Properties", "Schema", "title"], part: "value" },
      { path: ["Resources", "Model", "Properties", "Tags", 1], part: "value" },
      { path: ["Resources", "Model", "Properties", "Name"], part: "key" },
    ]);
    expect(title).toEqual({ start: { line: 6, column: 16 }, end: { line: 6, column: 23 } });
    expect(b).toEqual({ start: { line: 8, column: 7 }, end: { line: 8, column: 8 } });
    expect(name).toEqual({ start: { line: 9, column: 7 }, end: { line: 9, column: 11 } });
  });

  it("leaves block scalars alone, even when they hold brackets", () => {
    const text = ["Body: |", "  {", "  x", "Other: [1,", "2]", ""].join("\n");
    const reindented = reindentFlowContinuations(text)!;
    expect(reindented.text).toBe(["Body: |", "  {", "  x", "Other: [1,", " 2]", ""].join("\n"));
    expect(reindented.toOriginal(reindented.text.indexOf("2]"))).toBe(text.indexOf("2]"));
  });

  it("a file that is wrong in another way keeps its syntax error", () => {
    const file = loadText("t.yaml", "/t.yaml", "a: {b: 1,\nc: [2}\n");
    expect(file.problems.map((p) => p.code)).toContain("syntax-error");
  });

  it("a well-indented file is not touched", () => {
    expect(reindentFlowContinuations("a: {b: 1,\n  c: 2}\n")).toBeUndefined();
  });
});
