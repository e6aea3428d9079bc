import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/fix/apply.js";
import { fixText } from "../../src/fix/fix-text.js";
import { lintText } from "../../src/engine/lint.js";
import { rules } from "../../rules/index.js";

const cwd = "/virtual";
const fix = (text: string, file: string) => fixText(text, file, { cwd });
const ids = (text: string, file: string) => lintText(text, file, { cwd }).flatMap((r) => r.messages.map((m) => m.ruleId));

describe("applyFixes", () => {
  it("replaces each span and nothing else, in offset order", () => {
    const result = applyFixes("abcdef", [
      { title: "", range: [4, 5], text: "E" },
      { title: "", range: [1, 2], text: "BB" },
    ]);
    expect(result).toEqual({ output: "aBBcdEf", applied: 2 });
  });

  it("leaves an edit that overlaps an earlier one for the next pass", () => {
    const result = applyFixes("abcdef", [
      { title: "", range: [1, 4], text: "X" },
      { title: "", range: [2, 3], text: "Y" },
    ]);
    expect(result).toEqual({ output: "aXef", applied: 1 });
  });
});

const CFN = `Resources:
  Method:
    Type: AWS::ApiGateway::Method   # the orders method
    Properties:
      HttpMethod: GET
      Integration:
        Type: http_proxy
        IntegrationHttpMethod: GET
        Uri: !Sub https://\${stageVariables.backendHost}/orders/\${ stageVariables.spaced }
`;

describe("fixText", () => {
  it("escapes stage variables in Fn::Sub and uppercases the type, keeping the comment and layout", () => {
    const result = fix(CFN, "template.yaml");
    expect(result.output).toBe(CFN.replace("http_proxy", "HTTP_PROXY").replace("${stageVariables.backendHost}", "${!stageVariables.backendHost}"));
    expect(result.fixed.map((m) => m.ruleId)).toEqual(["type-invalid", "cfn-sub-stage-variable-unescaped"]);
    // `${ stageVariables.spaced }`: what Fn::Sub does with the escaped spaces is not certain, so no fix.
    expect(result.results[0]!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["cfn-sub-stage-variable-unescaped", 9, 65]]);
  });

  it("needs a second pass when one fix makes another rule apply (type, then the Lambda verb)", () => {
    const text = `{
  "type": "aws_proxy",
  "integrationHttpMethod": "get",
  "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations"
}
`;
    const result = fix(text, "put.json");
    expect(result.output).toBe(text.replace('"aws_proxy"', '"AWS_PROXY"').replace('"get"', '"POST"'));
    expect(result.applied).toBe(2);
    expect(result.results[0]!.messages).toEqual([]);
  });

  it("maps a fix through escapes in a double-quoted YAML string", () => {
    const text = 'Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: !Sub "https://\\x41${stageVariables.h}/"\n';
    expect(ids(text, "t.yaml")).toEqual(["cfn-sub-stage-variable-unescaped"]);
    const { output } = fix(text, "t.yaml");
    expect(output).toBe(text.replace("${stageVariables.h}", "${!stageVariables.h}"));
    expect(ids(output, "t.yaml")).toEqual([]);
  });

  it("uppercases passthroughBehavior, contentHandling and connectionType written in the wrong case", () => {
    const text = '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "connectionType": "internet",\n  "passthroughBehavior": "when_no_match",\n  "contentHandling": "Convert_To_Text"\n}\n';
    expect(ids(text, "put.json").sort()).toEqual(["connection-type-invalid", "content-handling-invalid", "passthrough-behavior-invalid"]);
    const { output } = fix(text, "put.json");
    expect(output).toBe(text.replace("internet", "INTERNET").replace("when_no_match", "WHEN_NO_MATCH").replace("Convert_To_Text", "CONVERT_TO_TEXT"));
  });

  it("offers no fix where the value is not a case of a valid one", () => {
    const text = '{\n  "type": "MOCK",\n  "passthroughBehavior": "WHEN_NO_TEMPLATE"\n}\n';
    expect(ids(text, "put.json")).toEqual(["passthrough-behavior-invalid"]);
    expect(fix(text, "put.json")).toMatchObject({ output: text, applied: 0, fixed: [] });
  });

  it("does not touch a file that does not parse", () => {
    const text = '{ "type": "aws_proxy", ';
    expect(fix(text, "put.json")).toMatchObject({ output: text, applied: 0 });
  });
});

describe("the bare Lambda function ARN", () => {
  it("becomes the invocation URI in the function's partition and region (plain YAML scalar)", () => {
    const text = "Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n        Uri: arn:aws-cn:lambda:cn-north-1:123456789012:function:orders:live # prod alias\n";
    expect(ids(text, "t.yaml")).toEqual(["aws-uri-invalid"]);
    const { output } = fix(text, "t.yaml");
    expect(output).toBe(text.replace("Uri: arn:aws-cn:lambda:cn-north-1:123456789012:function:orders:live", "Uri: arn:aws-cn:apigateway:cn-north-1:lambda:path/2015-03-31/functions/arn:aws-cn:lambda:cn-north-1:123456789012:function:orders:live/invocations"));
    expect(ids(output, "t.yaml")).toEqual([]);
  });

  it("is not rewritten when it is built with an intrinsic (!GetAtt, !Sub)", () => {
    const text = "Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n        Uri: !Sub arn:aws:lambda:${AWS::Region}:123456789012:function:orders\n";
    expect(fix(text, "t.yaml")).toMatchObject({ output: text, applied: 0 });
  });
});

describe("fixable rules", () => {
  it("every rule whose reports carry a fix says so (its page shows it), and no other rule does", () => {
    const carrying = new Set<string>();
    for (const rule of rules) {
      const messages = lintText(rule.docs.bad.code, `example.${rule.docs.bad.language}`, { cwd }).flatMap((r) => r.messages);
      for (const m of messages) if (m.fix && m.ruleId === rule.id) carrying.add(rule.id);
    }
    // the bad examples of these show a value that needs a choice; the rule fixes only the case of a valid one
    for (const id of ["type-invalid", "connection-type-invalid", "passthrough-behavior-invalid", "content-handling-invalid"]) carrying.add(id);
    // its bad example is a `$` source; it fixes only a static value quoted per item (test/fix/static-list.test.ts)
    carrying.add("request-parameter-invalid");
    expect(rules.filter((r) => r.fixable).map((r) => r.id).sort()).toEqual([...carrying].sort());
  });
});
