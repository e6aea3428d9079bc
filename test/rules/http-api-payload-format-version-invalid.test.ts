import rule from "../../rules/http-api-payload-format-version-invalid.js";
import { httpApiOpenApi } from "../helpers/http-api.js";
import { ruleTester } from "../helpers/rule-tester.js";

const lambda = (version: string) => httpApiOpenApi(`type: aws_proxy\nhttpMethod: POST\nuri: arn:aws:lambda:us-east-2:123456789012:function:HelloWorld${version}`);
const http = (version: string) => httpApiOpenApi(`type: http_proxy\nhttpMethod: GET\nuri: https://example.com/${version}`);

ruleTester(rule, {
  valid: [
    { name: "Lambda 2.0", code: lambda("\npayloadFormatVersion: '2.0'") },
    { name: "Lambda 1.0 as a YAML number", code: lambda("\npayloadFormatVersion: 1.0") },
    { name: "HTTP_PROXY 1.0", code: http("\npayloadFormatVersion: '1.0'") },
    { name: "REST ignores it (openapi-payload-format-ignored)", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "payloadFormatVersion": "3.0"\n}\n' },
  ],
  invalid: [
    {
      name: "2.0 on HTTP_PROXY",
      code: http("\npayloadFormatVersion: '2.0'"),
      errors: [{ message: "payloadFormatVersion '2.0' is not supported for an HTTP_PROXY integration: use 1.0.", line: 11, column: 31, endLine: 11, endColumn: 36 }],
    },
    {
      name: "3.0 on Lambda",
      code: lambda("\npayloadFormatVersion: '3.0'"),
      errors: [{ message: "payloadFormatVersion '3.0' is not supported for a Lambda proxy integration: use 1.0 or 2.0.", line: 11, column: 31, endLine: 11, endColumn: 36 }],
    },
    {
      name: "missing: a warning",
      code: lambda(""),
      options: { apiKind: "HTTP" },
      errors: [{ severity: "warning", message: "The HTTP API integration has no payloadFormatVersion: set 1.0 or 2.0.", line: 8, column: 15, endLine: 8, endColumn: 24 }],
    },
  ],
});
