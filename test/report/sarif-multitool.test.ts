import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { expect, it } from "vitest";

/**
 * Microsoft's SARIF Multitool (the validator behind GitHub's SARIF checks), rule kinds Sarif and Gh, over
 * the examples' output, every folder of the shared corpus and an edge log (suppressions, input errors).
 * The script installs the tool from the npm registry on first use; exit 3 means it could not be had.
 */
it("SARIF output passes the SARIF Multitool with no error (examples and the whole corpus)", (context) => {
  const root = resolve(__dirname, "../..");
  const run = spawnSync("bash", [resolve(root, "scripts/sarif-multitool.sh")], { cwd: root, encoding: "utf8", timeout: 540_000 });
  if (run.status === 3) context.skip("the SARIF Multitool could not be installed from the npm registry");
  const summaries = run.stdout.split("\n").filter((line) => /\.sarif: \d+ errors/.test(line));
  expect(summaries.length, run.stdout + run.stderr).toBeGreaterThanOrEqual(2);
  for (const line of summaries) expect(line).toMatch(/: 0 errors, /);
  expect(run.status, run.stdout).toBe(0);
}, 600_000);
