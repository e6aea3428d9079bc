import { defineRule, entries, type Field } from "../src/rule-api.js";

/** `type/subtype` with optional `; name=value` parameters (RFC 9110 tokens; `*` is a token character). */
const MEDIA_TYPE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*;\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=("[^"]*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+))*$/;

export default defineRule({
  id: "template-content-type-invalid",
  severity: "error",
  reads: { fields: ["requestTemplates"], responses: true, apiKind: ["REST"] },
  docs: {
    summary: "A `requestTemplates` or `responseTemplates` key is not a content type (`type/subtype`).",
    why: "Mapping templates are selected by content type, so each key must be one (`application/json`, `application/x-www-form-urlencoded`, `text/plain; charset=utf-8`). Anything else is rejected, with a message that, unusually, lacks the `Invalid mapping expression specified:` prefix. (Recorded for responseTemplates; assumed the same for requestTemplates.)",
    source: {
      catalog: ["templates-content-type-keys"],
      behaviour: "400 BadRequestException: `Validation Result: warnings : [], errors : [Invalid content type specified: 123]`.",
      references: ["recorded: localstack TestApigatewayIntegrationResponse::test_integration_response_invalid_responsetemplates (2025-06-18)"],
      evidence: [
        "vector `rec-int-resp-template-bad-content-type`: `Validation Result: warnings : [], errors : [Invalid content type specified: 123]`",
      ],
      counterEvidence: [
        { query: "search issues \"Invalid content type specified requestTemplates responseTemplates API Gateway\"", date: "2026-11-25", found: "Serverless threads with `text/xhtml`, `text/plain`, `application/json` keys (all media types, accepted by the rule); no deployed template keyed by something else", verdict: "kept" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "requestTemplates": { "123": "{\\"statusCode\\": 200}" }\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" }\n}\n' },
    fix: "Key each template by the content type it handles, e.g. `application/json`.",
  },
  messages: {
    templateContentTypeInvalid: "Validation Result: warnings : [], errors : [Invalid content type specified: {{key}}]: template keys are content types such as application/json.",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST") return; // HTTP APIs take no templates: http-api-template-unsupported
    const check = (templates: Field | undefined) => {
      for (const template of entries(templates)) {
        const key = template.key.trim();
        if (key.includes("\uE000") || MEDIA_TYPE.test(key)) continue;
        context.report({
          at: template.ref,
          part: "key",
          messageId: "templateContentTypeInvalid", data: { key: template.key },
        });
      }
    };
    check(integration.fields.requestTemplates);
    for (const response of integration.responses ?? []) check(response.responseTemplates);
  },
});
