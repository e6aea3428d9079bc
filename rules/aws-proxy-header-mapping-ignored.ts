import { defineRule, entries, integrationType, parseRequestTarget } from "../src/rule-api.js";

const BREAKING = ["content-length", "transfer-encoding", "authorization", "connection", "expect", "proxy-authenticate", "te"];

export default defineRule({
  id: "aws-proxy-header-mapping-ignored",
  severity: "info",
  reads: { fields: ["type", "requestParameters"], firesOn: { fields: ["requestParameters"] }, apiKind: ["REST"] },
  docs: {
    summary: "An AWS_PROXY (Lambda proxy) integration maps request headers, which does not change the event the function receives.",
    why: "API Gateway accepts header mappings on AWS_PROXY, but the Lambda proxy event still carries the client's original headers: the mapping has no effect (on HTTP_PROXY, mappings do apply and override client values). Headers that break every call are reported by request-header-mapping-fails instead.",
    source: {
      catalog: ["aws-proxy-header-mappings-not-applied"],
      behaviour: "Accepted; the Lambda event carries the client's header values, not the mapped ones.",
      references: ["recorded: localstack TestApiGatewayHeaderRemapping full-integration snapshots (2024-12-11)"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations",\n  "requestParameters": { "integration.request.header.x-tenant": "\'acme\'" }\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations"\n}\n' },
    fix: "Read the value in the function (from the event's headers, `requestContext` or stage variables) and remove the mapping, or use a custom (AWS) integration with a mapping template.",
  },
  messages: {
    awsProxyHeaderMappingIgnored: "The mapping to {{key}} has no effect on AWS_PROXY: the Lambda event carries the client's original headers.",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST" || integrationType(integration) !== "AWS_PROXY") return;
    for (const mapping of entries(integration.fields.requestParameters)) {
      const target = parseRequestTarget(mapping.key);
      if (!target || target.location !== "header" || BREAKING.includes(target.name.toLowerCase())) continue;
      context.report({ at: mapping.ref, part: "key", messageId: "awsProxyHeaderMappingIgnored", data: { key: mapping.key } });
    }
  },
});
