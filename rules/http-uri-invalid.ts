import { defineRule, enumValue, UNKNOWN_PART } from "../src/rule-api.js";

/** An absolute http(s) URL; stage variables may stand for the host, path or query. */
const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

export default defineRule({
  id: "http-uri-invalid",
  severity: "error",
  reads: { fields: ["type", "uri", "connectionType"], firesOn: { fields: ["type"] }, apiKind: ["REST"] },
  docs: {
    summary: "An HTTP or HTTP_PROXY integration's `uri` is missing or not an absolute http(s) URL.",
    why: "API Gateway calls the backend at this URL, so it must be a full `http://` or `https://` URL. Stage variables are fine in the host, path and query string. A VPC_LINK integration needs a uri too (it sets the Host header and the TLS name).",
    source: {
      catalog: ["http-uri-must-be-url", "http-uri-stage-variables", "http-uri-vpc-link", "v2-private"],
      behaviour: "400 BadRequestException: `Invalid HTTP endpoint specified for URI`; without a uri on a VPC link: `Invalid integration URI specified`.",
      references: [
        "recorded: localstack test_apigateway_integrations.py invalid-uri-HTTP, invalid-uri-HTTP_PROXY (2024-06-06)",
        "issue: ustayready/fireprox#37 (import), aws/aws-cdk#14984, aws/aws-cdk#10435",
      ],
      evidence: [
        "catalog `http-uri-must-be-url` (high), vector `rec-http-invalid-uri`: `Invalid HTTP endpoint specified for URI`",
        "catalog `http-uri-vpc-link`: aws/aws-cdk#10730 (maintainer: without a uri the VPC link deployment fails with `Invalid integration URI specified`)",
      ],
      counterEvidence: [
        { query: "search issues \"Invalid HTTP endpoint specified for URI\"", date: "2026-11-25", found: "unrelated endpoint-validation threads; nothing deployed with a non-URL HTTP uri", verdict: "kept" },
        { query: "search issues \"VPC_LINK integration connectionId missing CloudFormation error API Gateway\"", date: "2026-11-25", found: "aws-cdk#10730 confirms a VPC_LINK method without uri fails", verdict: "kept" },
        { query: "find_string \"\\\"uri\\\": \\\"${stageVariables.\"", date: "2026-11-25", found: "one hit: an AWS emulator's Go test whose CloudFormation method has Uri \"${stageVariables.backendUrl}\" (a whole URL from a stage variable); it runs against the emulator, not AWS, so it shows nothing about what AWS accepts", verdict: "kept; the case (a uri that starts with a stage variable) rests on a LocalStack test comment (catalog http-uri-stage-variables, medium), so it is the first to revisit if a deployed counter-example appears" },
        { query: "search issues \"API Gateway HTTP integration endpoint URL entirely a stage variable ${stageVariables.url} Invalid HTTP endpoint\"", date: "2026-11-25", found: "deployed uses put the stage variable after the scheme (localstack#8567 https://${stageVariables.HttpIntegrationUri}..., cfn-lint#511 'https://${stageVariables.VariableName}/', accepted by this rule); aws-apigateway-importer#94: a uri that is only a stage variable is rejected for AWS integrations", verdict: "kept" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP",\n  "integrationHttpMethod": "POST",\n  "uri": "non-valid-http"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP",\n  "integrationHttpMethod": "POST",\n  "uri": "https://${stageVariables.backendHost}/orders"\n}\n' },
    fix: "Write the full URL with its scheme, e.g. `https://backend.example.com/orders`.",
  },
  messages: {
    vpcLinkWithoutUri: "Invalid integration URI specified: a VPC_LINK integration still needs a uri (it sets the Host header and TLS name).",
    missingUri: "Invalid HTTP endpoint specified for URI: a {{type}} integration needs a uri (an absolute http or https URL).",
    notString: "Invalid HTTP endpoint specified for URI: the uri must be a string, got {{raw}}.",
    notAbsoluteUrl: "Invalid HTTP endpoint specified for URI: '{{text}}' is not an absolute http or https URL.",
  },
  check(integration, context) {
    const type = enumValue(integration, integration.fields.type);
    if (type !== "HTTP" && type !== "HTTP_PROXY") return;
    if (integration.apiKind === "HTTP") return; // HTTP API private integrations take listener ARNs
    const field = integration.fields.uri;
    if (!field) {
      const vpcLink = enumValue(integration, integration.fields.connectionType) === "VPC_LINK";
      if (vpcLink) context.report({ at: integration.ref, messageId: "vpcLinkWithoutUri" });
      else context.report({ at: integration.ref, messageId: "missingUri", data: { type } });
      return;
    }
    const text = field.text;
    if (text === undefined) {
      if (typeof field.raw !== "object" || field.raw === null) context.report({ at: field.ref, messageId: "notString", data: { raw: JSON.stringify(field.raw) } });
      return;
    }
    if (text.startsWith(UNKNOWN_PART)) return;
    if (HTTP_URL.test(text)) return;
    context.report({ at: field.ref, messageId: "notAbsoluteUrl", data: { text } });
  },
});
