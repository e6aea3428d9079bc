import { defineRule, integrationType, isProxyType, withArticle } from "../src/rule-api.js";

export default defineRule({
  id: "responses-on-proxy",
  severity: "info",
  reads: { fields: ["type"], responses: true, firesOn: { responses: true }, apiKind: ["REST"] },
  docs: {
    summary: "A proxy integration (AWS_PROXY or HTTP_PROXY) has integration responses.",
    why: "API Gateway stores integration responses on proxy integrations but never uses them: the backend's response is passed through as it is. Their status codes, headers and templates have no effect.",
    source: {
      catalog: ["int-resp-on-proxy"],
      behaviour: "Accepted and stored (CloudFormation HTTP_PROXY with IntegrationResponses; OpenAPI aws_proxy with responses), ignored at run time.",
      references: ["recorded: localstack CloudFormation test_cfn_deploy_apigateway_integration", "docs: api-gateway-api-integration-types.md"],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders",\n    "integrationResponses": { "200": { "statusCode": "200" } }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders"\n  }\n}\n',
    },
    fix: "Remove the integration responses, or use a custom integration (HTTP or AWS) if the response must be transformed.",
  },
  messages: {
    responsesOnProxy: "Integration responses have no effect on {{withArticle}} integration: the backend's response is passed through unchanged.",
  },
  check(integration, context) {
    const type = integrationType(integration);
    if (integration.apiKind !== "REST" || !isProxyType(type)) return;
    const first = integration.responses?.[0];
    if (!first) return;
    context.report({
      at: { doc: first.ref.doc, path: first.ref.path.slice(0, -1) },
      part: "key",
      messageId: "responsesOnProxy", data: { withArticle: withArticle(type) },
    });
  },
});
