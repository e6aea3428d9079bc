import { defineRule, parseMethodParameter } from "../src/rule-api.js";

export default defineRule({
  id: "method-parameter-name-duplicate",
  severity: "error",
  reads: { fields: [], method: ["requestParameters", "ref"], firesOn: { method: ["requestParameters"] } },
  docs: {
    summary: "A method declares the same parameter name in two locations (query string, header, path).",
    why: "Method request parameter names must be unique across the query string, the headers and the path: `method.request.querystring.optional` together with `method.request.header.optional` is rejected.",
    source: {
      catalog: ["method-params-unique", "method-path-param-not-in-path"],
      behaviour: "400 BadRequestException: `Parameter names must be unique across querystring, header and path`.",
      references: ["recorded: localstack TestApiGatewayApiMethod::test_method_request_parameters (2024-04-15)"],
      evidence: [
        "vector `rec-put-method-duplicate-param-names`: `Parameter names must be unique across querystring, header and path`",
      ],
      counterEvidence: [
        { query: "search issues \"Parameter names must be unique across querystring, header and path\"", date: "2026-11-25", found: "nothing about API Gateway deploying duplicate names (other projects' uniqueness checks only)", verdict: "kept" },
      ],
    },
    bad: { format: "get-method", language: "json", code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.querystring.version": false, "method.request.header.version": false },\n  "methodIntegration": { "type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/orders" }\n}\n' },
    good: { format: "get-method", language: "json", code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.querystring.version": false, "method.request.header.x-version": false },\n  "methodIntegration": { "type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/orders" }\n}\n' },
    fix: "Rename one of the parameters (e.g. the header `x-version`).",
  },
  messages: {
    methodParameterNameDuplicate: "Parameter names must be unique across querystring, header and path: '{{name}}' is declared as {{first}} and {{key}}.",
  },
  check(integration, context) {
    const declared = integration.method.requestParameters;
    if (!declared) return;
    const seen = new Map<string, string>();
    for (const [key, parameter] of declared) {
      const parsed = parseMethodParameter(key);
      if (!parsed) continue;
      const first = seen.get(parsed.name);
      if (first === undefined) {
        seen.set(parsed.name, key);
        continue;
      }
      context.report({
        at: parameter.ref ?? integration.method.ref ?? integration.ref,
        ...(parameter.ref ? { part: "key" as const } : {}),
        messageId: "methodParameterNameDuplicate", data: { name: parsed.name, first, key },
      });
    }
  },
});
