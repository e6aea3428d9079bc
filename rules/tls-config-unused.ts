import { defineRule, entries, integrationType, withArticle } from "../src/rule-api.js";

export default defineRule({
  id: "tls-config-unused",
  severity: "info",
  reads: { fields: ["type", "tlsConfig"], firesOn: { fields: ["tlsConfig"] } },
  docs: {
    summary: "`tlsConfig` is set where it has no effect: on a REST integration that is not HTTP/HTTP_PROXY, `insecureSkipVerification` on an HTTP API, or `serverNameToVerify` on a REST API.",
    why: "`tlsConfig.insecureSkipVerification` is a REST API setting for HTTP and HTTP_PROXY backends (it lets API Gateway accept a backend certificate it cannot verify); AWS, AWS_PROXY and MOCK integrations call no such backend. `serverNameToVerify` is for HTTP API private integrations only. Settings in the wrong place are silently unused.",
    source: {
      catalog: ["tls-insecure-skip", "tls-server-name", "v2-tls"],
      behaviour: "Documented per API kind and integration type; what the service does with a misplaced setting is not recorded.",
      references: ["docs: api-gateway-extensions-integration-tls-config.md"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations",\n  "tlsConfig": { "insecureSkipVerification": true }\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "ANY",\n  "uri": "https://backend.internal.example.com/pets",\n  "tlsConfig": { "insecureSkipVerification": true }\n}\n' },
    fix: "Remove tlsConfig, or keep it only on HTTP/HTTP_PROXY REST integrations (insecureSkipVerification) and HTTP API private integrations (serverNameToVerify).",
  },
  messages: {
    notHttpBackend: "tlsConfig has no effect on {{withArticle}} integration: it applies to HTTP and HTTP_PROXY backends.",
    serverNameOnRest: "serverNameToVerify applies to HTTP API private integrations; a REST API does not use it.",
    insecureSkipOnHttpApi: "insecureSkipVerification is a REST API setting; an HTTP API does not use it.",
  },
  check(integration, context) {
    const field = integration.fields.tlsConfig;
    if (!field) return;
    const type = integrationType(integration);
    const settings = entries(field);
    if (integration.apiKind === "REST") {
      if (type !== undefined && type !== "HTTP" && type !== "HTTP_PROXY") {
        context.report({ at: field.ref, part: "key", messageId: "notHttpBackend", data: { withArticle: withArticle(type) } });
        return;
      }
      for (const setting of settings) {
        if (/^servernametoverify$/i.test(setting.key)) context.report({ at: setting.ref, part: "key", messageId: "serverNameOnRest" });
      }
      return;
    }
    for (const setting of settings) {
      if (/^insecureskipverification$/i.test(setting.key)) context.report({ at: setting.ref, part: "key", messageId: "insecureSkipOnHttpApi" });
    }
  },
});
