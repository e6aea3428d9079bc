import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, putIntegration } from "../config/fixtures.js";
import { CLI, run } from "./run.js";

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

  it("-o /dev/null writes into the device and leaves it a device (a rename would replace it as root)", () => {
    const root = project({ "i.json": putIntegration(10) });
    expect(run(["-o", "/dev/null", "i.json"], { cwd: root })).toEqual({ code: 1, stdout: "", stderr: "" });
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
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

describe("-f codeframe", () => {
  const file = '{\n  "type": "HTTP_PROXY",\n  "httpMethod": "GET",\n  "uri": "https://example.com/",\n  "timeoutInMillis": 10\n}\n';
  const expected = [
    "error[timeout-out-of-range]: Timeout should be between 50 ms and 29000 ms: got 10.",
    " --> t.json:5:22",
    "  |",
    '4 |   "uri": "https://example.com/",',
    '5 |   "timeoutInMillis": 10',
    "  |                      ^^",
    "  = fix: Use a value from 50 to 29000, or raise the account quota (REGIONAL/PRIVATE) and set `maxTimeout` (CLI `--max-timeout`) to it.",
    "",
    "\u2716 1 problem (1 error, 0 warnings, 0 info)",
    "",
  ].join("\n");

  it("shows the source line with the span underlined, the rule id, the message and the fix hint", () => {
    expect(run(["-f", "codeframe", "t.json"], { cwd: project({ "t.json": file }) })).toEqual({ code: 1, stdout: expected, stderr: "" });
  });

  it("quotes standard input too", () => {
    expect(run(["-f", "codeframe", "--stdin", "--stdin-filename", "t.json"], { cwd: project({}), input: file }).stdout).toBe(expected);
  });

  it("colours with --color, not in a pipe", () => {
    const coloured = run(["-f", "codeframe", "--color", "t.json"], { cwd: project({ "t.json": file }) }).stdout;
    expect(coloured).toContain("\u001b[31merror[timeout-out-of-range]\u001b[0m");
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(expected);
  });

  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
  it.skipIf(!hasScript)("in a terminal: colours, unless NO_COLOR is set (util-linux script gives it a terminal)", () => {
    const root = project({ "t.json": file });
    const inTerminal = (env: NodeJS.ProcessEnv) =>
      spawnSync("script", ["-qec", `"${process.execPath}" "${CLI}" -f codeframe t.json`, "/dev/null"], { cwd: root, encoding: "utf8", env }).stdout.replace(/\r\n/g, "\n");
    const { NO_COLOR: _unset, ...withoutNoColor } = process.env;
    expect(inTerminal(withoutNoColor)).toContain("\u001b[31m");
    expect(inTerminal({ ...withoutNoColor, NO_COLOR: "1" })).toBe(expected);
  });
});

describe("configuration validation", () => {
  it("an empty -c file is rejected (a file found by the lookup may be empty)", () => {
    const root = project({ "empty.yaml": "# nothing yet\n", "i.json": putIntegration(100) });
    expect(run(["-c", "empty.yaml", "i.json"], { cwd: root })).toEqual({ code: 2, stdout: "", stderr: "empty.yaml:1:1: The configuration file named with -c is empty: it holds no settings\n" });
    expect(run(["i.json"], { cwd: project({ "apigw-lint.config.yaml": "", "i.json": putIntegration(100) }) }).code).toBe(0);
  });

  it("every error is reported, in file order", () => {
    const config = [
      "maxTimout: 1000",
      "rules:",
      "  timeout-out-of-range: warn",
      "  no-such-rule: off",
      "  lambda-method-not-post: [warning, { max: 5 }]",
      "endpointType: regional",
      "overrides:",
      "  - rules: { timeout-out-of-range: { severity: error, options: { maxTimeout: 10 } } }",
      "",
    ].join("\n");
    const result = run(["i.json"], { cwd: project({ "apigw-lint.config.yaml": config, "i.json": putIntegration(100) }) });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      "apigw-lint.config.yaml:1:1: Unknown property 'maxTimout' in the configuration",
      'apigw-lint.config.yaml:3:25: rules.timeout-out-of-range must be a severity (off, info, warning, error), [severity, options] or { severity, options }, got "warn"',
      "apigw-lint.config.yaml:4:3: Unknown rule 'no-such-rule' in rules: see docs/rules/ for the rule ids",
      "apigw-lint.config.yaml:5:39: Unknown option 'max' for rule lambda-method-not-post (see docs/rules/lambda-method-not-post.md)",
      'apigw-lint.config.yaml:6:15: endpointType must be one of EDGE, REGIONAL, PRIVATE, got "regional"',
      "apigw-lint.config.yaml:8:5: overrides.0 needs the property 'files'",
      "apigw-lint.config.yaml:8:78: overrides.0.rules.timeout-out-of-range.options.maxTimeout must be at least 50, got 10",
    ]);
  });
});

describe("baseline validation", () => {
  const entry = { file: "i.json", ruleId: "timeout-out-of-range", message: "Timeout should be between 50 ms and 29000 ms: got 10.", fingerprint: "x", count: 1 };
  it.each([
    // The first problem in file order: entry 0 (at its start) lacks ruleId, before its file is seen to be a number.
    ['{"format":1,"entries":[{"file":1}]}', "1:24: Invalid baseline entry: entries.0 needs the property 'ruleId'"],
    [JSON.stringify({ format: 1, entries: [entry, { ...entry, count: 0 }, { ...entry, rule: "x" }] }, null, 2), "16:16: Invalid baseline entry: entries.1.count must be at least 1, got 0"],
    [JSON.stringify({ format: 1, entries: [entry, { ...entry, fingerprint: undefined }] }, null, 2), "11:5: Invalid baseline entry: entries.1 needs the property 'fingerprint'"],
    ['{"format":2,"entries":[]}', "1:11: Invalid baseline entry: format must be 1, got 2"],
    ['{"format":1,"entries":{}}', "1:23: Invalid baseline entry: entries must be an array, got {}"],
    ['{"entries":[]}', '1:1: Not an apigw-lint baseline (expected {"format": 1, "entries": [...]})'],
    ["[]", '1:1: Not an apigw-lint baseline (expected {"format": 1, "entries": [...]})'],
  ])("%s: exit 2 at the first bad entry", (baseline, where) => {
    const root = project({ "baseline.json": baseline, "i.json": putIntegration(10) });
    const result = run(["--baseline", "baseline.json", "i.json"], { cwd: root });
    expect(result).toEqual({ code: 2, stdout: "", stderr: `${join(root, "baseline.json")}:${where}${where.includes("Invalid") ? " (rewrite it with --update-baseline)" : ""}\n` });
  });

  it("a valid baseline is accepted", () => {
    const root = project({ "i.json": putIntegration(10) });
    expect(run(["--baseline", "b.json", "--update-baseline", "i.json"], { cwd: root }).code).toBe(0);
    expect(run(["--baseline", "b.json", "i.json"], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
