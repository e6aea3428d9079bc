import { defineRule, ignoredByHttpImport, entries, UNKNOWN_PART } from "../src/rule-api.js";

const KEY = /^(append|overwrite|remove):header\.(.+)$|^overwrite:statuscode$/s;
const STATUS = /^[1-5]\d\d$/;

const api = (mapping: string) => `openapi: 3.0.1
info: { title: orders, version: '1' }
x-amazon-apigateway-importexport-version: '1.0'
paths:
  /orders:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://example.com/orders
        payloadFormatVersion: '1.0'
        responseParameters:
          '404':
            ${mapping}
`;

export default defineRule({
  id: "http-api-response-parameter-invalid",
  severity: "error",
  reads: { fields: ["type", "responseParameters"], firesOn: { fields: ["responseParameters"] }, apiKind: ["HTTP"] },
  docs: {
    summary: "An HTTP API (v2) `responseParameters` entry is not keyed by a status code, or does not follow the HTTP API response mapping grammar.",
    why: "HTTP APIs transform backend responses with `responseParameters` keyed by the backend's status code; each mapping's key is `append|overwrite|remove:header.NAME` or `overwrite:statuscode` (whose value is a status code). REST-style keys (`method.response.header.x`) belong to REST integration responses and are rejected. In an OpenAPI document, an integration of type aws, http or mock is not checked: the HTTP API import ignores it with a warning (http-api-type-not-proxy), so nothing in it can make the import fail.",
    source: {
      catalog: ["v2-response-parameters"],
      behaviour: "BadRequestException: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid Response Actioned Parame...` (truncated in the source).",
      references: ["docs: http-api-parameter-mapping.md (Transforming API responses)", "issue: hashicorp/terraform-provider-aws#17997"],
      evidence: [
        "catalog `v2-response-parameters`: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid Response Actioned Parame...`",
        "hashicorp/terraform-provider-aws#17997 (the review thread quotes that error for `append:overwrite.static`)",
      ],
      counterEvidence: [
        { query: "search issues \"integration response mapping method.request.header Invalid mapping expression specified response parameter\"", date: "2026-11-25", found: "terraform-provider-aws#17997 confirms the rejection; no deployed HTTP API with a response mapping outside the grammar", verdict: "kept" },
      ],
    },
    bad: { format: "openapi", language: "yaml", code: api("method.response.header.x-error: 'not found'") },
    good: { format: "openapi", language: "yaml", code: api("overwrite:statuscode: '204'") },
    fix: "Key the map by the backend status code and write `overwrite:header.NAME`, `append:header.NAME`, `remove:header.NAME` or `overwrite:statuscode`.",
  },
  messages: {
    invalidStatusKey: "Invalid mapping expression specified: responseParameters are keyed by a status code from 100 to 599, got '{{key}}'.",
    invalidKey: "Invalid mapping expression specified: '{{key}}' is not an HTTP API response mapping; use append|overwrite|remove:header.NAME or overwrite:statuscode.",
    invalidStatusCode: "Invalid mapping expression specified: overwrite:statuscode needs a status code from 100 to 599, got '{{value}}'.",
  },
  check(integration, context) {
    if (integration.apiKind !== "HTTP" || ignoredByHttpImport(integration)) return;
    for (const byStatus of entries(integration.fields.responseParameters)) {
      if (byStatus.key.includes(UNKNOWN_PART)) continue;
      if (!STATUS.test(byStatus.key)) {
        context.report({ at: byStatus.ref, part: "key", messageId: "invalidStatusKey", data: { key: byStatus.key } });
        continue;
      }
      for (const mapping of entries(byStatus)) {
        if (mapping.key.includes(UNKNOWN_PART)) continue;
        if (!KEY.test(mapping.key)) {
          context.report({ at: mapping.ref, part: "key", messageId: "invalidKey", data: { key: mapping.key } });
          continue;
        }
        const value = mapping.text;
        if (mapping.key === "overwrite:statuscode" && value !== undefined && !value.includes(UNKNOWN_PART) && !STATUS.test(value)) {
          context.report({ at: mapping.ref, messageId: "invalidStatusCode", data: { value } });
        }
      }
    }
  },
});
