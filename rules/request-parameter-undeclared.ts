import { declaredNameOf, defineRule, entries } from "../src/rule-api.js";

export default defineRule({
  id: "request-parameter-undeclared",
  severity: "error",
  reads: { fields: ["requestParameters"], method: ["requestParameters"], firesOn: { fields: ["requestParameters"] } },
  docs: {
    summary: "A `requestParameters` mapping reads a `method.request.*` parameter the method does not declare.",
    why: "Integration request mappings may only read method request parameters that the method declares (in its `requestParameters`, or in OpenAPI its `parameters` and path template). Names are case-sensitive; `multivaluequerystring`/`multivalueheader` refer to the declared `querystring`/`header` name. When the input does not carry the method (a bare PutIntegration body), nothing is reported.",
    source: {
      catalog: ["request-params-source-declared", "method-params-keys", "openapi-path-params-auto"],
      behaviour: "400 BadRequestException: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.header.Authorization]`.",
      references: ["issue: Testlio/lambda-tools#56 (import)", "issue: awsdocs/amazon-api-gateway-developer-guide#24"],
      evidence: [
        "catalog `request-params-source-declared` (high)",
        "issues aws/aws-cdk#17318 (CDK synth passes, CloudFormation fails: `Invalid mapping expression parameter specified: method.request.path.page`), awsdocs/amazon-api-gateway-developer-guide#24, vector `iss-method-request-body-param`",
      ],
      counterEvidence: [
        { query: "search issues \"Invalid mapping expression parameter specified method.request\"", date: "2026-11-25", found: "aws-cdk#17318 and developer-guide#24 confirm the rejection; OpenAPI path parameters are declared by the import (catalog `openapi-path-params-auto`), which the rule honours", verdict: "kept" },
      ],
    },
    bad: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.path.orderId": true },\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders/{id}",\n    "requestParameters": { "integration.request.path.id": "method.request.path.orderID" }\n  }\n}\n',
    },
    good: {
      format: "get-method",
      language: "json",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.path.orderId": true },\n  "methodIntegration": {\n    "type": "HTTP_PROXY",\n    "httpMethod": "GET",\n    "uri": "https://example.com/orders/{id}",\n    "requestParameters": { "integration.request.path.id": "method.request.path.orderId" }\n  }\n}\n',
    },
    terraform: "resource \"aws_api_gateway_method\" \"get\" {\n  rest_api_id   = aws_api_gateway_rest_api.api.id\n  resource_id   = aws_api_gateway_resource.order.id\n  http_method   = \"GET\"\n  authorization = \"NONE\"\n  request_parameters = {\n    \"method.request.path.orderId\" = true\n  }\n}\n\nresource \"aws_api_gateway_integration\" \"get\" {\n  rest_api_id             = aws_api_gateway_rest_api.api.id\n  resource_id             = aws_api_gateway_resource.order.id\n  http_method             = aws_api_gateway_method.get.http_method\n  type                    = \"HTTP_PROXY\"\n  integration_http_method = \"GET\"\n  uri                     = \"https://orders.example.com/orders/{id}\"\n  request_parameters = {\n    \"integration.request.path.id\" = \"method.request.path.orderID\"\n  }\n}\n",
    fix: "Declare the parameter on the method (`method.request.<location>.<name>`), or fix the name in the mapping.",
  },
  messages: {
    requestParameterUndeclared: "Invalid mapping expression parameter specified: {{source}} (the method does not declare {{name}}).",
  },
  check(integration, context) {
    const declared = integration.method.requestParameters;
    if (!declared) return;
    for (const mapping of entries(integration.fields.requestParameters)) {
      const source = mapping.text;
      if (source === undefined) continue;
      const name = declaredNameOf(source);
      if (!name || declared.has(name)) continue;
      context.report({
        at: mapping.ref,
        messageId: "requestParameterUndeclared", data: { source, name },
      });
    }
  },
});
