import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { CLI } from "./run.js";

/** `apigw-lint big/ | head -1`: the reader closes the pipe early; the CLI stops quietly, no stack trace. */
it("a reader that closes stdout early ends the run without a stack trace", async () => {
  // A report far larger than a pipe's buffer, so the CLI is still writing when the reader goes away.
  const items = Array.from({ length: 3000 }, (_, n) => ({
    path: `/r${n}`,
    resourceMethods: { GET: { httpMethod: "GET", authorizationType: "NONE", methodIntegration: { type: "HTTPS_PROXY", httpMethod: "GET", uri: "https://example.com/" } } },
  }));
  const dir = mkdtempSync(join(tmpdir(), "apigw-lint-pipe-"));
  writeFileSync(join(dir, "resources.json"), JSON.stringify({ items }));
  const child = spawn(process.execPath, [CLI, "--no-color", "resources.json"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
  expect(stderr).toBe("");
  expect(code).toBe(1);
});
