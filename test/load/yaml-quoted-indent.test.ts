import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { loadText } from "../../src/load/index.js";
import { LineIndex } from "../../src/load/line-index.js";
import { loadYamlDocuments, yamlComments } from "../../src/load/yaml.js";
import { loadYamlFast } from "../../src/load/yaml-fast.js";
import { loadYamlFastLikeCloudFormation } from "../../src/load/yaml-fast-reindented.js";
import { lintText } from "../../src/api.js";
import { snapshot } from "./snapshot.js";

/**
 * Issue 16, case 5: multi-line quoted scalars whose continuation lines are indented no deeper than their
 * key. PyYAML (the SAM CLI) and CloudFormation read them; strict YAML 1.2 (`yaml`) does not. The fixture is
 * a reduction of an OpenAPI file a deployed sample pulls in with AWS::Include (see fixtures/MANIFEST.tsv).
 */
const fixture = readFileSync(resolve(import.meta.dirname, "fixtures", "order-manager-api.yaml"), "utf8");
const putTemplate = ["paths", "/orders/{id}", "put", "x-amazon-apigateway-integration", "requestTemplates", "application/json", "Fn::Sub"];

/** What PyYAML 6.0.3 reads for the put operation's template (yaml.load with a CloudFormation-tag loader). */
const PYYAML_PUT_TEMPLATE =
  "\n#set($orderId = $input.params('id'))\n#set($action = $input.params('action'))\n{\n   \"input\": \"{\\\"action\\\":\\\"$action\\\",\\\"orderId\\\":\\\"$orderId\\\"}\",\n    \"stateMachineArn\":\"${OrderManagerStateMachine}\"\n}";

function referenceLoad(text: string) {
  const lines = new LineIndex(text);
  const { documents, problems } = loadYamlDocuments("f.yaml", text, lines);
  return { documents: documents.map((d) => ({ index: d.index, nodes: snapshot(d.value), root: d.locateAll([{ path: [], part: "value" }]) })), problems, comments: yamlComments(text, lines) };
}

function fastLoad(text: string) {
  const lines = new LineIndex(text);
  let reason = "";
  const declined = loadYamlFast("f.yaml", text, lines, (why) => (reason = why));
  const result = declined ?? loadYamlFastLikeCloudFormation("f.yaml", text, lines, reason);
  if (!result) return { declined: reason };
  return { documents: result.documents.map((d) => ({ index: d.index, nodes: snapshot(d.value), root: d.locateAll([{ path: [], part: "value" }]) })), problems: result.problems, comments: result.comments };
}

describe("quoted scalars with under-indented continuation lines", () => {
  it("the fixture is one that strict YAML 1.2 rejects", () => {
    expect(parseAllDocuments(fixture).flatMap((doc) => doc.errors.map((e) => e.code))).toContain("MISSING_CHAR");
  });

  it("load as PyYAML reads them, with positions in the file itself", () => {
    const file = loadText("api.yaml", "/api.yaml", fixture);
    expect(file.problems).toEqual([]);
    const doc = file.documents[0]!;
    let node: unknown = doc.value;
    for (const key of putTemplate) node = (node as Record<string, unknown>)[key];
    expect(node).toBe(PYYAML_PUT_TEMPLATE);
    const [template, passthrough] = doc.locateAll([
      { path: putTemplate, part: "value" },
      { path: ["paths", "/orders/{id}", "put", "x-amazon-apigateway-integration", "passthroughBehavior"], part: "key" },
    ]);
    expect(template).toEqual({ start: { line: 54, column: 15 }, end: { line: 58, column: 17 } });
    expect(passthrough).toEqual({ start: { line: 60, column: 9 }, end: { line: 60, column: 28 } });
  });

  it("the fast loader and the reference loader agree on every node, offset, problem and comment", () => {
    const withComments = fixture.replace("        passthroughBehavior: \"when_no_templates\"\n        type: \"aws\"\ncomponents", "        passthroughBehavior: \"when_no_templates\" # after\n        type: \"aws\"\ncomponents");
    for (const text of [fixture, withComments, 'a:\n  Fn::Sub: "one\n  two" # c\nb: !Foo x\n', "- k: 'it''s\nhere'\n- {a: 1,\nb: \"x\ny\"}\n"]) {
      const fast = fastLoad(text);
      expect(fast, "the fast loader declined").not.toHaveProperty("declined");
      expect(fast).toEqual(referenceLoad(text));
    }
  });

  it("single quotes and sequence items, as PyYAML reads them", () => {
    const file = loadText("t.yaml", "/t.yaml", "a:\n  Fn::Sub: 'one\n  two'\nb:\n- \"x\ny\"\n");
    expect(file.problems).toEqual([]);
    expect(file.documents[0]!.value).toEqual({ a: { "Fn::Sub": "one two" }, b: ["x y"] });
  });

  it("what PyYAML rejects stays a syntax error: a document marker inside quotes, an under-indented plain scalar", () => {
    expect(loadText("t.yaml", "/t.yaml", 'k: "one\n---\ntwo"\n').problems.map((p) => p.code)).toEqual(["syntax-error"]);
    expect(loadText("t.yaml", "/t.yaml", "a:\n  Fn::Sub: one\n  two\n").problems.map((p) => p.code)).toEqual(["syntax-error"]);
  });

  it("the integrations are linted instead of the file failing with exit 2", () => {
    const [result] = lintText(fixture, "api.yaml", { cwd: "/" });
    expect(result!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ["passthrough-behavior-unsupported-media-type", "info", 30, 30],
      ["passthrough-behavior-unsupported-media-type", "info", 60, 30],
    ]);
  });
});
