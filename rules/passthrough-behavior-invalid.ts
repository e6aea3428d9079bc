import { uppercaseFix, defineRule } from "../src/rule-api.js";

const BEHAVIOURS = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"];

export default defineRule({
  id: "passthrough-behavior-invalid",
  severity: "error",
  docs: {
    summary: "`passthroughBehavior` is not WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER.",
    why: "The service rejects other values (the developer guide itself once had the typo `WHEN_NO_TEMPLATE`, which the API rejects). The OpenAPI importer accepts lowercase (`when_no_match`); PutIntegration and CloudFormation want uppercase.",
    source: {
      catalog: ["passthrough-enum", "openapi-enum-case", "cfn-enum-upper"],
      behaviour: "400 from the service; the message text is not recorded.",
      references: ["issue: awsdocs/amazon-api-gateway-developer-guide#63"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "WHEN_NO_TEMPLATE"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "WHEN_NO_TEMPLATES"\n}\n' },
    fix: "Use WHEN_NO_MATCH (the default), WHEN_NO_TEMPLATES or NEVER.",
  },
  fixable: "A value that is valid but for its case is written in uppercase.",
  check(integration, context) {
    const field = integration.fields.passthroughBehavior;
    const text = field?.text;
    if (!field || text === undefined || text.includes("\uE000")) return;
    const value = integration.dialect === "openapi" ? text.toUpperCase() : text;
    if (BEHAVIOURS.includes(value)) return;
    context.report({ at: field.ref, message: `Invalid passthroughBehavior '${text}': expected one of ${BEHAVIOURS.join(", ")}.`, ...(typeof field.raw === "string" && BEHAVIOURS.includes(text.toUpperCase()) ? { fix: uppercaseFix(field.raw) } : {}) });
  },
});
