import { defineRule, UNKNOWN_PART } from "../src/rule-api.js";

const STATUS_CODE = /^[1-5]\d\d$/;

export default defineRule({
  id: "response-status-code-invalid",
  severity: "error",
  reads: { fields: [], responses: true },
  docs: {
    summary: "An integration response's `statusCode` is not a three-digit status code from 100 to 599.",
    why: "The statusCode names the method response the integration response maps to, and must match `[1-5]\\d\\d`. The check runs before anything else, even before API Gateway looks for the method. OpenAPI imports and CloudFormation also accept an integer (`statusCode: 200`); a PutIntegrationResponse JSON body needs a string.",
    source: {
      catalog: ["int-resp-status-code-pattern", "openapi-responses-keys", "cfn-scalar-coercion"],
      behaviour: "400 ValidationException: `1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d`.",
      references: [
        "recorded: localstack TestApigatewayIntegrationResponse::test_integration_response_invalid_statuscode (2025-06-18)",
        "recorded: localstack test_import_with_integer_http_status_code (integer accepted on import)",
      ],
      evidence: [
        "vector `rec-int-resp-status-code-pattern`: `Member must satisfy regular expression pattern: [1-5]\\d\\d`",
      ],
      counterEvidence: [
        { query: "search issues \"IntegrationResponses StatusCode failed to satisfy constraint regular expression pattern [1-5]\\d\\d\"", date: "2026-11-25", found: "selection-pattern threads only; every status code seen is three digits", verdict: "kept" },
      ],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" },\n    "integrationResponses": { "ok": { "statusCode": "ok" } }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" },\n    "integrationResponses": { "200": { "statusCode": "200" } }\n  }\n}\n',
    },
    fix: "Use the HTTP status code of the method response this integration response maps to, e.g. \"200\" or \"404\".",
  },
  messages: {
    numberInRestApi: `class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String: statusCode must be a JSON string ("{{raw}}"), got the number {{raw}}.`,
    notString: `statusCode must be a string such as "200", got {{raw}}.`,
    notStatusCode: `1 validation error detected: Value '{{text}}' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d (a status code from 100 to 599).`,
  },
  check(integration, context) {
    for (const response of integration.responses ?? []) {
      const field = response.statusCode;
      if (!field) continue;
      const { raw } = field;
      if (typeof raw === "number") {
        if (integration.dialect === "put-integration") {
          context.report({ at: field.ref, messageId: "numberInRestApi", data: { raw } });
          continue;
        }
        if (Number.isInteger(raw) && STATUS_CODE.test(String(raw))) continue;
      }
      const text = typeof raw === "number" ? String(raw) : field.text;
      if (text === undefined) {
        if (typeof raw !== "object" || raw === null) context.report({ at: field.ref, messageId: "notString", data: { raw: JSON.stringify(raw) } });
        continue;
      }
      if (text.includes(UNKNOWN_PART) || /\$\{stageVariables\./.test(text) || STATUS_CODE.test(text)) continue;
      context.report({
        at: field.ref,
        messageId: "notStatusCode", data: { text },
      });
    }
  },
});
