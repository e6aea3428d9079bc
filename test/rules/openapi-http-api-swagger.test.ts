import rule from "../../rules/openapi-http-api-swagger.js";
import { ruleTester } from "../helpers/rule-tester.js";

const swagger = 'swagger: "2.0"\ninfo: { title: orders, version: "1" }\npaths:\n  /orders:\n    get:\n      x-amazon-apigateway-integration:\n        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/orders\n';
const message = "HTTP APIs import OpenAPI 3.0 definitions only: this one is Swagger 2.0; write it as openapi: 3.0.1 or build a REST API.";

ruleTester(rule, {
  valid: [
    { name: "Swagger 2.0 is a REST API when nothing says otherwise", code: swagger },
    { name: "Swagger 2.0 forced to REST", code: swagger, options: { apiKind: "REST" } },
    { name: "OpenAPI 3.0 as an HTTP API", code: swagger.replace('swagger: "2.0"', "openapi: 3.0.1"), options: { apiKind: "HTTP" } },
  ],
  invalid: [
    { name: "forced to HTTP with --api-kind", code: swagger, options: { apiKind: "HTTP" }, errors: [{ message, line: 1, column: 10, endLine: 1, endColumn: 15 }] },
    {
      name: "the Body of an AWS::ApiGatewayV2::Api",
      code: `Resources:\n  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties:\n      Body:\n${swagger.replace(/^/gm, "        ").trimEnd()}\n`,
      errors: [{ message, line: 6, column: 18, endLine: 6, endColumn: 23 }],
    },
  ],
});
