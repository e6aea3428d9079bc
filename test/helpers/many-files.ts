import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repoRoot = resolve(import.meta.dirname, "..", "..");

/**
 * A new temporary folder of 800 copies of the bench generator's 10-operation API (about 20 KB each, each
 * copy a different file): enough work that the pool starts workers.
 */
export function manyGeneratedFiles(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync(process.execPath, [join(repoRoot, "scripts", "bench-gen.mjs"), "--out", join(dir, "seed"), "--sizes", "10", "--prefix", "seed"]);
  const template = readFileSync(join(dir, "seed", "seed-10.yaml"), "utf8");
  rmSync(join(dir, "seed"), { recursive: true });
  for (let n = 0; n < 800; n++) writeFileSync(join(dir, `api-${String(n).padStart(3, "0")}.yaml`), `${template}\n# copy ${n}\n`);
  return dir;
}
