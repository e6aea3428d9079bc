import { describe, expect, it } from "vitest";
import { UNKNOWN_PART } from "../../../src/model/integration.js";
import { evaluateOpenApi } from "../../../src/extract/openapi/evaluate.js";
import { isOpenApiObject } from "../../../src/extract/openapi/index.js";
import { declared, extract } from "./extract-helper.js";

const LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations";

describe("detection", () => {
  it("reads swagger 2.0 and openapi 3.0 / 3.1, quoted or not", () => {
    expect(isOpenApiObject({ swagger: "2.0" })).toBe(true);
    expect(isOpenApiObject({ swagger: 2 })).toBe(true);
    expect(isOpenApiObject({ openapi: "3.0.1" })).toBe(true);
    expect(isOpenApiObject({ openapi: "3.1.0" })).toBe(true);
    expect(isOpenApiObject({ openapi: 3.1 })).toBe(true);
    expect(isOpenApiObject({ openapi: "2.0" })).toBe(false);
    expect(isOpenApiObject({ swagger: "1.2" })).toBe(false);
    expect(isOpenApiObject({ type: "MOCK" })).toBe(false);
  });
});

describe("operations and method context", () => {
  const spec = `openapi: 3.0.1
info: { title: pets, version: "1" }
paths:
  /pets/{petId}/toys/{proxy+}:
    parameters:
      - { name: petId, in: path, required: true }
      - { name: verbose, in: query, required: false }
      - { name: X-Trace, in: header }
    get:
      parameters:
        - { name: verbose, in: query, required: true }
        - { $ref: "#/components/parameters/Page" }
        - { name: session, in: cookie }
      responses:
        "200":
          description: ok
          headers:
            Location: { schema: { type: string } }
        "404": { $ref: "#/components/responses/NotFound" }
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: ${LAMBDA_URI}
    x-amazon-apigateway-any-method:
      responses: {}
      x-amazon-apigateway-integration: { type: mock }
    post:
      responses: {}
    summary: not an operation
components:
  parameters:
    Page: { name: page, in: query }
  responses:
    NotFound:
      description: missing
      headers:
        X-Reason: { schema: { type: string } }
`;
  const { integrations, findings } = extract(spec);

  it("makes one integration per operation that has one, with its verb and resource path", () => {
    expect(findings).toEqual([]);
    expect(integrations.map((i) => [i.method.httpMethod, i.method.resourcePath, i.dialect, i.input, i.apiKind])).toEqual([
      ["GET", "/pets/{petId}/toys/{proxy+}", "openapi", "openapi", "REST"],
      ["ANY", "/pets/{petId}/toys/{proxy+}", "openapi", "openapi", "REST"],
    ]);
    expect(integrations[0]!.ref.path).toEqual(["paths", "/pets/{petId}/toys/{proxy+}", "get", "x-amazon-apigateway-integration"]);
    expect(integrations[0]!.fields.uri?.ref.path).toEqual(["paths", "/pets/{petId}/toys/{proxy+}", "get", "x-amazon-apigateway-integration", "uri"]);
    expect(integrations[0]!.fields.httpMethod?.text).toBe("POST");
  });

  it("declares path-level, operation-level (overriding), $ref'd and path-template parameters", () => {
    expect(declared(integrations[0])).toEqual({
      "method.request.header.X-Trace": undefined,
      "method.request.path.petId": true,
      "method.request.path.proxy": true,
      "method.request.querystring.page": undefined,
      "method.request.querystring.verbose": true,
    });
    const verbose = integrations[0]!.method.requestParameters!.get("method.request.querystring.verbose")!;
    expect(verbose.ref?.path).toEqual(["paths", "/pets/{petId}/toys/{proxy+}", "get", "parameters", 0]);
    const page = integrations[0]!.method.requestParameters!.get("method.request.querystring.page")!;
    expect(page.ref?.path).toEqual(["components", "parameters", "Page"]);
  });

  it("the path template alone declares {proxy+} as method.request.path.proxy", () => {
    expect(declared(integrations[1])).toEqual({
      "method.request.header.X-Trace": undefined,
      "method.request.path.petId": true,
      "method.request.path.proxy": true,
      "method.request.querystring.verbose": false,
    });
  });

  it("reads method responses and their headers, through $ref", () => {
    const responses = integrations[0]!.method.methodResponses!;
    expect([...responses.keys()]).toEqual(["200", "404"]);
    expect([...responses.get("200")!.headers]).toEqual(["Location"]);
    expect([...responses.get("404")!.headers]).toEqual(["X-Reason"]);
    expect(integrations[1]!.method.methodResponses!.size).toBe(0);
  });
});

describe("Swagger 2.0", () => {
  const spec = `swagger: "2.0"
info: { title: pets, version: "1" }
parameters:
  limit: { name: limit, in: query, type: integer }
paths:
  /pets:
    get:
      parameters:
        - $ref: "#/parameters/limit"
        - { name: body, in: body, schema: {} }
      responses:
        200:
          description: ok
          headers:
            Access-Control-Allow-Origin: { type: string }
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://backend.example.com/pets
        responses:
          default:
            statusCode: 200
            responseParameters:
              method.response.header.Access-Control-Allow-Origin: "'*'"
          "5\\\\d{2}":
            statusCode: "500"
`;
  const { integrations, findings } = extract(spec);

  it("declares #/parameters refs and ignores body parameters", () => {
    expect(findings).toEqual([]);
    expect(declared(integrations[0])).toEqual({ "method.request.querystring.limit": undefined });
    expect([...integrations[0]!.method.methodResponses!.get("200")!.headers]).toEqual(["Access-Control-Allow-Origin"]);
  });

  it("reads integration responses: key = selection pattern, integer statusCode as text", () => {
    const responses = integrations[0]!.responses!;
    expect(responses.map((r) => [r.key?.text, r.statusCode?.raw, r.statusCode?.text])).toEqual([
      ["default", 200, "200"],
      ["5\\d{2}", "500", "500"],
    ]);
    expect(responses[0]!.key?.ref.path).toEqual(["paths", "/pets", "get", "x-amazon-apigateway-integration", "responses", "default"]);
    expect(responses[0]!.responseParameters?.ref.path).toEqual(["paths", "/pets", "get", "x-amazon-apigateway-integration", "responses", "default", "responseParameters"]);
  });

  it("their refs resolve to exact source positions (the key, and the integer statusCode)", () => {
    const { file } = extract(spec);
    const [defaultKey, integerStatus, patternKey] = file.documents[0]!.locateAll([
      { path: integrations[0]!.responses![0]!.key!.ref.path, part: "key" },
      { path: integrations[0]!.responses![0]!.statusCode!.ref.path, part: "value" },
      { path: integrations[0]!.responses![1]!.key!.ref.path, part: "key" },
    ]);
    expect(defaultKey).toEqual({ start: { line: 21, column: 11 }, end: { line: 21, column: 18 } });
    expect(integerStatus).toEqual({ start: { line: 22, column: 25 }, end: { line: 22, column: 28 } });
    expect(patternKey).toEqual({ start: { line: 25, column: 11 }, end: { line: 25, column: 20 } });
  });
});

describe("unknown values", () => {
  it("templating placeholders are unknown, stage variables are kept", () => {
    expect(evaluateOpenApi("arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/{{ fn }}/invocations")).toBe(
      `arn:aws:apigateway:${UNKNOWN_PART}:lambda:path/2015-03-31/functions/${UNKNOWN_PART}/invocations`,
    );
    expect(evaluateOpenApi("https://${stageVariables.host}/pets")).toBe("https://${stageVariables.host}/pets");
  });

  it("CloudFormation intrinsics in a standalone spec are unknown, Fn::Sub keeps its literal text", () => {
    expect(evaluateOpenApi({ "Fn::GetAtt": ["Role", "Arn"] })).toBe(UNKNOWN_PART);
    expect(evaluateOpenApi({ Ref: "Fn" })).toBe(UNKNOWN_PART);
    expect(evaluateOpenApi({ "Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/x/${!stageVariables.a}" })).toBe(
      `arn:aws:apigateway:${UNKNOWN_PART}:lambda:path/x/\${stageVariables.a}`,
    );
    expect(evaluateOpenApi({ "Fn::Sub": ["${A}-b", { A: "x" }] })).toBe(`${UNKNOWN_PART}-b`);
    expect(evaluateOpenApi({ "Fn::Join": ["", ["arn:aws:", { Ref: "AWS::Region" }]] })).toBe(`arn:aws:${UNKNOWN_PART}`);
    expect(evaluateOpenApi({ notAnIntrinsic: 1 })).toBeUndefined();
    expect(evaluateOpenApi(true)).toBeUndefined();
  });
});

describe("REST or HTTP API", () => {
  const withRoot = (root: string, integration = "type: aws_proxy\n        httpMethod: POST\n        uri: arn:aws:lambda:us-east-1:123456789012:function:f") => `openapi: 3.0.1
info: { title: t, version: "1" }
paths:
  /:
    get:
      x-amazon-apigateway-integration:
        ${integration}
${root}`;
  const kindOf = (text: string, options = {}) => extract(text, "spec.yaml", options).integrations[0]?.apiKind;

  it("defaults to REST", () => expect(kindOf(withRoot(""))).toBe("REST"));
  it("x-amazon-apigateway-cors means HTTP", () => expect(kindOf(withRoot("x-amazon-apigateway-cors: { allowOrigins: ['*'] }"))).toBe("HTTP"));
  it("x-amazon-apigateway-importexport-version means HTTP", () => expect(kindOf(withRoot("x-amazon-apigateway-importexport-version: '1.0'"))).toBe("HTTP"));
  it("payloadFormatVersion means HTTP", () => expect(kindOf(withRoot("", "type: aws_proxy\n        payloadFormatVersion: '2.0'"))).toBe("HTTP"));
  it("a REST-only integration feature beats the HTTP signs", () => {
    expect(kindOf(withRoot("x-amazon-apigateway-cors: {}", "type: aws\n        requestTemplates: {}"))).toBe("REST");
  });
  it("the HTTP export marker beats REST-only integration content", () => {
    expect(kindOf(withRoot("x-amazon-apigateway-importexport-version: '1.0'", "type: aws\n        requestTemplates: {}"))).toBe("HTTP");
  });
  it("a REST-only root extension means REST", () => {
    expect(kindOf(withRoot("x-amazon-apigateway-gateway-responses: {}\nx-amazon-apigateway-importexport-version: '1.0'"))).toBe("REST");
  });
  it("Swagger 2.0 is REST", () => {
    expect(kindOf('swagger: "2.0"\npaths:\n  /:\n    get:\n      x-amazon-apigateway-integration: { type: aws_proxy, payloadFormatVersion: "2.0" }\n')).toBe("REST");
  });
  it("ctx.options.apiKind forces it", () => {
    expect(kindOf(withRoot("x-amazon-apigateway-cors: {}"), { apiKind: "REST" })).toBe("REST");
    expect(kindOf(withRoot(""), { apiKind: "HTTP" })).toBe("HTTP");
  });
});

describe("extractOpenApiAt (an OpenAPI object inside another document)", () => {
  const template = `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        paths:
          /orders/{id}:
            get:
              parameters:
                - $ref: "#/components/parameters/Id"
              x-amazon-apigateway-integration:
                type: HTTP_PROXY
                httpMethod: GET
                uri: https://example.com/orders/{id}
        components:
          parameters:
            Id: { name: id, in: path, required: true }
`;
  const basePath = ["Resources", "Api", "Properties", "Body"];

  it("reads paths and resolves local refs relative to the embedded object", () => {
    const { integrations, findings } = extract(template, "template.yaml", {}, { basePath });
    expect(findings).toEqual([]);
    expect(integrations).toHaveLength(1);
    expect(integrations[0]!.ref.path).toEqual([...basePath, "paths", "/orders/{id}", "get", "x-amazon-apigateway-integration"]);
    expect(integrations[0]!.method.requestParameters!.get("method.request.path.id")?.ref?.path).toEqual([...basePath, "components", "parameters", "Id"]);
  });

  it("applies the container's overrides", () => {
    const evaluate = (raw: unknown) => (typeof raw === "string" ? raw.toLowerCase() : undefined);
    const { integrations } = extract(template, "template.yaml", { apiKind: "REST" }, { basePath, overrides: { apiKind: "HTTP", dialect: "cloudformation", evaluate } });
    expect(integrations[0]!.apiKind).toBe("HTTP");
    expect(integrations[0]!.dialect).toBe("cloudformation");
    expect(integrations[0]!.fields.type?.text).toBe("http_proxy");
  });

  it("returns nothing when the base path holds no object", () => {
    expect(extract(template, "template.yaml", {}, { basePath: ["Resources", "Nope"] }).integrations).toEqual([]);
  });
});
