import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lintText } from "../../src/engine/lint.js";
import type { LintOptions } from "../../src/engine/types.js";
import { catalogRowIds } from "../helpers/catalog.js";
import { getMethod, LAMBDA_URI } from "../helpers/documents.js";

/**
 * Every row of sections 1-4 of the AWS constraint catalog maps to a rule (its docs cite the row) or to a
 * test below, named after the row, that shows why no rule is needed: it lints an input the row is about
 * and asserts that nothing is reported. Rows that need a rule nobody has written yet are `it.todo`.
 */

function findings(code: string, options: LintOptions = {}) {
  const filename = code.trimStart().startsWith("{") ? "catalog.json" : "catalog.yaml";
  const results = lintText(code, filename, { cwd: process.cwd(), ...options });
  // An input that is not read as an integration would report nothing for the wrong reason.
  expect(results.reduce((n, r) => n + r.integrationCount, 0), "the input holds an integration").toBeGreaterThan(0);
  return results.flatMap((r) => r.messages).map((m) => `${m.ruleId}: ${m.message}`);
}

const put = (fields: Record<string, unknown>) => `${JSON.stringify(fields, null, 2)}\n`;

const cfnMethod = (properties: string) => `{
  "Resources": {
    "Method": {
      "Type": "AWS::ApiGateway::Method",
      "Properties": {
        "RestApiId": "abc",
        "ResourceId": "def",
        "AuthorizationType": "NONE",
${properties}
      }
    }
  }
}
`;

/** Rows with no rule, and the test that shows nothing needs to be reported. */
const NO_RULE: Record<string, { readonly why: string; readonly check: () => void }> = {
  "integration-http-method-any": {
    why: "ANY is valid for HTTP_PROXY and for S3",
    check: () => {
      expect(findings(put({ type: "HTTP_PROXY", integrationHttpMethod: "ANY", uri: "https://example.com/{proxy}", requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" } }))).toEqual([]);
      expect(findings(put({ type: "AWS", integrationHttpMethod: "ANY", uri: "arn:aws:apigateway:us-east-1:s3:path/bucket/key", credentials: "arn:aws:iam::123456789012:role/s3" }))).toEqual([]);
    },
  },
  "integration-http-method-values": {
    why: "the server message for a wrong verb is not recorded, so apigw-lint stays silent on it",
    check: () => expect(findings(put({ type: "HTTP", integrationHttpMethod: "PATCH", uri: "https://example.com/" }))).toEqual([]),
  },
  "http-uri-stage-variable-undefined": {
    why: "the stage's variables are not part of an integration; a stage variable is never flagged",
    check: () => expect(findings(put({ type: "HTTP_PROXY", integrationHttpMethod: "GET", uri: "https://${stageVariables.TestHost}/${stageVariables.testPath}?${stageVariables.querystring}" }))).toEqual([]),
  },
  "aws-uri-cross-region-lambda": {
    why: "a Lambda function in another region than the uri's is accepted",
    check: () => expect(findings(put({ type: "AWS_PROXY", integrationHttpMethod: "POST", uri: "arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:f/invocations" }))).toEqual([]),
  },
  "aws-uri-function-need-not-exist": {
    why: "existence is not checked at write time, and a linter cannot see it",
    check: () => expect(findings(put({ type: "AWS_PROXY", integrationHttpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:not-deployed-yet/invocations" }))).toEqual([]),
  },
  "aws-uri-services-accepted": {
    why: "every recorded service uri form passes",
    check: () => {
      for (const uri of ["s3:path/{bucket}/{object_path}", "sqs:path/123456789012/queue", "kinesis:action/PutRecord", "states:action/StartExecution", "events:action/PutEvents", "dynamodb:action/PutItem", "ssm:action/GetParameter"]) {
        const mappings = uri.startsWith("s3") ? { "integration.request.path.bucket": "'b'", "integration.request.path.object_path": "method.request.path.key" } : undefined;
        expect(findings(put({ type: "AWS", integrationHttpMethod: "POST", uri: `arn:aws:apigateway:us-east-1:${uri}`, credentials: "arn:aws:iam::123456789012:role/r", ...(mappings ? { requestParameters: mappings } : {}) })), uri).toEqual([]);
      }
    },
  },
  "vpc-link-types": {
    why: "VPC_LINK on AWS/AWS_PROXY is not recorded either way, so it is not judged",
    check: () => expect(findings(put({ type: "AWS_PROXY", integrationHttpMethod: "POST", uri: LAMBDA_URI, connectionType: "VPC_LINK", connectionId: "abc123" }))).toEqual([]),
  },
  "vpc-link-v2-integration-target": {
    why: "integrationTarget (an ALB/NLB ARN for VPC links V2) is accepted as documented",
    check: () => expect(findings(put({ type: "HTTP_PROXY", integrationHttpMethod: "GET", uri: "https://example.com:443/path", connectionType: "VPC_LINK", connectionId: "${stageVariables.vpcLinkV2Id}", integrationTarget: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/1" }))).toEqual([]),
  },
  "vpc-link-same-account": {
    why: "the load balancer's and VPC link's accounts are not in the integration",
    check: () => expect(findings(put({ type: "HTTP_PROXY", integrationHttpMethod: "GET", uri: "http://nlb.example.com", connectionType: "VPC_LINK", connectionId: "abc123" }))).toEqual([]),
  },
  "timeout-default": {
    why: "no timeout means 29000, which is valid",
    check: () => {
      expect(findings(put({ type: "MOCK", passthroughBehavior: "WHEN_NO_MATCH" }))).toEqual([]);
      expect(findings(put({ type: "MOCK", timeoutInMillis: 29000 }))).toEqual([]);
    },
  },
  "cache-namespace-default": {
    why: "cacheNamespace defaults to the resource id; its absence is fine",
    check: () => expect(findings(put({ type: "HTTP_PROXY", integrationHttpMethod: "GET", uri: "https://example.com/", cacheKeyParameters: [] }))).toEqual([]),
  },
  "int-resp-no-method": {
    why: "whether the method exists is an API-call-order question; every input format carries the integration on its method",
    check: () => expect(findings(getMethod({ integration: '"type": "MOCK", "requestTemplates": { "application/json": "{}" }', responses: '"200": { "statusCode": "200" }' }))).toEqual([]),
  },
  "openapi-error-wrapping": {
    why: "the import wraps each put error; findings carry the inner message, at the field",
    check: () => {
      const messages = findings("openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    get:\n      x-amazon-apigateway-integration:\n        type: HTTPS_PROXY\n        httpMethod: GET\n        uri: https://example.com/\n");
      expect(messages).toEqual(["type-invalid: Invalid integration type 'HTTPS_PROXY': Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]."]);
    },
  },
  "openapi-no-responses": {
    why: "an operation without responses is accepted (a proxy integration needs none)",
    check: () => expect(findings("openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    get:\n      responses: {}\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/\n")).toEqual([]),
  },
  "cfn-pattern-properties": {
    why: "the schema's unanchored key pattern accepts every real key, so keys are checked by their own grammar only",
    check: () => expect(findings(cfnMethod('        "HttpMethod": "GET",\n        "RequestParameters": { "method.request.header.X-Foo": false },\n        "Integration": { "Type": "HTTP", "IntegrationHttpMethod": "GET", "Uri": "https://example.com/", "RequestParameters": { "integration.request.header.X-Foo": "method.request.header.X-Foo" }, "RequestTemplates": { "application/json": "{}" }, "IntegrationResponses": [{ "StatusCode": "200" }] },\n        "MethodResponses": [{ "StatusCode": "200" }]'))).toEqual([]),
  },
  "cfn-method-http-method-free-string": {
    why: "the method's own verb is not an integration field; apigw-lint does not check it",
    check: () => expect(findings(cfnMethod('        "HttpMethod": "any",\n        "Integration": { "Type": "HTTP_PROXY", "IntegrationHttpMethod": "GET", "Uri": "https://example.com/" }'))).toEqual([]),
  },
  "method-authorization-case": {
    why: "authorizationType is not an integration field, and lowercase none is accepted anyway",
    check: () => expect(findings('{\n  "httpMethod": "GET",\n  "authorizationType": "none",\n  "methodIntegration": { "type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/" }\n}\n')).toEqual([]),
  },
  "integration-before-method": {
    why: "call order is outside a file; a PutIntegration body alone is linted without its method",
    check: () => expect(findings(put({ restApiId: "a", resourceId: "b", httpMethod: "GET", type: "HTTP_PROXY", integrationHttpMethod: "GET", uri: "https://example.com/" }))).toEqual([]),
  },
  "lambda-proxy-response-format": {
    why: "what the function returns is in its code, not in the integration",
    check: () => expect(findings(put({ type: "AWS_PROXY", integrationHttpMethod: "POST", uri: LAMBDA_URI }))).toEqual([]),
  },
};

/** Rows that need a rule nobody has written yet, and what it would take. */
const NOT_YET: Record<string, string> = {
};

const rows = catalogRowIds([1, 2, 3, 4]);
const cited = new Set(rules.flatMap((rule) => rule.docs.source.catalog));

describe("AWS constraint catalog, sections 1-4", () => {
  it("has rows (the parser still reads the catalog)", () => {
    expect(rows.length).toBeGreaterThan(90);
  });

  it("every row maps to a rule, a no-rule test, or an open item", () => {
    const unmapped = rows.filter((id) => !cited.has(id) && !(id in NO_RULE) && !(id in NOT_YET));
    expect(unmapped).toEqual([]);
  });

  it("no-rule tests and open items name real rows that no rule covers", () => {
    for (const id of [...Object.keys(NO_RULE), ...Object.keys(NOT_YET)]) {
      expect(rows, id).toContain(id);
      expect(cited.has(id), `${id} is cited by a rule: drop its no-rule entry`).toBe(false);
    }
  });

  for (const [id, { why, check }] of Object.entries(NO_RULE)) it(`${id}: no rule, ${why}`, check);
  for (const [id, what] of Object.entries(NOT_YET)) it.todo(`${id}: ${what}`);
});
