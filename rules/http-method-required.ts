import { defineRule, enumValue } from "../src/rule-api.js";

export default defineRule({
  id: "http-method-required",
  severity: "error",
  reads: { fields: ["type", "httpMethod"], firesOn: { fields: ["type"] }, apiKind: ["REST"] },
  docs: {
    summary: "A non-MOCK integration has no integration HTTP method (`integrationHttpMethod` / `httpMethod` / `IntegrationHttpMethod`).",
    why: "API Gateway rejects HTTP, HTTP_PROXY, AWS and AWS_PROXY integrations without the backend verb, VPC links included. This check runs before the URI is looked at, so it is the error AWS returns first.",
    source: {
      catalog: ["integration-http-method-required", "integration-http-method-mock-optional"],
      behaviour: "400 BadRequestException: `Enumeration value for HttpMethod must be non-empty`.",
      references: [
        "recorded: localstack test_apigateway_integrations.py::test_put_integration_validation required-integration-method-{HTTP,HTTP_PROXY,AWS} (2024-06-06)",
        "issue: aws/aws-cdk#6404 (HTTP_PROXY + VPC_LINK through CloudFormation)",
      ],
      evidence: [
        "catalog `integration-http-method-required` (high): recorded `required-integration-method-{HTTP,HTTP_PROXY,AWS}`; vectors `rec-missing-integration-http-method-http`, `iss-vpc-link-missing-integration-http-method`",
        "issue aws/aws-cdk#6404 (HTTP_PROXY over VPC_LINK through CloudFormation)",
      ],
      counterEvidence: [
        { query: "search issues \"Enumeration value for HttpMethod must be non-empty\"", date: "2026-11-25", found: "unrelated hits (the message is in the catalog's recorded tests and aws-cdk#6404); no deployed REST integration without its verb", verdict: "kept" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP",\n  "uri": "http://example.com"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP",\n  "integrationHttpMethod": "POST",\n  "uri": "http://example.com"\n}\n' },
    fix: "Add the verb API Gateway uses to call the backend (POST for Lambda; ANY forwards the client's verb on HTTP_PROXY and S3).",
  },
  messages: {
    httpMethodRequired: "Enumeration value for HttpMethod must be non-empty: a {{type}} integration needs {{name}}.",
  },
  check(integration, context) {
    const type = enumValue(integration, integration.fields.type);
    if (type === undefined || type === "MOCK" || !["HTTP", "HTTP_PROXY", "AWS", "AWS_PROXY"].includes(type)) return;
    if (integration.apiKind === "HTTP") return; // HTTP APIs do not take the backend verb from here
    const field = integration.fields.httpMethod;
    if (field && !(typeof field.raw === "string" && field.raw.trim() === "")) return;
    const name = integration.dialect === "cloudformation" ? "IntegrationHttpMethod" : integration.dialect === "openapi" ? "httpMethod" : integration.dialect === "terraform" ? "integration_http_method" : "integrationHttpMethod";
    context.report({
      at: field?.ref ?? integration.ref,
      messageId: "httpMethodRequired", data: { type, name },
    });
  },
});
