#!/usr/bin/env node
// tsc writes dist/ files without the executable bit; `npx apigw-lint` in a clone of this repository runs
// the package's own bin directly, so it must be executable (npm sets it only for installed packages).
import { chmodSync } from "node:fs";
import { fileURLToPath } from "node:url";

chmodSync(fileURLToPath(new URL("../dist/src/cli/main.js", import.meta.url)), 0o755);
chmodSync(fileURLToPath(new URL("../dist/src/cli/bin.js", import.meta.url)), 0o755);
chmodSync(fileURLToPath(new URL("../dist/src/lsp/main.js", import.meta.url)), 0o755);
