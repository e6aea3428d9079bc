import { defineRule, entries, isMisquotedStatic, staticListFix, isRequestMappingSource, parseRequestTarget, UNKNOWN_PART } from "../src/rule-api.js";

const ENVELOPE = "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ";

export default defineRule({
  id: "request-parameter-invalid",
  severity: "error",
  reads: { fields: ["requestParameters"], apiKind: ["REST"] },
  docs: {
    summary: "A REST integration `requestParameters` entry is not `integration.request.path|querystring|header.NAME` mapped from a valid source.",
    why: "REST mapping expressions have their own grammar. Sources: `method.request.path|querystring|multivaluequerystring|header|multivalueheader.NAME`, `method.request.body` or `method.request.body.JSONPath` (no `$.`), `context.NAME`, `stageVariables.NAME` (no `$`, unlike VTL and HTTP APIs), or a static value that begins and ends with a single quote (`'application/json'`; quotes inside are accepted, but `'Content-Type',Authorization`, which does not end with one, is rejected). Targets: `integration.request.path|querystring|header.NAME`. A malformed source is rejected; the message for a malformed target is not recorded, so it is reported as a warning.",
    source: {
      catalog: ["request-params-source-syntax", "request-params-target-syntax", "static-value-quoting", "request-params-on-mock"],
      behaviour: "400 BadRequestException: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: <value>]`.",
      references: [
        "docs: request-response-data-mappings.md",
        "recorded (accepted): context.resourceId (localstack test_apigateway_common.py::test_integration_request_parameters_mapping)",
        "issue: a public Terraform error log quoting 'Content-Type',Authorization (exact-string index)",
      ],
      evidence: [
        "catalog `request-params-source-syntax`, `static-value-quoting`: `Invalid mapping expression specified: ...`",
        "issues hashicorp/terraform-provider-aws#34550 (quoting mistakes), serverless-operations/serverless-apigateway-service-proxy#78 (`Static parameter value must be valid and encoded`)",
      ],
      counterEvidence: [
        { query: "search issues \"Invalid mapping expression parameter specified method.request\"", date: "2026-11-25", found: "terraform-provider-aws#34550 and serverless-apigateway-service-proxy#78 confirm rejections of malformed mappings; the static-value grammar is being aligned with deployed samples by the fidelity work (issue 16, known case 1)", verdict: "kept; static values: see known case 1" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/orders",\n  "requestParameters": { "integration.request.header.x-request-id": "$context.requestId" }\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/orders",\n  "requestParameters": { "integration.request.header.x-request-id": "context.requestId" }\n}\n' },
    fix: "Write the source without `$` (`context.requestId`, `stageVariables.name`), quote a static value as a whole (`'application/json'`), and map to `integration.request.path|querystring|header.NAME`.",
  },
  fixable: "A static value quoted per item (`'Content-Type',Authorization`) becomes the one literal it lists (`'Content-Type,Authorization'`, separators kept) when every item is a quoted literal or a bare word; a list with a mapping expression in it (`'v1',method.request.header.x`) is left to you, as is a plain YAML scalar (the added quote would change what it reads as).",
  messages: {
    invalidTarget: "Invalid mapping target '{{key}}': expected integration.request.path.NAME, integration.request.querystring.NAME or integration.request.header.NAME.",
    invalidSource: `${ENVELOPE}{{source}}]{{hint}}.`,
  },
  check(integration, context) {
    if (integration.apiKind !== "REST") return;
    for (const mapping of entries(integration.fields.requestParameters)) {
      if (!mapping.key.includes(UNKNOWN_PART) && !parseRequestTarget(mapping.key)) {
        context.report({
          at: mapping.ref,
          part: "key",
          severity: "warning",
          messageId: "invalidTarget", data: { key: mapping.key },
        });
      }
      const source = mapping.text;
      if (source === undefined || source.includes(UNKNOWN_PART) || source.includes("${stageVariables.")) continue;
      if (isRequestMappingSource(source)) continue;
      const hint = /^\$(context|stageVariables|request|input)\./.test(source)
        ? ` (REST mapping sources have no '$': ${source.slice(1).replace(/^request\./, "method.request.")})`
        : isMisquotedStatic(source)
          ? " (a static value must begin and end with a single quote)"
          : "";
      const fix = staticListFix(mapping);
      context.report({ at: mapping.ref, messageId: "invalidSource", data: { source, hint }, ...(fix ? { fix } : {}) });
    }
  },
});
