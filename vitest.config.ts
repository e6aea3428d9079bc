import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Whole-process CLI tests and corpus sweeps are slow on a 2-core machine, never timed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
