import { defineRule, PARTITIONS, UNKNOWN_PART, withUnknownStageVariables } from "../src/rule-api.js";

const ROLE = /^arn:([^:]+):iam::(\d{12}|\uE000+):role\/.+$/s;
const CALLER = /^arn:([^:]+):iam::\*:user\/\*$/;

export default defineRule({
  id: "credentials-invalid",
  severity: "error",
  reads: { fields: ["credentials"] },
  docs: {
    summary: "`credentials` is not an IAM role ARN (`arn:<partition>:iam::<account>:role/<name>`) or the caller pass-through value `arn:aws:iam::*:user/*`.",
    why: "API Gateway assumes the role named by `credentials` to call the backend. A value that is not an ARN is rejected (`Invalid ARN specified in the request`; seen together with a malformed uri, so the attribution is not certain). An ARN that is not a role (a user, a policy, a Lambda function) cannot be assumed; whether it is refused at write time is not recorded, so that case is a warning. `arn:aws:iam::*:user/*` is the documented special value that passes the caller's own identity through.",
    source: {
      catalog: ["credentials-non-arn", "credentials-caller-passthrough", "arn-partitions"],
      behaviour: "400 BadRequestException: `Invalid ARN specified in the request` (for a non-ARN value; low-medium confidence).",
      references: ["issue: aws/aws-sdk-js#868", "docs: CloudFormation Integration Credentials"],
      evidence: [
        "catalog `credentials-non-arn` (low-medium): aws/aws-sdk-js#868, `credentials: 'smallwins-api-lambda'` answered `Invalid ARN specified in the request`",
        "issue amazon-archives/aws-apigateway-importer#94 (maintainer): a stage variable in credentials must sit inside `arn:aws:iam::ACCOUNT_ID:${stageVariables.roleName}`",
      ],
      counterEvidence: [
        { query: "search issues \"Role ARN must be specified for AWS integrations\"", date: "2026-11-25", found: "aws/aws-sdk-js#868 again (a role name instead of an ARN, rejected); no deployed integration with non-ARN credentials", verdict: "kept" },
        { query: "search issues \"Fn::Sub stageVariables template error unresolved resource dependencies API Gateway integration uri\"", date: "2026-11-25", found: "aws-apigateway-importer#94: `credentials: ${stageVariables.invoke_role}` rejected, `arn:aws:iam::ACCOUNT_ID:${stageVariables.roleName}` is the accepted form; checked locally that the rule accepts that form", verdict: "kept" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders",\n  "credentials": "apigw-sqs-role"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "AWS",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders",\n  "credentials": "arn:aws:iam::123456789012:role/apigw-sqs-role"\n}\n' },
    fix: "Give the full role ARN (`arn:aws:iam::123456789012:role/name`), or `arn:aws:iam::*:user/*` to use the caller's credentials.",
  },
  messages: {
    unknownPartition: "Invalid ARN specified in the request: unknown partition '{{partition}}' in credentials '{{raw}}'.",
    notArn: "Invalid ARN specified in the request: credentials '{{raw}}' is not an ARN; give the IAM role ARN (arn:<partition>:iam::<account>:role/<name>).",
    notRoleArn: "credentials '{{raw}}' is not an IAM role ARN (arn:<partition>:iam::<12-digit account>:role/<name>) nor arn:aws:iam::*:user/*: API Gateway cannot assume it.",
  },
  check(integration, context) {
    const field = integration.fields.credentials;
    const raw = field?.text;
    if (!field || raw === undefined) return;
    const text = withUnknownStageVariables(raw).trim();
    if (text === "" || text.startsWith(UNKNOWN_PART)) return;
    if (CALLER.test(text) || ROLE.test(text)) {
      const partition = /^arn:([^:]+):/.exec(text)![1]!;
      if (partition.includes(UNKNOWN_PART) || PARTITIONS.includes(partition)) return;
      context.report({ at: field.ref, messageId: "unknownPartition", data: { partition, raw } });
      return;
    }
    if (!text.startsWith("arn:")) {
      context.report({ at: field.ref, messageId: "notArn", data: { raw } });
      return;
    }
    if (text.includes(UNKNOWN_PART)) return;
    context.report({
      at: field.ref,
      severity: "warning",
      messageId: "notRoleArn", data: { raw },
    });
  },
});
