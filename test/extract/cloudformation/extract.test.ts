import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { lintFiles, lintText } from "../../../src/engine/lint.js";
import { loadText } from "../../../src/load/index.js";
import "../../../src/extract/register.js";
import { cloudFormationExtractor } from "../../../src/extract/cloudformation/index.js";
import { findExtractor } from "../../../src/extract/index.js";
import { FIELD_NAMES } from "../../../src/model/record.js";

/** Unknown parts as the engine shows them in messages. */
const U = "\u2026";
const BARE_FUNCTION_ARN = `arn:${U}:lambda:${U}:${U}:function:${U}`;

/**
 * Findings about the values under test: errors, plus the rules a test names. Other rules (written in
 * parallel, e.g. hygiene warnings about responses) would otherwise make these tests depend on them.
 */
function messages(code: string, filename = "template.yaml", alsoRules: readonly string[] = []) {
  return lintText(code, filename, { cwd: process.cwd() })
    .flatMap((r) => r.messages)
    .filter((m) => m.severity === "error" || alsoRules.includes(m.ruleId))
    .map(({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn }));
}

const bareArnMessage = (raw: string) =>
  `AWS ARN for integration must contain path or action: '${raw}' is a bare Lambda function ARN; REST APIs need arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations.`;

const FUNCTION = `  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
  FnPermission:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !GetAtt Fn.Arn
      Principal: apigateway.amazonaws.com
`;

const method = (integration: string) => `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  IntegrationType: { Type: String, Default: HTTP_PROXYY }
Resources:
${FUNCTION}  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration:
${integration}`;

describe("detection", () => {
  const detect = (text: string, name = "t.yaml") => findExtractor(loadText(name, `/${name}`, text).documents[0]!)?.name;
  it("AWSTemplateFormatVersion", () => expect(detect('AWSTemplateFormatVersion: "2010-09-09"\n')).toBe("cloudformation"));
  it("SAM transform", () => expect(detect("Transform: AWS::Serverless-2016-10-31\nResources: {}\n")).toBe("cloudformation"));
  it("Resources with AWS:: types", () => expect(detect('{"Resources": {"A": {"Type": "AWS::S3::Bucket"}}}', "t.json")).toBe("cloudformation"));
  it("Serverless Framework resources", () => expect(detect("service: x\nresources:\n  Resources:\n    A: { Type: AWS::S3::Bucket }\n")).toBe("cloudformation"));
  it("a bare OpenAPI document is not a template", () => expect(detect("openapi: 3.0.1\npaths: {}\n")).not.toBe("cloudformation"));
  it("Resources without AWS:: types is not a template", () => expect(detect("Resources:\n  A: { Type: Custom::X }\n")).toBeUndefined());
});

describe("short tags: findings point inside the tagged node", () => {
  it("!GetAtt Fn.Arn as a REST AWS_PROXY Uri reads as a bare function ARN", () => {
    expect(messages(method("        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n        Uri: !GetAtt Fn.Arn\n"))).toEqual([
      { ruleId: "aws-uri-invalid", message: bareArnMessage(BARE_FUNCTION_ARN), line: 22, column: 22, endLine: 22, endColumn: 28 },
    ]);
  });
  it("!Sub of a bare function ARN", () => {
    expect(messages(method("        Type: AWS\n        IntegrationHttpMethod: POST\n        Uri: !Sub arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:orders\n"))).toEqual([
      { ruleId: "aws-uri-invalid", message: bareArnMessage(`arn:aws:lambda:${U}:${U}:function:orders`), line: 22, column: 19, endLine: 22, endColumn: 82 },
    ]);
  });
  it("!Sub with a path that is neither path/ nor action/", () => {
    expect(messages(method("        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n        Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:functions/${Fn.Arn}/invocations\n"))).toEqual([
      {
        ruleId: "aws-uri-invalid",
        message: `AWS ARN for integration must contain path or action: the resource part 'functions/${BARE_FUNCTION_ARN}/invocations' of 'arn:aws:apigateway:${U}:lambda:functions/${BARE_FUNCTION_ARN}/invocations' starts with neither 'path/' nor 'action/'.`,
        line: 22, column: 19, endLine: 22, endColumn: 91,
      },
    ]);
  });
  it("!Sub of a valid Lambda invocation URI: nothing to report", () => {
    expect(messages(method("        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n        Uri: !Sub arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations\n"))).toEqual([]);
  });
  it("!Join with a known scheme", () => {
    expect(messages(method('        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: !Join ["", ["ftp://", !ImportValue host, "/orders"]]\n'))).toEqual([
      { ruleId: "http-uri-invalid", message: `Invalid HTTP endpoint specified for URI: 'ftp://${U}/orders' is not an absolute http or https URL.`, line: 22, column: 20, endLine: 22, endColumn: 66 },
    ]);
  });
  it("!Ref to a parameter Default", () => {
    expect(messages(method("        Type: !Ref IntegrationType\n        IntegrationHttpMethod: GET\n        Uri: https://example.com\n"))).toEqual([
      {
        ruleId: "type-invalid",
        message: "Invalid integration type 'HTTP_PROXYY': Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS].",
        line: 20, column: 20, endLine: 20, endColumn: 35,
      },
    ]);
  });
  it("!If, !Select, !FindInMap, !ImportValue, !Base64, !GetAZs: unknown, never an error", () => {
    const code = method(
      "        Type: !If [IsProxy, HTTP_PROXY, HTTP]\n        IntegrationHttpMethod: !FindInMap [Verbs, !Ref AWS::Region, verb]\n" +
      "        Uri: !Select [0, !Split [',', !ImportValue uris]]\n        ConnectionId: !Base64 x\n        CacheNamespace: !Select [0, !GetAZs '']\n",
    );
    expect(messages(code)).toEqual([]);
  });
  it("an unknown tag is reported by the loader, inside the template", () => {
    expect(messages(method("        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: !Subb https://example.com\n"), "template.yaml", ["unknown-tag"])).toEqual([
      // The range starts at the tag itself and covers the tagged value.
      { ruleId: "unknown-tag", message: "Unknown tag !Subb: neither a YAML core tag nor a CloudFormation intrinsic function.", line: 22, column: 14, endLine: 22, endColumn: 39 },
    ]);
  });
});

describe("inline OpenAPI: findings at their place in the template", () => {
  const api = (type: string, property: string, uri: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
${FUNCTION}  Api:
    Type: ${type}
    Properties:
      ${property}:
        openapi: 3.0.1
        info: { title: orders, version: "1" }
        paths:
          /orders:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: ${uri}
`;
  it("RestApi Body: a bare function ARN", () => {
    expect(messages(api("AWS::ApiGateway::RestApi", "Body", "!GetAtt Fn.Arn"))).toEqual([
      { ruleId: "aws-uri-invalid", message: bareArnMessage(BARE_FUNCTION_ARN), line: 25, column: 30, endLine: 25, endColumn: 36 },
    ]);
  });
  it("Serverless::Api DefinitionBody: a bare function ARN in Fn::Sub", () => {
    expect(messages(api("AWS::Serverless::Api", "DefinitionBody", "!Sub '${Fn.Arn}'"))).toEqual([
      { ruleId: "aws-uri-invalid", message: bareArnMessage(BARE_FUNCTION_ARN), line: 25, column: 27, endLine: 25, endColumn: 38 },
    ]);
  });
  it("SAM reads an `any:` operation as ANY (it rewrites it to x-amazon-apigateway-any-method); a RestApi Body does not", () => {
    const withAny = (type: string, property: string) => api(type, property, "!GetAtt Fn.Arn").replace("            get:", "            any:");
    expect(messages(withAny("AWS::Serverless::Api", "DefinitionBody"))).toEqual([
      { ruleId: "aws-uri-invalid", message: bareArnMessage(BARE_FUNCTION_ARN), line: 25, column: 30, endLine: 25, endColumn: 36 },
    ]);
    const [result] = lintText(withAny("AWS::ApiGateway::RestApi", "Body"), "template.yaml", { cwd: process.cwd() });
    expect(result!.integrationCount).toBe(0);
  });
  it("Serverless::HttpApi DefinitionBody: HTTP APIs take the function ARN", () => {
    expect(messages(api("AWS::Serverless::HttpApi", "DefinitionBody", "!GetAtt Fn.Arn"))).toEqual([]);
  });
  it("DefinitionBody under Fn::If: both branches are read", () => {
    const code = `Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        Fn::If:
          - UseA
          - swagger: "2.0"
            paths: { /a: { get: { x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: "ftp://a" } } } }
          - swagger: "2.0"
            paths: { /b: { get: { x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: "https://b" } } } }
`;
    expect(messages(code)).toEqual([
      { ruleId: "http-uri-invalid", message: "Invalid HTTP endpoint specified for URI: 'ftp://a' is not an absolute http or https URL.", line: 9, column: 110, endLine: 9, endColumn: 119 },
    ]);
  });
  it("AWS::Include of a local file: findings reported in the included file", async () => {
    const cwd = resolve(import.meta.dirname, "fixtures", "include");
    const results = await lintFiles(["template.yaml"], { cwd });
    const found = results.map((r) => ({
      file: r.filePath,
      messages: r.messages.filter((m) => m.severity === "error").map(({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn })),
    }));
    expect(found).toEqual([
      { file: "api.yaml", messages: [{ ruleId: "aws-uri-invalid", message: bareArnMessage(BARE_FUNCTION_ARN), line: 9, column: 14, endLine: 9, endColumn: 45 }] },
      { file: "template.yaml", messages: [] },
    ]);
  });
});

describe("AWS::ApiGatewayV2::Integration", () => {
  const v2 = (protocol: string, integration: string) => `Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: orders, ProtocolType: ${protocol} }
  Integration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Api
${integration}`;
  it("HTTP API: its own timeout ceiling, positions in the template", () => {
    expect(messages(v2("HTTP", "      IntegrationType: HTTP_PROXY\n      IntegrationMethod: GET\n      IntegrationUri: https://example.com\n      PayloadFormatVersion: '1.0'\n      TimeoutInMillis: 30001\n"))).toEqual([
      { ruleId: "timeout-out-of-range", message: "Timeout should be between 50 ms and 30000 ms: got 30001 (HTTP APIs cannot raise it).", line: 13, column: 24, endLine: 13, endColumn: 29 },
    ]);
  });
  it("fields map to the canonical names, apiKind HTTP", () => {
    const doc = loadText("t.yaml", "/t.yaml", v2("HTTP", "      IntegrationType: AWS_PROXY\n      IntegrationUri: arn:aws:lambda:us-east-1:123456789012:function:f\n      PayloadFormatVersion: '2.0'\n      CredentialsArn: arn:aws:iam::123456789012:role/r\n")).documents[0]!;
    const [integration] = cloudFormationExtractor.extract(doc, context(doc));
    expect(integration?.apiKind).toBe("HTTP");
    // Fields are read by name (the record's getters are not own properties, so Object.entries does not see them).
    const present = FIELD_NAMES.flatMap((name) => (integration!.fields[name] ? [[name, [integration!.fields[name]!.key, integration!.fields[name]!.text]]] : []));
    expect(Object.fromEntries(present)).toEqual({
      type: ["IntegrationType", "AWS_PROXY"],
      uri: ["IntegrationUri", "arn:aws:lambda:us-east-1:123456789012:function:f"],
      payloadFormatVersion: ["PayloadFormatVersion", "2.0"],
      credentials: ["CredentialsArn", "arn:aws:iam::123456789012:role/r"],
    });
  });
  it("WebSocket API integrations are left out (AWS and MOCK are valid there)", () => {
    expect(messages(v2("WEBSOCKET", "      IntegrationType: MOCK\n      TimeoutInMillis: 30001\n"))).toEqual([]);
  });
});

function context(doc: ReturnType<typeof loadText>["documents"][number]) {
  return { file: loadText(doc.file, `/${doc.file}`, doc.text), root: "/", options: {}, report: () => undefined, loadRelated: () => "not loaded" };
}

describe("AWS::ApiGateway::Method method context", () => {
  const code = `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: orders, EndpointConfiguration: { Types: [REGIONAL] } }
  Orders:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: orders }
  Order:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !Ref Orders, PathPart: "{id}" }
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Order
      HttpMethod: GET
      RequestParameters: { method.request.path.id: true, method.request.header.x-trace: false }
      MethodResponses:
        - StatusCode: 200
          ResponseParameters: { method.response.header.Location: true }
      Integration:
        Type: HTTP
        IntegrationHttpMethod: GET
        Uri: https://example.com/orders/{id}
        IntegrationResponses:
          - StatusCode: 200
            SelectionPattern: 2\\d{2}
`;
  const doc = loadText("t.yaml", "/t.yaml", code).documents[0]!;
  const [integration] = cloudFormationExtractor.extract(doc, context(doc));
  it("path from the Resource chain, verb, endpoint type", () => {
    expect(integration?.method.resourcePath).toBe("/orders/{id}");
    expect(integration?.method.httpMethod).toBe("GET");
    expect(integration?.endpointType).toBe("REGIONAL");
    expect(integration?.fields.httpMethod?.key).toBe("IntegrationHttpMethod");
  });
  it("declared parameters and method responses", () => {
    expect([...integration!.method.requestParameters!.values()].map((p) => [p.name, p.required])).toEqual([["method.request.path.id", true], ["method.request.header.x-trace", false]]);
    expect([...integration!.method.methodResponses!.values()].map((r) => [r.statusCode, [...r.headers]])).toEqual([["200", ["Location"]]]);
  });
  it("integration responses with CloudFormation's string coercion", () => {
    expect(integration?.responses?.map((r) => [r.statusCode?.text, r.selectionPattern?.text])).toEqual([["200", "2\\d{2}"]]);
  });
});

describe("the same defect in three formats: same rule id and message", () => {
  const ARN = "arn:aws:lambda:us-east-1:123456789012:function:orders";
  const inputs: [string, string, string][] = [
    ["PutIntegration body", "put.json", `{"type": "AWS_PROXY", "integrationHttpMethod": "POST", "uri": "${ARN}"}`],
    ["OpenAPI", "api.yaml", `openapi: 3.0.1\ninfo: { title: t, version: "1" }\npaths:\n  /o:\n    get:\n      x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: "${ARN}" }\n`],
    ["CloudFormation", "template.yaml", `Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration: { Type: AWS_PROXY, IntegrationHttpMethod: POST, Uri: "${ARN}" }\n`],
  ];
  const seen = inputs.map(([, filename, code]) => messages(code, filename).map(({ ruleId, message }) => ({ ruleId, message })));
  it("every format reports it", () => {
    for (const found of seen) expect(found).toEqual([{ ruleId: "aws-uri-invalid", message: bareArnMessage(ARN) }]);
  });
});
