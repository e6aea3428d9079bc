import { declaredNameOf, defineRule, elements, entries } from "../src/rule-api.js";

export default defineRule({
  id: "cache-key-parameter-undeclared",
  severity: "error",
  reads: { fields: ["cacheKeyParameters", "requestParameters"], method: ["requestParameters"], firesOn: { fields: ["cacheKeyParameters"] } },
  docs: {
    summary: "A `cacheKeyParameters` entry names neither a declared method request parameter nor a mapped integration request parameter.",
    why: "Each cache key must be a `method.request.*` parameter the method declares, or an `integration.request.*` parameter the integration maps in `requestParameters`. Otherwise the integration is rejected. When the input does not carry the method, `method.request.*` entries are not checked.",
    source: {
      catalog: ["cache-key-declared"],
      behaviour: "400 BadRequestException: `Invalid cache key parameter specified`.",
      references: ["issue: DianaIonita/serverless-api-gateway-caching#65, #72", "issue: awsdocs/aws-cloudformation-user-guide#177", "docs: CloudFormation CacheKeyParameters"],
      evidence: [
        "catalog `cache-key-declared` (medium-high): `Invalid cache key parameter specified`",
        "issues DianaIonita/serverless-api-gateway-caching#65, #72, #135 (a cache key on an undeclared `method.context...` parameter fails the stack update); CloudFormation CacheKeyParameters docs",
      ],
      counterEvidence: [
        { query: "search issues \"Invalid cache key parameter specified\"", date: "2026-11-25", found: "unrelated cache threads only; no deployed template with an undeclared cache key", verdict: "kept" },
        { query: "search issues \"Invalid mapping expression parameter specified method.request\"", date: "2026-11-25", found: "DianaIonita/serverless-api-gateway-caching#135: a cache key read from the context without a mapping fails; adding an `integration.request.header.*` mapping (`mappedFrom`) fixed it, which the rule accepts", verdict: "kept" },
      ],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.querystring.page": false },\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders",\n    "cacheKeyParameters": ["method.request.querystring.pageSize"]\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.querystring.page": false },\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders",\n    "cacheKeyParameters": ["method.request.querystring.page"]\n  }\n}\n',
    },
    fix: "Declare the parameter on the method, or map it in the integration's requestParameters, or remove it from cacheKeyParameters.",
  },
  messages: {
    notMapped: "Invalid cache key parameter specified: {{name}} is not mapped in the integration's requestParameters.",
    notMethodParameter: "Invalid cache key parameter specified: {{name}} is not a method.request.path|querystring|header parameter.",
    notDeclared: "Invalid cache key parameter specified: {{name}} is not declared on the method.",
  },
  check(integration, context) {
    const declared = integration.method.requestParameters;
    const mapped = new Set(entries(integration.fields.requestParameters).map((m) => m.key));
    for (const entry of elements(integration.fields.cacheKeyParameters)) {
      const name = entry.text;
      if (name === undefined || name.includes("\uE000")) continue;
      if (name.startsWith("integration.request.")) {
        if (integration.fields.requestParameters && !mapped.has(name)) {
          context.report({ at: entry.ref, messageId: "notMapped", data: { name } });
        }
        continue;
      }
      const declaredName = declaredNameOf(name);
      if (!declaredName) {
        if (!name.startsWith("method.request.")) continue;
        context.report({ at: entry.ref, messageId: "notMethodParameter", data: { name } });
        continue;
      }
      if (!declared || declared.has(declaredName)) continue;
      context.report({ at: entry.ref, messageId: "notDeclared", data: { name } });
    }
  },
});
