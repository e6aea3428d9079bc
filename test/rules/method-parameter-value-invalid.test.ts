import rule from "../../rules/method-parameter-value-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const template = (value: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: orders }
  GetOrder:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      RequestParameters:
        method.request.path.key: ${value}
      Integration:
        Type: MOCK
`;

ruleTester(rule, {
  valid: [
    { name: "a boolean", code: template("true") },
    { name: "the strings CloudFormation accepts", code: template('"false"') },
    { name: "an intrinsic resolved at deploy time", code: template("!If [IsProd, true, false]") },
    {
      name: "a get-method output is not CloudFormation (its values are booleans by construction)",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "requestParameters": { "method.request.path.key": {} },\n  "methodIntegration": { "type": "MOCK" }\n}\n',
    },
  ],
  invalid: [
    {
      name: "an empty object (mlevit/aws-auto-cleanup#140)",
      code: template("{}"),
      errors: [{ message: "Properties validation failed: #/RequestParameters/method.request.path.key: expected type: Boolean, found: JSONObject. Declare the parameter with true (required) or false (optional).", line: 14, column: 34, endLine: 14, endColumn: 36 }],
    },
    {
      name: "a list",
      code: template("[true]"),
      errors: [{ message: "Properties validation failed: #/RequestParameters/method.request.path.key: expected type: Boolean, found: JSONArray. Declare the parameter with true (required) or false (optional).", line: 14, column: 34, endLine: 14, endColumn: 40 }],
    },
  ],
});
