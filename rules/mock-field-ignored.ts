import { defineRule, integrationType, type Field } from "../src/rule-api.js";

export default defineRule({
  id: "mock-field-ignored",
  severity: "info",
  reads: { fields: ["type", "uri", "httpMethod", "connectionType"], firesOn: { fields: ["uri", "httpMethod", "connectionType"] }, apiKind: ["REST"] },
  docs: {
    summary: "A MOCK integration sets `uri`, an integration HTTP method or `connectionType`, which AWS drops.",
    why: "A MOCK integration calls no backend. API Gateway accepts these fields on it and stores nothing: GetIntegration returns the MOCK integration without uri, httpMethod or connectionType. They are misleading leftovers, often from changing the type.",
    source: {
      catalog: ["integration-http-method-mock-optional", "openapi-mock-drops", "connection-type-enum"],
      behaviour: "Accepted; the stored MOCK integration has no uri, httpMethod or connectionType.",
      references: ["recorded: localstack not-required-integration-method-MOCK (2024-06-06)", "recorded: localstack test_import_with_http_method_integration (2025-07-02)"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "integrationHttpMethod": "POST",\n  "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" }\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" }\n}\n' },
    fix: "Remove the field: a MOCK integration answers from its templates alone.",
  },
  messages: {
    mockFieldIgnored: "A MOCK integration calls no backend: AWS drops {{name}} ({{key}}) and stores the integration without it.",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST" || integrationType(integration) !== "MOCK") return;
    const report = (field: Field | undefined, name: string) => {
      if (field) context.report({ at: field.ref, part: "key", messageId: "mockFieldIgnored", data: { name, key: field.key } });
    };
    report(integration.fields.uri, "the uri");
    report(integration.fields.httpMethod, "the integration HTTP method");
    report(integration.fields.connectionType, "connectionType");
  },
});
