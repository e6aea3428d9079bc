import rule from "../../rules/cfn-lambda-permission-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";

const FUNCTION = `  Orders:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
`;
const METHOD = (uri: string, extra = "") => `  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: ${uri}
${extra}`;
const SUB_URI = "!Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Orders.Arn}/invocations";
const PERMISSION = (principal: string, functionName = "!GetAtt Orders.Arn") => `  Permission:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: ${functionName}
      Principal: ${principal}
`;
const message = (fn: string) => `Lambda function ${fn} has no AWS::Lambda::Permission for apigateway.amazonaws.com and the integration has no Credentials: AWS accepts it, but every call fails with 500 (Invalid permissions on Lambda function).`;

ruleTester(rule, {
  valid: [
    { name: "permission by GetAtt", code: `Resources:\n${FUNCTION}${PERMISSION("apigateway.amazonaws.com")}${METHOD(SUB_URI)}` },
    { name: "permission by Ref (function name)", code: `Resources:\n${FUNCTION}${PERMISSION("apigateway.amazonaws.com", "!Ref Orders")}${METHOD(SUB_URI)}` },
    { name: "permission with a Sub principal", code: `Resources:\n${FUNCTION}${PERMISSION("!Sub apigateway.${AWS::URLSuffix}")}${METHOD(SUB_URI)}` },
    { name: "credentials instead of a permission", code: `Resources:\n${FUNCTION}${METHOD(SUB_URI, "        Credentials: arn:aws:iam::123456789012:role/invoke\n")}` },
    { name: "a permission for an unresolvable function could be this one", code: `Resources:\n${FUNCTION}${PERMISSION("apigateway.amazonaws.com", "!ImportValue shared-fn")}${METHOD(SUB_URI)}` },
    { name: "function not in the template", code: `Resources:\n${METHOD("!Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${FnArn}/invocations")}` },
    {
      name: "SAM function with an Api event",
      code: `Transform: AWS::Serverless-2016-10-31\nResources:\n  Orders:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: index.handler\n      Events:\n        Get:\n          Type: Api\n          Properties: { Path: /orders, Method: get }\n${METHOD(SUB_URI)}`,
    },
    {
      name: "SAM connector to the function",
      code: `Transform: AWS::Serverless-2016-10-31\nResources:\n${FUNCTION}  Connector:\n    Type: AWS::Serverless::Connector\n    Properties:\n      Source: { Id: Api }\n      Destination: { Id: Orders }\n      Permissions: [Write]\n${METHOD(SUB_URI)}`,
    },
  ],
  invalid: [
    {
      name: "no permission at all",
      code: `Resources:\n${FUNCTION}${METHOD(SUB_URI)}`,
      errors: [{ message: message("Orders"), line: 13, column: 19, endLine: 13, endColumn: 111 }],
    },
    {
      name: "a permission for another principal only",
      code: `Resources:\n${FUNCTION}${PERMISSION("events.amazonaws.com")}${METHOD(SUB_URI)}`,
      errors: [{ message: message("Orders"), line: 19, column: 19, endLine: 19, endColumn: 111 }],
    },
    {
      name: "HTTP API integration with the bare function ARN",
      code: `Resources:\n${FUNCTION}  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties: { Name: orders, ProtocolType: HTTP }\n  Integration:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref Api\n      IntegrationType: AWS_PROXY\n      PayloadFormatVersion: "2.0"\n      IntegrationUri: !GetAtt Orders.Arn\n`,
      errors: [{ message: message("Orders"), line: 15, column: 31, endLine: 15, endColumn: 41 }],
    },
  ],
});
