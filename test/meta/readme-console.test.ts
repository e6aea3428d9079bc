import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanCopy, consoleBlocks, runSteps } from "../../scripts/readme-console.mjs";

/**
 * Every ```console block of the README, run on a clean copy of the repository (scripts/readme-console.mjs):
 * the output shown is the output. `npm run docs` refreshes them.
 */
const ROOT = resolve(__dirname, "../..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const blocks = consoleBlocks(readme);

describe("README console blocks", () => {
  it("there are runnable examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  let copy: string | undefined;
  it.each(blocks.map((block) => [block.line, block] as const))("README.md:%i prints what it shows", (_line, block) => {
    copy ??= cleanCopy(ROOT);
    const outputs = runSteps(copy, block.steps.map((step) => step.command));
    block.steps.forEach((step, n) => expect(outputs[n], `$ ${step.command}`).toBe(step.output));
  });

  it("the parser reads commands and their output", () => {
    expect(consoleBlocks("x\n```console\n$ echo a\na\n$ echo $?\n0\n```\n")).toEqual([{ line: 2, steps: [{ command: "echo a", output: "a" }, { command: "echo $?", output: "0" }] }]);
  });
});
