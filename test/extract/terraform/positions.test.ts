import { beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lintFiles, lintText } from "../../../src/engine/lint.js";
import { prepareHclParser } from "../../../src/load/hcl-parser.js";

beforeAll(() => prepareHclParser());

function findings(results: ReturnType<typeof lintText>, ruleId: string) {
  return results.flatMap((r) => r.messages.map((m) => ({ ...m, file: r.filePath }))).filter((m) => m.ruleId === ruleId)
    .map((m) => ({ file: m.file, message: m.message, at: `${m.line}:${m.column}-${m.endLine}:${m.endColumn}` }));
}

const API = `resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}
`;

describe("Terraform positions", () => {
  it("an argument: the value of timeout_milliseconds", () => {
    const tf = `${API}resource "aws_api_gateway_integration" "get" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  resource_id          = aws_api_gateway_rest_api.api.root_resource_id
  http_method          = "GET"
  type                 = "HTTP_PROXY"
  integration_http_method = "GET"
  uri                  = "https://example.com/"
  timeout_milliseconds = 10
}
`;
    expect(findings(lintText(tf, "main.tf"), "timeout-out-of-range")).toEqual([{ file: "main.tf", message: "Timeout should be between 50 ms and 29000 ms: got 10.", at: "11:26-11:28" }]);
  });

  it("a block attribute: tls_config on an integration that makes no TLS call", () => {
    const tf = `${API}resource "aws_api_gateway_integration" "mock" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  resource_id = aws_api_gateway_rest_api.api.root_resource_id
  http_method = "GET"
  type        = "MOCK"
  tls_config {
    insecure_skip_verification = true
  }
}
`;
    expect(findings(lintText(tf, "main.tf"), "tls-config-unused")).toEqual([
      { file: "main.tf", message: "tlsConfig has no effect on a MOCK integration: it applies to HTTP and HTTP_PROXY backends.", at: "9:3-9:13" },
    ]);
  });

  it("a value inside a heredoc mapping template: the VTL error is on its line and column", () => {
    const tf = `${API}resource "aws_api_gateway_integration" "post" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  resource_id = aws_api_gateway_rest_api.api.root_resource_id
  http_method = "POST"
  type        = "MOCK"
  request_templates = {
    "application/json" = <<-EOF
      {"statusCode": 200}
      #if($input.params('x') == "y"
    EOF
  }
}
`;
    // `<<-` strips the common indentation: the decoded template's offsets map back past it, onto `"y"` of line 12.
    expect(findings(lintText(tf, "main.tf"), "template-syntax-invalid").map((f) => f.at)).toEqual(["12:33-12:36"]);
  });

  it("a jsonencode body: the OpenAPI integration is located in the .tf file", () => {
    const tf = `resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
  body = jsonencode({
    openapi = "3.0.1"
    paths = {
      "/orders" = {
        get = {
          x-amazon-apigateway-integration = {
            type       = "http_proxy"
            httpMethod = "GET"
            uri        = "https://example.com/orders"
            timeoutInMillis = 10
          }
        }
      }
    }
  })
}
`;
    expect(findings(lintText(tf, "main.tf"), "timeout-out-of-range")).toEqual([{ file: "main.tf", message: "Timeout should be between 50 ms and 29000 ms: got 10.", at: "12:31-12:33" }]);
  });

  it("a templatefile OpenAPI file: located in that file, template placeholders unknown", async () => {
    const folder = mkdtempSync(join(tmpdir(), "apigw-lint-tf-"));
    try {
      mkdirSync(join(folder, "api"));
      writeFileSync(join(folder, "main.tf"), `resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
  body = templatefile("\${path.module}/api/openapi.yaml", { lambda_arn = "x" })
}
`);
      writeFileSync(join(folder, "api", "openapi.yaml"), `openapi: 3.0.1
paths:
  /orders:
    post:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: \${lambda_arn}
        timeoutInMillis: 30001
`);
      const results = await lintFiles(["main.tf"], { cwd: folder });
      expect(findings(results, "timeout-out-of-range").map(({ file, at }) => ({ file, at }))).toEqual([{ file: "api/openapi.yaml", at: "9:26-9:31" }]);
      expect(findings(results, "aws-uri-invalid")).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
