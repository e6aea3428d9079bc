import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER } from "./client.js";

/**
 * A real editor: Neovim (Debian's package, 0.7; `.ci/run` installs it) runs headless with its own LSP client
 * (test/lsp/neovim/client.lua), opens the OpenAPI example, and applies the quick fix the server offers.
 */
const ROOT = resolve(import.meta.dirname, "../..");
const version = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const nvim = version.status === 0 ? /NVIM v(\d+)\.(\d+)/.exec(version.stdout) : null;
const usable = nvim !== null && (Number(nvim[1]) > 0 || Number(nvim[2]) >= 7);
if (!usable) console.warn(`Neovim end-to-end test skipped: ${nvim ? `Neovim ${nvim[0]} is older than 0.7` : "nvim is not installed (apt-get install neovim)"}`);

describe.skipIf(!usable)("Neovim's LSP client", () => {
  it("shows the example's findings, and applies the Lambda verb quick fix to the buffer", { timeout: 120_000 }, () => {
    const work = mkdtempSync(join(tmpdir(), "apigw-lint-nvim-"));
    const file = join(work, "orders-api.yaml");
    copyFileSync(join(ROOT, "examples/openapi/orders-api.yaml"), file);
    const out = join(work, "report.json");
    const run = spawnSync("nvim", ["--headless", "--clean", "-c", `luafile ${join(import.meta.dirname, "neovim", "client.lua")}`], {
      cwd: work, encoding: "utf8", timeout: 100_000, env: { ...process.env, APIGW_SERVER: SERVER, APIGW_FILE: file, APIGW_OUT: out },
    });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.errors).toEqual([]);
    expect(report.published).toBe(true);
    // 0-based lines and columns, as Neovim keeps them: the CLI's 23:21-23:24 is lnum 22, col 20-23.
    expect(report.diagnostics.map((d: Record<string, unknown>) => `${d.lnum}:${d.col}-${d.end_lnum}:${d.end_col} ${d.source} ${d.code}`)).toEqual([
      "22:20-22:23 apigw-lint lambda-method-not-post",
      "33:13-33:74 apigw-lint credentials-missing",
      "38:29-38:34 apigw-lint passthrough-behavior-unsupported-media-type",
      "69:51-69:85 apigw-lint request-parameter-undeclared",
      "86:24-86:32 apigw-lint vpc-link-connection-id-missing",
    ]);
    expect(report.actions).toEqual([
      { title: "Call the function with POST (lambda-method-not-post)", kind: "quickfix", isPreferred: true },
      { title: "Disable lambda-method-not-post for this line", kind: "quickfix", isPreferred: false },
      { title: "Fix all auto-fixable apigw-lint problems", kind: "source.fixAll.apigw-lint", isPreferred: false },
    ]);
    expect(report.line).toBe("        httpMethod: POST");
    expect(report.line_count).toBe(readFileSync(file, "utf8").split("\n").length - 1);
    expect([report.cleared, report.remaining, report.stopped]).toEqual([true, 4, true]);
    // the edit went to the buffer only: the file on disk is as it was
    expect(readFileSync(file, "utf8")).toBe(readFileSync(join(ROOT, "examples/openapi/orders-api.yaml"), "utf8"));
  });
});
