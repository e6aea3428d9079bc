import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { HELP_TEXT_FLAGS } from "./readme-flags.js";

/** The README stays true: its example output is what the CLI prints, and it documents every flag. */
const ROOT = resolve(__dirname, "../..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("README", () => {
  it("shows the real output of `npx apigw-lint examples/` (node scripts/build-docs.mjs)", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "dist", "src", "cli", "main.js"), "--no-color", "examples/"], { cwd: ROOT, encoding: "utf8" });
    const block = /<!-- example-output:start -->\n```text\n\$ npx apigw-lint examples\/\n([\s\S]*?)\n\$ echo \$\?\n(\d+)\n```/.exec(readme);
    expect(block, "the example-output block").not.toBeNull();
    expect(block![1]).toBe(run.stdout.trimEnd());
    expect(Number(block![2])).toBe(run.status);
    expect(run.status, "the examples hold real defects").toBe(1);
  });

  it("documents every flag that --help lists", () => {
    const help = spawnSync(process.execPath, [join(ROOT, "dist", "src", "cli", "main.js"), "--help"], { encoding: "utf8" }).stdout;
    const flags = HELP_TEXT_FLAGS(help);
    expect(flags.length).toBeGreaterThan(10);
    const cli = readme.slice(readme.indexOf("## CLI"), readme.indexOf("## Configuration"));
    for (const flag of flags) expect(new RegExp(`(?<![\\w-])${flag}(?![\\w-])`).test(cli), `README's CLI table documents ${flag}`).toBe(true);
  });

  it("starts with the two set-up commands", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).toContain("npm ci && npx apigw-lint examples/");
    expect(firstBlock).toContain("npm test");
  });
});

describe("the set-up command", () => {
  it("`npx apigw-lint` runs the package's own bin: it is executable after the build", () => {
    const run = spawnSync("npx", ["--no-install", "apigw-lint", "--version"], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });
});
