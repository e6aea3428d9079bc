import rule from "../../rules/cfn-sub-stage-variable-unescaped.js";
import { ruleTester } from "../helpers/rule-tester.js";

const method = (integration: string) => `Resources:
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration:
${integration}`;

const message = (name: string) => `Fn::Sub cannot resolve \${${name}}: CloudFormation rejects the template. Write \${!${name}} so that API Gateway receives the stage variable.`;

ruleTester(rule, {
  valid: [
    { name: "escaped in !Sub", code: method("        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: !Sub https://${!stageVariables.host}/${AWS::Region}\n") },
    { name: "plain string needs no escape", code: method("        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: https://${stageVariables.host}/orders\n") },
    { name: "list form with the name in the variable map", code: method("        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: !Sub ['https://${stageVariables.host}/', {stageVariables.host: example.com}]\n") },
  ],
  invalid: [
    {
      name: "unescaped in a short-form !Sub uri (span of the placeholder)",
      code: method("        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: !Sub https://${stageVariables.host}/orders\n"),
      errors: [{ message: message("stageVariables.host"), line: 9, column: 27, endLine: 9, endColumn: 49 }],
    },
    {
      name: "long form in JSON, inside a request parameter",
      code: `{
  "Resources": {
    "Method": {
      "Type": "AWS::ApiGateway::Method",
      "Properties": {
        "HttpMethod": "GET",
        "Integration": {
          "Type": "HTTP",
          "IntegrationHttpMethod": "GET",
          "Uri": "https://example.com",
          "RequestParameters": { "integration.request.header.x-env": { "Fn::Sub": "'\${stageVariables.env}'" } }
        }
      }
    }
  }
}
`,
      errors: [{ message: message("stageVariables.env"), line: 11, column: 85, endLine: 11, endColumn: 106 }],
    },
    {
      name: "list form of Fn::Sub in an integration response template",
      code: method("        Type: MOCK\n        IntegrationResponses:\n          - StatusCode: 200\n            ResponseTemplates:\n              application/json: !Sub\n                - '{\"stage\": \"${stageVariables.name}\", \"region\": \"${Region}\"}'\n                - Region: !Ref AWS::Region\n"),
      errors: [{ message: message("stageVariables.name"), line: 12, column: 31, endLine: 12, endColumn: 53 }],
    },
  ],
});
