import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lintFiles } from "../../../src/engine/lint.js";
import { declared, extract } from "./extract-helper.js";

const REMOTE = "https://example.com/common.yaml#/components/parameters/Page";

describe("a remote ref leaves what it stood for unknown", () => {
  it("parameters behind it are unknown, so request-parameter-undeclared stays silent", () => {
    const { integrations, findings } = extract(`openapi: 3.0.1\npaths:\n  /p:\n    get:\n      parameters:\n        - $ref: ${REMOTE}\n      x-amazon-apigateway-integration: { type: mock }\n`);
    expect(findings.map((f) => f.ruleId)).toEqual(["ref-remote"]);
    expect(declared(integrations[0])).toBeUndefined();
  });
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
    const checked = new Set(["ref-unresolved", "timeout-out-of-range", "request-parameter-undeclared"]);
    const flat = results.map((r) => ({ file: r.filePath, messages: r.messages.filter((m) => checked.has(m.ruleId)).map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.message}`) }));
    expect(flat).toEqual([
      {
        file: "api.yaml",
        messages: [`12:17-12:38 warning ref-unresolved $ref '../outside.yaml#/Page' cannot be followed: the reference leaves the project root ${project} (set another with --project-root): ../outside.yaml.`],
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
