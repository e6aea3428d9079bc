import { defineRule, integrationType, isLambdaUri, selectionPatternOf, UNKNOWN_PART } from "../src/rule-api.js";

/** Only digits, `\d`, classes, ranges, dots, groups and alternation: a pattern written for status codes. */
const STATUS_LIKE_TEXT = /^[\^]?[0-9\\d{}()|.[\]\-,]+[$]?$/;

function matchedCodes(pattern: string): number[] {
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${pattern})$`);
  } catch {
    return [];
  }
  const codes: number[] = [];
  for (let code = 100; code < 600; code++) if (regex.test(String(code))) codes.push(code);
  return codes;
}

export default defineRule({
  id: "selection-pattern-lambda-status-code",
  severity: "warning",
  reads: { fields: ["type", "uri"], responses: true, firesOn: { responses: true }, apiKind: ["REST"] },
  docs: {
    summary: "A Lambda custom (type AWS) integration has a selection pattern written for HTTP status codes (`200`, `2\\d{2}`, `4\\d{2}`).",
    why: "For Lambda custom integrations the selection pattern is matched against the function's `errorMessage`, not a status code. A successful invocation always takes the default response, so a pattern for 1xx-3xx codes never matches anything (warning). A 4xx/5xx pattern matches only when the function fails with an error message that is exactly such a code (info: it works if the function throws `new Error(\"404\")`).",
    source: {
      catalog: ["selection-pattern-semantics"],
      behaviour: "Recorded: successful Lambda invocations take the default response; patterns are matched against errorMessage.",
      references: ["recorded: localstack test_apigateway_lambda.py::test_lambda_selection_patterns (2025-05-05)", "docs: x-amazon-apigateway-integration.responses object"],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" }, "500": { "statusCode": "500" } },\n  "methodIntegration": {\n    "type": "AWS",\n    "httpMethod": "POST",\n    "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations",\n    "integrationResponses": {\n      "200": { "statusCode": "200", "selectionPattern": "200" },\n      "500": { "statusCode": "500" }\n    }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" }, "500": { "statusCode": "500" } },\n  "methodIntegration": {\n    "type": "AWS",\n    "httpMethod": "POST",\n    "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations",\n    "integrationResponses": {\n      "200": { "statusCode": "200" },\n      "500": { "statusCode": "500", "selectionPattern": ".*Error.*" }\n    }\n  }\n}\n',
    },
    fix: "Leave the success response without a pattern (the default), and match error responses on the error message (`.*NotFound.*`), or use a Lambda proxy integration and return the status code from the function.",
  },
  messages: {
    successCode: "The selection pattern '{{text}}' looks like a status code, but on a Lambda custom integration it is matched against the error message: a successful invocation always takes the default response, so it never matches.",
    errorCode: `The selection pattern '{{text}}' looks like a status code; on a Lambda custom integration it matches only an error whose message is exactly such a code (e.g. new Error("{{value}}")).`,
  },
  check(integration, context) {
    if (integration.apiKind !== "REST" || integrationType(integration) !== "AWS" || !isLambdaUri(integration.fields.uri?.text)) return;
    for (const response of integration.responses ?? []) {
      const pattern = selectionPatternOf(response);
      const text = pattern?.text;
      if (!pattern || !text || text.includes(UNKNOWN_PART) || !STATUS_LIKE_TEXT.test(text)) continue;
      const codes = matchedCodes(text);
      if (codes.length === 0) continue;
      const part = pattern === response.key ? { part: "key" as const } : {};
      if (codes.some((code) => code < 400)) {
        context.report({
          at: pattern.ref,
          ...part,
          messageId: "successCode", data: { text },
        });
      } else {
        context.report({
          at: pattern.ref,
          ...part,
          severity: "info",
          messageId: "errorCode", data: { text, value: codes[0] },
        });
      }
    }
  },
});
