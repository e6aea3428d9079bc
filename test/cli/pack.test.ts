import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TestClient } from "../lsp/client.js";

const ROOT = resolve(__dirname, "../..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * What users install: `npm pack` (the prepare script builds dist/), then the tarball alone, without dev
 * dependencies, in an empty folder, and `npx apigw-lint` on a file. Slow (a registry install); no timing.
 */
describe("the published package", () => {
  it("installs from its tarball and lints, from the CLI and the language server", { timeout: 600_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), "apigw-lint-pack-"));
    const packed = JSON.parse(execFileSync(npm, ["pack", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8", env: { ...process.env, npm_config_foreground_scripts: "false" } })) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain("dist/src/cli/main.js");
    expect(files).toContain("dist/src/lsp/main.js");
    expect(files).toContain("dist/bundle/apigw-lint.js");
    expect(files).toContain("dist/bundle/apigw-lint-lsp.js");
    expect(files).toContain("dist/bundle/pool-worker.js");
    expect(files).toContain("schemas/apigw-lint-config.schema.json");
    expect(files).toContain("schemas/generated/config-validator.cjs");
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("src/"))).toEqual([]);

    const app = join(work, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), '{ "name": "app", "private": true }\n');
    execFileSync(npm, ["install", "--omit=dev", "--no-audit", "--no-fund", join(work, packed[0]!.filename)], { cwd: app, stdio: "pipe" });
    expect(readdirSync(join(app, "node_modules"))).toContain("apigw-lint");

    writeFileSync(join(app, "bad.json"), JSON.stringify({ type: "MOCK", timeoutInMillis: 10 }, null, 2));
    writeFileSync(join(app, "apigw-lint.config.yaml"), "rules: { type-required: off }\n");
    const bad = spawnSync("npx", ["--no-install", "apigw-lint", "-f", "json", "bad.json"], { cwd: app, encoding: "utf8" });
    expect(bad.stderr).toBe("");
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain("timeout-out-of-range");

    writeFileSync(join(app, "good.json"), JSON.stringify({ type: "MOCK", timeoutInMillis: 1000 }, null, 2));
    const good = spawnSync("npx", ["--no-install", "apigw-lint", "good.json"], { cwd: app, encoding: "utf8" });
    expect([good.status, good.stdout, good.stderr]).toEqual([0, "", ""]);

    // The language server from the installed package: its bin, over stdio, as an editor starts it.
    for (const server of [join(app, "node_modules", ".bin", "apigw-lint-lsp"), join(app, "node_modules", "apigw-lint", "dist", "src", "lsp", "main.js")]) {
      const client = new TestClient(server);
      try {
        await client.initialize(pathToFileURL(app).href);
        await client.open(pathToFileURL(join(app, "bad.json")).href, readFileSync(join(app, "bad.json"), "utf8"), "json");
        const published = await client.diagnostics(pathToFileURL(join(app, "bad.json")).href);
        expect(published.diagnostics.map((d) => d.code)).toContain("timeout-out-of-range");
        expect(await client.shutdown()).toBe(0);
      } finally {
        if (client.child.exitCode === null) client.child.kill();
      }
    }
  });
});
