import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfigFile, loadConfig } from "../../src/config/load.js";
import { settingsForFile, isIgnored } from "../../src/config/resolve.js";
import { globMatcher } from "../../src/config/glob.js";
import { ConfigError } from "../../src/config/types.js";
import { lintFiles } from "../../src/engine/lint.js";
import { openapi, project, putIntegration } from "./fixtures.js";

const ROOT = resolve(__dirname, "../..");

function configError(cwd: string, file?: string): string {
  try {
    loadConfig(cwd, file);
  } catch (error) {
    if (error instanceof ConfigError) return error.diagnostic;
    throw error;
  }
  throw new Error("no ConfigError");
}

describe("configuration discovery", () => {
  it("finds the nearest file from the working directory upwards", () => {
    const root = project({ "apigw-lint.config.json": "{}", "a/b/.keep": "", "a/.apigw-lintrc.yaml": "maxTimeout: 60000\n" });
    expect(findConfigFile(join(root, "a/b"))).toBe(join(root, "a/.apigw-lintrc.yaml"));
    expect(findConfigFile(root)).toBe(join(root, "apigw-lint.config.json"));
    expect(loadConfig(join(root, "a/b"))?.data).toEqual({ maxTimeout: 60000 });
  });

  it("prefers apigw-lint.config.* over .apigw-lintrc* in one folder, in the documented order", () => {
    const root = project({ ".apigw-lintrc": "apiKind: HTTP\n", "apigw-lint.config.yml": "apiKind: REST\n" });
    expect(loadConfig(root)?.data).toEqual({ apiKind: "REST" });
  });

  it("reads .apigw-lintrc as JSON when it starts like JSON, as YAML otherwise", () => {
    expect(loadConfig(project({ ".apigw-lintrc": '{"apiKind": "HTTP"}' }))?.data).toEqual({ apiKind: "HTTP" });
    expect(loadConfig(project({ ".apigw-lintrc": "apiKind: HTTP\n" }))?.data).toEqual({ apiKind: "HTTP" });
  });

  it("-c names the file, wherever it is", () => {
    const root = project({ "apigw-lint.config.json": '{"apiKind": "REST"}', "ci/strict.yaml": "apiKind: HTTP\n" });
    expect(loadConfig(root, "ci/strict.yaml")?.data).toEqual({ apiKind: "HTTP" });
  });

  it("no file: undefined; an empty file: an empty configuration", () => {
    expect(loadConfig(project({ "x.txt": "" }))).toBeUndefined();
    expect(loadConfig(project({ "apigw-lint.config.yaml": "" }))?.data).toEqual({});
  });
});

describe("configuration errors carry file:line:col", () => {
  it("an unknown property, at its key", () => {
    const root = project({ "apigw-lint.config.yaml": "rules: {}\nmaxTimout: 1000\n" });
    expect(configError(root)).toBe("apigw-lint.config.yaml:2:1: Unknown property 'maxTimout' in the configuration");
  });

  it("a bad severity, at the value", () => {
    const root = project({ "apigw-lint.config.json": '{\n  "rules": {\n    "timeout-out-of-range": "warn"\n  }\n}\n' });
    expect(configError(root)).toBe(
      'apigw-lint.config.json:3:29: rules.timeout-out-of-range must be a severity (off, info, warning, error), [severity, options] or { severity, options }, got "warn"',
    );
  });

  it("an unknown rule id, at the key (also inside overrides)", () => {
    const root = project({ "apigw-lint.config.yaml": "overrides:\n  - files: ['*.json']\n    rules:\n      no-such-rule: off\n" });
    expect(configError(root)).toBe("apigw-lint.config.yaml:4:7: Unknown rule 'no-such-rule' in overrides.0.rules: see docs/rules/ for the rule ids");
  });

  it("an enum, a minimum and a missing required property", () => {
    expect(configError(project({ "apigw-lint.config.yaml": "endpointType: regional\n" }))).toBe(
      'apigw-lint.config.yaml:1:15: endpointType must be one of EDGE, REGIONAL, PRIVATE, got "regional"',
    );
    expect(configError(project({ "apigw-lint.config.yaml": "maxTimeout: 10\n" }))).toBe("apigw-lint.config.yaml:1:13: maxTimeout must be at least 50, got 10");
    expect(configError(project({ "apigw-lint.config.yaml": "overrides:\n  - rules: {}\n" }))).toBe("apigw-lint.config.yaml:2:5: overrides.0 needs the property 'files'");
  });

  it("placeholders: regular expressions that compile and match something, at the top level only", () => {
    expect(loadConfig(project({ "apigw-lint.config.yaml": "placeholders: ['@@[a-z_]+@@']\n" }))?.data).toEqual({ placeholders: ["@@[a-z_]+@@"] });
    expect(configError(project({ "apigw-lint.config.yaml": "placeholders:\n  - ok\n  - '(['\n" }))).toBe(
      "apigw-lint.config.yaml:3:5: placeholders.1: Invalid placeholder pattern /([/: Invalid regular expression: /([/gu: Unterminated character class",
    );
    expect(configError(project({ "apigw-lint.config.yaml": "placeholders: ['x*']\n" }))).toBe(
      "apigw-lint.config.yaml:1:16: placeholders.0: Invalid placeholder pattern /x*/: it matches the empty string",
    );
    expect(configError(project({ "apigw-lint.config.yaml": "placeholders: '@@x@@'\n" }))).toMatch(/^apigw-lint\.config\.yaml:1:15: placeholders must be/);
    expect(configError(project({ "apigw-lint.config.yaml": "overrides:\n  - files: ['*']\n    placeholders: [x]\n" }))).toMatch(/^apigw-lint\.config\.yaml:3:5: /);
  });

  it("a YAML syntax error, a duplicate key, a missing -c file", () => {
    expect(configError(project({ "apigw-lint.config.yaml": "rules: [\n" }))).toMatch(/^apigw-lint\.config\.yaml:2:1: Invalid YAML: /);
    expect(configError(project({ "apigw-lint.config.yaml": "apiKind: REST\napiKind: HTTP\n" }))).toMatch(/^apigw-lint\.config\.yaml:2:1: Duplicate key "apiKind"/);
    expect(configError(project({}), "nope.json")).toBe("nope.json:1:1: Cannot read the configuration file: no such file");
  });
});

describe("settings for a file", () => {
  const root = project({
    "apigw-lint.config.yaml": [
      "maxTimeout: 40000",
      "rules:",
      "  timeout-out-of-range: [warning, { maxTimeout: 50000 }]",
      "overrides:",
      "  - files: ['legacy/**']",
      "    rules: { timeout-out-of-range: off }",
      "    apiKind: HTTP",
      "  - files: ['legacy/keep.yaml']",
      "    rules: { timeout-out-of-range: error }",
      "  - files: ['api.json']",
      "    pointers: ['/paths/~1pets/get']",
      "    rules: { timeout-out-of-range: off }",
      "ignores: ['generated/', '*.tmp.json']",
    ].join("\n"),
  });
  const config = loadConfig(root)!;

  it("top level only", () => {
    expect(settingsForFile(config, join(root, "api.yaml"))).toEqual({
      rules: { "timeout-out-of-range": { severity: "warning", options: { maxTimeout: 50000 } } },
      maxTimeout: 40000,
      requireSuppressionReason: false,
      pointerOverrides: [],
    });
  });

  it("overrides apply in order; a severity-only setting keeps earlier options", () => {
    expect(settingsForFile(config, join(root, "legacy/a/b.yaml")).rules["timeout-out-of-range"]).toEqual({ severity: "off", options: { maxTimeout: 50000 } });
    expect(settingsForFile(config, join(root, "legacy/keep.yaml")).rules["timeout-out-of-range"]).toEqual({ severity: "error", options: { maxTimeout: 50000 } });
    expect(settingsForFile(config, join(root, "legacy/keep.yaml")).apiKind).toBe("HTTP");
  });

  it("an override with pointers becomes a pointer override, not a file setting", () => {
    const settings = settingsForFile(config, join(root, "api.json"));
    expect(settings.rules["timeout-out-of-range"]?.severity).toBe("warning");
    expect(settings.pointerOverrides).toEqual([{ pointers: [["paths", "/pets", "get"]], rules: { "timeout-out-of-range": { severity: "off" } } }]);
  });

  it("ignores: folders, and names at any depth", () => {
    expect(isIgnored(config, join(root, "generated/x/api.yaml"))).toBe(true);
    expect(isIgnored(config, join(root, "deep/a.tmp.json"))).toBe(true);
    expect(isIgnored(config, join(root, "api.yaml"))).toBe(false);
  });
});

describe("glob matcher", () => {
  it.each([
    ["*.json", "a/b/c.json", true],
    ["/*.json", "a/c.json", false],
    ["/*.json", "c.json", true],
    ["src/**/*.yaml", "src/a/b/c.yaml", true],
    ["src/**/*.yaml", "src/c.yaml", true],
    ["src/*.yaml", "src/a/c.yaml", false],
    ["api.{json,yaml}", "x/api.yaml", true],
    ["{api,spec}/*.json", "spec/a.json", true],
    ["file?.json", "file1.json", true],
    ["file[0-9].json", "filex.json", false],
    ["legacy", "legacy/a/b.json", true],
    ["a.b.json", "aXb.json", false],
  ])("%s vs %s -> %s", (glob, path, expected) => {
    expect(globMatcher([glob])(path)).toBe(expected);
  });
});

describe("linting with a configuration", () => {
  it("overrides, ignores and API options reach the rules", async () => {
    const root = project({
      "apigw-lint.config.yaml": "overrides:\n  - files: ['relaxed/*.yaml']\n    maxTimeout: 60000\nignores: ['skipped.yaml']\n",
      "strict.yaml": openapi({ "/a": 30000 }),
      "relaxed/api.yaml": openapi({ "/a": 30000 }),
      "skipped.yaml": openapi({ "/a": 10 }),
    });
    const results = await lintFiles(["."], { cwd: root, config: loadConfig(root)! });
    expect(results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId)])).toEqual([
      ["relaxed/api.yaml", []],
      ["strict.yaml", ["timeout-out-of-range"]],
    ]);
  });

  it("the caller's options win over the configuration", async () => {
    const root = project({ "apigw-lint.config.yaml": "rules: { timeout-out-of-range: off }\n", "i.json": putIntegration(10) });
    const config = loadConfig(root)!;
    expect((await lintFiles(["i.json"], { cwd: root, config }))[0]!.messages).toEqual([]);
    expect((await lintFiles(["i.json"], { cwd: root, config, rules: { "timeout-out-of-range": "warning" } }))[0]!.messages.map((m) => m.severity)).toEqual(["warning"]);
  });
});

describe("the published schema and its precompiled validator", () => {
  it("schemas/generated/*-validator.cjs are current (node scripts/build-validators.mjs)", () => {
    const out = project({});
    execFileSync("cp", ["-r", join(ROOT, "schemas"), join(ROOT, "scripts"), out]);
    execFileSync("ln", ["-s", join(ROOT, "node_modules"), join(out, "node_modules")]);
    execFileSync(process.execPath, [join(out, "scripts/build-validators.mjs")], { cwd: out });
    for (const validator of ["config-validator.cjs", "baseline-validator.cjs"]) {
      const committed = readFileSync(join(ROOT, "schemas/generated", validator), "utf8");
      expect(readFileSync(join(out, "schemas/generated", validator), "utf8"), validator).toBe(committed);
    }
  });

  it("is draft-07 with an $id and a description on every property", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas/apigw-lint-config.schema.json"), "utf8")) as Record<string, unknown>;
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.$id).toMatch(/^https:\/\//);
    const properties = schema.properties as Record<string, { description?: string; $ref?: string }>;
    const definitions = schema.definitions as Record<string, { description?: string }>;
    for (const [name, property] of Object.entries(properties)) {
      const description = property.description ?? definitions[property.$ref?.split("/").pop() ?? ""]?.description;
      expect(description, name).toBeTruthy();
    }
  });
});
