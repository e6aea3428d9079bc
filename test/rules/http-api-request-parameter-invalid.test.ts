import rule from "../../rules/http-api-request-parameter-invalid.js";
import { httpApiOpenApi } from "../helpers/http-api.js";
import { ruleTester } from "../helpers/rule-tester.js";

const withParameters = (parameters: string) => httpApiOpenApi(`type: http_proxy\nhttpMethod: GET\nuri: https://example.com/\npayloadFormatVersion: '1.0'\nrequestParameters:\n${parameters.replace(/^/gm, "  ")}`);

ruleTester(rule, {
  valid: [
    { name: "every key form and dynamic source", code: withParameters("append:header.x-id: $context.requestId\noverwrite:querystring.v: $request.querystring.version\nremove:header.x-debug: \"''\"\noverwrite:path: $request.path\noverwrite:header.x-stage: $stageVariables.name\nappend:querystring.body: $request.body.name") },
    { name: "a static value has no quotes", code: withParameters("overwrite:header.x-static: v2") },
    // The HTTP API import ignores an aws/http/mock integration with a warning (catalog v2-type-proxy-only): an
    // exported spec reused for a REST API (serverless-patterns apigw-kinesis-lambda-ddb) keeps REST mappings.
    { name: "an integration the HTTP import ignores (type aws) is not checked", code: httpApiOpenApi("type: aws\nhttpMethod: POST\nuri: arn:aws:apigateway:us-east-1:kinesis:action/PutRecord\nrequestParameters:\n  integration.request.header.Content-Type: \"'application/x-amz-json-1.1'\"") },
    { name: "AWS service integrations take action parameters", code: httpApiOpenApi("type: aws_proxy\nintegrationSubtype: SQS-SendMessage\npayloadFormatVersion: '1.0'\nrequestParameters:\n  QueueUrl: $request.header.queue\n  MessageBody: $request.body") },
  ],
  invalid: [
    {
      name: "a REST-style key",
      code: withParameters("integration.request.header.x: context.requestId"),
      errors: [{ message: "Invalid mapping expression specified: 'integration.request.header.x' is not an HTTP API parameter mapping; use append|overwrite|remove:header.NAME, append|overwrite|remove:querystring.NAME or overwrite:path.", line: 13, column: 11, endLine: 13, endColumn: 39 }],
    },
    {
      name: "a reserved header",
      code: withParameters("overwrite:header.Authorization: $request.header.token"),
      errors: [{ message: "Invalid mapping expression specified: the header Authorization is reserved and cannot be mapped in an HTTP API.", line: 13, column: 11, endLine: 13, endColumn: 41 }],
    },
    {
      name: "a reserved prefix",
      code: withParameters("append:header.x-amz-date: $context.requestTime"),
      errors: [{ message: "Invalid mapping expression specified: the header x-amz-date is reserved and cannot be mapped in an HTTP API.", line: 13, column: 11, endLine: 13, endColumn: 35 }],
    },
    {
      name: "an unknown $request location",
      code: withParameters("overwrite:header.x: $request.cookie.session"),
      errors: [{ message: "Invalid mapping expression specified: '$request.cookie.session' is not an HTTP API source; use $request.header|querystring|body|path..., $context.NAME or $stageVariables.NAME.", line: 13, column: 31, endLine: 13, endColumn: 54 }],
    },
  ],
});
