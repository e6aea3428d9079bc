import { defineRule, enumValue, isLambdaUri } from "../src/rule-api.js";

export default defineRule({
  id: "lambda-method-not-post",
  severity: "warning",
  reads: { fields: ["type", "uri", "httpMethod"], firesOn: { fields: ["httpMethod"] }, apiKind: ["REST"] },
  docs: {
    summary: "A Lambda integration calls the function with a verb other than POST.",
    why: "Lambda's Invoke API is a POST. API Gateway accepts another verb when the integration is written, but every invocation then fails with 500 `{\"message\": \"Internal server error\"}`.",
    source: {
      catalog: ["lambda-requires-post"],
      behaviour: "Accepted at write time; every call returns 500 Internal server error.",
      references: [
        "recorded: localstack test_apigateway_lambda.py::test_lambda_aws_proxy_integration_non_post_method (2024-07-10)",
        "docs: set-up-lambda-proxy-integrations.md (\"you must use the HTTP method of POST\")",
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations"\n}\n' },
    terraform: "resource \"aws_api_gateway_integration\" \"orders\" {\n  rest_api_id             = aws_api_gateway_rest_api.api.id\n  resource_id             = aws_api_gateway_resource.orders.id\n  http_method             = \"POST\"\n  type                    = \"AWS_PROXY\"\n  integration_http_method = \"GET\"\n  uri                     = aws_lambda_function.orders.invoke_arn\n}\n",
    fix: "Set the integration HTTP method to POST; the method itself (GET, ANY...) can stay what the clients use.",
  },
  fixable: "The integration HTTP method is set to POST (quoting kept).",
  messages: {
    lambdaMethodNotPost: "Lambda integrations must call the function with POST, not '{{verb}}': AWS accepts it, but every call fails with 500 Internal server error.",
  },
  check(integration, context) {
    const type = enumValue(integration, integration.fields.type);
    if (type !== "AWS" && type !== "AWS_PROXY") return;
    if (!isLambdaUri(integration.fields.uri?.text)) return;
    // HTTP APIs invoke Lambda proxies themselves; what they do with another verb is not recorded.
    if (integration.apiKind === "HTTP") return;
    const field = integration.fields.httpMethod;
    const verb = field?.text;
    if (!field || verb === undefined || verb.includes("\uE000") || verb.trim() === "") return;
    if (verb.toUpperCase() === "POST") return;
    context.report({
      at: field.ref,
      messageId: "lambdaMethodNotPost", data: { verb },
      ...(typeof field.raw === "string" ? { fix: { title: "Call the function with POST", start: 0, end: field.raw.length, text: "POST" } } : {}),
    });
  },
});
