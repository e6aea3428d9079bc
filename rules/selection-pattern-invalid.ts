import { defineRule, integrationType, isProxyType, javaRegexProblem, selectionPatternOf, UNKNOWN_PART } from "../src/rule-api.js";

export default defineRule({
  id: "selection-pattern-invalid",
  severity: "warning",
  reads: { fields: ["type"], responses: true, firesOn: { responses: true }, apiKind: ["REST"] },
  docs: {
    summary: "A selection pattern (`selectionPattern`, or an OpenAPI `responses` key) is not a valid Java regular expression.",
    why: "API Gateway matches selection patterns as Java regular expressions against the backend status code (HTTP) or the Lambda error message. A pattern that does not compile can never select its response. Whether API Gateway rejects it when the response is written is not recorded, so this is a warning. The check follows Java's syntax (possessive quantifiers, `\\Q...\\E`, `(?i)` are fine; a lone `{`, an unknown escape such as `\\y`, or an unclosed group are not) and points at the offending character.",
    source: {
      catalog: ["selection-pattern-semantics"],
      behaviour: "Patterns are Java regular expressions (docs). The message for an invalid one is not recorded (catalog section 6).",
      references: ["docs: x-amazon-apigateway-integration.responses object", "docs: java.util.regex.Pattern"],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" }, "400": { "statusCode": "400" } },\n  "methodIntegration": {\n    "type": "HTTP",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders",\n    "integrationResponses": {\n      "200": { "statusCode": "200" },\n      "400": { "statusCode": "400", "selectionPattern": "4(00|04" }\n    }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" }, "400": { "statusCode": "400" } },\n  "methodIntegration": {\n    "type": "HTTP",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders",\n    "integrationResponses": {\n      "200": { "statusCode": "200" },\n      "400": { "statusCode": "400", "selectionPattern": "4(00|04)" }\n    }\n  }\n}\n',
    },
    fix: "Fix the regular expression; escape characters that are meant literally (`\\{`, `\\[`, `\\(`), or quote a literal with `\\Q...\\E`.",
  },
  messages: {
    selectionPatternInvalid: "The selection pattern '{{text}}' is not a valid Java regular expression: {{description}} at index {{start}}; it can never select this response.",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST" || isProxyType(integrationType(integration))) return; // ignored at run time: responses-on-proxy
    for (const response of integration.responses ?? []) {
      const pattern = selectionPatternOf(response);
      const text = pattern?.text;
      if (!pattern || text === undefined || text.includes(UNKNOWN_PART) || text.includes("${stageVariables.")) continue;
      const problem = javaRegexProblem(text);
      if (!problem) continue;
      context.report({
        at: pattern.ref,
        ...(pattern === response.key ? { part: "key" as const } : {}),
        inner: { start: problem.start, end: problem.end },
        messageId: "selectionPatternInvalid", data: { text, description: problem.description, start: problem.start },
      });
    }
  },
});
