import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lintFiles, lintText } from "../../../src/engine/lint.js";
import { prepareHclParser } from "../../../src/load/hcl-parser.js";

beforeAll(() => prepareHclParser());

type Results = Awaited<ReturnType<typeof lintFiles>>;

function findings(results: Results, ruleId?: string) {
  return results.flatMap((r) => r.messages.map((m) => ({ ...m, file: r.filePath }))).filter((m) => !ruleId || m.ruleId === ruleId)
    .map((m) => ({ id: m.ruleId, file: m.file, message: m.message, at: `${m.line}:${m.column}` }));
}

async function lintModule(files: Record<string, string>, named: string[]): Promise<Results> {
  const folder = mkdtempSync(join(tmpdir(), "apigw-lint-tf-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return await lintFiles(named, { cwd: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const BARE_LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:orders";

const MAIN = `variable "timeout" {
  default = 30000
}

locals {
  function_arn = "${BARE_LAMBDA}"
}

resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
  endpoint_configuration {
    types = ["EDGE"]
  }
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "get" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "NONE"
  request_parameters = {
    "method.request.querystring.id" = true
  }
}
`;

const INTEGRATION = `resource "aws_api_gateway_integration" "get" {
  rest_api_id             = aws_api_gateway_rest_api.api.id
  resource_id             = aws_api_gateway_resource.orders.id
  http_method             = aws_api_gateway_method.get.http_method
  type                    = "AWS_PROXY"
  integration_http_method = "POST"
  uri                     = local.function_arn
  timeout_milliseconds    = var.timeout
  request_parameters = {
    "integration.request.querystring.id" = "method.request.querystring.ID"
  }
}
`;

describe("Terraform modules", () => {
  it("a .tf named alone is linted with its folder's other files as context (var, local, method, resource path, endpoint type)", async () => {
    const results = await lintModule({ "main.tf": MAIN, "integration.tf": INTEGRATION }, ["integration.tf"]);
    expect(findings(results).filter((f) => f.id !== "cfn-lambda-permission-missing")).toEqual([
      { id: "request-parameter-undeclared", file: "integration.tf", message: "Invalid mapping expression parameter specified: method.request.querystring.ID (the method does not declare method.request.querystring.ID).", at: "10:44" },
      { id: "aws-uri-invalid", file: "integration.tf", message: expect.stringContaining(`'${BARE_LAMBDA}' is a bare Lambda function ARN`), at: "7:29" },
      { id: "timeout-out-of-range", file: "integration.tf", message: "Timeout should be between 50 ms and 29000 ms: got 30000 (EDGE APIs cannot raise the quota).", at: "8:29" },
    ].sort((a, b) => a.at.localeCompare(b.at, "en", { numeric: true })));
  });

  it("the folder walk reads .tf files and reports each integration once, in the file that holds it", async () => {
    const results = await lintModule({ "main.tf": MAIN, "integration.tf": INTEGRATION }, ["."]);
    expect(findings(results, "timeout-out-of-range").map((f) => f.file)).toEqual(["integration.tf"]);
  });

  it("unknown values keep rules silent: interpolations, other resources' attributes, key expressions, count/for_each", async () => {
    const tf = `variable "timeout" {}
resource "aws_api_gateway_integration" "get" {
  count                   = 2
  rest_api_id             = "abc"
  resource_id             = "def"
  http_method             = "GET"
  type                    = "AWS_PROXY"
  integration_http_method = "POST"
  uri                     = "arn:aws:apigateway:\${data.aws_region.current.name}:lambda:path/2015-03-31/functions/\${aws_lambda_function.f[count.index].arn}/invocations"
  timeout_milliseconds    = var.timeout
}
resource "aws_api_gateway_integration" "mock" {
  rest_api_id = "abc"
  resource_id = "def"
  http_method = "POST"
  type        = "MOCK"
  request_templates = {
    (var.content_type) = "{}"
  }
}
`;
    const results = await lintModule({ "main.tf": tf }, ["main.tf"]);
    expect(results.map((r) => r.integrationCount)).toEqual([2]);
    expect(findings(results).filter((f) => f.id !== "cfn-lambda-permission-missing")).toEqual([]);
  });

  it("a suppression comment in HCL silences the next line", async () => {
    const tf = INTEGRATION.replace("  timeout_milliseconds", "  # apigw-lint-disable-next-line timeout-out-of-range -- the account quota is raised\n  timeout_milliseconds");
    const results = await lintModule({ "main.tf": MAIN, "integration.tf": tf }, ["integration.tf"]);
    expect(findings(results, "timeout-out-of-range")).toEqual([]);
    expect(results.flatMap((r) => r.suppressedMessages ?? []).map((m) => m.ruleId)).toEqual(["timeout-out-of-range"]);
  });

  it("an HCL syntax error is one fatal error", () => {
    const results = lintText('resource "aws_api_gateway_integration" "x" {\n  type = \n}\n', "main.tf");
    expect(results.flatMap((r) => r.messages).map((m) => ({ id: m.ruleId, fatal: m.fatal, at: `${m.line}:${m.column}` }))).toEqual([{ id: "syntax-error", fatal: true, at: "2:3" }]);
  });

  it("HTTP API integrations (aws_apigatewayv2_integration) follow the HTTP API rules", () => {
    const tf = `resource "aws_apigatewayv2_api" "api" {
  name          = "orders"
  protocol_type = "HTTP"
}
resource "aws_apigatewayv2_integration" "lambda" {
  api_id                 = aws_apigatewayv2_api.api.id
  integration_type       = "AWS_PROXY"
  integration_uri        = "${BARE_LAMBDA}"
  payload_format_version = "2.0"
  timeout_milliseconds   = 40000
}
`;
    expect(findings(lintText(tf, "main.tf"), "timeout-out-of-range").map((f) => [f.message, f.at])).toEqual([["Timeout should be between 50 ms and 30000 ms: got 40000 (HTTP APIs cannot raise it).", "10:28"]]);
    expect(findings(lintText(tf, "main.tf"), "aws-uri-invalid")).toEqual([]);
  });
});

describe("Lambda functions as Terraform writes them", () => {
  const tf = (uri: string, verb: string) => `resource "aws_lambda_function" "orders" {
  function_name = "orders"
}
resource "aws_api_gateway_integration" "x" {
  rest_api_id             = "a"
  resource_id             = "b"
  http_method             = "GET"
  type                    = "AWS_PROXY"
  integration_http_method = "${verb}"
  uri                     = ${uri}
}
`;
  const found = (uri: string, verb: string) => lintText(tf(uri, verb), "main.tf").flatMap((r) => r.messages).map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`);

  it("uri = aws_lambda_function.f.arn is the classic bare-ARN bug", () => {
    expect(found("aws_lambda_function.orders.arn", "POST")).toEqual([
      "aws-uri-invalid 10:29 AWS ARN for integration must contain path or action: 'arn:\u2026:lambda:\u2026:\u2026:function:orders' is a bare Lambda function ARN; REST APIs need arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations.",
    ]);
  });

  it("invoke_arn is a Lambda invocation URI: right with POST, wrong with GET", () => {
    expect(found("aws_lambda_function.orders.invoke_arn", "POST")).toEqual([]);
    expect(found("data.aws_lambda_function.other.qualified_invoke_arn", "POST")).toEqual([]);
    expect(found("aws_lambda_function.orders[0].invoke_arn", "GET")).toEqual([
      "lambda-method-not-post 9:29 Lambda integrations must call the function with POST, not 'GET': AWS accepts it, but every call fails with 500 Internal server error.",
    ]);
  });
});

describe("Terraform responses", () => {
  it("method and integration responses are linked to their method; a status_code referencing the method response is its value", async () => {
    const tf = `resource "aws_api_gateway_method" "get" {
  rest_api_id   = "api"
  resource_id   = "res"
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_method_response" "ok" {
  rest_api_id = "api"
  resource_id = "res"
  http_method = aws_api_gateway_method.get.http_method
  status_code = "200"
  response_parameters = {
    "method.response.header.Content-Type" = true
  }
}

resource "aws_api_gateway_integration" "get" {
  rest_api_id             = "api"
  resource_id             = "res"
  http_method             = aws_api_gateway_method.get.http_method
  type                    = "HTTP"
  integration_http_method = "GET"
  uri                     = "https://example.com/"
}

resource "aws_api_gateway_integration_response" "ok" {
  rest_api_id = "api"
  resource_id = "res"
  http_method = aws_api_gateway_method.get.http_method
  status_code = aws_api_gateway_method_response.ok.status_code
  response_parameters = {
    "method.response.header.Content-Type" = "integration.response.header.Content-Type"
    "method.response.header.X-Trace"      = "integration.response.header.X-Trace"
  }
}
`;
    const results = await lintModule({ "main.tf": tf }, ["main.tf"]);
    expect(findings(results)).toEqual([{
      id: "response-header-undeclared",
      file: "main.tf",
      message: "Invalid mapping expression parameter specified: method.response.header.X-Trace: the method response 200 does not declare the header X-Trace (it declares Content-Type).",
      at: "34:5",
    }]);
  });
});

describe("the same defect in every format: same rule id, same message", () => {
  const message = "Timeout should be between 50 ms and 29000 ms: got 10.";
  const cases: Record<string, [string, string]> = {
    "HCL": ["main.tf", `resource "aws_api_gateway_integration" "get" {\n  rest_api_id = "a"\n  resource_id = "b"\n  http_method = "GET"\n  type = "HTTP_PROXY"\n  integration_http_method = "GET"\n  uri = "https://example.com/"\n  timeout_milliseconds = 10\n}\n`],
    "Terraform JSON": ["main.tf.json", `{"resource": {"aws_api_gateway_integration": {"get": {"rest_api_id": "a", "resource_id": "b", "http_method": "GET", "type": "HTTP_PROXY", "integration_http_method": "GET", "uri": "https://example.com/", "timeout_milliseconds": 10}}}}\n`],
    "plan JSON": ["plan.json", `{"format_version": "1.2", "terraform_version": "1.9.5", "planned_values": {"root_module": {"resources": [{"address": "aws_api_gateway_integration.get", "mode": "managed", "type": "aws_api_gateway_integration", "name": "get", "values": {"http_method": "GET", "type": "HTTP_PROXY", "integration_http_method": "GET", "uri": "https://example.com/", "timeout_milliseconds": 10}}]}}}\n`],
    "CloudFormation": ["template.yaml", `Resources:\n  Method:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: https://example.com/\n        TimeoutInMillis: 10\n`],
    "OpenAPI": ["spec.yaml", "openapi: 3.0.1\npaths:\n  /:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/\n        timeoutInMillis: 10\n"],
    "PutIntegration body": ["put.json", '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "timeoutInMillis": 10\n}\n'],
  };
  for (const [format, [file, text]] of Object.entries(cases)) {
    it(format, () => {
      const expected = format === "plan JSON" ? `${message} (aws_api_gateway_integration.get)` : message;
      expect(findings(lintText(text, file), "timeout-out-of-range").map((f) => [f.id, f.message])).toEqual([["timeout-out-of-range", expected]]);
    });
  }
  it("the plan JSON finding is located at the value in the plan", () => {
    const [, text] = cases["plan JSON"]!;
    const at = findings(lintText(text, "plan.json"), "timeout-out-of-range")[0]!.at;
    expect(text.split("\n")[0]!.slice(Number(at.split(":")[1]) - 1).startsWith("10}")).toBe(true);
  });
});
