import { defineRule, entries, integrationType, parseRequestTarget, withArticle } from "../src/rule-api.js";

/** Headers whose mapping makes every call fail, on every integration type. */
const FAILS_ALWAYS = ["content-length", "transfer-encoding"];
/** Headers whose mapping makes every call fail on AWS and AWS_PROXY (HTTP integrations drop or accept them). */
const FAILS_ON_AWS = ["authorization", "connection", "expect", "proxy-authenticate", "te"];

export default defineRule({
  id: "request-header-mapping-fails",
  severity: "warning",
  reads: { fields: ["type", "requestParameters"], firesOn: { fields: ["requestParameters"] }, apiKind: ["REST"] },
  docs: {
    summary: "A request parameter maps a header that makes every call fail: Content-Length or Transfer-Encoding (any type), or Authorization, Connection, Expect, Proxy-Authenticate or TE on AWS and AWS_PROXY integrations.",
    why: "API Gateway accepts these mappings when the integration is written, but then every invocation returns 500 `{\"message\": \"Internal server error\"}`. On HTTP and HTTP_PROXY integrations the second group works (Connection, TE and Proxy-Authenticate are dropped silently).",
    source: {
      catalog: ["illegal-header-mapping-all", "illegal-header-mapping-aws"],
      behaviour: "Accepted; every call returns 500 Internal server error.",
      references: ["recorded: localstack test_apigateway_integrations.py::TestApiGatewayHeaderRemapping (HTTP, HTTP_PROXY, AWS, AWS_PROXY; 2024-12-11)"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations",\n  "requestParameters": { "integration.request.header.Authorization": "\'Bearer x\'" }\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/orders",\n  "requestParameters": { "integration.request.header.Authorization": "\'Bearer x\'" }\n}\n' },
    fix: "Remove the mapping; pass the value in another header (e.g. `X-Backend-Authorization`) or in the body.",
  },
  messages: {
    alwaysFails: "Mapping the {{name}} header makes every call fail with 500 Internal server error, whatever the integration type; AWS accepts it when the integration is written.",
    failsOnType: "Mapping the {{name}} header on {{withArticle}} integration makes every call fail with 500 Internal server error; AWS accepts it when the integration is written (it works on HTTP integrations).",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST") return;
    const type = integrationType(integration);
    const onAws = type === "AWS" || type === "AWS_PROXY";
    for (const mapping of entries(integration.fields.requestParameters)) {
      const target = parseRequestTarget(mapping.key);
      if (!target || target.location !== "header") continue;
      const header = target.name.toLowerCase();
      if (FAILS_ALWAYS.includes(header)) {
        context.report({ at: mapping.ref, part: "key", messageId: "alwaysFails", data: { name: target.name } });
      } else if (onAws && FAILS_ON_AWS.includes(header)) {
        context.report({ at: mapping.ref, part: "key", messageId: "failsOnType", data: { name: target.name, withArticle: withArticle(type) } });
      }
    }
  },
});
