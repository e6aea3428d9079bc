import { describe, expect, it } from "vitest";
import { lintText } from "../../../src/api.js";

/**
 * Issue 16, case 2: `x-amazon-apigateway-importexport-version` is written by the HTTP API export and read
 * by the HTTP API import. A reduction of an exported HTTP API (the docs' import example: a bare Lambda ARN
 * with payloadFormatVersion, vector doc-http-api-plain-lambda-arn) to which a route with a REST-only
 * integration type was added: the HTTP import warns about that route and skips it, the document stays an
 * HTTP API, and the bare ARN (valid on HTTP APIs) is not a REST error.
 */
const exported = `openapi: "3.0.1"
info:
  title: "HelloWorld"
  version: "2020-01-01"
x-amazon-apigateway-importexport-version: "1.0"
paths:
  /hello:
    get:
      x-amazon-apigateway-integration:
        type: "aws_proxy"
        httpMethod: "POST"
        uri: "arn:aws:lambda:us-east-2:123456789012:function:HelloWorld"
        payloadFormatVersion: "1.0"
  /legacy:
    get:
      x-amazon-apigateway-integration:
        type: "http"
        httpMethod: "GET"
        uri: "https://example.com/legacy"
        requestTemplates:
          application/json: "{}"
`;

describe("the HTTP API export marker decides the API kind", () => {
  it("ranks above REST-only integration content: HTTP findings only, no REST error on the bare Lambda ARN", () => {
    const [result] = lintText(exported, "export.yaml", { cwd: "/" });
    // The HTTP import ignores the http integration with a warning; its template is not reported on its own.
    expect(result!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([["http-api-type-not-proxy", "warning", 17, 15]]);
  });

  it("counter-evidence: an exported spec reused for a REST API keeps the marker; read standalone it gets no error", () => {
    // Reduction of serverless-patterns apigw-kinesis-lambda-ddb/api.yaml, which its template includes into an
    // AWS::Serverless::Api (REST) and deploys: REST-only content (type aws, a header mapping in REST syntax,
    // a template) beside the HTTP export marker. Under the HTTP reading the import would ignore the
    // integration, so nothing in it is an error; inside its template the container makes it REST.
    const reused = `openapi: "3.0.1"
info:
  title: "Rest Api"
  version: "1"
paths:
  /submit/{streamName}:
    post:
      parameters:
        - { in: path, name: streamName, schema: { type: string }, required: true }
      x-amazon-apigateway-integration:
        type: aws
        credentials: arn:aws:iam::123456789012:role/api
        uri: arn:aws:apigateway:us-east-1:kinesis:action/PutRecord
        responses:
          default:
            statusCode: "200"
        requestParameters:
          integration.request.header.Content-Type: "'application/x-amz-json-1.1'"
        requestTemplates:
          application/json: '{"StreamName": "$input.params(''streamName'')"}'
        passthroughBehavior: NEVER
        httpMethod: POST
x-amazon-apigateway-importexport-version: "1.0"
`;
    const [result] = lintText(reused, "api.yaml", { cwd: "/" });
    expect(result!.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([["http-api-type-not-proxy", "warning", 11, 15]]);
  });

  it("without the marker the same document is REST, and the bare ARN is the REST error it is", () => {
    const [result] = lintText(exported.replace('x-amazon-apigateway-importexport-version: "1.0"\n', ""), "export.yaml", { cwd: "/" });
    expect(result!.messages.filter((m) => m.severity === "error").map((m) => m.ruleId)).toContain("aws-uri-invalid");
  });
});
