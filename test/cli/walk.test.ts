import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, putIntegration } from "../config/fixtures.js";
import { INPUT_EXTENSIONS } from "../../src/discover/input-kinds.js";
import { run } from "./run.js";

const FINDING = "Timeout should be between 50 ms and 29000 ms: got 10.";
const reported = (stdout: string) => (JSON.parse(stdout) as { filePath: string; messages: unknown[] }[]).filter((r) => r.messages.length).map((r) => r.filePath);

/** A folder that is a git repository (the walk reads .gitignore files up to the repository root). */
function repository(files: Record<string, string>): string {
  const root = project(files);
  mkdirSync(join(root, ".git"));
  return root;
}

describe("folder walk: which files", () => {
  it("reads exactly the extensions of the input kinds list, in every folder but node_modules and .git", () => {
    const files: Record<string, string> = {};
    for (const name of ["a.json", "b.yaml", "c.yml", "d.template", "E.JSON", "f.json.tpl", "notes.txt", "main.go", "x.jsonl", ".aws-sam/build/t.json", ".github/i.json", "node_modules/p/i.json", "sub/.git/i.json"]) {
      files[name] = putIntegration(10);
    }
    for (const name of ["g.tf", "h.tofu"]) files[name] = terraformIntegration(10);
    const result = run(["-f", "json", "."], { cwd: project(files) });
    expect(result.code).toBe(1);
    expect(reported(result.stdout)).toEqual([".aws-sam/build/t.json", ".github/i.json", "a.json", "b.yaml", "c.yml", "d.template", "E.JSON", "f.json.tpl", "g.tf", "h.tofu"].sort((a, b) => a.localeCompare(b)));
    const extensions = reported(result.stdout).map((file) => file.slice(file.lastIndexOf(".") + 1).toLowerCase());
    expect(new Set(extensions)).toEqual(new Set(INPUT_EXTENSIONS));
  });

  it("skips what .gitignore files ignore (the repository's, above and below), unless --no-ignore", () => {
    const root = repository({
      ".gitignore": "cdk.out/\n*.generated.json\n",
      "api/.gitignore": "local/\n!keep.generated.json\n",
      "api/i.json": putIntegration(10),
      "api/local/i.json": putIntegration(10),
      "api/keep.generated.json": putIntegration(10),
      "api/drop.generated.json": putIntegration(10),
      "cdk.out/Stack.template.json": putIntegration(10),
    });
    expect(reported(run(["-f", "json"], { cwd: root }).stdout)).toEqual(["api/i.json", "api/keep.generated.json"]);
    // Walking a subfolder still applies the .gitignore above it, up to the repository root.
    expect(reported(run(["-f", "json", "api"], { cwd: root }).stdout)).toEqual(["api/i.json", "api/keep.generated.json"]);
    expect(reported(run(["-f", "json", "--no-ignore"], { cwd: root }).stdout)).toEqual([
      "api/drop.generated.json", "api/i.json", "api/keep.generated.json", "api/local/i.json", "cdk.out/Stack.template.json",
    ]);
  });

  it("a folder or file named explicitly is linted even when .gitignore ignores it", () => {
    const root = repository({ ".gitignore": "cdk.out/\n", "cdk.out/Stack.template.json": putIntegration(10), "cdk.out/asset/i.json": putIntegration(10) });
    expect(reported(run(["-f", "json", "cdk.out/"], { cwd: root }).stdout)).toEqual(["cdk.out/asset/i.json", "cdk.out/Stack.template.json"]);
    const named = run(["cdk.out/Stack.template.json"], { cwd: root });
    expect(named.code).toBe(1);
    expect(named.stdout).toContain(FINDING);
  });
});

describe("folder walk: files that do not parse", () => {
  const root = project({
    "jsconfig.json": '{\n  // comments are not JSON\n  "compilerOptions": {}\n}\n',
    "fixtures/broken.yaml": "key: [unclosed\n",
    "empty.json": "",
    "empty.yaml": "",
    "api/broken-openapi.yaml": "openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: [\n",
  });

  it("are skipped when they show no sign of an API definition, reported when they do", () => {
    const result = run(["."], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^api\/broken-openapi\.yaml:6:1: Invalid YAML: /)]);
  });

  it("empty JSON and empty YAML are skipped alike in a walk", () => {
    const clean = project({ "empty.json": "", "empty.yaml": " \n", "i.json": putIntegration(100) });
    expect(run(["."], { cwd: clean })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it.each([
    ["jsconfig.json", /^jsconfig\.json:2:3: Invalid JSON: /],
    ["fixtures/broken.yaml", /^fixtures\/broken\.yaml:2:1: Invalid YAML: /],
    ["empty.json", /^empty\.json:1:1: The file is empty: there is nothing to lint$/],
  ])("named explicitly, %s is still an input error (exit 2)", (file, expected) => {
    const result = run([file], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd()).toMatch(expected);
  });
});

describe("a file of a kind apigw-lint does not read, named explicitly", () => {
  it.each(["notes.txt", "main.go", "Makefile"])("%s: exit 2, one line naming the kinds it reads", (file) => {
    const result = run([file], { cwd: project({ [file]: 'resource "aws_api_gateway_integration" "x" {}\n' }) });
    expect(result).toEqual({ code: 2, stdout: expect.any(String), stderr: `${file}:1:1: File type not supported: apigw-lint reads .json, .yaml, .yml, .template, .tpl, .tf, .tofu files\n` });
  });

  it("a glob that matches only such files says so", () => {
    const result = run(["*.txt"], { cwd: project({ "notes.txt": "x" }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("*.txt:1:1: File type not supported: apigw-lint reads .json, .yaml, .yml, .template, .tpl, .tf, .tofu files\n");
  });
});

function terraformIntegration(timeout: number): string {
  return `resource "aws_api_gateway_integration" "i" {\n  rest_api_id = "a"\n  resource_id = "r"\n  http_method = "GET"\n  type = "MOCK"\n  timeout_milliseconds = ${timeout}\n}\n`;
}
