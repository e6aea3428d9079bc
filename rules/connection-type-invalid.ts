import { uppercaseFix, defineRule } from "../src/rule-api.js";

const CONNECTION_TYPES = ["INTERNET", "VPC_LINK"];

export default defineRule({
  id: "connection-type-invalid",
  severity: "error",
  docs: {
    summary: "`connectionType` is not INTERNET or VPC_LINK.",
    why: "connectionType is an enum in the API model (INTERNET | VPC_LINK); other values are rejected. It is case-sensitive outside OpenAPI imports.",
    source: {
      catalog: ["connection-type-enum", "cfn-enum-upper"],
      behaviour: "Rejected by the API model's enum; the message for this field is not recorded (by analogy with `type`: a 400 ValidationException).",
      references: ["model: localstack-core/localstack/aws/api/apigateway ConnectionType", "emulator: cfn-lint schema aws-apigateway-method.json"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "connectionType": "PRIVATE"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "connectionType": "INTERNET"\n}\n' },
    fix: "Use INTERNET (the default) or VPC_LINK with a connectionId.",
  },
  fixable: "A value that is valid but for its case is written in uppercase.",
  check(integration, context) {
    const field = integration.fields.connectionType;
    const text = field?.text;
    if (!field || text === undefined || text.includes("\uE000")) return;
    const value = integration.dialect === "openapi" ? text.toUpperCase() : text;
    if (CONNECTION_TYPES.includes(value)) return;
    context.report({ at: field.ref, message: `Invalid connectionType '${text}': Member must satisfy enum value set: [${CONNECTION_TYPES.join(", ")}].`, ...(typeof field.raw === "string" && CONNECTION_TYPES.includes(text.toUpperCase()) ? { fix: uppercaseFix(field.raw) } : {}) });
  },
});
