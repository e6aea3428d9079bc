import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const hasPreCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;
const title = hasPreCommit
  ? "scripts/pre-commit-e2e.sh: a bad commit is refused, a good one accepted"
  : "scripts/pre-commit-e2e.sh SKIPPED: the pre-commit tool is not installed (apt-get install -y pre-commit)";

/** The real pre-commit tool installs the hook from a clone of HEAD (slow: npm install + pack); no timing. */
describe(".pre-commit-hooks.yaml", () => {
  it.skipIf(!hasPreCommit)(title, { timeout: 900_000 }, () => {
    const result = spawnSync("bash", [resolve(ROOT, "scripts/pre-commit-e2e.sh")], { cwd: ROOT, encoding: "utf8" });
    expect(result.stdout + result.stderr).toMatch(/E2E OK/);
    expect(result.status).toBe(0);
  });
});
