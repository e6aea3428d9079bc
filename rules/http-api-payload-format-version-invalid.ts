import { defineRule, ignoredByHttpImport, integrationType, isLambdaUri, UNKNOWN_PART } from "../src/rule-api.js";

export default defineRule({
  id: "http-api-payload-format-version-invalid",
  severity: "error",
  reads: { fields: ["type", "uri", "payloadFormatVersion"], firesOn: { fields: ["type"] }, apiKind: ["HTTP"] },
  docs: {
    summary: "An HTTP API (v2) integration has no `payloadFormatVersion`, or one that its type does not support.",
    why: "HTTP API integrations need a payload format version: `1.0` or `2.0` for Lambda proxy integrations, `1.0` only for everything else (HTTP_PROXY, AWS service integrations). An unsupported value is rejected; a missing one is a warning because where AWS applies a default is not recorded. REST APIs ignore the field (even on import with failOnWarnings), so it is never checked there. In an OpenAPI document, an integration of type aws, http or mock is not checked: the HTTP API import ignores it with a warning (http-api-type-not-proxy), so nothing in it can make the import fail.",
    source: {
      catalog: ["v2-payload-format-required", "openapi-payload-format-ignored"],
      behaviour: "Documented as required for HTTP APIs with these values; the message is not recorded.",
      references: ["docs: x-amazon-apigateway-integration object", "issue: smithy-lang/smithy#527", "issue: mantil-io/mantil#109"],
      evidence: [
        "catalog `v2-payload-format-required`: for HTTP APIs 1.0 and 2.0 for Lambda proxy, 1.0 for every other integration (CloudFormation AWS::ApiGatewayV2::Integration schema text, quoted in cloudformation-coverage-roadmap#2114)",
        "mantil-io/mantil#109: HTTP_PROXY and WebSocket support 1.0 only",
      ],
      counterEvidence: [
        { query: "search issues \"AWS::ApiGatewayV2::Integration PayloadFormatVersion 2.0 HTTP_PROXY error payload format version not supported\"", date: "2026-11-25", found: "SAM defaults HttpApi Lambda integrations to 2.0 (serverless-application-model#1517), TF/Serverless threads set 1.0/2.0 on Lambda; no HTTP_PROXY deployed with 2.0; a missing version is common in deployed files", verdict: "kept the error for unsupported values; a missing version stays a warning (it was already)" },
      ],
    },
    bad: { format: "openapi", language: "yaml", code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\nx-amazon-apigateway-importexport-version: '1.0'\npaths:\n  /orders:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/orders\n        payloadFormatVersion: '2.0'\n" },
    good: { format: "openapi", language: "yaml", code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\nx-amazon-apigateway-importexport-version: '1.0'\npaths:\n  /orders:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/orders\n        payloadFormatVersion: '1.0'\n" },
    fix: "Use `2.0` (or `1.0`) for Lambda proxy integrations and `1.0` for every other integration.",
  },
  messages: {
    missing: "The HTTP API integration has no payloadFormatVersion: set {{allowed}}.",
    unsupported: "payloadFormatVersion '{{value}}' is not supported for {{integration}} integration: use {{allowed}}.",
  },
  check(integration, context) {
    if (integration.apiKind !== "HTTP" || ignoredByHttpImport(integration)) return;
    const type = integrationType(integration);
    if (type !== "AWS_PROXY" && type !== "HTTP_PROXY") return;
    const uri = integration.fields.uri?.text;
    const lambda = type === "AWS_PROXY" && (uri === undefined || uri.includes(UNKNOWN_PART) || isLambdaUri(uri) || /^arn:[^:]+:lambda:/.test(uri));
    const allowed = lambda ? ["1.0", "2.0"] : ["1.0"];
    const field = integration.fields.payloadFormatVersion;
    if (!field) {
      if (integration.dialect === "terraform") return; // the AWS provider sends its default, 1.0, which every type accepts
      context.report({ at: integration.fields.type?.ref ?? integration.ref, severity: "warning", messageId: "missing", data: { allowed: allowed.join(" or ") } });
      return;
    }
    const raw = field.raw;
    // A YAML 1.0 / 2.0 scalar arrives as the number 1 / 2.
    const value = typeof raw === "number" && integration.dialect !== "put-integration" ? raw.toFixed(1) : field.text;
    if (value === undefined || value.includes(UNKNOWN_PART) || allowed.includes(value)) return;
    context.report({ at: field.ref, messageId: "unsupported", data: { value, integration: lambda ? "a Lambda proxy" : `an ${type}${type === "AWS_PROXY" ? " service" : ""}`, allowed: allowed.join(" or ") } });
  },
});
