import { defineRule, ignoredByHttpImport, httpApiTemplateExample, type Field } from "../src/rule-api.js";

export default defineRule({
  id: "http-api-template-unsupported",
  severity: "warning",
  reads: { fields: ["type", "requestTemplates", "passthroughBehavior", "contentHandling"], firesOn: { fields: ["requestTemplates", "passthroughBehavior", "contentHandling"] }, apiKind: ["HTTP"] },
  docs: {
    summary: "An HTTP API (v2) integration sets `requestTemplates`, `passthroughBehavior` or `contentHandling`, which only WebSocket APIs support.",
    why: "HTTP APIs do not transform requests: mapping templates, passthrough behaviour and content handling are WebSocket API settings (the CloudFormation V2 schema says \"Supported only for WebSocket APIs\"), and an HTTP API import only warns about REST-only features. The backend then receives the untransformed request, which is rarely what the template was written for. An integration of type aws, http or mock in an OpenAPI document is left to http-api-type-not-proxy: the import ignores it altogether.",
    source: {
      catalog: ["v2-no-templates", "v2-openapi"],
      behaviour: "Documented as WebSocket-only; the HTTP API import warns and ignores REST-only features.",
      references: ["docs: CloudFormation AWS::ApiGatewayV2::Integration (quoted in aws-cloudformation/cloudformation-coverage-roadmap#2114)", "docs: http-api-open-api.md"],
    },
    bad: { format: "cloudformation", language: "json", code: httpApiTemplateExample("HTTP_PROXY", ',\n        "RequestTemplates": { "application/json": "{\\"order\\": $input.json(\\"$\\")}" }') },
    good: { format: "cloudformation", language: "json", code: httpApiTemplateExample("HTTP_PROXY") },
    fix: "Remove the setting, transform the payload in the backend, or use a REST API.",
  },
  messages: {
    httpApiTemplateUnsupported: "{{key}} is not supported by HTTP APIs (WebSocket APIs only): the request reaches the backend untransformed.",
  },
  check(integration, context) {
    if (integration.apiKind !== "HTTP" || ignoredByHttpImport(integration)) return;
    const report = (field: Field | undefined) => {
      if (field) context.report({ at: field.ref, part: "key", messageId: "httpApiTemplateUnsupported", data: { key: field.key } });
    };
    report(integration.fields.requestTemplates);
    report(integration.fields.passthroughBehavior);
    report(integration.fields.contentHandling);
  },
});
