import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manyGeneratedFiles } from "../helpers/many-files.js";

// Workers load the built engine: this test runs against dist/ like the CLI tests (npm test builds first).
const repoRoot = resolve(import.meta.dirname, "..", "..");
const engine = join(repoRoot, "dist", "src", "engine");

describe("worker pool for many files", () => {
  let dir: string;
  beforeAll(() => {
    dir = manyGeneratedFiles("apigw-pool-");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(workers: string) {
    process.env.APIGW_LINT_WORKERS = workers;
    try {
      const { lintFiles } = (await import(join(engine, "lint.js"))) as typeof import("../../src/engine/lint.js");
      const { lastPoolRun } = (await import(join(engine, "pool.js"))) as typeof import("../../src/engine/pool.js");
      const results = await lintFiles(["."], { cwd: dir });
      return { results, pool: { ...lastPoolRun } };
    } finally {
      delete process.env.APIGW_LINT_WORKERS;
    }
  }

  it("gives the same results in the same order with workers as on one thread", async () => {
    const single = await run("1");
    const pooled = await run("2");
    expect(single.pool).toEqual({ workers: 0, filesOnWorkers: 0 });
    expect(pooled.pool.workers).toBe(1);
    expect(pooled.pool.filesOnWorkers).toBeGreaterThan(0);
    expect(pooled.results.map((r) => r.filePath)).toEqual(single.results.map((r) => r.filePath));
    expect(pooled.results).toEqual(single.results);
    expect(single.results.length).toBe(800);
    expect(single.results.some((r) => r.messages.length > 0)).toBe(true);
  });
});
