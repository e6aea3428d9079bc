import { defineRule, entries, integrationType, isProxyType, withArticle } from "../src/rule-api.js";

export default defineRule({
  id: "template-ignored-on-proxy",
  severity: "info",
  reads: { fields: ["type", "requestTemplates"], firesOn: { fields: ["requestTemplates"] }, apiKind: ["REST"] },
  docs: {
    summary: "A proxy integration (AWS_PROXY or HTTP_PROXY) has request mapping templates.",
    why: "Proxy integrations pass the request through without transforming it: API Gateway accepts and stores `requestTemplates` on them, but never applies them.",
    source: {
      catalog: ["templates-on-proxy"],
      behaviour: "Accepted and unused.",
      references: ["recorded (accepted): localstack TestApiGatewayHeaderRemapping (AWS_PROXY with requestTemplates)", "docs: api-gateway-api-integration-types.md"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "https://example.com/orders",\n  "requestTemplates": { "application/json": "{\\"id\\": \\"$input.path(\'$.id\')\\"}" }\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP",\n  "integrationHttpMethod": "POST",\n  "uri": "https://example.com/orders",\n  "requestTemplates": { "application/json": "{\\"id\\": \\"$input.path(\'$.id\')\\"}" }\n}\n' },
    fix: "Remove the templates, or use a custom integration (HTTP or AWS) if the request must be transformed.",
  },
  messages: {
    templateIgnoredOnProxy: "Request templates have no effect on {{withArticle}} integration: the request is passed through untransformed.",
  },
  check(integration, context) {
    const type = integrationType(integration);
    if (integration.apiKind !== "REST" || !isProxyType(type)) return;
    const field = integration.fields.requestTemplates;
    if (!field || entries(field).length === 0) return;
    context.report({ at: field.ref, part: "key", messageId: "templateIgnoredOnProxy", data: { withArticle: withArticle(type) } });
  },
});
