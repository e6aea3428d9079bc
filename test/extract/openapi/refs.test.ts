import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import refRemote from "../../../rules/ref-remote.js";
import refUnresolved from "../../../rules/ref-unresolved.js";
import refIntegrationsRest from "../../../rules/ref-integrations-rest.js";
import { ruleTester } from "../../helpers/rule-tester.js";
import { lintFiles } from "../../../src/engine/lint.js";
import { declared, extract } from "./extract-helper.js";

const REMOTE = "https://example.com/common.yaml#/components/parameters/Page";

ruleTester(refRemote, {
  valid: [
    { name: "local parameter ref", code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/P'\n      x-amazon-apigateway-integration: { type: mock }\ncomponents:\n  parameters:\n    P: { name: p, in: query }\n" },
    { name: "a remote ref the integration does not depend on (a schema) is not reported", code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      requestBody: { content: { application/json: { schema: { $ref: 'https://example.com/s.json' } } } }\n      x-amazon-apigateway-integration: { type: mock }\n" },
  ],
  invalid: [
    {
      name: "a remote path-level parameter shared by two operations is reported once",
      code: `openapi: 3.0.1
paths:
  /pets:
    parameters:
      - $ref: ${REMOTE}
    get:
      x-amazon-apigateway-integration: { type: mock }
    post:
      x-amazon-apigateway-integration: { type: mock }
`,
      errors: [{ message: `$ref '${REMOTE}' is a remote URL: apigw-lint never fetches over the network, so what it points to is not checked.`, line: 5, column: 15, endLine: 5, endColumn: 15 + REMOTE.length }],
    },
    {
      name: "a remote integration (JSON, http)",
      code: `{
  "swagger": "2.0",
  "paths": { "/": { "get": { "x-amazon-apigateway-integration": { "$ref": "http://example.com/i.json" } } } }
}
`,
      errors: [{ message: "$ref 'http://example.com/i.json' is a remote URL: apigw-lint never fetches over the network, so what it points to is not checked.", line: 3, column: 75, endLine: 3, endColumn: 102 }],
    },
  ],
});

describe("a remote ref leaves what it stood for unknown", () => {
  it("parameters behind it are unknown, so request-parameter-undeclared stays silent", () => {
    const { integrations, findings } = extract(`openapi: 3.0.1\npaths:\n  /p:\n    get:\n      parameters:\n        - $ref: ${REMOTE}\n      x-amazon-apigateway-integration: { type: mock }\n`);
    expect(findings.map((f) => f.ruleId)).toEqual(["ref-remote"]);
    expect(declared(integrations[0])).toBeUndefined();
  });
});

ruleTester(refUnresolved, {
  valid: [
    { name: "pointer with escapes", code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/a~1b'\n      x-amazon-apigateway-integration: { type: mock }\ncomponents:\n  parameters:\n    a/b: { name: p, in: query }\n" },
  ],
  invalid: [
    {
      name: "missing local target",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/Missing'\n      x-amazon-apigateway-integration: { type: mock }\n",
      errors: [{ message: "$ref '#/components/parameters/Missing' points to nothing: the document has no '#/components/parameters/Missing'.", line: 6, column: 17, endLine: 6, endColumn: 50 }],
    },
    {
      name: "a cycle is reported and nothing crashes",
      code: `openapi: 3.0.1
paths:
  /p:
    get:
      x-amazon-apigateway-integration:
        $ref: '#/components/x-amazon-apigateway-integrations/a'
components:
  x-amazon-apigateway-integrations:
    a: { $ref: '#/components/x-amazon-apigateway-integrations/b' }
    b: { $ref: '#/components/x-amazon-apigateway-integrations/a' }
x-amazon-apigateway-cors: {}
`,
      errors: [{ message: "$ref '#/components/x-amazon-apigateway-integrations/b' is circular: following it comes back to itself.", line: 9, column: 16, endLine: 9, endColumn: 65 }],
    },
    {
      name: "a self-referencing path item",
      code: "openapi: 3.0.1\npaths:\n  /p: { $ref: '#/paths/~1p' }\n",
      errors: [{ message: "$ref '#/paths/~1p' is circular: following it comes back to itself.", line: 3, column: 15, endLine: 3, endColumn: 28 }],
    },
    {
      name: "a pointer that is not one",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration: { $ref: '#components' }\n",
      errors: [{ message: "$ref '#components' cannot be followed: '#components' is not a JSON pointer (it must start with '/').", line: 5, column: 48, endLine: 5, endColumn: 61 }],
    },
    {
      name: "a missing file",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration: { $ref: './no-such-file.yaml' }\n",
      errors: [{ message: "$ref './no-such-file.yaml' cannot be followed: file not found: ./no-such-file.yaml.", line: 5, column: 48, endLine: 5, endColumn: 69 }],
    },
  ],
});

ruleTester(refIntegrationsRest, {
  valid: [
    {
      name: "an HTTP API resolves it",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration: { $ref: '#/components/x-amazon-apigateway-integrations/i' }\ncomponents:\n  x-amazon-apigateway-integrations:\n    i: { type: http_proxy, httpMethod: GET, uri: 'https://example.com', payloadFormatVersion: '1.0' }\nx-amazon-apigateway-cors: {}\n",
    },
  ],
  invalid: [
    {
      name: "a REST API drops it",
      code: "openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration: { $ref: '#/components/x-amazon-apigateway-integrations/i' }\ncomponents:\n  x-amazon-apigateway-integrations:\n    i: { type: http, httpMethod: GET, uri: 'https://example.com' }\n",
      errors: [{ message: "REST APIs do not resolve $ref to x-amazon-apigateway-integrations (an HTTP API feature): the import ignores this integration (\"Unknown integration type 'null' for 'GET /p'. Ignoring.\"), and the method is left without one.", line: 5, column: 48, endLine: 5, endColumn: 97 }],
    },
  ],
});

describe("HTTP API: the $ref'd shared integration is linted where it is written", () => {
  it("points into components", () => {
    const { integrations } = extract("openapi: 3.0.1\npaths:\n  /p:\n    get:\n      x-amazon-apigateway-integration: { $ref: '#/components/x-amazon-apigateway-integrations/i' }\ncomponents:\n  x-amazon-apigateway-integrations:\n    i: { type: http_proxy }\nx-amazon-apigateway-cors: {}\n");
    expect(integrations.map((i) => [i.apiKind, i.ref.path, i.method.resourcePath])).toEqual([["HTTP", ["components", "x-amazon-apigateway-integrations", "i"], "/p"]]);
  });
});

describe("file references", () => {
  const base = mkdtempSync(join(tmpdir(), "apigw-lint-openapi-refs-"));
  const project = join(base, "project");
  mkdirSync(join(project, "shared"), { recursive: true });
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  writeFileSync(join(base, "outside.yaml"), "Page: { name: page, in: query }\n");
  writeFileSync(
    join(project, "shared", "integrations.yaml"),
    `orders:
  type: http
  httpMethod: GET
  uri: https://backend.example.com/orders
  timeoutInMillis: 10
  requestParameters:
    integration.request.querystring.page: method.request.querystring.page
    integration.request.querystring.size: method.request.querystring.size
parameters:
  page: { name: page, in: query }
`,
  );
  writeFileSync(
    join(project, "api.yaml"),
    `openapi: 3.0.1
paths:
  /orders:
    get:
      parameters:
        - $ref: shared/integrations.yaml#/parameters/page
      x-amazon-apigateway-integration:
        $ref: ./shared/integrations.yaml#/orders
  /escape:
    get:
      parameters:
        - $ref: ../outside.yaml#/Page
      x-amazon-apigateway-integration: { type: mock }
`,
  );

  it("follows refs inside the root (findings land in the referenced file) and refuses to leave it", async () => {
    const results = await lintFiles(["api.yaml"], { cwd: project });
    const flat = results.map((r) => ({ file: r.filePath, messages: r.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.message}`) }));
    expect(flat).toEqual([
      {
        file: "api.yaml",
        messages: ["12:17-12:38 warning ref-unresolved $ref '../outside.yaml#/Page' cannot be followed: the reference leaves the project root: ../outside.yaml."],
      },
      {
        file: "shared/integrations.yaml",
        messages: [
          "5:20-5:22 error timeout-out-of-range Timeout should be between 50 ms and 29000 ms: got 10.",
          "8:43-8:74 error request-parameter-undeclared Invalid mapping expression parameter specified: method.request.querystring.size (the method does not declare method.request.querystring.size).",
        ],
      },
    ]);
  });
});
