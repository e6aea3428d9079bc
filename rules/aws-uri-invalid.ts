import { defineRule, enumValue, isValidFunctionArn, parseApiGatewayArn, type FixDescriptor, PARTITIONS, UNKNOWN_PART, withUnknownStageVariables } from "../src/rule-api.js";

/** A literal, complete function ARN names its partition and region: the invocation URI is certain. */
function invocationFix(written: unknown, text: string): { fix?: FixDescriptor } {
  if (written !== text || text.includes(UNKNOWN_PART) || !isValidFunctionArn(text)) return {};
  const [, partition, , region] = text.split(":");
  return { fix: { title: "Use the Lambda invocation URI", start: 0, end: text.length, text: `arn:${partition}:apigateway:${region}:lambda:path/2015-03-31/functions/${text}/invocations` } };
}

export default defineRule({
  id: "aws-uri-invalid",
  severity: "error",
  reads: { fields: ["type", "uri"], firesOn: { fields: ["type"] }, apiKind: ["REST"] },
  docs: {
    summary: "An AWS or AWS_PROXY integration's `uri` is not an `arn:<partition>:apigateway:<region>:<service>:path|action/...` ARN.",
    why: "For AWS service integrations API Gateway needs its own ARN form, naming the service and either a `path/` or an `action/`. Anything else is rejected: a URL, a bare Lambda function ARN (`arn:aws:lambda:...:function:f`, valid for HTTP APIs only), or an ARN whose resource starts with something else. All partitions (aws, aws-cn, aws-us-gov, aws-iso...) are valid.",
    source: {
      catalog: ["aws-uri-must-be-arn", "aws-uri-path-or-action", "arn-partitions", "v2-lambda-uri"],
      behaviour: "400 BadRequestException: `Invalid ARN specified in the request` (not an ARN) or `AWS ARN for integration must contain path or action`.",
      references: [
        "recorded: localstack test_apigateway_integrations.py invalid-uri-not-an-arn, invalid-uri-invalid-arn (2024-06-06)",
        "recorded: localstack test_apigateway_lambda.py::test_put_integration_aws_proxy_uri put-integration-lambda-uri (2025-03-03)",
      ],
      evidence: [
        "vectors `rec-aws-uri-not-arn`, `rec-aws-proxy-bad-arn-prefix` (recorded: `Invalid ARN specified in the request`)",
        "catalog `aws-uri-path-or-action` (high): a bare Lambda function ARN is rejected with `AWS ARN for integration must contain path or action`",
        "issue aws/serverless-application-model#62 (maintainer: API Gateway expects the integration ARN in ARN format before stage variables are substituted); amazon-archives/aws-apigateway-importer#94 (a uri that is only `${stageVariables.x}` is rejected)",
      ],
      counterEvidence: [
        { query: "search issues \"AWS ARN for integration must contain path or action\"", date: "2026-11-25", found: "no deployed REST integration with a non path/action ARN; aws/aws-sdk-js#868 shows `Invalid ARN specified` for a mistyped `arn:aws.apigateway` uri", verdict: "kept" },
        { query: "search code \"AWS::ApiGateway::Method Integration Type AWS_PROXY Uri !GetAtt Function.Arn\"", date: "2026-11-25", found: "REST templates and Terraform modules all use `lambda:path/2015-03-31/functions/.../invocations` (Fn::Sub or invoke_arn); no REST method with a bare function ARN", verdict: "kept (a bare ARN is valid only for HTTP APIs, which the rule already accepts)" },
        { query: "search issues \"Fn::Sub stageVariables template error unresolved resource dependencies API Gateway integration uri\"", date: "2026-11-25", found: "aws-apigateway-importer#94 and serverless-application-model#62 confirm stage variables are accepted only inside an ARN-shaped uri", verdict: "kept" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:lambda:us-east-1:123456789012:function:orders"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations"\n}\n' },
    terraform: "resource \"aws_api_gateway_integration\" \"orders\" {\n  rest_api_id             = aws_api_gateway_rest_api.api.id\n  resource_id             = aws_api_gateway_resource.orders.id\n  http_method             = \"POST\"\n  type                    = \"AWS_PROXY\"\n  integration_http_method = \"POST\"\n  # arn is the bare function ARN: the invocation URI is invoke_arn\n  uri                     = aws_lambda_function.orders.arn\n}\n",
    fix: "Use `arn:aws:apigateway:<region>:<service>:path/<path>` or `...:action/<Action>`; for Lambda, wrap the function ARN: `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations`.",
  },
  fixable: "A bare Lambda function ARN written as a literal becomes the invocation URI in the function's partition and region.",
  messages: {
    missingUri: "Invalid ARN specified in the request: a {{type}} integration needs a uri of the form arn:<partition>:apigateway:<region>:<service>:path|action/...",
    notString: "Invalid ARN specified in the request: the uri must be a string, got {{raw}}.",
    bareFunctionArn: "AWS ARN for integration must contain path or action: '{{raw}}' is a bare Lambda function ARN; REST APIs need arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations.",
    notApigatewayArn: "AWS ARN for integration must contain path or action: '{{raw}}' is not an apigateway integration ARN (arn:<partition>:apigateway:<region>:<service>:path|action/...).",
    notArn: "Invalid ARN specified in the request: '{{raw}}' is not an ARN; expected arn:<partition>:apigateway:<region>:<service>:path|action/...",
    unknownPartition: "Invalid ARN specified in the request: unknown partition '{{partition}}' in '{{raw}}' (expected one of {{partitions}}).",
    neitherPathNorAction: "AWS ARN for integration must contain path or action: the resource part '{{resource}}' of '{{raw}}' starts with neither 'path/' nor 'action/'.",
  },
  check(integration, context) {
    const type = enumValue(integration, integration.fields.type);
    if (type !== "AWS" && type !== "AWS_PROXY") return;
    if (integration.apiKind === "HTTP") return; // HTTP APIs accept plain Lambda ARNs (v2 rules)
    const field = integration.fields.uri;
    if (!field) {
      context.report({ at: integration.ref, messageId: "missingUri", data: { type } });
      return;
    }
    const raw = field.text;
    if (raw === undefined) {
      if (typeof field.raw !== "object" || field.raw === null) context.report({ at: field.ref, messageId: "notString", data: { raw: JSON.stringify(field.raw) } });
      return;
    }
    const text = withUnknownStageVariables(raw);
    if (text === UNKNOWN_PART) return;
    const arn = parseApiGatewayArn(text);
    if (!arn) {
      if (text.startsWith(UNKNOWN_PART)) return;
      if (/^arn:[^:]*:lambda:/.test(text)) {
        context.report({ at: field.ref, messageId: "bareFunctionArn", data: { raw }, ...invocationFix(field.raw, raw) });
      } else if (/^arn:/.test(text)) {
        context.report({ at: field.ref, messageId: "notApigatewayArn", data: { raw } });
      } else {
        context.report({ at: field.ref, messageId: "notArn", data: { raw } });
      }
      return;
    }
    if (!arn.partition.includes(UNKNOWN_PART) && !PARTITIONS.includes(arn.partition)) {
      context.report({ at: field.ref, messageId: "unknownPartition", data: { partition: arn.partition, raw, partitions: PARTITIONS.join(", ") } });
      return;
    }
    if (arn.kind === undefined && !arn.resource.startsWith(UNKNOWN_PART)) {
      context.report({ at: field.ref, messageId: "neitherPathNorAction", data: { resource: arn.resource, raw } });
    }
  },
});
