import { describe, expect, it } from "vitest";
import { lintText } from "../../../src/engine/lint.js";
import { loadText } from "../../../src/load/index.js";
import "../../../src/extract/register.js";
import { findExtractor } from "../../../src/extract/index.js";
import type { Integration } from "../../../src/model/integration.js";
import { UNKNOWN_PART } from "../../../src/model/integration.js";

const findings = (code: string, filename = "serverless.yml") =>
  lintText(code, filename, { cwd: process.cwd() })[0]!.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`);

function extract(code: string, filename = "serverless.yml"): Integration[] {
  const file = loadText(filename, `/tmp/${filename}`, code);
  const doc = file.documents[0]!;
  const extractor = findExtractor(doc)!;
  return extractor.extract(doc, { file, root: "/tmp", options: {}, report: () => {}, loadRelated: () => "not used" });
}

const service = (events: string, provider = "") => `service: events
provider:
  name: aws
${provider}functions:
  fn:
    handler: h.fn
    events:
${events}`;

describe("detection", () => {
  it("reads a service by content, in YAML and JSON", () => {
    expect(findExtractor(loadText("serverless.yml", "/tmp/serverless.yml", service("      - http: GET /")).documents[0]!)?.name).toBe("serverless");
    const json = JSON.stringify({ service: "s", frameworkVersion: "3", provider: { name: "aws" }, functions: { fn: { handler: "h", events: [{ http: "GET /" }] } } });
    expect(findExtractor(loadText("serverless.json", "/tmp/serverless.json", json).documents[0]!)?.name).toBe("serverless");
    expect(extract(json, "serverless.json")).toHaveLength(1);
  });

  it("needs service with provider aws, or frameworkVersion, and never another provider's service", () => {
    const kind = (code: string) => findExtractor(loadText("x.yml", "/tmp/x.yml", code).documents[0]!)?.name;
    expect(kind("frameworkVersion: '3'\nfunctions: {}\n")).toBe("serverless");
    expect(kind("service: s\nprovider: aws\nfunctions: {}\n")).toBe("serverless");
    expect(kind("service: s\nfunctions: {}\n")).toBeUndefined();
    const google = "service: s\nframeworkVersion: '3'\nprovider:\n  name: google\nfunctions:\n  fn:\n    handler: h\n    events:\n      - http: path\n";
    expect(kind(google)).toBeUndefined();
  });
});

describe("events.http as the framework deploys it", () => {
  it("lambda-proxy by default: AWS_PROXY, POST, the function's invocation URI, no responses", () => {
    const [integration] = extract(service("      - http: GET /pets/{id}\n"));
    expect(integration!.fields.type!.raw).toBe("AWS_PROXY");
    expect(integration!.fields.httpMethod!.raw).toBe("POST");
    expect(integration!.fields.uri!.text).toMatch(/^arn:\uE000:apigateway:\uE000:lambda:path\/2015-03-31\/functions\/.*\/invocations$/);
    expect(integration!.method).toMatchObject({ httpMethod: "GET", resourcePath: "/pets/{id}" });
    expect(integration!.responses).toEqual([]);
    expect(integration!.input).toBe("serverless");
  });

  it("integration: lambda gets the default templates, NEVER and the default status codes", () => {
    const [integration] = extract(service("      - http:\n          path: pets\n          method: post\n          integration: lambda\n"));
    expect(integration!.fields.type!.raw).toBe("AWS");
    expect(Object.keys(integration!.fields.requestTemplates!.raw as object)).toEqual(["application/json", "application/x-www-form-urlencoded"]);
    expect(integration!.fields.passthroughBehavior!.raw).toBe("NEVER");
    expect(integration!.responses!.map((r) => r.statusCode!.raw)).toEqual(["200", "400", "401", "403", "404", "422", "500", "502", "504"]);
    expect(integration!.responses![0]!.selectionPattern).toBeUndefined();
    expect(integration!.responses![1]!.selectionPattern!.raw).toBe(String.raw`[\s\S]*\[400\][\s\S]*`);
    expect([...integration!.method.methodResponses!.keys()]).toEqual(["200", "400", "401", "403", "404", "422", "500", "502", "504"]);
  });

  it("request.parameters become the method's parameters and, for non-proxy types, integration mappings", () => {
    const [integration] = extract(service(`      - http:
          path: items/{id}
          method: get
          integration: http-proxy
          request:
            uri: https://backend.example.com/items/{id}
            parameters:
              paths:
                id: true
              querystrings:
                page:
                  required: false
                  mappedValue: method.request.querystring.p
              headers:
                X-Trace: { required: true }
`));
    expect(integration!.fields.type!.raw).toBe("HTTP_PROXY");
    expect(integration!.fields.httpMethod!.raw).toBe("GET");
    expect([...integration!.method.requestParameters!.values()].map(({ name, required }) => [name, required])).toEqual([
      ["method.request.querystring.page", false], ["method.request.path.id", true], ["method.request.header.X-Trace", true],
    ]);
    expect(integration!.fields.requestParameters!.raw).toEqual({
      "integration.request.querystring.page": "method.request.querystring.p",
      "integration.request.path.id": "method.request.path.id",
      "integration.request.header.X-Trace": "method.request.header.X-Trace",
    });
  });

  it("async: true is a lambda integration with the Event invocation header", () => {
    const [integration] = extract(service("      - http:\n          path: jobs\n          method: post\n          async: true\n"));
    expect(integration!.fields.type!.raw).toBe("AWS");
    expect(integration!.fields.requestParameters!.raw).toEqual({ "integration.request.header.X-Amz-Invocation-Type": "'Event'" });
  });

  it("an unknown integration type stays unknown", () => {
    const [integration] = extract(service("      - http:\n          path: x\n          method: get\n          integration: ${opt:kind}\n"));
    expect(integration!.fields.type!.raw).toBe(UNKNOWN_PART);
  });
});

describe("findings name the framework's keys and point where they are written", () => {
  it("status-code patterns on a lambda integration (response.statusCodes.<code>.pattern)", () => {
    expect(findings(service(`      - http:
          path: orders
          method: post
          integration: lambda
          request:
            passThrough: WHEN_NO_TEMPLATES
            template:
              application/json: '{"body": $input.json("$")}'
              application/x-www-form-urlencoded: null
          response:
            statusCodes:
              200:
                pattern: ''
              201:
                pattern: '2\\d{2}'
              400:
                pattern: '400'
              500:
                pattern: '.*Error.*'
`))).toEqual([
      "13:26 info passthrough-behavior-unsupported-media-type passthroughBehavior WHEN_NO_TEMPLATES: requests whose Content-Type has no mapping template get 415 Unsupported Media Type (only application/json has a template). (from events.http `request.passThrough`)",
      "22:26 warning selection-pattern-lambda-status-code The selection pattern '2\\d{2}' looks like a status code, but on a Lambda custom integration it is matched against the error message: a successful invocation always takes the default response, so it never matches. (from events.http `response.statusCodes.201.pattern`)",
      "24:26 info selection-pattern-lambda-status-code The selection pattern '400' looks like a status code; on a Lambda custom integration it matches only an error whose message is exactly such a code (e.g. new Error(\"400\")). (from events.http `response.statusCodes.400.pattern`)",
    ]);
  });

  it("templates and response headers: at the written key, response-level ones reported once though copied to every code", () => {
    expect(findings(service(`      - http:
          path: x
          method: post
          integration: lambda
          request:
            template:
              application/json: '#if($x) {"a": 1}'
              text/plain: '{}'
          response:
            headers:
              X-Id: body.id
            template: '#foreach($i in $x) {}'
            statusCodes:
              200:
                pattern: ''
              404:
                pattern: '.*NotFound.*'
                template:
                  application/json: '{"error": "not found"}'
`))).toEqual([
      "11:24 info passthrough-behavior-unsupported-media-type passthroughBehavior NEVER: requests whose Content-Type has no mapping template get 415 Unsupported Media Type (only application/json, application/x-www-form-urlencoded, text/plain have templates). (from events.http `integration: lambda`)",
      "14:34 warning template-syntax-invalid The mapping template for application/json is not valid VTL: Velocity syntax error: #if is never closed with #end. (from events.http `request.template.application/json`)",
      "18:15 error response-parameter-invalid Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: body.id]. (from events.http `response.headers`, as the framework deploys it)",
      "19:23 warning template-syntax-invalid The mapping template for application/json is not valid VTL: Velocity syntax error: #foreach is never closed with #end. (from events.http `response.template`, as the framework deploys it)",
    ]);
  });

  it("async on a lambda-proxy integration: the framework still maps the invocation-type header, which proxy ignores", () => {
    expect(findings(service("      - http:\n          path: x\n          method: post\n          integration: lambda-proxy\n          async: true\n"))).toEqual([
      "12:18 info aws-proxy-header-mapping-ignored The mapping to integration.request.header.X-Amz-Invocation-Type has no effect on AWS_PROXY: the Lambda event carries the client's original headers. (from events.http `async`, as the framework deploys it)",
    ]);
  });

  it("the framework replaces a 200 whose pattern is not empty when no code has an empty pattern, so that pattern is never deployed", () => {
    const messages = findings(service("      - http:\n          path: x\n          method: get\n          integration: lambda\n          response:\n            statusCodes:\n              200:\n                pattern: '200'\n"));
    expect(messages.filter((m) => m.includes("selection-pattern"))).toEqual([]);
  });

  it("proxy integrations drop request templates and responses, as the framework does", () => {
    expect(findings(service("      - http:\n          path: x\n          method: get\n          response:\n            statusCodes:\n              201:\n                pattern: '2\\d{2}'\n"))).toEqual([]);
  });

  it("VPC links, missing URIs and timeouts (the EDGE default)", () => {
    expect(findings(service(`      - http:
          path: orders/{id}
          method: get
          integration: http-proxy
          connectionType: vpc-link
          request:
            uri: http://internal.example.com/orders/{id}
            parameters:
              paths:
                id: true
      - http:
          path: nouri
          method: get
          integration: http-proxy
      - http:
          path: slow
          method: get
          timeoutInMillis: 40000
`))).toEqual([
      "12:27 error vpc-link-connection-id-missing connectionType is VPC_LINK but connectionId is missing: name the VPC link (its id or ${stageVariables.vpcLinkId}). (from events.http `connectionType`)",
      "19:11 error http-uri-invalid Invalid HTTP endpoint specified for URI: a HTTP_PROXY integration needs a uri (an absolute http or https URL). (from events.http, as the framework deploys it)",
      "25:28 error timeout-out-of-range Timeout should be between 50 ms and 29000 ms: got 40000 (EDGE APIs cannot raise the quota). (from events.http `timeoutInMillis`)",
    ]);
  });

  it("provider.endpointType and provider.apiGateway.timeoutInMillis (reported once, where written)", () => {
    expect(findings(service("      - http: GET /a\n      - http: GET /b\n", "  endpointType: regional\n  apiGateway:\n    timeoutInMillis: 40000\n"))).toEqual([
      "6:22 error timeout-out-of-range Timeout should be between 50 ms and 29000 ms: got 40000. If the account's integration timeout quota was raised (REGIONAL and PRIVATE APIs only), declare it: maxTimeout in the config or --max-timeout. (from provider.apiGateway.timeoutInMillis)",
    ]);
  });
});

describe("events.httpApi", () => {
  it("one AWS_PROXY integration per function payload setting; the default 2.0 is fine", () => {
    const code = `service: api
provider:
  name: aws
functions:
  a:
    handler: h.a
    httpApi:
      payload: '3.0'
    events:
      - httpApi: GET /a
  b:
    handler: h.b
    events:
      - httpApi:
          method: get
          path: /b
  c:
    handler: h.c
    events:
      - httpApi: '*'
`;
    const integrations = extract(code);
    expect(integrations.map((i) => [i.apiKind, i.fields.type!.raw, i.fields.payloadFormatVersion!.raw])).toEqual([["HTTP", "AWS_PROXY", "3.0"], ["HTTP", "AWS_PROXY", "2.0"]]);
    expect(findings(code)).toEqual([
      "8:16 error http-api-payload-format-version-invalid payloadFormatVersion '3.0' is not supported for a Lambda proxy integration: use 1.0 or 2.0. (from functions.a.httpApi.payload)",
    ]);
  });

  it("provider.httpApi.payload is reported once", () => {
    const code = "service: api\nprovider:\n  name: aws\n  httpApi:\n    payload: '2'\nfunctions:\n  a:\n    handler: h.a\n    events:\n      - httpApi: GET /a\n  b:\n    handler: h.b\n    events:\n      - httpApi: GET /b\n";
    expect(findings(code)).toEqual([
      "5:14 error http-api-payload-format-version-invalid payloadFormatVersion '2' is not supported for a Lambda proxy integration: use 1.0 or 2.0. (from provider.httpApi.payload)",
    ]);
  });
});

/** The same defect written as an events.http block and as the CloudFormation it stands for: the same rule. */
describe("parity with CloudFormation", () => {
  const ruleIds = (code: string, filename: string) => lintText(code, filename, { cwd: process.cwd() })[0]!.messages.map((m) => m.ruleId).filter((id) => id !== "passthrough-behavior-unsupported-media-type").sort();
  const LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations";
  const cfn = (integration: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      MethodResponses:
        - StatusCode: 200
        - StatusCode: 201
      Integration:
${integration}`;
  const cases: { name: string; event: string; template: string; rule: string }[] = [
    {
      name: "a status-code selection pattern on a Lambda custom integration",
      event: "      - http:\n          path: x\n          method: get\n          integration: lambda\n          response:\n            statusCodes:\n              200:\n                pattern: ''\n              201:\n                pattern: '2\\d{2}'\n",
      template: cfn(`        Type: AWS\n        IntegrationHttpMethod: POST\n        Uri: ${LAMBDA_URI}\n        IntegrationResponses:\n          - StatusCode: 200\n          - StatusCode: 201\n            SelectionPattern: '2\\d{2}'\n`),
      rule: "selection-pattern-lambda-status-code",
    },
    {
      name: "a VPC link without its id",
      event: "      - http:\n          path: x\n          method: get\n          integration: http-proxy\n          connectionType: vpc-link\n          request:\n            uri: http://internal.example.com/x\n",
      template: cfn("        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: http://internal.example.com/x\n        ConnectionType: VPC_LINK\n"),
      rule: "vpc-link-connection-id-missing",
    },
    {
      name: "a timeout above the ceiling",
      event: "      - http:\n          path: x\n          method: get\n          timeoutInMillis: 40000\n",
      template: cfn(`        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n        Uri: ${LAMBDA_URI}\n        TimeoutInMillis: 40000\n`),
      rule: "timeout-out-of-range",
    },
    {
      name: "a mapping to an undeclared method parameter",
      event: "      - http:\n          path: x\n          method: get\n          integration: http\n          request:\n            uri: https://example.com/x\n            parameters:\n              querystrings:\n                q:\n                  mappedValue: method.request.querystring.other\n          response:\n            statusCodes:\n              200:\n                pattern: ''\n",
      template: `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      RequestParameters:
        method.request.querystring.q: true
      MethodResponses:
        - StatusCode: 200
      Integration:
        Type: HTTP
        IntegrationHttpMethod: GET
        Uri: https://example.com/x
        RequestParameters:
          integration.request.querystring.q: method.request.querystring.other
        IntegrationResponses:
          - StatusCode: 200
`,
      rule: "request-parameter-undeclared",
    },
  ];
  for (const { name, event, template, rule } of cases) {
    it(name, () => {
      const fromEvent = ruleIds(service(event), "serverless.yml");
      expect(fromEvent).toEqual([rule]);
      expect(ruleIds(template, "template.yaml")).toEqual(fromEvent);
    });
  }
});

describe("odd shapes do not crash the reader", () => {
  const odd = [
    "functions: ${file(./functions.yml)}\n",
    "functions:\n  - fn:\n      handler: h\n      events:\n        - http: GET /listed\n",
    "functions:\n  fn:\n    events: ${file(./events.yml)}\n",
    "functions:\n  fn:\n    events:\n      - null\n      - http: null\n      - http: 5\n      - http: ''\n      - httpApi: null\n",
    "functions:\n  fn:\n    events:\n      - http:\n          integration: 5\n          method: [get]\n          path: { a: 1 }\n          request: text\n          response: text\n",
    "functions:\n  fn:\n    events:\n      - http:\n          integration: lambda\n          request:\n            parameters: ${file(./p.yml)}\n            template: text\n          response:\n            headers: [a]\n            statusCodes:\n              200: null\n              400: text\n",
    "functions:\n  fn:\n    events:\n      - http:\n          integration: mock\n          response:\n            template: '{}'\n",
    "functions:\n  fn:\n    events:\n      - http:\n          integration: http\n          connectionType: [x]\n          request:\n            uri: !Sub https://${Host}/x\n            method: 7\n",
    "functions:\n  fn:\n    httpApi: text\n    events:\n      - httpApi: { method: 5, path: [] }\n",
    "resources: text\nfunctions: {}\n",
  ];
  for (const [index, body] of odd.entries()) {
    it(`shape ${index + 1}`, () => {
      const [result] = lintText(`service: odd\nprovider:\n  name: aws\n  endpointType: [x]\n${body}`, "serverless.yml", { cwd: process.cwd() });
      expect(result!.fatalErrorCount).toBe(0);
    });
  }
});
