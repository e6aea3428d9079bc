import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { openapi, project, putIntegration } from "../config/fixtures.js";
import { run } from "./run.js";

const ROOT = resolve(__dirname, "../..");

describe("exit codes", () => {
  it("0: clean, and files with no integration are skipped silently", () => {
    const root = project({ "api.yaml": openapi({ "/a": 100 }), "notes.yaml": "title: not an API\n", "package.json": "{}", "data.json": "[1, 2]" });
    expect(run(["api.yaml", "notes.yaml", "data.json"], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(run([], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("1: an error", () => {
    const result = run(["i.json"], { cwd: project({ "i.json": putIntegration(10) }) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("i.json\n  5:22  error  Timeout should be between 50 ms and 29000 ms: got 10.  timeout-out-of-range\n\n\u2716 1 problem (1 error, 0 warnings, 0 info)\n");
  });

  it("2: a usage error, one line, no stack", () => {
    expect(run(["--bogus"], { cwd: ROOT })).toEqual({ code: 2, stdout: "", stderr: "apigw-lint: Unknown option '--bogus' (see --help)\n" });
    expect(run(["-f", "xml"], { cwd: ROOT }).stderr).toBe("apigw-lint: Unknown format 'xml': use one of text, json, sarif, github, junit, checkstyle, rdjson, codeframe\n");
    expect(run(["-f", "json", "-f", "text"], { cwd: ROOT }).stderr).toBe("apigw-lint: Only one report can go to stdout: give every other -f its -o <file>\n");
    expect(run(["--update-baseline"], { cwd: ROOT }).code).toBe(2);
  });

  it("2: a bad configuration, with file:line:col", () => {
    const root = project({ "apigw-lint.config.yaml": "rules:\n  timeout-out-of-range: warn\n", "i.json": putIntegration(100) });
    expect(run(["i.json"], { cwd: root })).toEqual({
      code: 2,
      stdout: "",
      stderr: 'apigw-lint.config.yaml:2:25: rules.timeout-out-of-range must be a severity (off, info, warning, error), [severity, options] or { severity, options }, got "warn"\n',
    });
  });
});

describe("bad input: one line file:line:col on stderr, exit 2, no stack trace", () => {
  const root = project({
    "binary.json": "\u0000\u0001PK",
    "invalid.json": '{\n  "type": "MOCK",\n}\n',
    "invalid.yaml": "openapi: 3.0.1\npaths: [\n",
    "empty.yaml": "",
    "dir/empty.yaml": "",
  });
  it.each([
    ["binary.json", "binary.json:1:1: Cannot lint a binary file (it contains NUL bytes)"],
    ["invalid.json", /^invalid\.json:3:1: Invalid JSON: /],
    ["invalid.yaml", /^invalid\.yaml:3:1: Invalid YAML: /],
    ["empty.yaml", "empty.yaml:1:1: The file is empty: there is nothing to lint"],
    ["missing.yaml", "missing.yaml:1:1: No such file or directory"],
    ["nothing/*.yaml", "nothing/*.yaml:1:1: No files match this pattern"],
  ])("%s", (file, expected) => {
    for (const format of ["text", "json", "sarif"]) {
      const result = run(["-f", format, file], { cwd: root });
      expect(result.code).toBe(2);
      const lines = result.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      if (typeof expected === "string") expect(lines[0]).toBe(expected);
      else expect(lines[0]).toMatch(expected);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("an empty file found in a folder is skipped", () => {
    expect(run(["dir"], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});

describe("failing the run", () => {
  // 30000 ms is an error by default (the default quota); the configuration makes it this project's warning.
  const root = project({ "w.yaml": openapi({ "/a": 30000 }), "apigw-lint.config.yaml": "rules:\n  timeout-out-of-range: warning\n" });
  it("warnings pass by default, fail with --fail-severity warning or --max-warnings 0", () => {
    expect(run(["w.yaml"], { cwd: root }).code).toBe(0);
    expect(run(["--fail-severity", "warning", "w.yaml"], { cwd: root }).code).toBe(1);
    expect(run(["--fail-severity=info", "w.yaml"], { cwd: root }).code).toBe(1);
    expect(run(["--max-warnings", "0", "w.yaml"], { cwd: root })).toMatchObject({ code: 1, stderr: "apigw-lint found too many warnings (maximum: 0).\n" });
    expect(run(["--max-warnings", "1", "w.yaml"], { cwd: root }).code).toBe(0);
  });

  it("--quiet reports errors only; --max-timeout, --endpoint-type and --api-kind still apply", () => {
    expect(run(["--quiet", "w.yaml"], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(run(["--max-timeout", "60000", "--endpoint-type", "REGIONAL", "--fail-severity", "warning", "w.yaml"], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(run(["--api-kind", "rest", "w.yaml"], { cwd: root }).code).toBe(0);
    expect(run(["--api-kind", "SOAP", "w.yaml"], { cwd: root }).stderr).toBe("apigw-lint: --api-kind takes REST, HTTP, got 'SOAP'\n");
  });
});

describe("several reports in one run", () => {
  it("-f sarif -o FILE -f text: SARIF to the file, text to stdout", () => {
    const root = project({ "i.json": putIntegration(10) });
    mkdirSync(join(root, "out"));
    const result = run(["-f", "sarif", "-o", "out/results.sarif", "-f", "text", "-f", "junit", "-o", "junit.xml", "i.json"], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^i\.json\n {2}5:22 {2}error/);
    expect(JSON.parse(readFileSync(join(root, "out/results.sarif"), "utf8")).runs[0].results).toHaveLength(1);
    expect(readFileSync(join(root, "junit.xml"), "utf8")).toMatch(/<testsuite name="i.json" tests="1" failures="1"/);
  });

  it("-o into a missing folder or onto a folder: one line, exit 2, no folder created, no temp file left", () => {
    const root = project({ "i.json": putIntegration(10) });
    const missing = run(["-f", "json", "-o", "out/r.json", "i.json"], { cwd: root });
    expect(missing).toMatchObject({ code: 2, stderr: `apigw-lint: cannot write the report to out/r.json: the folder ${join(root, "out")} does not exist\n` });
    expect(existsSync(join(root, "out"))).toBe(false);
    mkdirSync(join(root, "r.json"));
    expect(run(["-f", "json", "-o", "r.json", "i.json"], { cwd: root })).toMatchObject({ code: 2, stderr: "apigw-lint: cannot write the report to r.json: it is a folder\n" });
    expect(readdirSync(root).sort()).toEqual(["i.json", "r.json"]);
  });

  it("-o before -f belongs to the first -f (the old single-report form)", () => {
    const root = project({ "i.json": putIntegration(10) });
    expect(run(["-o", "r.json", "-f", "json", "i.json"], { cwd: root })).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(join(root, "r.json"), "utf8"))[0].errorCount).toBe(1);
  });

  it("-f github prints workflow commands", () => {
    const root = project({ "i.json": putIntegration(10) });
    expect(run(["-f", "github", "i.json"], { cwd: root }).stdout).toBe(
      "::error file=i.json,line=5,endLine=5,col=22,endColumn=24,title=timeout-out-of-range::Timeout should be between 50 ms and 29000 ms: got 10. (timeout-out-of-range)\n",
    );
  });
});

describe("--stdin", () => {
  it("lints standard input under --stdin-filename (its extension picks the parser)", () => {
    const root = project({});
    expect(run(["--stdin", "--stdin-filename", "api/i.json", "-f", "json"], { cwd: root, input: putIntegration(10) })).toMatchObject({ code: 1 });
    const json = JSON.parse(run(["--stdin", "--stdin-filename", "api/i.json", "-f", "json"], { cwd: root, input: putIntegration(10) }).stdout);
    expect(json[0].filePath).toBe("api/i.json");
    expect(run(["--stdin", "--stdin-filename", "x.yaml"], { cwd: root, input: openapi({ "/a": 100 }) })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(run(["--stdin"], { cwd: root, input: "openapi: [\n" })).toMatchObject({ code: 2, stderr: expect.stringMatching(/^<stdin>:2:1: Invalid YAML/) });
  });

  it("configuration overrides match the stdin file name", () => {
    const root = project({ "apigw-lint.config.yaml": "overrides:\n  - files: ['legacy/*.json']\n    rules: { timeout-out-of-range: off }\n" });
    expect(run(["--stdin", "--stdin-filename", "legacy/i.json"], { cwd: root, input: putIntegration(10) }).code).toBe(0);
    expect(run(["--stdin", "--stdin-filename", "new/i.json"], { cwd: root, input: putIntegration(10) }).code).toBe(1);
  });
});

describe("configuration on the command line", () => {
  it("-c names the file; --no-config-lookup ignores the one found", () => {
    const root = project({ "apigw-lint.config.yaml": "rules: { timeout-out-of-range: off }\n", "strict.yaml": "rules: { timeout-out-of-range: error }\n", "i.json": putIntegration(10) });
    expect(run(["i.json"], { cwd: root }).code).toBe(0);
    expect(run(["-c", "strict.yaml", "i.json"], { cwd: root }).code).toBe(1);
    expect(run(["--no-config-lookup", "i.json"], { cwd: root }).code).toBe(1);
  });

  it("--print-config prints the settings for a file", () => {
    const root = project({ "apigw-lint.config.yaml": "maxTimeout: 60000\noverrides:\n  - files: ['legacy/**']\n    rules: { timeout-out-of-range: [warning, { maxTimeout: 90000 }] }\n" });
    const printed = JSON.parse(run(["--print-config", "legacy/a.yaml", "--api-kind", "HTTP"], { cwd: root }).stdout);
    expect(printed.configFile).toBe(join(root, "apigw-lint.config.yaml"));
    expect(printed.maxTimeout).toBe(60000);
    expect(printed.apiKind).toBe("HTTP");
    expect(printed.rules["timeout-out-of-range"]).toEqual({ severity: "warning", options: { maxTimeout: 90000 } });
    expect(printed.rules["unused-suppression"]).toEqual({ severity: "warning" });
  });
});

describe("--baseline", () => {
  it("adopt with --update-baseline, then only new findings fail; stale entries are a note and a count", () => {
    const root = project({ "api.yaml": openapi({ "/a": 10, "/b": 10 }) });
    const adopt = run(["--baseline", "baseline.json", "--update-baseline"], { cwd: root });
    expect(adopt).toEqual({ code: 0, stdout: "", stderr: "apigw-lint: wrote 2 findings to baseline.json\n" });
    expect(run(["--baseline", "baseline.json"], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });

    writeFileSync(join(root, "api.yaml"), openapi({ "/a": 10, "/b": 100, "/c": 10 }));
    const after = run(["--baseline", "baseline.json"], { cwd: root });
    expect(after.code).toBe(1);
    expect(after.stdout).toMatch(/^api\.yaml\n {2}27:26 {2}error .*\n\n.*1 problem.*\nnote: 1 baseline entry no longer matches any finding; prune it with --update-baseline\.\n$/);
    expect(JSON.parse(run(["--baseline", "baseline.json", "-f", "json"], { cwd: root }).stdout)[0].staleBaselineCount).toBe(1);

    run(["--baseline", "baseline.json", "--update-baseline"], { cwd: root });
    expect(run(["--baseline", "baseline.json"], { cwd: root })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a missing baseline is an input error", () => {
    expect(run(["--baseline", "none.json"], { cwd: project({}) })).toMatchObject({ code: 2, stderr: expect.stringContaining("none.json:1:1: Cannot read the baseline: no such file") });
  });
});

describe("--cache", () => {
  it("the second run over an unchanged tree parses no file", () => {
    const root = project({ "a.yaml": openapi({ "/a": 10 }), "b.json": putIntegration(100) });
    const env = { APIGW_LINT_DEBUG: "cache" };
    const first = run(["--cache"], { cwd: root, env });
    expect(first.stderr).toBe("apigw-lint: cache: 0 hits, 2 files parsed of 2\n");
    const second = run(["--cache"], { cwd: root, env });
    expect(second.stderr).toBe("apigw-lint: cache: 2 hits, 0 files parsed of 2\n");
    expect([second.code, second.stdout]).toEqual([first.code, first.stdout]);
    expect(existsSync(join(root, "node_modules/.cache/apigw-lint/cache.json"))).toBe(true);
    run(["--cache-location", ".lintcache/"], { cwd: root });
    expect(existsSync(join(root, ".lintcache/cache.json"))).toBe(true);
  });
});

describe("--help and --version", () => {
  it("--help documents every flag the parser accepts", () => {
    const source = readFileSync(join(ROOT, "src/cli/args.ts"), "utf8");
    const flags = [...source.matchAll(/case "(--?[a-z-]+)":/g)].map((m) => m[1]!);
    expect(flags.length).toBeGreaterThan(20);
    const help = run(["--help"], { cwd: ROOT });
    expect(help.code).toBe(0);
    for (const flag of flags) expect(help.stdout, flag).toMatch(new RegExp(`(^|[\\s,])${flag}(?=[\\s,=<]|$)`, "m"));
  });

  it("--version prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"], { cwd: ROOT })).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
