import { describe, expect, it } from "vitest";
import { lintText } from "../../../src/engine/lint.js";

/**
 * One defect, three ways of writing it: the rule must say the same thing whatever the input format,
 * and point at the field in each.
 */
function findings(code: string, filename: string, ruleId: string) {
  return lintText(code, filename, { cwd: process.cwd() })
    .flatMap((r) => r.messages)
    .filter((m) => m.ruleId === ruleId)
    .map(({ ruleId: id, severity, message, line, column, endLine, endColumn }) => ({ id, severity, message, at: `${line}:${column}-${endLine}:${endColumn}` }));
}

const BARE_LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:orders";

describe("timeout-out-of-range", () => {
  const message = "Timeout should be between 50 ms and 29000 ms: got 10.";
  it("PutIntegration body", () => {
    expect(findings('{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "timeoutInMillis": 10\n}\n', "put.json", "timeout-out-of-range"))
      .toEqual([{ id: "timeout-out-of-range", severity: "error", message, at: "5:22-5:24" }]);
  });
  it("get-method output", () => {
    expect(findings('{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodIntegration": { "type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/", "timeoutInMillis": 10 }\n}\n', "method.json", "timeout-out-of-range"))
      .toEqual([{ id: "timeout-out-of-range", severity: "error", message, at: "4:119-4:121" }]);
  });
  it("OpenAPI operation", () => {
    expect(findings("openapi: 3.0.1\npaths:\n  /:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/\n        timeoutInMillis: 10\n", "spec.yaml", "timeout-out-of-range"))
      .toEqual([{ id: "timeout-out-of-range", severity: "error", message, at: "9:26-9:28" }]);
  });
});

describe("aws-uri-invalid", () => {
  const message = `AWS ARN for integration must contain path or action: '${BARE_LAMBDA}' is a bare Lambda function ARN; REST APIs need arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations.`;
  it("PutIntegration body", () => {
    expect(findings(`{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "${BARE_LAMBDA}"\n}\n`, "put.json", "aws-uri-invalid"))
      .toEqual([{ id: "aws-uri-invalid", severity: "error", message, at: "4:10-4:65" }]);
  });
  it("get-method output", () => {
    expect(findings(`{\n  "httpMethod": "POST",\n  "methodIntegration": {\n    "type": "AWS_PROXY",\n    "httpMethod": "POST",\n    "uri": "${BARE_LAMBDA}"\n  }\n}\n`, "method.json", "aws-uri-invalid"))
      .toEqual([{ id: "aws-uri-invalid", severity: "error", message, at: "6:12-6:67" }]);
  });
  it("OpenAPI operation (lowercase aws_proxy)", () => {
    expect(findings(`openapi: 3.0.1\npaths:\n  /orders:\n    post:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n        uri: ${BARE_LAMBDA}\n`, "spec.yaml", "aws-uri-invalid"))
      .toEqual([{ id: "aws-uri-invalid", severity: "error", message, at: "8:14-8:67" }]);
  });
  it("OpenAPI operation of an HTTP API: a bare Lambda ARN is valid there", () => {
    expect(findings(`openapi: 3.0.1\npaths:\n  /orders:\n    post:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n        payloadFormatVersion: "2.0"\n        uri: ${BARE_LAMBDA}\n`, "spec.yaml", "aws-uri-invalid")).toEqual([]);
  });
});

describe("request-parameter-undeclared", () => {
  const message = "Invalid mapping expression parameter specified: method.request.path.orderID (the method does not declare method.request.path.orderID).";
  it("get-method output", () => {
    expect(findings('{\n  "httpMethod": "GET",\n  "requestParameters": { "method.request.path.orderId": true },\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders/{id}",\n    "requestParameters": { "integration.request.path.id": "method.request.path.orderID" }\n  }\n}\n', "method.json", "request-parameter-undeclared"))
      .toEqual([{ id: "request-parameter-undeclared", severity: "error", message, at: "8:59-8:88" }]);
  });
  it("OpenAPI operation (declared by the path template)", () => {
    expect(findings("openapi: 3.0.1\npaths:\n  /orders/{orderId}:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/orders/{id}\n        requestParameters:\n          integration.request.path.id: method.request.path.orderID\n", "spec.yaml", "request-parameter-undeclared"))
      .toEqual([{ id: "request-parameter-undeclared", severity: "error", message, at: "10:40-10:67" }]);
  });
  it("a PutIntegration body carries no method: nothing to compare with, nothing reported", () => {
    expect(findings('{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/orders/{id}",\n  "requestParameters": { "integration.request.path.id": "method.request.path.orderID" }\n}\n', "put.json", "request-parameter-undeclared")).toEqual([]);
  });
});

describe("OpenAPI reading of existing rules", () => {
  it("lowercase enums are accepted in OpenAPI, not in a PutIntegration body", () => {
    const spec = "openapi: 3.0.1\npaths:\n  /:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n        passthroughBehavior: when_no_match\n        contentHandling: convert_to_text\n        connectionType: internet\n";
    const all = lintText(spec, "spec.yaml", { cwd: process.cwd() }).flatMap((r) => r.messages);
    expect(all.filter((m) => m.severity !== "info")).toEqual([]);
    expect(findings('{\n  "type": "mock",\n  "passthroughBehavior": "when_no_match"\n}\n', "put.json", "type-invalid").map((f) => f.at)).toEqual(["2:11-2:17"]);
  });

  it("an unknown type is still reported in OpenAPI, at its value", () => {
    expect(findings("openapi: 3.0.1\npaths:\n  /:\n    get:\n      x-amazon-apigateway-integration:\n        type: lambda\n", "spec.yaml", "type-invalid"))
      .toEqual([{ id: "type-invalid", severity: "error", message: "Invalid integration type 'lambda': Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS].", at: "6:15-6:21" }]);
  });

  it("x-amazon-apigateway-any-method is linted as ANY", () => {
    const spec = "openapi: 3.0.1\npaths:\n  /{proxy+}:\n    x-amazon-apigateway-any-method:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: ANY\n        uri: https://example.com/{proxy}\n        requestParameters:\n          integration.request.path.proxy: method.request.path.proxy\n";
    const result = lintText(spec, "spec.yaml", { cwd: process.cwd() });
    expect(result.map((r) => [r.integrationCount, r.messages.filter((m) => m.severity !== "info")])).toEqual([[1, []]]);
  });

  it("CloudFormation intrinsics and templating placeholders in a standalone spec are never errors", () => {
    const spec = `openapi: 3.0.1
paths:
  /orders:
    post:
      x-amazon-apigateway-integration:
        type: { Ref: IntegrationType }
        httpMethod: POST
        credentials: { "Fn::GetAtt": [ApiRole, Arn] }
        uri: { "Fn::Sub": "arn:aws:apigateway:\${AWS::Region}:states:action/StartExecution" }
        timeoutInMillis: { Ref: Timeout }
        requestTemplates:
          application/json: { "Fn::Sub": "{\\"stateMachineArn\\": \\"\${Machine}\\"}" }
  /users:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: \${lambda_method}
        uri: "arn:aws:apigateway:\${region}:lambda:path/2015-03-31/functions/\${lambda_arn}/invocations"
`;
    const result = lintText(spec, "spec.yaml", { cwd: process.cwd() });
    expect(result.map((r) => [r.integrationCount, r.messages.filter((m) => m.severity !== "info")])).toEqual([[2, []]]);
  });
});
