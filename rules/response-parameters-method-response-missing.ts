import { defineRule, entries, checkedMethodResponses, statusCodeOf } from "../src/rule-api.js";

export default defineRule({
  id: "response-parameters-method-response-missing",
  severity: "error",
  reads: { fields: ["type"], responses: true, method: ["methodResponses"], firesOn: { responses: true }, apiKind: ["REST"] },
  docs: {
    summary: "An integration response maps `responseParameters` for a status code the method declares no method response for.",
    why: "Response parameters write into the method response's headers, so the method response for that status code must exist. Without it API Gateway rejects the integration response (CloudFormation and Terraform users also meet this when the integration response is created before the method response). When the input does not carry the method's responses, nothing is reported; nor on proxy integrations, which ignore their integration responses (whether AWS validates them there is not recorded), nor on HTTP APIs, which have no integration responses.",
    source: {
      catalog: ["int-resp-needs-method-response-when-params"],
      behaviour: "400 BadRequestException: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [No method response exists for method.]`.",
      references: ["issue: amazon-archives/aws-apigateway-importer#121", "issue: Terraform logs quoting the message (exact-string index)"],
      evidence: [
        "catalog `int-resp-needs-method-response-when-params` (high), vector `iss-int-resp-params-without-method-response`: `No method response exists for method.`",
        "issue amazon-archives/aws-apigateway-importer#121",
      ],
      counterEvidence: [
        { query: "search issues \"Invalid mapping expression parameter specified method.request\"", date: "2026-11-25", found: "aws-apigateway-importer#121 confirms; no deployed integration response with parameters and no method response", verdict: "kept" },
        { query: "search issues \"integration response mapping method.request.header Invalid mapping expression specified response parameter\"", date: "2026-11-25", found: "aws-apigateway-importer#121 again; serverless-apigateway-service-proxy#179 shows the run-time case without parameters (a warning elsewhere, not this rule)", verdict: "kept" },
      ],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" },\n    "integrationResponses": {\n      "200": { "statusCode": "200" },\n      "401": {\n        "statusCode": "401",\n        "selectionPattern": "401",\n        "responseParameters": { "method.response.header.WWW-Authenticate": "\'Basic\'" }\n      }\n    }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": {\n    "200": { "statusCode": "200" },\n    "401": { "statusCode": "401", "responseParameters": { "method.response.header.WWW-Authenticate": false } }\n  },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" },\n    "integrationResponses": {\n      "200": { "statusCode": "200" },\n      "401": {\n        "statusCode": "401",\n        "selectionPattern": "401",\n        "responseParameters": { "method.response.header.WWW-Authenticate": "\'Basic\'" }\n      }\n    }\n  }\n}\n',
    },
    fix: "Declare the method response for that status code (with the headers you map), or map to a status code that has one.",
  },
  messages: {
    responseParametersMethodResponseMissing: "Invalid mapping expression specified: Validation Result: warnings : [], errors : [No method response exists for method.]: the integration response {{status}} maps responseParameters, but the method declares no {{status}} response{{value}}.",
  },
  check(integration, context) {
    const declared = checkedMethodResponses(integration);
    if (!declared) return;
    for (const response of integration.responses ?? []) {
      const status = statusCodeOf(response, integration.dialect);
      if (status === undefined || declared.has(status)) continue;
      if (entries(response.responseParameters).length === 0 || !response.responseParameters) continue;
      context.report({
        at: response.responseParameters.ref,
        messageId: "responseParametersMethodResponseMissing", data: { status, value: declared.size ? ` (it has ${[...declared.keys()].join(", ")})` : "" },
      });
    }
  },
});
