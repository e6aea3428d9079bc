import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument, type TextEdit } from "vscode-languageserver-textdocument";
import { TestClient } from "./client.js";
import { corsMethod } from "../helpers/cors-method.js";

/** The newer quick fixes (a static value quoted per item, an undeclared header), as an editor gets them over stdio. */
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

describe("a header mapped but not declared", () => {
  const template = pathToFileURL(join(dir, "template.yaml")).href;
  const TEMPLATE = corsMethod(
    '        - StatusCode: "200"\n          ResponseParameters:\n            method.response.header.Access-Control-Allow-Origin: true\n',
    "          - StatusCode: \"200\"\n            ResponseParameters:\n              method.response.header.Access-Control-Allow-Origin: \"'*'\"\n" +
      "              method.response.header.Access-Control-Allow-Methods: \"'OPTIONS,GET'\"\n",
  );

  it("gets a quick fix that declares it on the method response, where the finding is not", async () => {
    await client.open(template, TEMPLATE);
    const published = await client.diagnostics(template);
    expect(published.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`)).toEqual(["18:15 response-header-undeclared"]);
    const actions = await client.connection.sendRequest<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, TextEdit[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri: template }, range: published.diagnostics[0]!.range, context: { diagnostics: published.diagnostics, only: ["quickfix"] },
    });
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ["Declare Access-Control-Allow-Methods on the method response 200 (response-header-undeclared)", true],
      ["Disable response-header-undeclared for this line", false],
    ]);
    expect(actions[0]!.edit.changes[template]).toEqual([
      { range: { start: { line: 8, character: 68 }, end: { line: 8, character: 68 } }, newText: "\n            method.response.header.Access-Control-Allow-Methods: false" },
    ]);
    const fixed = TextDocument.applyEdits(TextDocument.create(template, "yaml", 1, TEMPLATE), actions[0]!.edit.changes[template]!);
    expect(fixed).toBe(TEMPLATE.replace("Allow-Origin: true\n", "Allow-Origin: true\n            method.response.header.Access-Control-Allow-Methods: false\n"));
  });
});
