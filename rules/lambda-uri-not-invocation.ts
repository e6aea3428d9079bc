import { defineRule, enumValue, isValidFunctionArn, parseApiGatewayArn, parseLambdaInvocation, UNKNOWN_PART, withUnknownStageVariables } from "../src/rule-api.js";

const body = (path: string) => `{\n  "type": "AWS",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:eu-west-1:lambda:path/${path}"\n}\n`;

export default defineRule({
  id: "lambda-uri-not-invocation",
  severity: "warning",
  reads: { fields: ["type", "uri"], firesOn: { fields: ["uri"] }, apiKind: ["REST"] },
  docs: {
    summary: "A Lambda custom (type AWS) integration's URI is not `path/2015-03-31/functions/<function ARN>/invocations`, or names a malformed function ARN.",
    why: "A type AWS integration with the lambda service calls the Lambda API at the URI's path. Only `2015-03-31/functions/<function ARN>/invocations` (or the response-streaming `2021-11-15/.../response-streaming-invocations`) invokes the function; a path without the API version or without `/invocations`, or a function ARN with a malformed region or account, reaches no function and every call fails. (For AWS_PROXY the same URI is rejected outright: see aws-proxy-not-lambda.)",
    source: {
      catalog: ["aws-proxy-lambda-only"],
      behaviour: "Rejected for AWS_PROXY (`Integrations of type 'AWS_PROXY' currently only supports Lambda function ... invocations.`); for type AWS the write-time behaviour is not recorded, so this is a warning.",
      references: ["recorded: localstack test_apigateway_lambda.py put-integration-bad-lambda-arn (2025-03-03)", "docs: set-up-lambda-custom-integrations.md"],
    },
    bad: { format: "put-integration", language: "json", code: body("functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations") },
    good: { format: "put-integration", language: "json", code: body("2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations") },
    fix: "Use `arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations`.",
  },
  messages: {
    notInvocation: "'{{raw}}' does not invoke a function: the Lambda path must be 2015-03-31/functions/<function ARN>/invocations.",
    notFunctionArn: "'{{functionArn}}' is not a Lambda function ARN (arn:<partition>:lambda:<region>:<12-digit account>:function:<name>[:<alias or version>]).",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST" || enumValue(integration, integration.fields.type) !== "AWS") return;
    const field = integration.fields.uri;
    const raw = field?.text;
    if (!field || raw === undefined) return;
    const arn = parseApiGatewayArn(withUnknownStageVariables(raw));
    if (!arn || arn.service !== "lambda" || arn.kind !== "path") return;
    if (arn.rest.includes(UNKNOWN_PART) && !/functions\//.test(arn.rest)) return;
    const invocation = parseLambdaInvocation(arn.rest);
    if (!invocation) {
      context.report({ at: field.ref, messageId: "notInvocation", data: { raw } });
    } else if (!isValidFunctionArn(invocation.functionArn)) {
      context.report({ at: field.ref, messageId: "notFunctionArn", data: { functionArn: invocation.functionArn } });
    }
  },
});
