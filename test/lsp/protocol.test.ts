import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/lint.js";
import { TestClient, type PublishedDiagnostics } from "./client.js";

/** The language server over a real stdio pipe (vscode-jsonrpc), as an editor talks to it. */
const ROOT = resolve(import.meta.dirname, "../..");
const EXAMPLE = readFileSync(join(ROOT, "examples/openapi/orders-api.yaml"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "apigw-lint-lsp-"));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const codes = (p: PublishedDiagnostics) => p.diagnostics.map((d) => d.code);
const at = (p: PublishedDiagnostics) => p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code}`);

const REFERRING = `openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /a:
    get:
      responses: { "200": { description: ok } }
      x-amazon-apigateway-integration:
        $ref: ./shared.yaml#/integration
`;
const SHARED_BAD = "integration:\n  type: http_proxy\n  httpMethod: GET\n  uri: https://example.com/a\n  timeoutInMillis: 10\n";
const SHARED_GOOD = SHARED_BAD.replace("timeoutInMillis: 10", "timeoutInMillis: 1000");

let client: TestClient;
let latest: PublishedDiagnostics;

beforeAll(async () => {
  writeFileSync(join(dir, "orders-api.yaml"), EXAMPLE);
  writeFileSync(join(dir, "referring.yaml"), REFERRING);
  writeFileSync(join(dir, "shared.yaml"), SHARED_BAD);
  client = new TestClient();
  const init = await client.initialize(pathToFileURL(dir).href);
  expect(init.capabilities).toMatchObject({ textDocumentSync: 2, codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.apigw-lint"] } });
});

afterAll(async () => {
  if (client.child.exitCode === null) client.child.kill();
});

describe("the language server", () => {
  it("publishes on open the CLI's findings: same ids, messages, ranges; source, code and doc link", async () => {
    await client.open(uriOf("orders-api.yaml"), EXAMPLE);
    const published = await client.diagnostics(uriOf("orders-api.yaml"));
    const cli = lintText(EXAMPLE, join(dir, "orders-api.yaml"), { cwd: dir })[0]!.messages;
    expect(at(published)).toEqual(cli.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`));
    expect(published.diagnostics.map((d) => d.message)).toEqual(cli.map((m) => m.message));
    expect(at(published)[0]).toBe("23:21-23:24 lambda-method-not-post");
    expect(published.diagnostics.map((d) => d.severity)).toEqual([2, 1, 3, 1, 1]);
    for (const d of published.diagnostics) {
      expect(d.source).toBe("apigw-lint");
      expect(d.codeDescription!.href).toBe(pathToFileURL(join(ROOT, "docs", "rules", `${d.code}.md`)).href);
    }
  });

  it("lints the unsaved buffer again after a change", async () => {
    const fixedText = EXAMPLE.replace("        httpMethod: GET\n        uri: arn:aws:apigateway:eu-west-1:lambda", "        httpMethod: POST\n        uri: arn:aws:apigateway:eu-west-1:lambda");
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf("orders-api.yaml"), version: 2 }, contentChanges: [{ text: fixedText }] });
    const published = await client.diagnostics(uriOf("orders-api.yaml"), (p) => !codes(p).includes("lambda-method-not-post"));
    expect(codes(published)).toEqual(["credentials-missing", "passthrough-behavior-unsupported-media-type", "request-parameter-undeclared", "vpc-link-connection-id-missing"]);
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf("orders-api.yaml"), version: 3 }, contentChanges: [{ text: EXAMPLE }] });
    latest = await client.diagnostics(uriOf("orders-api.yaml"), (p) => codes(p).includes("lambda-method-not-post"));
  });

  it("offers the rule's quick fix (preferred) and a disable comment with a reason to fill in", async () => {
    const diagnostics = latest.diagnostics.filter((d) => d.code === "lambda-method-not-post");
    const actions = await client.connection.sendRequest<{ title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri: uriOf("orders-api.yaml") }, range: diagnostics[0]!.range, context: { diagnostics },
    });
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ["Call the function with POST (lambda-method-not-post)", "quickfix", true],
      ["Disable lambda-method-not-post for this line", "quickfix", false],
      ["Fix all auto-fixable apigw-lint problems", "source.fixAll.apigw-lint", false],
    ]);
    expect(actions[0]!.edit.changes[uriOf("orders-api.yaml")]).toEqual([{ range: { start: { line: 22, character: 20 }, end: { line: 22, character: 23 } }, newText: "POST" }]);
    expect(actions[1]!.edit.changes[uriOf("orders-api.yaml")]).toEqual([{ range: { start: { line: 22, character: 0 }, end: { line: 22, character: 0 } }, newText: "        # apigw-lint-disable-next-line lambda-method-not-post -- reason\n" }]);
  });

  it("offers no disable comment where the comment line would become part of a block scalar", async () => {
    const text = 'type: MOCK\nrequestTemplates:\n  application/json: |\n    {\n      #if($input.params("a") == "b")\n      "x": 1\n    }\n';
    await client.open(uriOf("block.yaml"), text);
    const published = await client.diagnostics(uriOf("block.yaml"));
    expect(at(published)).toEqual(["5:7-5:37 template-syntax-invalid"]);
    const actions = await client.connection.sendRequest<{ title: string }[]>("textDocument/codeAction", {
      textDocument: { uri: uriOf("block.yaml") }, range: published.diagnostics[0]!.range, context: { diagnostics: published.diagnostics, only: ["quickfix"] },
    });
    expect(actions).toEqual([]);
  });

  it("fixes all auto-fixable problems with source.fixAll.apigw-lint (minimal edits)", async () => {
    const actions = await client.connection.sendRequest<{ kind: string; edit: { changes: Record<string, unknown[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri: uriOf("orders-api.yaml") }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["source.fixAll.apigw-lint"] },
    });
    expect(actions).toEqual([{
      title: "Fix all auto-fixable apigw-lint problems",
      kind: "source.fixAll.apigw-lint",
      edit: { changes: { [uriOf("orders-api.yaml")]: [{ range: { start: { line: 22, character: 20 }, end: { line: 22, character: 23 } }, newText: "POST" }] } },
    }]);
  });

  it("reloads the configuration when a config file changes", async () => {
    writeFileSync(join(dir, "apigw-lint.config.yaml"), "rules:\n  credentials-missing: off\n");
    client.forget();
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf("apigw-lint.config.yaml"), type: 1 }] });
    const published = await client.diagnostics(uriOf("orders-api.yaml"));
    expect(codes(published)).toEqual(["lambda-method-not-post", "passthrough-behavior-unsupported-media-type", "request-parameter-undeclared", "vpc-link-connection-id-missing"]);
  });

  it("shows a broken configuration file on the document, and recovers when it is fixed", async () => {
    writeFileSync(join(dir, "apigw-lint.config.yaml"), "rules:\n  credentials-missing: [\n");
    client.forget();
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf("apigw-lint.config.yaml"), type: 2 }] });
    const broken = await client.diagnostics(uriOf("orders-api.yaml"));
    expect(broken.diagnostics.map((d) => [d.code, d.range.start.line, d.message.startsWith("Configuration: apigw-lint.config.yaml:")])).toEqual([["config-error", 0, true]]);
    writeFileSync(join(dir, "apigw-lint.config.yaml"), "rules:\n  credentials-missing: off\n");
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf("apigw-lint.config.yaml"), type: 2 }] });
    expect(codes(await client.diagnostics(uriOf("orders-api.yaml"), (p) => p.diagnostics.length > 1))).toContain("lambda-method-not-post");
  });

  it("reports a finding inside a $ref'd file on that file, and lints again when it changes", async () => {
    await client.open(uriOf("referring.yaml"), REFERRING);
    const shared = await client.diagnostics(uriOf("shared.yaml"), (p) => p.diagnostics.length > 0);
    expect(at(shared)).toEqual(["5:20-5:22 timeout-out-of-range"]);
    writeFileSync(join(dir, "shared.yaml"), SHARED_GOOD);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf("shared.yaml"), type: 2 }] });
    await client.diagnostics(uriOf("shared.yaml"), (p) => p.diagnostics.length === 0);
  });

  it("shows a syntax error as a diagnostic and keeps serving", async () => {
    await client.open(uriOf("broken.json"), '{ "type": "MOCK", ', "json");
    const published = await client.diagnostics(uriOf("broken.json"));
    expect(codes(published)).toEqual(["syntax-error"]);
    await client.open(uriOf("put.json"), '{\n  "type": "MOCK",\n  "timeoutInMillis": 10\n}\n', "json");
    expect(codes(await client.diagnostics(uriOf("put.json")))).toEqual(["timeout-out-of-range"]);
  });

  it("marks an unused suppression Unnecessary", async () => {
    const text = "# apigw-lint-disable-next-line timeout-out-of-range -- no longer needed\ntype: MOCK\n";
    await client.open(uriOf("unused.yaml"), text);
    const published = await client.diagnostics(uriOf("unused.yaml"));
    expect(published.diagnostics.map((d) => [d.code, d.tags])).toEqual([["unused-suppression", [1]]]);
  });

  it("clears a document's diagnostics when it is closed", async () => {
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf("put.json") } });
    await client.diagnostics(uriOf("put.json"), (p) => p.diagnostics.length === 0);
  });

  it("exits on shutdown/exit with code 0, leaving no process behind", async () => {
    const pid = client.child.pid!;
    expect(await client.shutdown()).toBe(0);
    expect(() => process.kill(pid, 0)).toThrow();
    expect(client.logs.filter((l) => l.includes("failed"))).toEqual([]);
  });
});


describe("settings and JSON documents", () => {
  it("takes the CLI's settings from initializationOptions, and names the config route to disable a rule in JSON", async () => {
    const second = new TestClient();
    try {
      await second.initialize(pathToFileURL(dir).href, { maxTimeout: 50_000 });
      const text = '{\n  "type": "MOCK",\n  "passthroughBehavior": "when_no_match",\n  "timeoutInMillis": 40000\n}\n';
      await second.open(uriOf("settings.json"), text, "json");
      const published = await second.diagnostics(uriOf("settings.json"));
      // 40000 ms is within the account's ceiling given in the settings: only the enum case is reported.
      expect(at(published)).toEqual(["3:26-3:41 passthrough-behavior-invalid"]);
      const actions = await second.connection.sendRequest<{ title: string; disabled?: { reason: string }; edit?: { changes: Record<string, unknown[]> } }[]>("textDocument/codeAction", {
        textDocument: { uri: uriOf("settings.json") }, range: published.diagnostics[0]!.range, context: { diagnostics: published.diagnostics, only: ["quickfix"] },
      });
      expect(actions.map((a) => a.title)).toEqual(["Write WHEN_NO_MATCH (passthrough-behavior-invalid)", "Disable passthrough-behavior-invalid here"]);
      // the fix keeps the quotes: only the characters of the value change
      expect(actions[0]!.edit!.changes[uriOf("settings.json")]).toEqual([{ range: { start: { line: 2, character: 26 }, end: { line: 2, character: 39 } }, newText: "WHEN_NO_MATCH" }]);
      expect(actions[1]!.disabled!.reason).toContain('"pointers"');
      expect(await second.shutdown()).toBe(0);
    } finally {
      if (second.child.exitCode === null) second.child.kill();
    }
  });

  it("asks the client for its settings (workspace/configuration) and applies them, and again on didChangeConfiguration", async () => {
    const third = new TestClient();
    let maxTimeout = 50_000;
    third.connection.onRequest("workspace/configuration", (params: { items: { section?: string }[] }) => params.items.map((item) => (item.section === "apigw-lint" ? { maxTimeout } : null)));
    try {
      await third.initialize(pathToFileURL(dir).href, {}, { workspace: { configuration: true } });
      const text = '{\n  "type": "MOCK",\n  "timeoutInMillis": 40000\n}\n';
      await third.open(uriOf("pulled.json"), text, "json");
      await third.diagnostics(uriOf("pulled.json"), (p) => p.diagnostics.length === 0);
      maxTimeout = 29_000;
      await third.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
      expect(codes(await third.diagnostics(uriOf("pulled.json"), (p) => p.diagnostics.length > 0))).toEqual(["timeout-out-of-range"]);
      expect(await third.shutdown()).toBe(0);
    } finally {
      if (third.child.exitCode === null) third.child.kill();
    }
  });

  it("is also `apigw-lint --lsp`", async () => {
    const viaCli = new TestClient(resolve(ROOT, "dist/bundle/apigw-lint.js"), "stdio", ["--lsp"]);
    try {
      const init = await viaCli.initialize(pathToFileURL(dir).href);
      expect(init.capabilities).toMatchObject({ codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.apigw-lint"] } });
      expect(await viaCli.shutdown()).toBe(0);
    } finally {
      if (viaCli.child.exitCode === null) viaCli.child.kill();
    }
  });
});
