import { defineRule, entries, integrationType, parseApiGatewayArn, parseRequestTarget, UNKNOWN_PART } from "../src/rule-api.js";

/** `{name}` in a uri (not `${stageVariables.x}`, whose `{` follows a `$`). */
const PLACEHOLDER = /(?<!\$)\{([^{}$]+)\}/g;

export default defineRule({
  id: "http-uri-placeholder-unmapped",
  severity: "warning",
  reads: { fields: ["type", "uri", "requestParameters", "requestTemplates"], firesOn: { fields: ["uri"] }, apiKind: ["REST"] },
  docs: {
    summary: "A `{name}` placeholder in the integration `uri` has no `integration.request.path.name` mapping.",
    why: "API Gateway fills `{name}` placeholders in an integration uri (in the path or the query string) from `integration.request.path.name` mappings (or a mapping template's `#set($context.requestOverride.path.name = ...)`), not from the method's path parameters directly. Without one the placeholder is not filled, and the backend is called with a wrong URL.",
    source: {
      catalog: ["http-uri-path-placeholders"],
      behaviour: "Recorded: `{pathVar}` and `{qsVar}` are filled from `integration.request.path.*` mappings. What happens with an unmapped placeholder is not recorded.",
      references: ["recorded: localstack test_apigateway_http.py::test_http_proxy_integration_request_data_mappings (2024-07-18)", "recorded: localstack test_apigateway_import.py (pets.json)"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/orders/{id}"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/orders/{id}",\n  "requestParameters": { "integration.request.path.id": "method.request.path.id" }\n}\n' },
    fix: "Add `integration.request.path.<name>: method.request.path.<name>` (or another source) to requestParameters.",
  },
  messages: {
    httpUriPlaceholderUnmapped: "The uri placeholder {{{name}}} is not mapped: add integration.request.path.{{name}} to requestParameters, or the backend is called with the placeholder unfilled.",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST") return;
    const type = integrationType(integration);
    const field = integration.fields.uri;
    const uri = field?.text;
    if (!field || uri === undefined) return;
    if (type === "AWS") {
      const arn = parseApiGatewayArn(uri);
      if (!arn || arn.kind !== "path" || arn.service === "lambda") return;
    } else if (type !== "HTTP" && type !== "HTTP_PROXY") return;
    const parameters = integration.fields.requestParameters;
    if (parameters && (typeof parameters.raw !== "object" || parameters.raw === null)) return; // unknown (an intrinsic)
    const list = entries(parameters);
    if (list.some((m) => m.key.includes(UNKNOWN_PART))) return;
    const mapped = new Set(list.map((m) => parseRequestTarget(m.key)).filter((t) => t?.location === "path").map((t) => t!.name));
    // A mapping template can fill a placeholder too: #set($context.requestOverride.path.name = ...).
    for (const template of entries(integration.fields.requestTemplates)) {
      for (const override of (template.text ?? "").matchAll(/requestOverride\.path\.([A-Za-z0-9_.$-]+?)\s*=/g)) mapped.add(override[1]!);
    }
    for (const match of uri.matchAll(PLACEHOLDER)) {
      const name = match[1]!;
      if (name.includes(UNKNOWN_PART) || mapped.has(name)) continue;
      context.report({
        at: field.ref,
        inner: { start: match.index, end: match.index + match[0].length },
        messageId: "httpUriPlaceholderUnmapped", data: { name },
      });
    }
  },
});
