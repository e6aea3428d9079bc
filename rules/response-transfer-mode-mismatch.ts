import { defineRule, enumValue, integrationType, parseApiGatewayArn, parseLambdaInvocation, withUnknownStageVariables } from "../src/rule-api.js";

export default defineRule({
  id: "response-transfer-mode-mismatch",
  severity: "warning",
  reads: { fields: ["type", "uri", "responseTransferMode"], firesOn: { fields: ["uri"] } },
  docs: {
    summary: "A Lambda integration's uri and `responseTransferMode` disagree: the response-streaming invocation path without STREAM, or STREAM with the ordinary invocation path.",
    why: "Lambda response streaming needs both halves: `responseTransferMode: STREAM` and the streaming invocation uri `.../2021-11-15/functions/<function ARN>/response-streaming-invocations`. With only one of them the function is invoked the other way than API Gateway reads the response. What AWS does with such a pair is not recorded, so this is a warning.",
    source: {
      catalog: ["response-transfer-mode-enum", "aws-proxy-lambda-only", "timeout-stream-range"],
      behaviour: "Documented pairing (docs, CDK); behaviour of a mismatched pair not recorded.",
      references: ["docs: CloudFormation Integration ResponseTransferMode", "issue: aws/aws-cdk#36155"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:chat/response-streaming-invocations"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:chat/response-streaming-invocations",\n  "responseTransferMode": "STREAM"\n}\n' },
    fix: "Use STREAM with the response-streaming-invocations uri, or BUFFERED (the default) with the 2015-03-31/.../invocations uri.",
  },
  messages: {
    streamingUriNotStream: "The uri is Lambda's response-streaming invocation, but responseTransferMode is {{mode}}{{isDefault}}: set responseTransferMode to STREAM, or use .../2015-03-31/functions/<function ARN>/invocations.",
    streamWithoutStreamingUri: "responseTransferMode is STREAM, but the uri is Lambda's ordinary invocation: streaming needs .../2021-11-15/functions/<function ARN>/response-streaming-invocations.",
  },
  check(integration, context) {
    const type = integrationType(integration);
    if (type !== "AWS_PROXY" && type !== "AWS") return;
    const uri = integration.fields.uri;
    const text = uri?.text;
    if (!uri || text === undefined) return;
    const arn = parseApiGatewayArn(withUnknownStageVariables(text));
    if (!arn || arn.service !== "lambda" || arn.kind !== "path") return;
    const invocation = parseLambdaInvocation(arn.rest);
    if (!invocation) return;
    const modeField = integration.fields.responseTransferMode;
    const mode = modeField ? enumValue(integration, modeField) : "BUFFERED";
    if (mode === undefined) return;
    if (invocation.streaming && mode !== "STREAM") {
      context.report({ at: uri.ref, messageId: "streamingUriNotStream", data: { mode, isDefault: modeField ? "" : " (the default)" } });
    } else if (!invocation.streaming && mode === "STREAM" && modeField) {
      context.report({ at: modeField.ref, messageId: "streamWithoutStreamingUri" });
    }
  },
});
