import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manyGeneratedFiles } from "../helpers/many-files.js";
import { CLI } from "./run.js";

/**
 * The installed command is a bundle (dist/bundle/, scripts/build-bundle.mjs): a module that finds a file
 * from its own URL finds it from the bundle's folder. The pool's worker entry is one: if the bundle did
 * not ship it where the pool looks, every worker would fail and the main thread would quietly lint all
 * files itself, so the run reports how many files the workers linted (APIGW_LINT_DEBUG=pool).
 */
describe("the bundled CLI with worker threads", () => {
  let dir: string;
  beforeAll(() => {
    dir = manyGeneratedFiles("apigw-bundle-");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lint = (workers: string) => {
    const env = { ...process.env, NO_COLOR: "1", APIGW_LINT_WORKERS: workers, APIGW_LINT_DEBUG: "pool" };
    const result = spawnSync(process.execPath, [CLI, "-f", "json", "."], { cwd: dir, encoding: "utf8", env, maxBuffer: 256 * 1024 * 1024 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it("lints files on its workers and reports what one thread reports", () => {
    const single = lint("1");
    const pooled = lint("2");
    expect(single.stderr).toBe("apigw-lint: pool: 0 workers, 0 files linted on them\n");
    const [, workers, onWorkers] = /^apigw-lint: pool: (\d+) workers, (\d+) files linted on them\n$/.exec(pooled.stderr) ?? [];
    expect(Number(workers)).toBe(1);
    expect(Number(onWorkers)).toBeGreaterThan(0);
    expect(pooled.code).toBe(1);
    expect(pooled.stdout).toBe(single.stdout);
    expect((JSON.parse(pooled.stdout) as unknown[]).length).toBe(800);
  }, 120_000);
});
