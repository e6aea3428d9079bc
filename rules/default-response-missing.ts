import { defineRule, integrationType, isDefaultResponse, selectionPatternOf, UNKNOWN_PART } from "../src/rule-api.js";

export default defineRule({
  id: "default-response-missing",
  severity: "warning",
  reads: { fields: ["type"], responses: true, firesOn: { fields: ["type"] }, apiKind: ["REST"] },
  docs: {
    summary: "A custom (AWS or HTTP) integration has no default integration response (one without a selection pattern).",
    why: "For non-proxy integrations API Gateway picks the integration response whose selection pattern matches the backend result, and falls back to the one without a pattern. With no default (or no integration responses at all), every result that no pattern matches (for a Lambda function: every successful invocation) fails with 500. Proxy and MOCK integrations are not checked.",
    source: {
      catalog: ["no-default-response", "selection-pattern-semantics"],
      behaviour: "Accepted; unmatched results fail with 500 and the log line `Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: 400`.",
      references: ["issue: AWS execution logs quoted in public repositories (exact-string index)", "emulator: localstack next_gen integration_response.py"],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "HTTP",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders",\n    "integrationResponses": { "2\\\\d{2}": { "statusCode": "200", "selectionPattern": "2\\\\d{2}" } }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "HTTP",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders",\n    "integrationResponses": { "200": { "statusCode": "200" } }\n  }\n}\n',
    },
    fix: "Add an integration response without a selectionPattern (OpenAPI: the `default` key) to handle every other result. There is no automatic fix: which status code the default maps to is a choice (with method responses 200 and 400, either could be meant), and a default changes what every unmatched result returns (a backend error can become a 200); a PutIntegration body has no integration responses to add one to.",
  },
  messages: {
    noResponses: "No match for output mapping and no default output mapping configured: this {{type}} integration has no integration responses, so every call fails with 500; add a default response (no selectionPattern).",
    everyResponseHasPattern: "No match for output mapping and no default output mapping configured: every integration response has a selection pattern ({{patterns}}), so results that match none of them fail with 500; add a default response (no selectionPattern).",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST") return;
    const type = integrationType(integration);
    if (type !== "AWS" && type !== "HTTP") return;
    const responses = integration.responses;
    if (!responses) return;
    if (responses.some((r) => isDefaultResponse(r) || selectionPatternOf(r)?.text?.includes(UNKNOWN_PART) || selectionPatternOf(r)?.text === undefined && selectionPatternOf(r) !== undefined)) return;
    const first = responses[0];
    if (!first) {
      context.report({
        at: integration.fields.type?.ref ?? integration.ref,
        messageId: "noResponses", data: { type },
      });
      return;
    }
    const patterns = responses.map((r) => `'${selectionPatternOf(r)?.text ?? ""}'`).join(", ");
    context.report({
      at: { doc: first.ref.doc, path: first.ref.path.slice(0, -1) },
      part: "key",
      messageId: "everyResponseHasPattern", data: { patterns },
    });
  },
});
