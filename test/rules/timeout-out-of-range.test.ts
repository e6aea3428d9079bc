import rule from "../../rules/timeout-out-of-range.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { httpApiOpenApi } from "../helpers/http-api.js";

const DEFAULT_QUOTA_MESSAGE = (value: number) =>
  `Timeout should be between 50 ms and 29000 ms: got ${value}. If the account's integration timeout quota was raised (REGIONAL and PRIVATE APIs only), declare it: maxTimeout in the config or --max-timeout.`;

const body = (timeout: string, extra = "") => `{
  "type": "HTTP_PROXY",
  "integrationHttpMethod": "GET",
  "uri": "https://example.com/",${extra}
  "timeoutInMillis": ${timeout}
}
`;

ruleTester(rule, {
  valid: [
    { name: "lower bound", code: body("50") },
    { name: "default ceiling", code: body("29000") },
    { name: "raised quota via maxTimeout", code: body("60000"), options: { maxTimeout: 60000 } },
    { name: "raised quota on REGIONAL", code: body("60000"), options: { maxTimeout: 60000, endpointType: "REGIONAL" } },
    { name: "raised quota on PRIVATE", code: body("45000"), options: { maxTimeout: 60000, endpointType: "PRIVATE" } },
    { name: "HTTP API up to its own ceiling", code: httpApiOpenApi("type: http_proxy\nhttpMethod: GET\nuri: https://example.com/\ntimeoutInMillis: 30000") },
    { name: "STREAM allows 900000", code: body("900000", '\n  "responseTransferMode": "STREAM",') },
  ],
  invalid: [
    {
      name: "PutIntegration: a numeric string",
      code: "{\n  \"type\": \"MOCK\",\n  \"timeoutInMillis\": \"1000\"\n}\n",
      errors: [{ message: "timeoutInMillis must be an integer, got the string '1000'.", line: 3, column: 22, endLine: 3, endColumn: 28 }],
    },
    {
      name: "below 50",
      code: body("10"),
      errors: [{ message: "Timeout should be between 50 ms and 29000 ms: got 10.", line: 5, column: 22, endLine: 5, endColumn: 24 }],
    },
    {
      name: "above 29000 with no quota declared: an error, saying how to declare one (AWS rejects it with the default quota)",
      code: body("30000"),
      errors: [{ message: DEFAULT_QUOTA_MESSAGE(30000), line: 5, column: 22, endLine: 5, endColumn: 27 }],
    },
    {
      name: "above 29000 on REGIONAL with no quota declared: an error too",
      code: body("31000"),
      options: { endpointType: "REGIONAL" },
      errors: [{ message: DEFAULT_QUOTA_MESSAGE(31000), line: 5, column: 22, endLine: 5, endColumn: 27 }],
    },
    {
      // aws/aws-cdk#31063: CREATE_FAILED "Timeout should be between 50 ms and 29000 ms" for 31000 ms, reduced.
      name: "CloudFormation Method with 31000 ms and no quota declared",
      filename: "template.yaml",
      code: "Resources:\n  Method:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      ResourceId: r\n      RestApiId: a\n      AuthorizationType: NONE\n      Integration:\n        Type: HTTP_PROXY\n        IntegrationHttpMethod: GET\n        Uri: https://example.com/\n        TimeoutInMillis: 31000\n",
      errors: [{ message: DEFAULT_QUOTA_MESSAGE(31000), line: 13, column: 26, endLine: 13, endColumn: 31 }],
    },
    {
      name: "a raised quota does not apply to EDGE",
      code: body("40000"),
      options: { maxTimeout: 60000, endpointType: "EDGE" },
      errors: [{ message: "Timeout should be between 50 ms and 29000 ms: got 40000 (EDGE APIs cannot raise the quota).", line: 5, column: 22, endLine: 5, endColumn: 27 }],
    },
    {
      name: "a raised quota does not apply to HTTP APIs",
      code: httpApiOpenApi("type: http_proxy\nhttpMethod: GET\nuri: https://example.com/\ntimeoutInMillis: 40000"),
      options: { maxTimeout: 60000 },
      errors: [{ message: "Timeout should be between 50 ms and 30000 ms: got 40000 (HTTP APIs cannot raise it).", line: 11, column: 26, endLine: 11, endColumn: 31 }],
    },
    {
      name: "above 29000 on EDGE: an error",
      code: body("30000"),
      options: { endpointType: "EDGE" },
      errors: [{ message: "Timeout should be between 50 ms and 29000 ms: got 30000 (EDGE APIs cannot raise the quota).", line: 5, column: 22, endLine: 5, endColumn: 27 }],
    },
    {
      name: "above the configured ceiling",
      code: body("60001"),
      options: { maxTimeout: 60000 },
      errors: [{ message: "Timeout should be between 50 ms and 60000 ms: got 60001 (the configured maxTimeout).", line: 5, column: 22, endLine: 5, endColumn: 27 }],
    },
    {
      name: "STREAM above 900000",
      code: body("900001", '\n  "responseTransferMode": "STREAM",'),
      errors: [{ message: "Timeout should be between 50 ms and 900000 ms: got 900001 (the ceiling for responseTransferMode STREAM).", line: 6, column: 22, endLine: 6, endColumn: 28 }],
    },
    {
      name: "YAML PutIntegration body",
      code: "type: MOCK\ntimeoutInMillis: 49\n",
      errors: [{ message: "Timeout should be between 50 ms and 29000 ms: got 49.", line: 2, column: 18, endLine: 2, endColumn: 20 }],
    },
  ],
});
