import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lastRunStats, lintFiles } from "../../src/engine/lint.js";
import { unitsOfWork } from "../../src/engine/pool.js";
import { loadedAsRelated } from "../../src/engine/related.js";
import { DEFAULT_LIMITS } from "../../src/load/limits.js";
import { prepareHclParser } from "../../src/load/hcl-parser.js";

beforeAll(() => prepareHclParser());

const API = `resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = "orders"
}
`;

const METHOD = `resource "aws_api_gateway_method" "get" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "NONE"
}
`;

const INTEGRATION = `resource "aws_api_gateway_integration" "get" {
  rest_api_id             = aws_api_gateway_rest_api.api.id
  resource_id             = aws_api_gateway_resource.orders.id
  http_method             = aws_api_gateway_method.get.http_method
  type                    = "HTTP"
  integration_http_method = "GET"
  uri                     = "https://example.com/orders"
  timeout_milliseconds    = 35000
  request_parameters = {
    "integration.request.path.id" = "method.request.path.id"
  }
}
`;

type Results = Awaited<ReturnType<typeof lintFiles>>;
const summary = (results: Results) =>
  results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}`)).sort();

describe("a file linted on its own and loaded as another's sibling is read once", () => {
  it("parses a Terraform module's files once in a run, and finds what linting each file alone finds", async () => {
    const folder = mkdtempSync(join(tmpdir(), "apigw-lint-shared-"));
    try {
      writeFileSync(join(folder, "api.tf"), API);
      writeFileSync(join(folder, "integration.tf"), INTEGRATION);
      writeFileSync(join(folder, "method.tf"), METHOD);
      const together = await lintFiles(["."], { cwd: folder });
      const stats = { ...lastRunStats };
      const alone: Results = [];
      for (const name of ["api.tf", "integration.tf", "method.tf"]) alone.push(...(await lintFiles([name], { cwd: folder })));

      // api.tf is read on its own; its lint loads its siblings (the module is its context), and the other two
      // files are linted from those loads: three files, three reads (five before: each file also read again
      // as a sibling).
      expect(stats).toMatchObject({ filesLinted: 3, filesParsed: 1 });
      expect(summary(together)).toEqual(summary(alone));
      expect(summary(together)).toEqual([
        "integration.tf:10:37 request-parameter-undeclared",
        "integration.tf:5:29 default-response-missing",
        "integration.tf:8:29 timeout-out-of-range",
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("what a run keeps", () => {
  it("keeps a Terraform file for its siblings, and no other file it linted (a run's trees would pile up)", async () => {
    const folder = mkdtempSync(join(tmpdir(), "apigw-lint-shared-"));
    try {
      writeFileSync(join(folder, "api.tf"), API);
      writeFileSync(join(folder, "api.yaml"), "openapi: 3.0.1\npaths: {}\n");
      await lintFiles(["."], { cwd: folder });
      expect(loadedAsRelated("api.tf", join(folder, "api.tf"), DEFAULT_LIMITS)?.file).toBe("api.tf");
      expect(loadedAsRelated("api.yaml", join(folder, "api.yaml"), DEFAULT_LIMITS)).toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("units of work (src/engine/pool.ts)", () => {
  it("keeps the files of one key together, in file order, and every other file on its own", () => {
    const files = ["a/main.tf", "a/x.yaml", "b/main.tf", "a/vars.tf", "c.json", "b/out.tf"];
    const moduleOf = (file: string) => (file.endsWith(".tf") ? file.slice(0, file.lastIndexOf("/")) : undefined);
    expect(unitsOfWork(files, moduleOf)).toEqual([[0, 3], [1], [2, 5], [4]]);
    expect(unitsOfWork(files, () => undefined)).toEqual([[0], [1], [2], [3], [4], [5]]);
  });
});
