import { defineRule, httpApiTemplateExample, integrationType } from "../src/rule-api.js";

export default defineRule({
  id: "http-api-type-not-proxy",
  severity: "error",
  reads: { fields: ["type"], apiKind: ["HTTP"] },
  docs: {
    summary: "An HTTP API (v2) integration has a type other than AWS_PROXY or HTTP_PROXY.",
    why: "HTTP APIs take only proxy integrations; AWS, HTTP and MOCK are WebSocket-API types. CreateIntegration rejects them (an error); the OpenAPI import only warns and skips the integration, so in an OpenAPI document it is a warning, and the route is left without an integration.",
    source: {
      catalog: ["v2-type-proxy-only", "v2-openapi"],
      behaviour: "BadRequestException: `Currently, an API with a protocol type of HTTP may only be associated with proxy integrations (AWS_PROXY, HTTP_PROXY)`; the OpenAPI import warns instead.",
      references: ["issue: aws/aws-cli#6363", "issue: hashicorp/terraform-provider-aws#25848", "docs: http-api-open-api.md"],
      evidence: [
        "catalog `v2-type-proxy-only`: `Currently, an API with a protocol type of HTTP may only be associated with proxy integrations (AWS_PROXY, HTTP_PROXY)`",
        "issues aws/aws-cli#6363 (create-integration --integration-type AWS rejected), hashicorp/terraform-provider-aws#25848 (the documented example with AWS failed)",
      ],
      counterEvidence: [
        { query: "search issues \"Currently, an API with a protocol type of HTTP may only be associated with proxy integrations\"", date: "2026-11-25", found: "aws-cli#6363, terraform-provider-aws#25848 confirm; no HTTP API deployed with AWS/HTTP/MOCK integrations (the OpenAPI import warns and skips, which the rule leaves to the import path)", verdict: "kept" },
      ],
    },
    bad: { format: "cloudformation", language: "json", code: httpApiTemplateExample("HTTP") },
    good: { format: "cloudformation", language: "json", code: httpApiTemplateExample("HTTP_PROXY") },
    fix: "Use HTTP_PROXY (or AWS_PROXY for Lambda); transformations need a REST API.",
  },
  messages: {
    proxyOnly: "Currently, an API with a protocol type of HTTP may only be associated with proxy integrations (AWS_PROXY, HTTP_PROXY): got {{type}}.",
    proxyOnlyImportSkips: "Currently, an API with a protocol type of HTTP may only be associated with proxy integrations (AWS_PROXY, HTTP_PROXY): got {{type}}. The OpenAPI import skips this integration with a warning.",
  },
  check(integration, context) {
    if (integration.apiKind !== "HTTP") return;
    const type = integrationType(integration);
    const field = integration.fields.type;
    if (!field || type === undefined || type === "AWS_PROXY" || type === "HTTP_PROXY") return;
    if (!["AWS", "HTTP", "MOCK"].includes(type)) return; // type-invalid
    if (integration.dialect === "openapi") {
      context.report({ at: field.ref, severity: "warning", messageId: "proxyOnlyImportSkips", data: { type: field.text } });
    } else {
      context.report({ at: field.ref, messageId: "proxyOnly", data: { type: field.text } });
    }
  },
});
