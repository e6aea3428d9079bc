import { defineRule, enumValue, isValidFunctionArn, parseApiGatewayArn, parseLambdaInvocation, UNKNOWN_PART, withUnknownStageVariables } from "../src/rule-api.js";

export default defineRule({
  id: "aws-proxy-not-lambda",
  severity: "error",
  reads: { fields: ["type", "uri"], firesOn: { fields: ["uri"] }, apiKind: ["REST"] },
  docs: {
    summary: "A REST AWS_PROXY integration does not target a Lambda function invocation.",
    why: "REST APIs take AWS_PROXY only for Lambda: `arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations` (or the response-streaming `2021-11-15/.../response-streaming-invocations`). S3, DynamoDB, Firehose and malformed Lambda paths are rejected, whatever the error message says about Firehose.",
    source: {
      catalog: ["aws-proxy-lambda-only", "aws-uri-lambda-alias"],
      behaviour: "400 BadRequestException: `Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.`",
      references: [
        "recorded: localstack test_apigateway_integrations.py no-s3-support-AWS_PROXY (2024-06-06)",
        "recorded: localstack test_apigateway_lambda.py put-integration-wrong-firehose, put-integration-bad-lambda-arn (2025-03-03)",
        "recorded: localstack test_apigateway_dynamodb.py::test_error_aws_proxy_not_supported (2023-02-26)",
      ],
      evidence: [
        "vector `rec-aws-proxy-dynamodb-rejected` (recorded rejection, exact message)",
        "catalog `aws-proxy-lambda-only` (high): S3, DynamoDB, Firehose and malformed Lambda paths rejected in recorded LocalStack-against-AWS tests",
      ],
      counterEvidence: [
        { query: "search issues \"Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations\"", date: "2026-11-25", found: "Terraform and Serverless threads about AWS_PROXY for Lambda; no REST API deploying AWS_PROXY to another service", verdict: "kept" },
        { query: "find_string \"\\\"type\\\": \\\"aws_proxy\\\", \\\"uri\\\": \\\"arn:aws:apigateway:\"", date: "2026-11-25", found: "4 hits, all unit tests of one Rust project that treat an sqs AWS_PROXY uri as unsupported; nothing deployed", verdict: "kept" },
        { query: "search issues \"API Gateway AWS_PROXY integration with Step Functions StartSyncExecution REST API works\"", date: "2026-11-25", found: "REST APIs reach Step Functions with type AWS (aws-cdk#16827 StepFunctionsIntegration); AWS_PROXY + StartSyncExecution appears only as an HTTP API integration subtype, which this rule does not check", verdict: "kept (HTTP APIs already excluded)" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:dynamodb:action/Query"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders:live/invocations"\n}\n' },
    fix: "Point AWS_PROXY at a Lambda invocation, or use type AWS (with credentials and mapping templates) for other services.",
  },
  messages: {
    otherService: "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations: '{{raw}}' targets the {{service}} service; REST AWS_PROXY accepts only lambda:path/2015-03-31/functions/<function ARN>/invocations.",
    notInvocation: "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations: '{{raw}}' is not path/2015-03-31/functions/<function ARN>/invocations.",
    notFunctionArn: "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations: '{{functionArn}}' is not a Lambda function ARN (arn:<partition>:lambda:<region>:<12-digit account>:function:<name>[:<alias or version>]).",
  },
  check(integration, context) {
    if (integration.apiKind !== "REST") return;
    if (enumValue(integration, integration.fields.type) !== "AWS_PROXY") return;
    const field = integration.fields.uri;
    const raw = field?.text;
    if (!field || raw === undefined) return;
    const arn = parseApiGatewayArn(withUnknownStageVariables(raw));
    if (!arn || arn.kind === undefined) return; // aws-uri-invalid reports it
    if (arn.service.includes(UNKNOWN_PART)) return;
    if (arn.service !== "lambda") {
      context.report({ at: field.ref, messageId: "otherService", data: { raw, service: arn.service } });
      return;
    }
    if (arn.rest.includes(UNKNOWN_PART) && !/functions\//.test(arn.rest)) return;
    const invocation = arn.kind === "path" ? parseLambdaInvocation(arn.rest) : undefined;
    if (!invocation) {
      context.report({ at: field.ref, messageId: "notInvocation", data: { raw } });
      return;
    }
    if (!isValidFunctionArn(invocation.functionArn)) {
      context.report({ at: field.ref, messageId: "notFunctionArn", data: { functionArn: invocation.functionArn } });
    }
  },
});
