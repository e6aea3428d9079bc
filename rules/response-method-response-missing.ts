import { defineRule, entries, checkedMethodResponses, statusCodeOf } from "../src/rule-api.js";

export default defineRule({
  id: "response-method-response-missing",
  severity: "warning",
  reads: { fields: ["type"], responses: true, method: ["methodResponses"], firesOn: { responses: true }, apiKind: ["REST"] },
  docs: {
    summary: "An integration response maps to a status code that has no method response (and maps no parameters).",
    why: "API Gateway accepts such an integration response, but when it is selected at run time the call fails with 500, because the output mapping refers to a method response that does not exist. (With `responseParameters` it is rejected outright: see response-parameters-method-response-missing.) Proxy integrations ignore integration responses, so they are not checked.",
    source: {
      catalog: ["int-resp-without-method-response"],
      behaviour: "Accepted; when selected: 500 and the log line `Execution failed due to configuration error: Output mapping refers to an invalid method response: 200`.",
      references: [
        "recorded: localstack TestApigatewayIntegrationResponse::test_lifecycle_integration_response (2025-06-11)",
        "recorded: localstack CloudFormation test_cfn_with_apigateway_resources (template35.yaml, 404 without a method response)",
        "issue: AWS test-invoke logs quoted in public repositories (exact-string index)",
      ],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" },\n    "integrationResponses": {\n      "200": { "statusCode": "200" },\n      "404": { "statusCode": "404", "selectionPattern": "404" }\n    }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodResponses": { "200": { "statusCode": "200" }, "404": { "statusCode": "404" } },\n  "methodIntegration": {\n    "type": "MOCK",\n    "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" },\n    "integrationResponses": {\n      "200": { "statusCode": "200" },\n      "404": { "statusCode": "404", "selectionPattern": "404" }\n    }\n  }\n}\n',
    },
    fix: "Declare a method response for the status code, or map the integration response to a status code the method declares.",
  },
  messages: {
    responseMethodResponseMissing: "Output mapping refers to an invalid method response: {{status}}: the method declares no {{status}} response; AWS accepts this, but when this integration response is selected the call fails with 500.",
  },
  check(integration, context) {
    const declared = checkedMethodResponses(integration);
    if (!declared) return;
    for (const response of integration.responses ?? []) {
      const status = statusCodeOf(response, integration.dialect);
      if (status === undefined || declared.has(status) || !/^[1-5]\d\d$/.test(status)) continue;
      if (entries(response.responseParameters).length > 0) continue; // rejected: response-parameters-method-response-missing
      context.report({
        at: response.statusCode?.ref ?? response.ref,
        messageId: "responseMethodResponseMissing", data: { status },
      });
    }
  },
});
