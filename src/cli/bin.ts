#!/usr/bin/env node
import module from "node:module";

/**
 * The installed `apigw-lint` command. It only turns on Node's on-disk compile cache (Node >= 22.1; absent
 * on older Node, where this does nothing) before the CLI's module graph is compiled: the cache must be on
 * before the static imports of `main.js` are parsed, hence the dynamic import. `main.js` stays runnable
 * on its own (tests and scripts run it directly).
 */
const withCache = module as typeof module & { enableCompileCache?: () => unknown };
try {
  withCache.enableCompileCache?.();
} catch {
  // A read-only or missing cache folder only costs the speed-up.
}
await import("./main.js");
