import rule from "../../rules/http-api-type-not-proxy.js";
import { httpApi, httpApiOpenApi } from "../helpers/http-api.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MESSAGE = "Currently, an API with a protocol type of HTTP may only be associated with proxy integrations (AWS_PROXY, HTTP_PROXY): got ";

ruleTester(rule, {
  valid: [
    { name: "HTTP_PROXY", code: httpApi("HTTP_PROXY") },
    { name: "AWS_PROXY with a plain Lambda ARN (doc-http-api-plain-lambda-arn)", code: httpApiOpenApi("type: AWS_PROXY\nhttpMethod: POST\nuri: arn:aws:lambda:us-east-2:123456789012:function:HelloWorld\npayloadFormatVersion: '1.0'") },
    { name: "REST takes every type", code: '{\n  "type": "HTTP",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/"\n}\n' },
  ],
  invalid: [
    {
      name: "CloudFormation CreateIntegration with HTTP: an error",
      code: httpApi("HTTP"),
      errors: [{ message: `${MESSAGE}HTTP.`, line: 9, column: 28, endLine: 9, endColumn: 34 }],
    },
    {
      name: "the OpenAPI import only warns (v2-openapi)",
      code: httpApiOpenApi("type: mock\nrequestTemplates: { application/json: '{}' }"),
      options: { apiKind: "HTTP" },
      errors: [{ severity: "warning", message: `${MESSAGE}mock. The OpenAPI import skips this integration with a warning.`, line: 8, column: 15, endLine: 8, endColumn: 19 }],
    },
  ],
});
