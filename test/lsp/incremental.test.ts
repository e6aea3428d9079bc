import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/lint.js";
import { TestClient, type PublishedDiagnostics } from "./client.js";

/**
 * Edits as an editor sends them (incremental didChange, ranges in lines and UTF-16 columns): the server
 * re-reads only the entry an edit touched, and must publish what a fresh look at the same text gives.
 */
const ROOT = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "apigw-lint-lsp-incremental-"));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const shown = (p: PublishedDiagnostics) =>
  p.diagnostics.map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message, tags: d.tags, fix: (d.data as { fix?: unknown } | undefined)?.fix }));
const versionIs = (version: number) => (p: PublishedDiagnostics) => (p as { version?: number }).version === version;

let client: TestClient;
let text: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "bench-gen.mjs"), "--out", dir, "--sizes", "30", "--prefix", "api"]);
  text = readFileSync(join(dir, "api-30.yaml"), "utf8");
  client = new TestClient();
  await client.initialize(pathToFileURL(dir).href);
});

afterAll(() => {
  if (client.child.exitCode === null) client.child.kill();
  rmSync(dir, { recursive: true, force: true });
});

function position(offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length - 1, character: offset - (before.lastIndexOf("\n") + 1) };
}

/** One change: replaces `length` characters at `offset` by `insert` (in the local copy too). */
function change(offset: number, length: number, insert: string) {
  const range = { start: position(offset), end: position(offset + length) };
  text = text.slice(0, offset) + insert + text.slice(offset + length);
  return { range, text: insert };
}

/** What the CLI's engine finds in the text, as the server should publish it. */
function expected(name: string) {
  return lintText(text, join(dir, name), { cwd: dir })[0]!.messages.map((m) => ({ code: m.ruleId, line: m.line - 1, character: m.column - 1 }));
}

describe("the language server, edit after edit", () => {
  it("publishes after every incremental change what the engine finds in the whole new text, and what a fresh open of it shows", async () => {
    const uri = uriOf("api-30.yaml");
    await client.open(uri, text);
    await client.diagnostics(uri, versionIs(1));
    const summary = () => text.indexOf("summary: ") + "summary: ".length;
    const type = () => text.indexOf("        type: HTTP") + "        type: ".length;
    const edits: (() => ReturnType<typeof change>[])[] = [
      () => [change(summary(), 1, "X")], // one character, as the benchmark types it
      () => [change(type(), "HTTP".length, "HTTPS")], // a finding appears
      () => [change(text.indexOf("\n", summary()) + 1, 0, "      description: added\n      # a comment line\n")], // lines move
      () => [change(text.lastIndexOf("\n", type()) + 1, 0, "        # apigw-lint-disable-next-line -- under test\n")], // a suppression
      () => [change(text.indexOf("      operationId:"), 0, "      summary: twice\n")], // a duplicate key: a problem
      () => [change(text.indexOf("      summary: twice\n"), "      summary: twice\n".length, "")], // and gone again
      () => [change(text.indexOf("description: added") + 12, 0, "  more"), change(summary(), 0, "Z")], // two changes in one notification
      () => {
        const path = text.indexOf("\n  /v1/") + 1;
        return [change(path, text.indexOf("\n  /v1/", path) + 1 - path, "")]; // a path removed
      },
    ];
    let version = 1;
    const codesAfter: string[][] = [];
    for (const edit of edits) {
      version++;
      const contentChanges = edit();
      await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges });
      const published = await client.diagnostics(uri, versionIs(version));
      codesAfter.push(published.diagnostics.map((d) => d.code));
      expect(published.diagnostics.map((d) => ({ code: d.code, line: d.range.start.line, character: d.range.start.character })), `after edit ${version - 1}`).toEqual(expected("api-30.yaml"));
    }
    const last = await (async () => {
      await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [change(summary(), 1, "Y")] });
      return client.diagnostics(uri, versionIs(version));
    })();
    // The edits did change the findings: the type became invalid, then the comment above it silenced that.
    expect(codesAfter[1]).toContain("type-invalid");
    expect(codesAfter[4]).toContain("duplicate-key");
    expect(last.diagnostics.map((d) => d.code)).not.toContain("type-invalid");
    await client.open(uriOf("fresh.yaml"), text);
    const fresh = await client.diagnostics(uriOf("fresh.yaml"), versionIs(1));
    expect(shown(last)).toEqual(shown(fresh));
  });
});
