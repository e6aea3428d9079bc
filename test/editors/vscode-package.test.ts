import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { TestClient } from "../lsp/client.js";

/**
 * The VS Code extension cannot run here (no VS Code), so its package is checked: `vsce package` builds the
 * .vsix (scripts/package-vscode.mjs), the .vsix holds the client and the bundled server, and that bundled
 * server answers over Node IPC, the transport the extension starts it with. Slow (a registry install); no timing.
 */
const ROOT = resolve(import.meta.dirname, "../..");

describe("editors/vscode", () => {
  it("packages to a .vsix that contains the client and a working language server", { timeout: 600_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), "apigw-lint-vsix-test-"));
    const vsix = join(work, "apigw-lint.vsix");
    execFileSync(process.execPath, [join(ROOT, "scripts", "package-vscode.mjs"), vsix], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const listing = execFileSync("unzip", ["-Z1", vsix], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).split("\n");
    for (const entry of [
      "extension/package.json",
      "extension/extension.js",
      "extension/node_modules/vscode-languageclient/node.js",
      "extension/node_modules/apigw-lint/dist/bundle/apigw-lint-lsp.js",
      "extension/node_modules/apigw-lint/docs/rules/lambda-method-not-post.md",
      "extension/node_modules/vscode-languageserver/node.js",
    ]) expect(listing, entry).toContain(entry);
    expect(listing.filter((entry) => entry.startsWith("extension/node_modules/vitest/"))).toEqual([]);

    const unpacked = join(work, "unpacked");
    execFileSync("unzip", ["-q", vsix, "-d", unpacked]);
    expect(spawnSync(process.execPath, ["--check", join(unpacked, "extension", "extension.js")]).status).toBe(0);
    const client = new TestClient(join(unpacked, "extension", "node_modules", "apigw-lint", "dist", "bundle", "apigw-lint-lsp.js"), "node-ipc");
    try {
      await client.initialize(pathToFileURL(work).href);
      const file = join(work, "put.json");
      writeFileSync(file, '{\n  "type": "MOCK",\n  "timeoutInMillis": 10\n}\n');
      await client.open(pathToFileURL(file).href, '{\n  "type": "MOCK",\n  "timeoutInMillis": 10\n}\n', "json");
      const published = await client.diagnostics(pathToFileURL(file).href);
      expect(published.diagnostics.map((d) => [d.code, d.codeDescription!.href.endsWith("/node_modules/apigw-lint/docs/rules/timeout-out-of-range.md")])).toEqual([["timeout-out-of-range", true]]);
      expect(await client.shutdown()).toBe(0);
    } finally {
      if (client.child.exitCode === null) client.child.kill();
    }
  });
});
