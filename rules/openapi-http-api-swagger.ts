import { defineRule } from "../src/rule-api.js";

export default defineRule({
  id: "openapi-http-api-swagger",
  severity: "error",
  reads: { fields: [] },
  docs: {
    summary: "An HTTP API is defined with a Swagger 2.0 document.",
    why: "The HTTP API import reads OpenAPI 3.0 only; a Swagger 2.0 definition (in `AWS::ApiGatewayV2::Api.Body`, a SAM `HttpApi` `DefinitionBody`, or a file imported as an HTTP API) is rejected. REST APIs take both versions. Reported when the API is known to be an HTTP API: from the CloudFormation resource type, or `--api-kind HTTP`.",
    source: {
      catalog: ["v2-openapi"],
      behaviour: "The HTTP API import rejects OpenAPI 2.0 definitions; the exact message is not recorded.",
      references: ["docs: http-api-open-api.md (\"HTTP APIs support only OpenAPI 3.0 definitions\")"],
      evidence: [
        "catalog `v2-openapi`: HTTP API import takes OpenAPI 3.0 only (developer guide, working with OpenAPI definitions for HTTP APIs)",
      ],
      counterEvidence: [
        { query: "search issues \"HTTP API import swagger 2.0 not supported OpenAPI 3 required apigatewayv2 import-api\"", date: "2026-11-25", found: "threads about REST import versions (aws-cli#8191 `Invalid OpenAPI input.`, alma-cdk/openapix#14); no HTTP API deployed from a Swagger 2.0 document", verdict: "kept" },
      ],
    },
    bad: {
      format: "cloudformation",
      language: "yaml",
      code: "Resources:\n  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties:\n      Body:\n        swagger: \"2.0\"\n        info: { title: orders, version: \"1\" }\n        paths:\n          /orders:\n            get:\n              x-amazon-apigateway-integration:\n                type: aws_proxy\n                httpMethod: POST\n                uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations\n                payloadFormatVersion: \"2.0\"\n",
    },
    good: {
      format: "cloudformation",
      language: "yaml",
      code: "Resources:\n  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties:\n      Body:\n        openapi: 3.0.1\n        info: { title: orders, version: \"1\" }\n        paths:\n          /orders:\n            get:\n              x-amazon-apigateway-integration:\n                type: aws_proxy\n                httpMethod: POST\n                uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations\n                payloadFormatVersion: \"2.0\"\n",
    },
    fix: "Convert the definition to OpenAPI 3.0 (`openapi: 3.0.1`, `components` instead of `definitions`/`parameters`), or define a REST API instead.",
  },
});
