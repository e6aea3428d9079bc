import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient, type PublishedDiagnostics } from "./client.js";

/** Unsaved buffers over a real stdio pipe: related files read from the editor, untitled buffers linted. */
const dir = mkdtempSync(join(tmpdir(), "apigw-lint-lsp-buffers-"));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const at = (p: PublishedDiagnostics) => p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code}`);

/** uses.json points into target.yaml. */
const USES = JSON.stringify({
  openapi: "3.0.1",
  info: { title: "t", version: "1" },
  paths: { "/a": { get: { responses: { 200: { description: "ok" } }, "x-amazon-apigateway-integration": { $ref: "./target.yaml#/integration" } } } },
}, null, 1) + "\n";
const TARGET_ON_DISK = "integration:\n  type: http_proxy\n  httpMethod: GET\n  uri: https://example.com/a\n  timeoutInMillis: 10\n";
const TARGET_FIXED = TARGET_ON_DISK.replace("timeoutInMillis: 10", "timeoutInMillis: 1000");
const TARGET_RENAMED = TARGET_FIXED.replace("integration:", "backend:");

let client: TestClient;

const change = (name: string, version: number, text: string) =>
  client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf(name), version }, contentChanges: [{ text }] });

beforeAll(async () => {
  writeFileSync(join(dir, "uses.json"), USES);
  writeFileSync(join(dir, "target.yaml"), TARGET_ON_DISK);
  writeFileSync(join(dir, "apigw-lint.config.yaml"), "rules:\n  timeout-out-of-range: warning\n");
  client = new TestClient();
  await client.initialize(pathToFileURL(dir).href);
});

afterAll(async () => {
  if (client.child.exitCode === null) client.child.kill();
});

describe("a $ref'd file open with unsaved edits", () => {
  it("is read from the buffer, and its users are linted again on every buffer change; closed, the disk again", async () => {
    await client.open(uriOf("uses.json"), USES, "json");
    // From the disk: the timeout in target.yaml, reported on target.yaml's URI.
    expect(at(await client.diagnostics(uriOf("target.yaml"), (p) => p.diagnostics.length > 0))).toEqual(["5:20-5:22 timeout-out-of-range"]);
    expect(at(await client.diagnostics(uriOf("uses.json")))).toEqual([]);

    await client.open(uriOf("target.yaml"), TARGET_ON_DISK);
    await change("target.yaml", 2, TARGET_FIXED);
    // The buffer's timeout is valid: the finding uses.json reported in target.yaml goes away, though the disk still says 10.
    await client.diagnostics(uriOf("target.yaml"), (p) => p.diagnostics.length === 0);
    expect(readFileSync(join(dir, "target.yaml"), "utf8")).toBe(TARGET_ON_DISK);

    await change("target.yaml", 3, TARGET_RENAMED);
    // The buffer no longer has #/integration: uses.json's own diagnostics change.
    const broken = await client.diagnostics(uriOf("uses.json"), (p) => p.diagnostics.length > 0);
    expect(at(broken)).toEqual(["16:14-16:42 ref-unresolved"]);
    expect(broken.diagnostics[0]!.message).toBe("$ref './target.yaml#/integration' points to nothing: ./target.yaml has no '#/integration'.");

    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf("target.yaml") } });
    // Closed without saving: the disk's text is used again (the $ref resolves, the timeout of 10 is back).
    await client.diagnostics(uriOf("uses.json"), (p) => p.diagnostics.length === 0);
    expect(at(await client.diagnostics(uriOf("target.yaml"), (p) => p.diagnostics.length > 0))).toEqual(["5:20-5:22 timeout-out-of-range"]);
  });
});

describe("an AWS::Include'd file open with unsaved edits", () => {
  const TEMPLATE = "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Body:\n        Fn::Transform:\n          Name: AWS::Include\n          Parameters:\n            Location: ./included.yaml\n";
  const INCLUDED = "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses: { '200': { description: ok } }\n      x-amazon-apigateway-integration: { type: mock, timeoutInMillis: 10 }\n";

  it("is read from the buffer while open, and from the disk once closed", async () => {
    writeFileSync(join(dir, "template.yaml"), TEMPLATE);
    writeFileSync(join(dir, "included.yaml"), INCLUDED);
    await client.open(uriOf("template.yaml"), TEMPLATE);
    expect(at(await client.diagnostics(uriOf("included.yaml"), (p) => p.diagnostics.length > 0))).toEqual(["7:71-7:73 timeout-out-of-range"]);
    await client.open(uriOf("included.yaml"), INCLUDED);
    await change("included.yaml", 2, INCLUDED.replace("timeoutInMillis: 10 ", "timeoutInMillis: 1000 "));
    await client.diagnostics(uriOf("included.yaml"), (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf("included.yaml") } });
    expect(at(await client.diagnostics(uriOf("included.yaml"), (p) => p.diagnostics.length > 0))).toEqual(["7:71-7:73 timeout-out-of-range"]);
  });
});

describe("untitled buffers (no file on disk)", () => {
  const JSON_TEXT = '{\n  "type": "MOCK",\n  "passthroughBehavior": "when_no_match",\n  "timeoutInMillis": 10\n}\n';
  let untitledJson: PublishedDiagnostics;
  const TERRAFORM = 'resource "aws_api_gateway_integration" "x" {\n  rest_api_id          = "a"\n  resource_id          = "b"\n  http_method          = "GET"\n  type                 = "MOCK"\n  timeout_milliseconds = 10\n}\n';

  it("lints YAML, JSON and Terraform by the languageId, with the workspace folder's configuration", async () => {
    await client.open("untitled:Untitled-1", "type: MOCK\ntimeoutInMillis: 10\n", "yaml");
    const yaml = await client.diagnostics("untitled:Untitled-1");
    // apigw-lint.config.yaml in the workspace folder makes the timeout a warning (2).
    expect(yaml.diagnostics.map((d) => [at({ ...yaml, diagnostics: [d] })[0], d.severity])).toEqual([["2:18-2:20 timeout-out-of-range", 2]]);
    await client.open("untitled:Untitled-2", JSON_TEXT, "json");
    untitledJson = await client.diagnostics("untitled:Untitled-2");
    expect(at(untitledJson)).toEqual(["3:26-3:41 passthrough-behavior-invalid", "4:22-4:24 timeout-out-of-range"]);
    await client.open("untitled:Untitled-3", TERRAFORM, "terraform");
    expect(at(await client.diagnostics("untitled:Untitled-3"))).toEqual(["6:26-6:28 timeout-out-of-range"]);
  });

  it("relints on change, and closing clears the diagnostics", async () => {
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: "untitled:Untitled-1", version: 2 }, contentChanges: [{ text: "type: MOCK\ntimeoutInMillis: 100\n" }] });
    await client.diagnostics("untitled:Untitled-1", (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: "untitled:Untitled-1", version: 3 }, contentChanges: [{ text: "type: MOCK\ntimeoutInMillis: 1\n" }] });
    await client.diagnostics("untitled:Untitled-1", (p) => p.diagnostics.length === 1);
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: "untitled:Untitled-1" } });
    await client.diagnostics("untitled:Untitled-1", (p) => p.diagnostics.length === 0);
  });

  it("offers a JSON buffer's fixes (no comment to disable a rule in JSON) and fixes all", async () => {
    const quick = await client.connection.sendRequest<{ title: string; disabled?: { reason: string }; edit?: { changes: Record<string, unknown[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri: "untitled:Untitled-2" }, range: untitledJson.diagnostics[0]!.range, context: { diagnostics: [untitledJson.diagnostics[0]], only: ["quickfix"] },
    });
    expect(quick.map((a) => [a.title, a.disabled !== undefined])).toEqual([["Write WHEN_NO_MATCH (passthrough-behavior-invalid)", false], ["Disable passthrough-behavior-invalid here", true]]);
    expect(quick[0]!.edit!.changes["untitled:Untitled-2"]).toEqual([{ range: { start: { line: 2, character: 26 }, end: { line: 2, character: 39 } }, newText: "WHEN_NO_MATCH" }]);
    const published = await client.connection.sendRequest<{ title: string; disabled?: unknown; edit?: { changes: Record<string, unknown[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri: "untitled:Untitled-2" }, range: { start: { line: 2, character: 25 }, end: { line: 2, character: 40 } },
      context: { diagnostics: [], only: ["source.fixAll.apigw-lint"] },
    });
    expect(published).toEqual([{
      title: "Fix all auto-fixable apigw-lint problems",
      kind: "source.fixAll.apigw-lint",
      edit: { changes: { "untitled:Untitled-2": [{ range: { start: { line: 2, character: 26 }, end: { line: 2, character: 39 } }, newText: "WHEN_NO_MATCH" }] } },
    }]);
  });

  it("reports a $ref to another file once, as unresolved: an untitled buffer has no folder", async () => {
    await client.open("untitled:Untitled-4", USES, "json");
    const published = await client.diagnostics("untitled:Untitled-4");
    expect(at(published)).toEqual(["16:14-16:42 ref-unresolved"]);
    expect(published.diagnostics[0]!.message).toBe("$ref './target.yaml#/integration' cannot be followed: an untitled buffer has no folder for a relative path to start from (save it to follow the reference).");
  });

  it("leaves untitled buffers of other languages alone", async () => {
    await client.open("untitled:Untitled-5", "type: MOCK\ntimeoutInMillis: 10\n", "plaintext");
    await client.open("untitled:Untitled-6", "type: MOCK\n", "yaml");
    await client.diagnostics("untitled:Untitled-6");
    // Notifications are handled in order: Untitled-5 was opened first and published nothing.
    await expect(client.diagnostics("untitled:Untitled-5", () => true, 0)).rejects.toThrow(/no diagnostics for untitled:Untitled-5/);
  });

  it("uses the defaults when there is no workspace folder", async () => {
    const alone = new TestClient();
    try {
      await alone.connection.sendRequest("initialize", { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
      await alone.connection.sendNotification("initialized", {});
      await alone.open("untitled:Untitled-1", "type: MOCK\ntimeoutInMillis: 10\n", "yaml");
      const published = await alone.diagnostics("untitled:Untitled-1");
      expect(published.diagnostics.map((d) => [d.code, d.severity])).toEqual([["timeout-out-of-range", 1]]);
      expect(await alone.shutdown()).toBe(0);
    } finally {
      if (alone.child.exitCode === null) alone.child.kill();
    }
  });
});
