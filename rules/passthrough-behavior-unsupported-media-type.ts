import { defineRule, entries, enumValue, integrationType, isProxyType } from "../src/rule-api.js";

export default defineRule({
  id: "passthrough-behavior-unsupported-media-type",
  severity: "info",
  reads: { fields: ["type", "passthroughBehavior", "requestTemplates"], firesOn: { fields: ["passthroughBehavior"] }, apiKind: ["REST"] },
  docs: {
    summary: "`passthroughBehavior` NEVER, or WHEN_NO_TEMPLATES with templates, makes API Gateway answer 415 for content types that have no template.",
    why: "With NEVER, a request whose Content-Type has no mapping template is rejected with 415 Unsupported Media Type (with no templates at all, every request is). With WHEN_NO_TEMPLATES, the same happens as soon as one template exists. A request without Content-Type counts as application/json. This is often intended (a strict API), so it is only information.",
    source: {
      catalog: ["passthrough-runtime", "passthrough-enum"],
      behaviour: "Run time: 415 `Unsupported Media Type` for unmapped content types.",
      references: ["docs: CloudFormation Integration PassthroughBehavior", "emulator: localstack next_gen integration_request.py"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "NEVER",\n  "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" }\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "WHEN_NO_MATCH",\n  "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" }\n}\n' },
    fix: "Keep it if rejecting other content types is intended; otherwise use WHEN_NO_MATCH (the default) or add templates for the content types clients send.",
  },
  messages: {
    passthroughBehaviorUnsupportedMediaType: "passthroughBehavior {{behaviour}}: requests whose Content-Type has no mapping template get 415 Unsupported Media Type ({{mapped}}).",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST" || isProxyType(integrationType(integration))) return;
    const field = integration.fields.passthroughBehavior;
    const behaviour = enumValue(integration, field);
    if (!field || (behaviour !== "NEVER" && behaviour !== "WHEN_NO_TEMPLATES")) return;
    const templates = integration.fields.requestTemplates;
    if (templates && (typeof templates.raw !== "object" || templates.raw === null)) return; // unknown
    const types = entries(templates).map((t) => t.key);
    if (behaviour === "WHEN_NO_TEMPLATES" && types.length === 0) return;
    const mapped = types.length ? `only ${types.join(", ")} ${types.length === 1 ? "has a template" : "have templates"}` : "there are no templates, so every request is rejected";
    context.report({ at: field.ref, messageId: "passthroughBehaviorUnsupportedMediaType", data: { behaviour, mapped } });
  },
});
