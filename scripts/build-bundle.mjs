#!/usr/bin/env node
// Bundles tsc's output (dist/src) into dist/bundle/, the installed commands: at start-up Node's ESM loader
// spent ~70 ms resolving, reading and linking ~160 modules of ours, and one file with shared chunks costs a
// fraction of that (bench/README.md, "Round two", item 1). ESM with code splitting: what a run may not need
// (each reporter, the language server, fast-glob) stays behind a dynamic import in its own chunk.
// Packages imported with `import` are bundled into those chunks too (vscode-languageserver's ~40 CommonJS
// modules made the language server's start ~45 ms slower when loaded from node_modules); the banner gives
// their require() of Node's modules a `require`. Not bundled: web-tree-sitter (it finds its .wasm next to
// its own module), and the packages the engine loads on first use (yaml, velocityjs, diff, ignore,
// jsonc-parser), require()d synchronously through createRequire: a bundler does not follow that; they load
// from node_modules as before.
//
// Entries and chunks share one folder, so a URL a module builds from its own import.meta.url (the pool's
// worker entry, `./pool-worker.js`) names the same file bundled as in dist/src/engine/; package.json, docs
// and schemas are found by walking up from the module (src/config/package-root.ts), which works from both.
import { chmodSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "dist", "bundle");
const entries = {
  "apigw-lint": "dist/src/cli/bin.js",
  "apigw-lint-lsp": "dist/src/lsp/main.js",
  "pool-worker": "dist/src/engine/pool-worker.js",
};

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["web-tree-sitter"],
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  chunkNames: "[name]-[hash]",
  logLevel: "warning",
});
for (const name of ["apigw-lint", "apigw-lint-lsp"]) chmodSync(join(outdir, `${name}.js`), 0o755);
