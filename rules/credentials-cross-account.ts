import { defineRule, integrationType, parseApiGatewayArn, parseLambdaInvocation, UNKNOWN_PART, withUnknownStageVariables } from "../src/rule-api.js";

export default defineRule({
  id: "credentials-cross-account",
  severity: "warning",
  reads: { fields: ["type", "credentials", "uri"], firesOn: { fields: ["credentials"] } },
  docs: {
    summary: "The `credentials` role is in another AWS account than the Lambda function the integration invokes.",
    why: "API Gateway refuses a role from another account than the API's own (`Cross-account pass role is not allowed.`, 403). The API's account is not in the file, but a Lambda integration usually invokes a function of the same account, so a role whose account differs from the function's is most likely in the wrong account. Cross-account Lambda functions are legal, though (with a resource policy), so the mismatch proves nothing by itself: a warning, not an error.",
    source: {
      catalog: ["credentials-cross-account"],
      behaviour: "403 AccessDeniedException: `Cross-account pass role is not allowed.` (when the role is not in the API's account).",
      references: ["issue: amazon-archives/aws-apigateway-importer#25 (putIntegration)", "emulator: moto"],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "AWS",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations",\n  "credentials": "arn:aws:iam::210987654321:role/apigw-invoke"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "AWS",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations",\n  "credentials": "arn:aws:iam::123456789012:role/apigw-invoke"\n}\n' },
    fix: "Use a role in the API's own account (it can be allowed to invoke the function in the other account), or check the account id.",
  },
  messages: {
    credentialsCrossAccount: "The credentials role is in account {{roleAccount}}, the Lambda function in {{functionAccount}}: if {{roleAccount}} is not the API's own account, AWS refuses it (Cross-account pass role is not allowed.).",
  },
  check(integration, context) {
    const type = integrationType(integration);
    if (type !== "AWS" && type !== "AWS_PROXY") return;
    const credentials = integration.fields.credentials;
    const roleAccount = /^arn:[^:]+:iam::(\d{12}):role\//.exec(credentials?.text ?? "")?.[1];
    const uri = integration.fields.uri?.text;
    if (!credentials || !roleAccount || uri === undefined) return;
    const arn = parseApiGatewayArn(withUnknownStageVariables(uri));
    const invocation = arn?.service === "lambda" && arn.kind === "path" ? parseLambdaInvocation(arn.rest) : undefined;
    const functionAccount = invocation ? /^arn:[^:]+:lambda:[^:]+:([^:]+):function:/.exec(invocation.functionArn)?.[1] : undefined;
    if (!functionAccount || functionAccount.includes(UNKNOWN_PART) || !/^\d{12}$/.test(functionAccount) || functionAccount === roleAccount) return;
    context.report({
      at: credentials.ref,
      messageId: "credentialsCrossAccount", data: { roleAccount, functionAccount },
    });
  },
});
