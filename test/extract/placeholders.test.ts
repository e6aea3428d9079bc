import { describe, expect, it } from "vitest";
import { lintText } from "../../src/api.js";
import { withoutPlaceholders } from "../../src/model/placeholders.js";
import { UNKNOWN_PART } from "../../src/model/integration.js";

/**
 * Issue 16, case 7: sample files that a script fills in before deploy. The OpenAPI file is a reduction of
 * the `simple-proxy-api.yaml` of the aws-serverless-express examples, whose configure script replaces
 * YOUR_ACCOUNT_ID, YOUR_AWS_REGION and YOUR_LAMBDA_FUNCTION_NAME (quoted in public tutorials, exact-string index).
 */
const simpleProxyApi = `---
swagger: 2.0
info:
  title: ExpressAPI
basePath: /YOUR_API_GATEWAY_STAGE
schemes:
- https
paths:
  /{proxy+}:
    x-amazon-apigateway-any-method:
      produces:
      - application/json
      parameters:
      - name: proxy
        in: path
        required: true
        type: string
      responses: {}
      x-amazon-apigateway-integration:
        uri: arn:aws:apigateway:YOUR_AWS_REGION:lambda:path/2015-03-31/functions/arn:aws:lambda:YOUR_AWS_REGION:YOUR_ACCOUNT_ID:function:YOUR_LAMBDA_FUNCTION_NAME/invocations
        httpMethod: POST
        type: aws_proxy
`;

const putIntegration = (uri: string, credentials: string) =>
  `{\n  "type": "AWS",\n  "integrationHttpMethod": "POST",\n  "uri": "${uri}",\n  "credentials": "${credentials}"\n}\n`;

const errorsOf = (text: string, file: string, options = {}) =>
  lintText(text, file, { cwd: "/", ...options })[0]!.messages.filter((m) => m.severity === "error").map((m) => [m.ruleId, m.line, m.column]);

describe("placeholders are unknown values, never errors", () => {
  it("YOUR_... in a sample OpenAPI file", () => {
    expect(errorsOf(simpleProxyApi, "simple-proxy-api.yaml")).toEqual([]);
    // The same file with a wrong value where the placeholder was: the rules still check it.
    expect(errorsOf(simpleProxyApi.replaceAll("YOUR_AWS_REGION", "us-east-1").replace("YOUR_ACCOUNT_ID", "12345"), "simple-proxy-api.yaml")).toEqual([["aws-proxy-not-lambda", 20, 14]]);
  });

  it("<region>, REPLACE_ME, CHANGE_ME, TODO, twelve x's in a PutIntegration body", () => {
    expect(errorsOf(putIntegration("arn:aws:apigateway:<region>:sqs:path/<account-id>/queue", "arn:aws:iam::xxxxxxxxxxxx:role/REPLACE_ME"), "put.json")).toEqual([]);
    expect(errorsOf(putIntegration("arn:aws:apigateway:us-east-1:sqs:path/TODO/queue", "CHANGE_ME"), "put.json")).toEqual([]);
    expect(errorsOf(putIntegration("arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue", "not-a-role"), "put.json")).toEqual([["credentials-invalid", 5, 18]]);
  });

  it("in a CloudFormation template", () => {
    const template = `Resources:
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      ResourceId: r
      RestApiId: a
      AuthorizationType: NONE
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: arn:aws:apigateway:<region>:dynamodb:action/Query
        Credentials: arn:aws:iam::YOUR_ACCOUNT_ID:role/api
`;
    expect(errorsOf(template, "template.yaml")).toEqual([]);
  });

  it("what is not a placeholder keeps its text: lower-case words, parts of names, mapping templates", () => {
    for (const text of ["arn:aws:lambda:us-east-1:123456789012:function:todo-api", "MY_TODO", "change-request", "yourself", "<stage>$input.path('$.name')</stage>", "#set($a = 1)\n## TODO: page"]) {
      expect(withoutPlaceholders(text)).toBe(text);
    }
    expect(withoutPlaceholders("https://<api-id>.execute-api.<region>.amazonaws.com/YOUR_STAGE")).toBe(`https://${UNKNOWN_PART}.execute-api.${UNKNOWN_PART}.amazonaws.com/${UNKNOWN_PART}`);
  });

  it("a project's own pattern (config placeholders)", () => {
    const body = putIntegration("arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue", "@@role_arn@@");
    expect(errorsOf(body, "put.json")).toEqual([["credentials-invalid", 5, 18]]);
    expect(errorsOf(body, "put.json", { placeholders: ["@@[a-z_]+@@"] })).toEqual([]);
  });
});
