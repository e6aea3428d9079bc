import { defineRule, entries, type Field, type Integration, type RuleContext } from "../src/rule-api.js";

const messages = {
  restImport: "class {{javaClass}} can not be converted to an String: {{what}} '{{key}}' must be a JSON string, got {{shown}}.",
  openapiImport: "Invalid format for '{{where}}'. Expected type string for property '{{key}}'{{label}} but got '{{shown}}': the import drops this entry with a warning (and fails with failOnWarnings=true).",
  terraform: `Inappropriate value for attribute "{{attribute}}": element "{{key}}": string required.`,
  cloudformation: "Properties validation failed: {{what}} '{{key}}' expected type: String, found: {{found}}.",
} as const;

/** The Java class API Gateway's deserializer names for a JSON value that should have been a string. */
function javaClass(raw: unknown): string | undefined {
  if (typeof raw === "boolean") return "java.lang.Boolean";
  if (typeof raw === "number") return "com.amazon.coral.value.json.numbers.TruncatingBigNumber";
  if (Array.isArray(raw)) return "java.util.ArrayList";
  if (typeof raw === "object" && raw !== null) return "java.util.LinkedHashMap";
  return undefined;
}

function check(integration: Integration, context: RuleContext<typeof messages>, map: Field | undefined, what: string, where: string) {
  for (const entry of entries(map)) {
    const { raw } = entry;
    // null is accepted (a template of null or "" is stored as null); unknown values (intrinsics) are not judged.
    if (raw === null || typeof raw === "string" || entry.text !== undefined) continue;
    const shown = JSON.stringify(raw);
    if (integration.dialect === "put-integration") {
      context.report({ at: entry.ref, messageId: "restImport", data: { javaClass: javaClass(raw), what, key: entry.key, shown } });
    } else if (integration.dialect === "openapi") {
      const label = integration.method.resourcePath && integration.method.httpMethod ? ` of resource '${integration.method.resourcePath}' and method '${integration.method.httpMethod.toUpperCase()}'` : "";
      context.report({
        at: entry.ref,
        severity: "warning",
        messageId: "openapiImport", data: { where, key: entry.key, label, shown },
      });
    } else if (integration.dialect === "terraform") {
      if (typeof raw === "object") context.report({ at: entry.ref, messageId: "terraform", data: { attribute: entry.ref.path[entry.ref.path.length - 2], key: entry.key } });
    } else if (typeof raw === "object") {
      context.report({ at: entry.ref, messageId: "cloudformation", data: { what, key: entry.key, found: Array.isArray(raw) ? "JSONArray" : "JSONObject" } });
    }
    // CloudFormation turns numbers and booleans into strings (catalog cfn-scalar-coercion): nothing to say.
  }
}

export default defineRule({
  id: "mapping-value-not-string",
  severity: "error",
  reads: { fields: ["requestParameters", "requestTemplates"], responses: true, method: ["httpMethod", "resourcePath"], firesOn: { fields: ["requestParameters", "requestTemplates"], responses: true } },
  docs: {
    summary: "A `requestParameters`, `responseParameters`, `requestTemplates` or `responseTemplates` value is not a string.",
    why: "These maps hold strings. How a non-string value fails depends on the input: a PutIntegration (or PutIntegrationResponse) JSON body is rejected before any other check with a SerializationException naming a Java class; the OpenAPI import drops the entry and returns a warning (an error with failOnWarnings=true), so it is a warning there; CloudFormation converts numbers and booleans to strings, and rejects objects in its schema validation.",
    source: {
      catalog: ["request-params-string-only", "openapi-non-string-param-warning", "templates-string-values", "cfn-scalar-coercion", "templates-null-or-empty"],
      behaviour: "400 SerializationException: `class java.lang.Boolean can not be converted to an String` (requestParameters), `class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String` (a template given as 123).",
      references: [
        "recorded: localstack TestApigatewayIntegration::test_put_integration_request_parameter_bool_type (2024-12-12)",
        "recorded: localstack TestApigatewayIntegrationResponse::test_integration_response_invalid_responsetemplates (2025-06-18)",
        "recorded: localstack test_import_rest_api_with_base_path_oas30[ignore] (import warning)",
      ],
      evidence: [
        "vector `rec-int-resp-template-number-value` (SerializationException for a template given as 123)",
        "catalog `request-params-string-only`: `class java.lang.Boolean can not be converted to an String`; `openapi-non-string-param-warning` (the OpenAPI import only warns, so OpenAPI is a warning already)",
      ],
      counterEvidence: [
        { query: "search code \"CloudFormation Integration RequestParameters value true boolean integration.request.header static\"", date: "2026-11-25", found: "booleans appear only in method request parameters (`method.request.path.id = true`, Terraform), which are not mappings; no integration mapping with a non-string value", verdict: "kept" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/orders",\n  "requestParameters": { "integration.request.header.x-cache": true }\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/orders",\n  "requestParameters": { "integration.request.header.x-cache": "\'true\'" }\n}\n' },
    fix: "Write the value as a string: a static mapping value in single quotes inside the string (`\"'true'\"`), a template as its text.",
  },
  messages,
  check(integration, context) {
    check(integration, context, integration.fields.requestParameters, "the request parameter", "requestParameters");
    check(integration, context, integration.fields.requestTemplates, "the request template for", "requestTemplates");
    for (const response of integration.responses ?? []) {
      check(integration, context, response.responseParameters, "the response parameter", "responseParameters");
      check(integration, context, response.responseTemplates, "the response template for", "responseTemplates");
    }
  },
});
