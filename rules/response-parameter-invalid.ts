import { defineRule, entries, isMisquotedStatic, staticListFix, isResponseMappingSource, parseResponseTarget, UNKNOWN_PART } from "../src/rule-api.js";

const ENVELOPE = "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ";

export default defineRule({
  id: "response-parameter-invalid",
  severity: "error",
  reads: { fields: [], responses: true },
  docs: {
    summary: "An integration response `responseParameters` entry is not `method.response.header.NAME` mapped from a valid source.",
    why: "Integration responses map into method response headers (`method.response.header.NAME`) from `integration.response.header.NAME`, `integration.response.multivalueheader.NAME`, `integration.response.body`, `integration.response.body.JSONPath`, `context.NAME`, `stageVariables.NAME`, or a static value that begins and ends with a single quote. Quotes inside are accepted: `'Content-Type', 'Authorization'` is what SAM writes for `Cors: AllowHeaders: \"'Content-Type', 'Authorization'\"`, and it deploys (the header value then carries the inner quotes). A value that does not end with a quote, such as `'Content-Type',Authorization`, is rejected. The message for a malformed target is not recorded, so that part is a warning.",
    source: {
      catalog: ["int-resp-param-sources", "static-value-quoting"],
      behaviour: "400 BadRequestException: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: 'Content-Type',Authorization]`.",
      references: ["docs: request-response-data-mappings.md", "issue: a public Terraform error log (exact-string index)"],
      evidence: [
        "catalog `int-resp-param-sources`, `static-value-quoting`: `Invalid mapping expression specified: 'Content-Type',Authorization` (a public Terraform log)",
        "issue amazon-archives/aws-apigateway-importer#104 (`Invalid mapping identifier specified` on a response header mapping)",
      ],
      counterEvidence: [
        { query: "find_string \"Allow-Origin\\\": \\\"method.request.header.Origin\\\"\"", date: "2026-11-25", found: "10 hits, all gateway responses (`gatewayresponse.header.*`, where `method.request.*` is a valid source); none in an integration response", verdict: "kept: `method.request.*` stays invalid in integration responses" },
        { query: "search issues \"integration response mapping method.request.header Invalid mapping expression specified response parameter\"", date: "2026-11-25", found: "aws-apigateway-importer#104 confirms; static values with inner quotes are accepted (catalog `static-value-quoting`): that is known case 1, fixed by the fidelity work", verdict: "kept; static values: see known case 1" },
      ],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "OPTIONS",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200", "responseParameters": { "method.response.header.Access-Control-Allow-Headers": false } } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" },\n    "integrationResponses": {\n      "200": { "statusCode": "200", "responseParameters": { "method.response.header.Access-Control-Allow-Headers": "\'Content-Type\',Authorization" } }\n    }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "OPTIONS",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200", "responseParameters": { "method.response.header.Access-Control-Allow-Headers": false } } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" },\n    "integrationResponses": {\n      "200": { "statusCode": "200", "responseParameters": { "method.response.header.Access-Control-Allow-Headers": "\'Content-Type,Authorization\'" } }\n    }\n  }\n}\n',
    },
    fix: "Quote the whole static value once (`'Content-Type,Authorization'`), read backend headers as `integration.response.header.NAME`, and map to `method.response.header.NAME`.",
  },
  fixable: "A static value quoted per item (`'Content-Type',Authorization`) becomes the one literal it lists (`'Content-Type,Authorization'`, separators kept) when every item is a quoted literal or a bare word; a list with a mapping expression in it (`'v1',method.request.header.x`) is left to you, as is a plain YAML scalar (the added quote would change what it reads as).",
  messages: {
    invalidTarget: "Invalid mapping target '{{key}}': integration responses map to method.response.header.NAME.",
    invalidSource: `${ENVELOPE}{{source}}]{{hint}}.`,
  },
  check(integration, context) {
    for (const response of integration.responses ?? []) {
      for (const mapping of entries(response.responseParameters)) {
        if (!mapping.key.includes(UNKNOWN_PART) && parseResponseTarget(mapping.key) === undefined) {
          context.report({ at: mapping.ref, part: "key", severity: "warning", messageId: "invalidTarget", data: { key: mapping.key } });
        }
        const source = mapping.text;
        if (source === undefined || source.includes(UNKNOWN_PART) || source.includes("${stageVariables.")) continue;
        if (isResponseMappingSource(source)) continue;
        const hint = isMisquotedStatic(source) ? " (a static value must begin and end with a single quote)" : source.startsWith("$") ? " (REST mapping sources have no '$')" : "";
        const fix = staticListFix(mapping);
        context.report({ at: mapping.ref, messageId: "invalidSource", data: { source, hint }, ...(fix ? { fix } : {}) });
      }
    }
  },
});
