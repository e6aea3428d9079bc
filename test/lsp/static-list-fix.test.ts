import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument, type TextEdit } from "vscode-languageserver-textdocument";
import { TestClient } from "./client.js";

/** The quick fix for a static value quoted per item, as an editor gets it over stdio. */
const dir = mkdtempSync(join(tmpdir(), "apigw-lint-lsp-static-"));
const uri = pathToFileURL(join(dir, "options.yaml")).href;
const TEXT = `openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /a:
    options:
      responses:
        "200":
          description: ok
          headers: { Access-Control-Allow-Headers: { schema: { type: string } } }
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: { application/json: '{"statusCode": 200}' }
        responses:
          default:
            statusCode: "200"
            responseParameters:
              method.response.header.Access-Control-Allow-Headers: "'Content-Type',Authorization"
`;

let client: TestClient;
beforeAll(async () => {
  client = new TestClient();
  await client.initialize(pathToFileURL(dir).href);
});
afterAll(() => {
  if (client.child.exitCode === null) client.child.kill();
});

describe("a static value quoted per item", () => {
  it("is reported with a preferred quick fix that writes the one literal, and fix-all does the same", async () => {
    await client.open(uri, TEXT);
    const published = await client.diagnostics(uri);
    expect(published.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code}`)).toEqual(["17:68-17:98 response-parameter-invalid"]);
    const actions = await client.connection.sendRequest<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, unknown[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri }, range: published.diagnostics[0]!.range, context: { diagnostics: published.diagnostics },
    });
    const edit = { range: { start: { line: 16, character: 68 }, end: { line: 16, character: 96 } }, newText: "'Content-Type,Authorization'" };
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ["Quote the list once: 'Content-Type,Authorization' (response-parameter-invalid)", true],
      ["Disable response-parameter-invalid for this line", false],
      ["Fix all auto-fixable apigw-lint problems", false],
    ]);
    expect(actions[0]!.edit.changes[uri]).toEqual([edit]);
    // fix-all: minimal edits that give the same text as the quick fix
    const fixed = TEXT.replace(`"'Content-Type',Authorization"`, `"'Content-Type,Authorization'"`);
    const document = TextDocument.create(uri, "yaml", 1, TEXT);
    expect(TextDocument.applyEdits(document, [edit as TextEdit])).toBe(fixed);
    expect(TextDocument.applyEdits(document, actions[2]!.edit.changes[uri] as TextEdit[])).toBe(fixed);
  });
});
