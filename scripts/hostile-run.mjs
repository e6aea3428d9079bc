// Runs one hostile case (scripts/hostile-cases.mjs) through the built CLI in its own process and measures
// wall time and peak RSS (through scripts/hostile-rss.cjs, preloaded).
import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { caseFolder, unprivilegedPrefix } from "./hostile-cases.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist/src/cli/main.js");
const PRELOAD = join(ROOT, "scripts/hostile-rss.cjs");

/** Undefined when the case needs an unprivileged user and none is available. */
export function runCase(hostileCase, { timeoutSeconds = 120 } = {}) {
  const prefix = hostileCase.asUser ? unprivilegedPrefix() : [];
  if (!prefix) return undefined;
  const dir = caseFolder();
  const rssFile = join(tmpdir(), `apigw-lint-hostile-rss-${process.pid}-${Date.now()}`);
  writeFileSync(rssFile, "");
  chmodSync(rssFile, 0o666);
  try {
    const { args, cwd } = hostileCase.setup(dir);
    const command = [...prefix, process.execPath, "--require", PRELOAD, CLI, ...args];
    const started = process.hrtime.bigint();
    const result = spawnSync(command[0], command.slice(1), {
      cwd: cwd ?? dir,
      encoding: "utf8",
      input: "",
      timeout: timeoutSeconds * 1000,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: "1", APIGW_LINT_RSS_FILE: rssFile },
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rssKb = Number(readFileSync(rssFile, "utf8") || "0");
    const expectedStderr = typeof hostileCase.stderr === "function" ? hostileCase.stderr(dir) : hostileCase.stderr;
    return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, expectedStderr, seconds, peakRssMb: rssKb / 1024 };
  } finally {
    spawnSync("chmod", ["-R", "u+rwX", dir]);
    rmSync(dir, { recursive: true, force: true });
    rmSync(rssFile, { force: true });
  }
}
