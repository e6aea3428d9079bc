import { beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../../../src/engine/lint.js";
import { prepareHclParser } from "../../../src/load/hcl-parser.js";

/** What the Terraform reading changes in rules: the provider's argument names, its defaults, its type errors. */
beforeAll(() => prepareHclParser());

function findings(tf: string, ruleId: string) {
  return lintText(tf, "main.tf").flatMap((r) => r.messages).filter((m) => m.ruleId === ruleId).map((m) => ({ message: m.message, at: `${m.line}:${m.column}` }));
}

const integration = (body: string) => `resource "aws_api_gateway_integration" "x" {
  rest_api_id = "a"
  resource_id = "b"
  http_method = "GET"
${body}}
`;

describe("Terraform in rules", () => {
  it("http-method-required names integration_http_method", () => {
    expect(findings(integration('  type = "HTTP"\n  uri  = "https://example.com/"\n'), "http-method-required")).toEqual([
      { message: "Enumeration value for HttpMethod must be non-empty: a HTTP integration needs integration_http_method.", at: "1:1" },
    ]);
  });

  it("mapping-value-not-string: an object in a map(string) argument is Terraform's own type error", () => {
    expect(findings(integration('  type = "MOCK"\n  request_templates = {\n    "application/json" = { a = 1 }\n  }\n'), "mapping-value-not-string")).toEqual([
      { message: 'Inappropriate value for attribute "request_templates": element "application/json": string required.', at: "7:26" },
    ]);
    expect(findings(integration('  type = "MOCK"\n  request_templates = {\n    "application/json" = 200\n  }\n'), "mapping-value-not-string")).toEqual([]);
  });

  it("http-api-payload-format-version-invalid: an absent payload_format_version is the provider's default 1.0", () => {
    const tf = (extra: string) => `resource "aws_apigatewayv2_integration" "x" {
  api_id           = "abc"
  integration_type = "HTTP_PROXY"
  integration_method = "GET"
  integration_uri  = "https://example.com/"
${extra}}
`;
    expect(findings(tf(""), "http-api-payload-format-version-invalid")).toEqual([]);
    expect(findings(tf('  payload_format_version = "2.0"\n'), "http-api-payload-format-version-invalid")).toEqual([
      { message: "payloadFormatVersion '2.0' is not supported for an HTTP_PROXY integration: use 1.0.", at: "6:28" },
    ]);
  });
});
