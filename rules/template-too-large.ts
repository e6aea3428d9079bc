import { defineRule, entries, type Field } from "../src/rule-api.js";

const LIMIT_BYTES = 300 * 1024;

export default defineRule({
  id: "template-too-large",
  severity: "warning",
  reads: { fields: ["requestTemplates"], responses: true, apiKind: ["REST"] },
  docs: {
    summary: "A mapping template is larger than 300 KB.",
    why: "API Gateway documents a 300 KB maximum for a mapping template. How the limit is enforced, and with what message, is not recorded (catalog section 6), so this is a warning: the template may be rejected, or fail when it is used.",
    source: {
      catalog: ["template-size"],
      behaviour: "Documented maximum of 300 KB per mapping template; enforcement and message not recorded.",
      references: ["docs: Amazon API Gateway important notes / quotas (mapping template size)"],
    },
    bad: { format: "put-integration", language: "json", code: `{\n  "type": "MOCK",\n  "requestTemplates": { "application/json": "${"x".repeat(LIMIT_BYTES + 1)}" }\n}\n` },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" }\n}\n' },
    fix: "Shrink the template: move static data to the backend, or use #foreach instead of spelled-out repetitions.",
  },
  messages: {
    templateTooLarge: "The mapping template for {{key}} is {{ceil}} KB; the maximum is 300 KB.",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST") return;
    const check = (templates: Field | undefined) => {
      for (const template of entries(templates)) {
        const text = template.text;
        if (text === undefined) continue;
        const size = Buffer.byteLength(text, "utf8");
        if (size <= LIMIT_BYTES) continue;
        context.report({ at: template.ref, messageId: "templateTooLarge", data: { key: template.key, ceil: Math.ceil(size / 1024) } });
      }
    };
    check(integration.fields.requestTemplates);
    for (const response of integration.responses ?? []) check(response.responseTemplates);
  },
});
