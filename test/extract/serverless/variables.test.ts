import { describe, expect, it } from "vitest";
import { lintText } from "../../../src/engine/lint.js";
import { UNKNOWN_PART } from "../../../src/model/integration.js";
import { hasVariable, VariableResolver } from "../../../src/extract/serverless/variables.js";

const U = UNKNOWN_PART;
/** A service whose `resources.Resources` hold `resources` (indented as under `Resources:`). */
const lintResources = (resources: string) => lintText(`service: s\nprovider:\n  name: aws\nresources:\n${resources}`, "serverless.yml", { cwd: process.cwd() })[0]!;

describe("the framework's variables", () => {
  const root = {
    provider: { region: "eu-west-1", stage: "${opt:stage, 'dev'}" },
    custom: { bucket: "orders", timeout: 45000, nested: { eu: "x" }, which: "eu", loop: "${self:custom.loop}", flag: true },
  };
  const resolve = (text: string) => new VariableResolver(root).resolveString(text);

  it("resolves ${self:...} chains to literals of the same file", () => {
    expect(resolve("arn:aws:apigateway:${self:provider.region}:s3:path/${self:custom.bucket}/{key}")).toBe("arn:aws:apigateway:eu-west-1:s3:path/orders/{key}");
    expect(resolve("${self:custom.nested.${self:custom.which}}")).toBe("x");
  });

  it("keeps the type of a value that is one whole variable", () => {
    expect(resolve("${self:custom.timeout}")).toBe(45000);
    expect(resolve("${self:custom.flag}")).toBe(true);
    expect(resolve("${self:custom.nested}")).toEqual({ eu: "x" });
  });

  it("takes the fallback when a self reference is absent, in every literal form", () => {
    expect(resolve("${self:custom.absent, 'eu-central-1'}")).toBe("eu-central-1");
    expect(resolve('${self:custom.absent, "a, b"}')).toBe("a, b");
    expect(resolve("${self:custom.absent, 29000}")).toBe(29000);
    expect(resolve("${self:custom.absent, ${self:custom.bucket}}")).toBe("orders");
    expect(resolve("${self:custom.absent, self:custom.bucket}")).toBe("orders");
    expect(resolve("${self:custom.absent, ${self:custom.alsoAbsent, 'last'}}")).toBe("last");
  });

  it("makes every other source an unknown part, fallback or not", () => {
    for (const variable of [
      "${opt:region}", "${opt:region, 'us-east-1'}", "${sls:stage}", "${env:REGION}", "${ssm:/app/region}", "${cf:stack.Region}",
      "${s3:bucket/key}", "${file(./config.yml):region}", "${file(./config.json)}", "${param:region}", "${aws:region}",
      "${aws:accountId}", "${strToBool(${env:FLAG})}", "${myPluginSource:value}", "${self:provider.stage}", "${self:custom.absent}",
      "${self:custom.loop}", "${self:custom.nested.${opt:stage}}",
    ]) {
      expect(resolve(`a-${variable}-b`), variable).toBe(`a-${U}-b`);
    }
  });

  it("leaves CloudFormation placeholders, stage variables and VTL as written", () => {
    for (const text of ["arn:aws:apigateway:${AWS::Region}:s3:path/x", "${Bucket.Arn}", "${stageVariables.host}", "#set($x = ${body})", "#{if}($x)#{end}"]) {
      expect(hasVariable(text), text).toBe(false);
      expect(resolve(text)).toBe(text);
    }
  });

  it("reads serverless-pseudo-parameters placeholders as unknown parts", () => {
    expect(resolve("arn:aws:apigateway:#{AWS::Region}:lambda:path/2015-03-31/functions/#{Fn.Arn}/invocations")).toBe(`arn:aws:apigateway:${U}:lambda:path/2015-03-31/functions/${U}/invocations`);
  });

  it("survives a reference to the whole service that contains itself", () => {
    const self = { service: "s", custom: { all: "${self:}" } };
    expect(new VariableResolver(self).resolveTree(self)).toEqual({ service: "s", custom: { all: { service: "s", custom: { all: U } } } });
  });
});

/**
 * Every variable source in every place a rule reads: the region, account and function name of a Lambda
 * URI, an S3 URI path, a role account, an HTTP URI, a VPC link id and timeouts, in events.http and in
 * resources (inside and outside Fn::Sub). None of them may produce an error.
 */
const SOURCES = [
  "opt:region", "opt:region, 'us-east-1'", "sls:stage", "env:REGION", "ssm:/app/value", "cf:other-stack.Value", "s3:bucket/key",
  "file(./config.yml):value", "param:value", "aws:region", "aws:accountId", "strToBool(${env:FLAG})", "pluginSource:value",
  "self:custom.absent", "self:custom.${opt:stage}.value",
];

function serviceUsing(v: string): string {
  return `service: every-place
provider:
  name: aws
  region: \${${v}}
  apiGateway:
    timeoutInMillis: \${${v}}
custom:
  nothing: here
functions:
  fn:
    handler: h.fn
    events:
      - http:
          path: items/{id}
          method: get
          integration: http-proxy
          connectionType: vpc-link
          connectionId: \${${v}}
          timeoutInMillis: \${${v}}
          request:
            uri: https://\${${v}}.example.com/\${${v}}/{id}
            parameters:
              paths:
                id: true
      - http:
          path: lambda
          method: post
          integration: \${${v}}
resources:
  Resources:
    Method:
      Type: AWS::ApiGateway::Method
      Properties:
        HttpMethod: GET
        Integration:
          Type: AWS
          IntegrationHttpMethod: POST
          Credentials: arn:aws:iam::\${${v}}:role/\${${v}}
          Uri: arn:aws:apigateway:\${${v}}:lambda:path/2015-03-31/functions/arn:aws:lambda:\${${v}}:\${${v}}:function:\${${v}}/invocations
          TimeoutInMillis: \${${v}}
          IntegrationResponses:
            - StatusCode: 200
    S3Method:
      Type: AWS::ApiGateway::Method
      Properties:
        HttpMethod: GET
        Integration:
          Type: AWS
          IntegrationHttpMethod: GET
          Credentials: !Sub arn:aws:iam::\${AWS::AccountId}:role/\${${v}}
          Uri: !Sub arn:aws:apigateway:\${AWS::Region}:s3:path/\${${v}}/{key}
          ConnectionType: VPC_LINK
          ConnectionId: \${${v}}
          IntegrationResponses:
            - StatusCode: 200
`;
}

describe("no false error from any variable source", () => {
  for (const source of SOURCES) {
    it(`\${${source}}`, () => {
      const [result] = lintText(serviceUsing(source), "serverless.yml", { cwd: process.cwd() });
      expect(result!.integrationCount).toBe(4);
      expect(result!.messages.filter((m) => m.severity === "error").map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([]);
    });
  }
});

describe("resolved ${self:...} values are linted as what they resolve to", () => {
  const lint = (custom: string, uri: string, timeout: string) =>
    lintText(`service: resolved
provider:
  name: aws
custom:
${custom}
resources:
  Resources:
    Method:
      Type: AWS::ApiGateway::Method
      Properties:
        HttpMethod: GET
        Integration:
          Type: AWS_PROXY
          IntegrationHttpMethod: POST
          Uri: ${uri}
          TimeoutInMillis: ${timeout}
`, "serverless.yml", { cwd: process.cwd() })[0]!.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`);
  const lambdaUri = (region: string) => `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations`;

  it("a region that resolves to a bad name is reported, a good one is not", () => {
    expect(lint("  region: useast1", lambdaUri("${self:custom.region}"), "29000")).toEqual([
      `15:16 warning aws-uri-region-invalid 'useast1' is not a region name in '${lambdaUri("useast1")}' (expected a region such as us-east-1).`,
    ]);
    expect(lint("  region: us-east-1", lambdaUri("${self:custom.region}"), "29000")).toEqual([]);
  });

  it("a fallback applies when the reference is absent", () => {
    expect(lint("  other: 1", lambdaUri("${self:custom.region, 'useast1'}"), "29000")).toEqual([
      `15:16 warning aws-uri-region-invalid 'useast1' is not a region name in '${lambdaUri("useast1")}' (expected a region such as us-east-1).`,
    ]);
  });

  it("a timeout that resolves to a number is checked against the ceiling", () => {
    expect(lint("  timeout: 45000", lambdaUri("us-east-1"), "${self:custom.timeout}")).toEqual([
      "16:28 error timeout-out-of-range Timeout should be between 50 ms and 29000 ms: got 45000. If the account's integration timeout quota was raised (REGIONAL and PRIVATE APIs only), declare it: maxTimeout in the config or --max-timeout.",
    ]);
    expect(lint("  other: 1", lambdaUri("us-east-1"), "${self:custom.timeout, 10}")).toEqual([
      "16:28 error timeout-out-of-range Timeout should be between 50 ms and 29000 ms: got 10.",
    ]);
  });
});

describe("hostile variables", () => {
  it("a chain of doubling references resolves each path once", () => {
    const custom: Record<string, unknown> = { a0: "x" };
    for (let n = 1; n <= 40; n++) custom[`a${n}`] = [`\${self:custom.a${n - 1}}`, `\${self:custom.a${n - 1}}`];
    const root = { custom, value: "${self:custom.a40}" };
    const resolved = new VariableResolver(root).resolveTree(root) as { value: unknown[] };
    expect(Array.isArray(resolved.value)).toBe(true);
  });

  it("mutual references end as unknown parts", () => {
    const root = { custom: { a: "${self:custom.b}", b: "x-${self:custom.a}" } };
    expect(new VariableResolver(root).resolveTree(root)).toEqual({ custom: { a: `x-${U}`, b: `x-${U}` } });
  });

  it("an unclosed variable is text", () => {
    expect(new VariableResolver({}).resolveString("arn:${self:custom.x")).toBe("arn:${self:custom.x");
  });
});

describe("resources as a list of fragments (merged by the framework)", () => {
  it("each fragment's resources are read, positions included", () => {
    const result = lintResources(`  - \${file(./more.yml)}
  - Resources:
      Method:
        Type: AWS::ApiGateway::Method
        Properties:
          HttpMethod: GET
          Integration:
            Type: HTTP_PROXY
            IntegrationHttpMethod: GET
            Uri: https://example.com
            TimeoutInMillis: 10
`);
    expect(result.integrationCount).toBe(1);
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(["15:30 timeout-out-of-range"]);
  });
});

describe("a whole value from a variable is unknown, whatever its shape", () => {
  it("integration responses from a file are not reported as missing", () => {
    const result = lintResources(`  Resources:
    Method:
      Type: AWS::ApiGateway::Method
      Properties:
        HttpMethod: GET
        RequestParameters: \${file(./parameters.yml)}
        Integration:
          Type: HTTP
          IntegrationHttpMethod: GET
          Uri: https://example.com/{id}
          RequestParameters:
            integration.request.path.id: method.request.path.id
          IntegrationResponses: \${file(./responses.yml)}
`);
    expect(result.integrationCount).toBe(1);
    expect(result.messages).toEqual([]);
  });
});
