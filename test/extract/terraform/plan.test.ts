import { describe, expect, it } from "vitest";
import { lintText } from "../../../src/engine/lint.js";

function findings(plan: unknown) {
  const text = JSON.stringify(plan, null, 2);
  return { text, messages: lintText(text, "plan.json").flatMap((r) => r.messages).map((m) => ({ id: m.ruleId, message: m.message, at: `${m.line}:${m.column}` })) };
}

const integration = (values: Record<string, unknown>) => ({ address: "module.api.aws_api_gateway_integration.get", mode: "managed", type: "aws_api_gateway_integration", name: "get", values });
const method = { address: "module.api.aws_api_gateway_method.get", mode: "managed", type: "aws_api_gateway_method", name: "get", values: { http_method: "GET", authorization: "NONE", request_parameters: { "method.request.path.id": true } } };

function plan(values: Record<string, unknown>, unknown: Record<string, boolean> = {}) {
  return {
    format_version: "1.2",
    terraform_version: "1.8.0",
    planned_values: { root_module: { child_modules: [{ address: "module.api", resources: [method, integration(values)] }] } },
    resource_changes: [
      { address: "module.api.aws_api_gateway_integration.get", change: { actions: ["create"], after_unknown: { rest_api_id: true, resource_id: true, ...unknown } } },
      { address: "module.api.aws_api_gateway_method.get", change: { actions: ["create"], after_unknown: { rest_api_id: true, resource_id: true } } },
    ],
    configuration: {
      root_module: {
        module_calls: {
          api: {
            module: {
              resources: [
                { address: "aws_api_gateway_method.get", expressions: { rest_api_id: { references: ["aws_api_gateway_rest_api.api.id", "aws_api_gateway_rest_api.api"] }, resource_id: { references: ["aws_api_gateway_resource.item.id", "aws_api_gateway_resource.item"] } } },
                { address: "aws_api_gateway_integration.get", expressions: { rest_api_id: { references: ["aws_api_gateway_rest_api.api.id", "aws_api_gateway_rest_api.api"] }, resource_id: { references: ["aws_api_gateway_resource.item.id", "aws_api_gateway_resource.item"] }, http_method: { references: ["aws_api_gateway_method.get.http_method", "aws_api_gateway_method.get"] } } },
              ],
            },
          },
        },
      },
    },
  };
}

describe("Terraform plan JSON", () => {
  it("a child module's integration is linted at its values, linked to its method through the configuration's references", () => {
    const { text, messages } = findings(plan({ http_method: "GET", type: "HTTP_PROXY", integration_http_method: "GET", uri: "https://example.com/{id}", request_parameters: { "integration.request.path.id": "method.request.path.ID" } }));
    expect(messages).toEqual([{
      id: "request-parameter-undeclared",
      message: "Invalid mapping expression parameter specified: method.request.path.ID (the method does not declare method.request.path.ID). (module.api.aws_api_gateway_integration.get)",
      at: expect.any(String),
    }]);
    const [line, column] = messages[0]!.at.split(":").map(Number);
    expect(text.split("\n")[line! - 1]!.slice(column! - 1)).toBe('"method.request.path.ID"');
  });

  it("arguments known only after apply are unknown, not missing", () => {
    expect(findings(plan({ http_method: "GET", type: "AWS_PROXY", integration_http_method: null, uri: null }, { integration_http_method: true, uri: true })).messages).toEqual([]);
    expect(findings(plan({ http_method: "GET", type: "AWS_PROXY", integration_http_method: null, uri: null }, { uri: true })).messages.map((m) => m.id)).toEqual(["http-method-required"]);
  });
});
