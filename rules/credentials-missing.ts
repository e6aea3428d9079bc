import { defineRule, enumValue, parseApiGatewayArn, UNKNOWN_PART, withUnknownStageVariables } from "../src/rule-api.js";

export default defineRule({
  id: "credentials-missing",
  severity: "error",
  reads: { fields: ["type", "credentials", "uri"], firesOn: { fields: ["uri"] } },
  docs: {
    summary: "A `type: AWS` integration to a service other than Lambda has no `credentials` (an IAM role for API Gateway to assume).",
    why: "API Gateway calls AWS services (Step Functions, Kinesis, SQS, DynamoDB, S3...) with a role you give it. Without one the integration is rejected. Lambda is the exception: it can be invoked through the function's resource policy instead.",
    source: {
      catalog: ["aws-credentials-required-non-lambda", "lambda-credentials-optional"],
      behaviour: "400 BadRequestException: `Role ARN must be specified for AWS integrations`.",
      references: ["issue: hashicorp/terraform-provider-aws#7916", "issue: aws/aws-cdk#1465", "recorded (Lambda without credentials accepted): localstack aws-integration-type-AWS (2024-06-06)"],
      evidence: [
        "catalog `aws-credentials-required-non-lambda` (high): `Role ARN must be specified for AWS integrations`",
        "issues hashicorp/terraform-provider-aws#7916 (ec2 action), aws/aws-cdk#1465 (Step Functions StartExecution): both rejected at deploy",
      ],
      counterEvidence: [
        { query: "search issues \"Role ARN must be specified for AWS integrations\"", date: "2026-11-25", found: "terraform-provider-aws#7916 and aws-cdk#1465 confirm the rejection (plus a Kinesis report in #7916); no deployed non-Lambda AWS integration without credentials", verdict: "kept" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:states:action/StartExecution"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "AWS",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:states:action/StartExecution",\n  "credentials": "arn:aws:iam::123456789012:role/apigw-start-execution"\n}\n' },
    fix: "Add `credentials` with the ARN of a role that API Gateway can assume and that may call the service.",
  },
  messages: {
    credentialsMissing: "Role ARN must be specified for AWS integrations: the {{service}} integration has no credentials (only Lambda can do without).",
  },
  check(integration, context) {
    if (enumValue(integration, integration.fields.type) !== "AWS") return;
    if (integration.fields.credentials) return;
    const uri = integration.fields.uri?.text;
    if (uri === undefined) return;
    const arn = parseApiGatewayArn(withUnknownStageVariables(uri));
    if (!arn || arn.kind === undefined || arn.service.includes(UNKNOWN_PART) || arn.service === "lambda") return;
    context.report({
      at: integration.fields.uri?.ref ?? integration.ref,
      messageId: "credentialsMissing", data: { service: arn.service },
    });
  },
});
