import { defineRule, elements } from "../src/rule-api.js";

export default defineRule({
  id: "cache-key-parameter-duplicate",
  severity: "info",
  reads: { fields: ["cacheKeyParameters"] },
  docs: {
    summary: "`cacheKeyParameters` names the same parameter twice.",
    why: "A cache key parameter counts once. CloudFormation's schema declares the list `uniqueItems`, so a template with a duplicate fails its property validation (an error there); elsewhere the duplicate is only redundant.",
    source: {
      catalog: ["cache-key-unique"],
      behaviour: "CloudFormation schema `uniqueItems: true` (property validation fails); the service's own behaviour is not recorded.",
      references: ["emulator: cfn-lint schema aws-apigateway-method.json"],
    },
    bad: { format: "get-method", language: "json", code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.querystring.page": false },\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders",\n    "cacheKeyParameters": ["method.request.querystring.page", "method.request.querystring.page"]\n  }\n}\n' },
    good: { format: "get-method", language: "json", code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.querystring.page": false },\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders",\n    "cacheKeyParameters": ["method.request.querystring.page"]\n  }\n}\n' },
    fix: "Remove the repeated entry.",
  },
  messages: {
    cloudformation: "{{name}} is listed twice in CacheKeyParameters: the CloudFormation schema requires unique items, so property validation fails.",
    countsOnce: "{{name}} is listed twice in cacheKeyParameters; it counts once.",
  },
  check(integration, context) {
    const seen = new Set<string>();
    for (const entry of elements(integration.fields.cacheKeyParameters)) {
      const name = entry.text;
      if (name === undefined || name.includes("\uE000")) continue;
      if (!seen.has(name)) {
        seen.add(name);
        continue;
      }
      const cfn = integration.dialect === "cloudformation";
      context.report({
        at: entry.ref,
        ...(cfn ? { severity: "error" as const } : {}),
        ...(cfn ? { messageId: "cloudformation" as const } : { messageId: "countsOnce" as const }),
        data: { name },
      });
    }
  },
});
