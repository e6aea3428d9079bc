import { defineRule, ignoredByHttpImport, entries, UNKNOWN_PART } from "../src/rule-api.js";

const KEY = /^(append|overwrite|remove):(header|querystring)\.(.+)$|^overwrite:path$/s;
const DYNAMIC_VALUE = /^\$(request\.(header|querystring|body|path)(\.[^\s]+)?|context\.[^\s]+|stageVariables\.[^\s]+)$/;
/** Headers an HTTP API refuses to map (and the prefixes access-control-*, apigw-*, x-amz-*, x-amzn-*). */
const RESERVED = new Set([
  "authorization", "connection", "content-encoding", "content-length", "content-location", "forwarded", "keep-alive", "origin",
  "proxy-authenticate", "proxy-authorization", "te", "trailers", "transfer-encoding", "upgrade", "x-forwarded-for",
  "x-forwarded-host", "x-forwarded-proto", "via",
]);
const RESERVED_PREFIX = /^(access-control-|apigw-|x-amz-|x-amzn-)/;

export default defineRule({
  id: "http-api-request-parameter-invalid",
  severity: "error",
  reads: { fields: ["type", "integrationSubtype", "requestParameters"], firesOn: { fields: ["requestParameters"] }, apiKind: ["HTTP"] },
  docs: {
    summary: "An HTTP API (v2) `requestParameters` entry does not follow the HTTP API grammar, or maps a reserved header.",
    why: "HTTP APIs map parameters with their own syntax, unlike REST: keys `append|overwrite|remove:header.NAME`, `append|overwrite|remove:querystring.NAME` or `overwrite:path`; values `$request.header.NAME`, `$request.querystring.NAME`, `$request.body.PATH`, `$request.path[.NAME]`, `$context.NAME`, `$stageVariables.NAME` or a static value without quotes. Reserved headers (Authorization, Connection, Content-Length, Host-related X-Forwarded-*, `x-amz-*`, `apigw-*`...) cannot be mapped. REST-style entries (`integration.request.header.x`) are rejected. AWS service integrations (`integrationSubtype`) take the action's parameters instead, and are not checked. In an OpenAPI document, an integration of type aws, http or mock is not checked: the HTTP API import ignores it with a warning (http-api-type-not-proxy), so nothing in it can make the import fail.",
    source: {
      catalog: ["v2-request-parameters", "v2-integration-subtype"],
      behaviour: "BadRequestException: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [...]` (the full text is truncated in the source).",
      references: ["docs: http-api-parameter-mapping.md", "issue: hashicorp/terraform-provider-aws#17997"],
      evidence: [
        "catalog `v2-request-parameters`: `Invalid mapping expression specified: Validation Result: ...` (HTTP API CreateIntegration)",
        "HTTP API parameter-mapping documentation (`append|overwrite|remove:header|querystring|path`)",
      ],
      counterEvidence: [
        { query: "search issues \"integration response mapping method.request.header Invalid mapping expression specified response parameter\"", date: "2026-11-25", found: "hashicorp/terraform-provider-aws#17997: a mapping key outside the grammar (`append:overwrite.static`) rejected with `Invalid mapping expression specified`", verdict: "kept" },
      ],
    },
    bad: { format: "openapi", language: "yaml", code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\nx-amazon-apigateway-importexport-version: '1.0'\npaths:\n  /orders:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/orders\n        payloadFormatVersion: '1.0'\n        requestParameters:\n          integration.request.header.x-request-id: context.requestId\n" },
    good: { format: "openapi", language: "yaml", code: "openapi: 3.0.1\ninfo: { title: orders, version: '1' }\nx-amazon-apigateway-importexport-version: '1.0'\npaths:\n  /orders:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/orders\n        payloadFormatVersion: '1.0'\n        requestParameters:\n          overwrite:header.x-request-id: $context.requestId\n" },
    fix: "Write HTTP API mappings: `overwrite:header.x-request-id: $context.requestId`, `append:querystring.v: '2'` (static values without quotes).",
  },
  messages: {
    invalidKey: "Invalid mapping expression specified: '{{key}}' is not an HTTP API parameter mapping; use append|overwrite|remove:header.NAME, append|overwrite|remove:querystring.NAME or overwrite:path.",
    reservedHeader: "Invalid mapping expression specified: the header {{value}} is reserved and cannot be mapped in an HTTP API.",
    invalidSource: "Invalid mapping expression specified: '{{value}}' is not an HTTP API source; use $request.header|querystring|body|path..., $context.NAME or $stageVariables.NAME.",
  },
  check(integration, context) {
    if (integration.apiKind !== "HTTP" || integration.fields.integrationSubtype || ignoredByHttpImport(integration)) return;
    for (const mapping of entries(integration.fields.requestParameters)) {
      if (mapping.key.includes(UNKNOWN_PART)) continue;
      const key = KEY.exec(mapping.key);
      if (!key) {
        context.report({ at: mapping.ref, part: "key", messageId: "invalidKey", data: { key: mapping.key } });
        continue;
      }
      const header = key[2] === "header" ? key[3]!.toLowerCase() : undefined;
      if (header !== undefined && (RESERVED.has(header) || RESERVED_PREFIX.test(header))) {
        context.report({ at: mapping.ref, part: "key", messageId: "reservedHeader", data: { value: key[3] } });
        continue;
      }
      const value = mapping.text;
      if (value === undefined || value.includes(UNKNOWN_PART) || !value.startsWith("$")) continue; // static values are free text
      if (DYNAMIC_VALUE.test(value)) continue;
      context.report({ at: mapping.ref, messageId: "invalidSource", data: { value } });
    }
  },
});
