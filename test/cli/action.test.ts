import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { project, putIntegration } from "../config/fixtures.js";
import { CLI } from "./run.js";

/**
 * action.yml's apigw-lint step (scripts/action-run.sh) run outside GitHub, with the variables GitHub sets for
 * a composite action's step: GITHUB_ACTION_PATH, GITHUB_OUTPUT, GITHUB_WORKSPACE, and the inputs as env.
 */
const ROOT = resolve(__dirname, "../..");

function step(options: { workspace: string; actionPath?: string; inputs?: Record<string, string>; path?: string }) {
  const output = join(mkdtempSync(join(tmpdir(), "apigw-lint-gh-")), "output");
  writeFileSync(output, "");
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NO_COLOR: "1",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION_PATH: options.actionPath ?? ROOT,
    GITHUB_OUTPUT: output,
    GITHUB_WORKSPACE: options.workspace,
    // action.yml's defaults: paths ".", args "", version "", sarif-file apigw-lint.sarif
    APIGW_LINT_VERSION: "",
    APIGW_LINT_SARIF: "apigw-lint.sarif",
    APIGW_LINT_ARGS: "",
    APIGW_LINT_PATHS: ".",
    ...options.inputs,
    ...(options.path ? { PATH: `${options.path}:${process.env.PATH}` } : {}),
  };
  // GitHub runs the script of the action's checkout; an action path without one still runs this repository's.
  const inAction = join(options.actionPath ?? ROOT, "scripts/action-run.sh");
  const script = existsSync(inAction) ? inAction : join(ROOT, "scripts/action-run.sh");
  const result = spawnSync("bash", [script], { cwd: options.workspace, env, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: readFileSync(output, "utf8") };
}

/** A fake command on PATH that records its arguments (and runs `then`). */
function shim(name: string, then = ""): { bin: string; log: string } {
  const bin = mkdtempSync(join(tmpdir(), "apigw-lint-shim-"));
  const log = join(bin, `${name}.log`);
  writeFileSync(join(bin, name), `#!/usr/bin/env bash\necho "$PWD: $*" >> "${log}"\n${then}\n`);
  chmodSync(join(bin, name), 0o755);
  return { bin, log };
}

describe("action.yml step (scripts/action-run.sh)", () => {
  it("action.yml runs the script from the action's own checkout", () => {
    const action = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(action).toContain('run: bash "${{ github.action_path }}/scripts/action-run.sh"');
    expect(action).toMatch(/version:\n {4}description: Leave empty to run the action's own checkout[^\n]*\n {4}default: ""/);
  });

  it("by default runs the action's checkout: findings give exit-code=1, SARIF and text, and the step itself passes", () => {
    const workspace = project({ "api.json": putIntegration(10) });
    const result = step({ workspace });
    expect(result.code).toBe(0);
    expect(result.outputs).toBe("exit-code=1\n");
    expect(result.stdout).toContain("5:22  error  Timeout should be between 50 ms and 29000 ms: got 10.  timeout-out-of-range");
    expect(JSON.parse(readFileSync(join(workspace, "apigw-lint.sarif"), "utf8")).runs[0].results).toHaveLength(1);
  });

  it("inputs args and paths are passed word by word; a clean run gives exit-code=0", () => {
    const workspace = project({ "a/api.json": putIntegration(100), "b/api.json": putIntegration(10) });
    const result = step({ workspace, inputs: { APIGW_LINT_PATHS: "a", APIGW_LINT_ARGS: "--max-warnings 0 --quiet", APIGW_LINT_SARIF: "out/report.sarif" } });
    expect(result).toMatchObject({ code: 0, outputs: "exit-code=0\n", stdout: "" });
    expect(existsSync(join(workspace, "out/report.sarif"))).toBe(true);
  });

  it("an input error fails the step at once with exit-code=2", () => {
    const result = step({ workspace: project({}), inputs: { APIGW_LINT_PATHS: "missing.yaml" } });
    expect(result.code).toBe(2);
    expect(result.outputs).toBe("exit-code=2\n");
    expect(result.stderr).toBe("missing.yaml:1:1: No such file or directory\n");
  });

  it("a fresh checkout of the action (no dist/) is installed with npm ci there first", () => {
    const action = mkdtempSync(join(tmpdir(), "apigw-lint-action-"));
    mkdirSync(join(action, "scripts"));
    cpSync(join(ROOT, "scripts/action-run.sh"), join(action, "scripts/action-run.sh"));
    // The fake npm "builds" a dist/ whose CLI is the real one.
    const npm = shim("npm", `mkdir -p dist/bundle && echo 'import "${CLI}";' > dist/bundle/apigw-lint.js`);
    const result = step({ workspace: project({ "api.json": putIntegration(10) }), actionPath: action, path: npm.bin });
    expect(readFileSync(npm.log, "utf8")).toBe(`${action}: ci --no-audit --no-fund\n`);
    expect(result).toMatchObject({ code: 0, outputs: "exit-code=1\n" });
    // Installed once: the next run uses the built checkout.
    step({ workspace: project({}), actionPath: action, path: npm.bin });
    expect(readFileSync(npm.log, "utf8").split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("with input version it runs that npm version instead (npx), and never the checkout", () => {
    const npx = shim("npx", "exit 1");
    const workspace = project({ "api.json": putIntegration(10) });
    const result = step({ workspace, actionPath: "/nonexistent", inputs: { APIGW_LINT_VERSION: "0.1.0", APIGW_LINT_ARGS: "--max-warnings 0" }, path: npx.bin });
    expect(readFileSync(npx.log, "utf8")).toBe(`${workspace}: --yes apigw-lint@0.1.0 -f sarif -o apigw-lint.sarif -f text --max-warnings 0 .\n`);
    expect(result).toMatchObject({ code: 0, outputs: "exit-code=1\n" });
  });
});
