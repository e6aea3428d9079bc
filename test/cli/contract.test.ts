import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, putIntegration } from "../config/fixtures.js";
import { run } from "./run.js";

describe("-o with no -f: the output file's extension picks the format", () => {
  it.each([
    ["report.json", (text: string) => expect(JSON.parse(text)[0].filePath).toBe("i.json")],
    ["report.sarif", (text: string) => expect(JSON.parse(text).version).toBe("2.1.0")],
    ["report.xml", (text: string) => expect(text).toMatch(/^<\?xml[^]*<testsuites name="apigw-lint"/)],
    ["report.txt", (text: string) => expect(text).toMatch(/^i\.json\n {2}5:22 {2}error {2}Timeout/)],
  ])("%s", (file, check) => {
    const root = project({ "i.json": putIntegration(10) });
    const result = run(["-o", file, "i.json"], { cwd: root });
    expect(result).toEqual({ code: 1, stdout: "", stderr: "" });
    check(readFileSync(join(root, file), "utf8"));
  });

  it("an -f before the -o wins over the extension", () => {
    const root = project({ "i.json": putIntegration(10) });
    expect(run(["-f", "text", "-o", "report.json", "i.json"], { cwd: root }).code).toBe(1);
    expect(readFileSync(join(root, "report.json"), "utf8")).toMatch(/^i\.json\n/);
  });
});

describe("--stdin", () => {
  it.each([[""], ["\n  \n"]])("empty input %j is an empty file named explicitly: exit 2", (input) => {
    const result = run(["--stdin"], { cwd: project({}), input });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("<stdin>:1:1: The file is empty: there is nothing to lint\n");
    expect(run(["--stdin", "--stdin-filename", "api.yaml"], { cwd: project({}), input }).stderr).toBe("api.yaml:1:1: The file is empty: there is nothing to lint\n");
  });
});
