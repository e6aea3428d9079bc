import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json, from src/ (tests) and dist/src/ (the installed CLI) alike. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("apigw-lint: cannot find its package.json");
    dir = parent;
  }
  return dir;
}

let version: string | undefined;
/** The version in package.json (SARIF, the cache key, --version). */
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
  return version;
}
