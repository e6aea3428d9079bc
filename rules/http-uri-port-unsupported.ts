import { defineRule, integrationType } from "../src/rule-api.js";

const PORT = /^https?:\/\/(?:[^/?#@]*@)?(?:\[[^\]]*\]|[^/?#:]*):(\d+)(?=[/?#]|$)/i;

export default defineRule({
  id: "http-uri-port-unsupported",
  severity: "warning",
  reads: { fields: ["type", "uri"], firesOn: { fields: ["uri"] } },
  docs: {
    summary: "An HTTP or HTTP_PROXY integration uri uses a port other than 80, 443 or 1024-65535.",
    why: "API Gateway documents that HTTP integrations support the standard ports 80 and 443 and custom ports from 1024 up. Whether a write with another port is rejected, and with what message, is not recorded, so this is a warning: the integration may be refused, or fail to connect.",
    source: {
      catalog: ["http-uri-ports"],
      behaviour: "Docs: \"Standard 80 and 443 ports are supported as well as custom ports above 1024\"; enforcement not recorded.",
      references: ["docs: setup-http-integrations.md", "docs: CloudFormation Integration Type description"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "http://backend.example.com:8/orders"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "http://backend.example.com:8080/orders"\n}\n' },
    fix: "Serve the backend on 80, 443 or a port from 1024 to 65535.",
  },
  messages: {
    httpUriPortUnsupported: "Port {{port}} is not supported for HTTP integrations: use 80, 443 or a port from 1024 to 65535.",
  },
  check(integration, context) {
    const type = integrationType(integration);
    if (type !== "HTTP" && type !== "HTTP_PROXY") return;
    if (integration.apiKind === "HTTP" && !/^https?:/i.test(integration.fields.uri?.text ?? "")) return; // listener ARNs
    const field = integration.fields.uri;
    const uri = field?.text;
    if (!field || uri === undefined) return;
    const match = PORT.exec(uri);
    if (!match) return;
    const port = Number(match[1]);
    if (port === 80 || port === 443 || (port >= 1024 && port <= 65535)) return;
    const start = match[0].length - match[1]!.length;
    context.report({ at: field.ref, inner: { start, end: match[0].length }, messageId: "httpUriPortUnsupported", data: { port } });
  },
});
