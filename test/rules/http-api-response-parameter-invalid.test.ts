import rule from "../../rules/http-api-response-parameter-invalid.js";
import { httpApiOpenApi } from "../helpers/http-api.js";
import { ruleTester } from "../helpers/rule-tester.js";

const integration = (responseParameters: string) =>
  httpApiOpenApi(`type: http_proxy\nhttpMethod: GET\nuri: https://example.com/orders\npayloadFormatVersion: '1.0'\nresponseParameters:\n${responseParameters.replace(/^/gm, "  ")}`);

ruleTester(rule, {
  valid: [
    { name: "header and status code mappings", code: integration("'500':\n  overwrite:statuscode: '503'\n  append:header.x-retry: '30'\n  remove:header.server: ''") },
    { name: "a response header source", code: integration("'200':\n  overwrite:header.x-id: $response.header.x-request-id") },
    {
      name: "REST APIs use integration responses instead (not checked here)",
      code: "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n        responseParameters:\n          nonsense: true\n",
    },
  ],
  invalid: [
    {
      name: "a REST-style key",
      code: integration("'404':\n  method.response.header.x-error: \"'not found'\""),
      errors: [{ message: "Invalid mapping expression specified: 'method.response.header.x-error' is not an HTTP API response mapping; use append|overwrite|remove:header.NAME or overwrite:statuscode.", line: 14, column: 13, endLine: 14, endColumn: 43 }],
    },
    {
      name: "not keyed by a status code",
      code: integration("default:\n  overwrite:statuscode: '204'"),
      errors: [{ message: "Invalid mapping expression specified: responseParameters are keyed by a status code from 100 to 599, got 'default'.", line: 13, column: 11, endLine: 13, endColumn: 18 }],
    },
    {
      name: "overwrite:statuscode with something else than a status code",
      code: integration("'500':\n  overwrite:statuscode: $response.body.code"),
      errors: [{ message: "Invalid mapping expression specified: overwrite:statuscode needs a status code from 100 to 599, got '$response.body.code'.", line: 14, column: 35, endLine: 14, endColumn: 54 }],
    },
  ],
});
