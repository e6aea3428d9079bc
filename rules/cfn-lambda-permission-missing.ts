import { defineRule, enumValue, isLambdaUri, withUnknownStageVariables, type Integration } from "../src/rule-api.js";

/** Set by the CloudFormation extractor: the template's function the uri invokes, and whether API Gateway may. */
interface LambdaFunctionTarget {
  readonly logicalId: string;
  readonly permission: "granted" | "missing" | "unknown";
}

function lambdaTarget(integration: Integration): LambdaFunctionTarget | undefined {
  const target = integration.extra?.lambdaFunction as Partial<LambdaFunctionTarget> | undefined;
  return typeof target?.logicalId === "string" && typeof target.permission === "string" ? (target as LambdaFunctionTarget) : undefined;
}

/** REST needs the apigateway invocation ARN; HTTP APIs also take the function ARN itself. */
function invokesLambda(integration: Integration, uri: string): boolean {
  if (isLambdaUri(uri)) return true;
  return integration.apiKind === "HTTP" && /^arn:[^:]*:lambda:/.test(withUnknownStageVariables(uri));
}

export default defineRule({
  id: "cfn-lambda-permission-missing",
  severity: "warning",
  reads: { fields: ["type", "credentials", "uri"], extra: true, firesOn: { fields: ["uri"] } },
  docs: {
    summary: "A Lambda integration without credentials invokes a function of the same template that grants API Gateway no `AWS::Lambda::Permission`.",
    why: "Without `Credentials` API Gateway invokes the function under the function's resource policy. CloudFormation does not add that policy for you (SAM does, for functions with an `Api` or `HttpApi` event): the stack deploys, and every call fails with 500 and the execution log `Invalid permissions on Lambda function`.",
    source: {
      catalog: ["lambda-permission-missing", "lambda-credentials-optional"],
      behaviour: "Accepted at deploy time; at run time 500, log: `Execution failed due to configuration error: Invalid permissions on Lambda function`.",
      references: ["issue: public AWS execution logs (exact-string index)", "docs: AWS::Lambda::Permission (principal apigateway.amazonaws.com)"],
    },
    bad: {
      format: "cloudformation",
      language: "yaml",
      code: "Resources:\n  Orders:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs20.x\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/orders\n      Code: { ZipFile: \"exports.handler = async () => ({ statusCode: 200 })\" }\n  Method:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n        Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Orders.Arn}/invocations\n",
    },
    good: {
      format: "cloudformation",
      language: "yaml",
      code: "Resources:\n  Orders:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs20.x\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/orders\n      Code: { ZipFile: \"exports.handler = async () => ({ statusCode: 200 })\" }\n  OrdersInvokePermission:\n    Type: AWS::Lambda::Permission\n    Properties:\n      Action: lambda:InvokeFunction\n      FunctionName: !GetAtt Orders.Arn\n      Principal: apigateway.amazonaws.com\n  Method:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n        Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Orders.Arn}/invocations\n",
    },
    fix: "Add an `AWS::Lambda::Permission` (Action `lambda:InvokeFunction`, Principal `apigateway.amazonaws.com`, FunctionName the function, ideally a SourceArn for the API), or give the integration `Credentials` with a role that may invoke the function.",
  },
  messages: {
    cfnLambdaPermissionMissing: "Lambda function {{logicalId}} has no AWS::Lambda::Permission for apigateway.amazonaws.com and the integration has no Credentials: AWS accepts it, but every call fails with 500 (Invalid permissions on Lambda function).",
  },
  check(integration, context) {
    const target = lambdaTarget(integration);
    if (!target || target.permission !== "missing") return;
    const type = enumValue(integration, integration.fields.type);
    if (type !== "AWS" && type !== "AWS_PROXY") return;
    if (integration.fields.credentials) return;
    const uri = integration.fields.uri;
    if (!uri?.text || !invokesLambda(integration, uri.text)) return;
    context.report({
      at: uri.ref,
      messageId: "cfnLambdaPermissionMissing", data: { logicalId: target.logicalId },
    });
  },
});
