import { describe, expect, it } from "vitest";
import { loadText } from "../../../src/load/index.js";
import { cfnEvaluator } from "../../../src/extract/cloudformation/evaluate.js";
import { readTemplate } from "../../../src/extract/cloudformation/template.js";

const U = "\uE000";
const TEMPLATE = `Parameters:
  Stage: { Type: String, Default: prod }
  Only: { Type: String, AllowedValues: [blue] }
  Port: { Type: Number, Default: 8080 }
  Free: { Type: String }
  Subnets: { Type: CommaDelimitedList, Default: "a,b" }
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Handler: index.handler }
  Named:
    Type: AWS::Serverless::Function
    Properties: { FunctionName: orders }
  Bucket:
    Type: AWS::S3::Bucket
`;

const evaluate = (() => {
  const doc = loadText("t.yaml", "/t.yaml", TEMPLATE).documents[0]!;
  return cfnEvaluator(readTemplate(doc, []));
})();

describe("cfnEvaluator", () => {
  const cases: [string, unknown, string | undefined][] = [
    ["a plain string", "x", "x"],
    ["numbers and booleans as CloudFormation passes them", 200, "200"],
    ["true", true, "true"],
    ["Ref to a parameter Default", { Ref: "Stage" }, "prod"],
    ["Ref to the only allowed value", { Ref: "Only" }, "blue"],
    ["Ref to a numeric Default", { Ref: "Port" }, "8080"],
    ["Ref to a parameter without default", { Ref: "Free" }, U],
    ["Ref to a list parameter", { Ref: "Subnets" }, U],
    ["Ref to a pseudo parameter", { Ref: "AWS::Region" }, U],
    ["Ref to AWS::NoValue", { Ref: "AWS::NoValue" }, undefined],
    ["Ref to a function without a name", { Ref: "Fn" }, U],
    ["Ref to a named function", { Ref: "Named" }, "orders"],
    ["GetAtt Arn of a Lambda function: a bare function ARN", { "Fn::GetAtt": ["Fn", "Arn"] }, `arn:${U}:lambda:${U}:${U}:function:${U}`],
    ["GetAtt Arn of a named SAM function", { "Fn::GetAtt": ["Named", "Arn"] }, `arn:${U}:lambda:${U}:${U}:function:orders`],
    ["GetAtt dotted string form", { "Fn::GetAtt": "Fn.Arn" }, `arn:${U}:lambda:${U}:${U}:function:${U}`],
    ["GetAtt of another resource", { "Fn::GetAtt": ["Bucket", "Arn"] }, U],
    ["Sub placeholders", { "Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations" },
      `arn:aws:apigateway:${U}:lambda:path/2015-03-31/functions/arn:${U}:lambda:${U}:${U}:function:${U}/invocations`],
    ["Sub parameter default", { "Fn::Sub": "https://${Stage}.example.com:${Port}/" }, "https://prod.example.com:8080/"],
    ["Sub escaped literal", { "Fn::Sub": "https://${!stageVariables.host}/${AWS::Region}" }, `https://\${stageVariables.host}/${U}`],
    ["Sub unescaped stage variable is a placeholder", { "Fn::Sub": "https://${stageVariables.host}/" }, `https://${U}/`],
    ["Sub list form with a variable map", { "Fn::Sub": ["${Scheme}://${Host}/${Stage}", { Scheme: "https", Host: { Ref: "Free" } }] }, `https://${U}/prod`],
    ["Sub without closing brace", { "Fn::Sub": "a${b" }, "a${b"],
    ["Join of known parts", { "Fn::Join": ["", ["https://", "example.com", "/", { Ref: "Stage" }]] }, "https://example.com/prod"],
    ["Join with an unknown part and NoValue dropped", { "Fn::Join": ["/", ["a", { Ref: "AWS::AccountId" }, { Ref: "AWS::NoValue" }, 1]] }, `a/${U}/1`],
    ["Join of a list intrinsic", { "Fn::Join": [",", { Ref: "Subnets" }] }, U],
    ["Select from a literal list", { "Fn::Select": [1, ["a", "b"]] }, "b"],
    ["If with equal branches", { "Fn::If": ["C", "x", "x"] }, "x"],
    ["If with different branches", { "Fn::If": ["C", "x", "y"] }, U],
    ["ImportValue", { "Fn::ImportValue": "shared" }, U],
    ["FindInMap", { "Fn::FindInMap": ["M", "k", "v"] }, U],
    ["a map that is no intrinsic", { a: 1 }, undefined],
    ["a list", ["a"], undefined],
  ];
  for (const [name, raw, expected] of cases) {
    it(name, () => expect(evaluate(raw)).toBe(expected));
  }
});
