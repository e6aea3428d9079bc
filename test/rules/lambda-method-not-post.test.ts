import rule from "../../rules/lambda-method-not-post.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { httpApiOpenApi } from "../helpers/http-api.js";

const LAMBDA = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations";
const body = (type: string, verb: string, uri = LAMBDA) => `{
  "type": "${type}",
  "integrationHttpMethod": "${verb}",
  "uri": "${uri}"
}
`;

ruleTester(rule, {
  valid: [
    { name: "POST", code: body("AWS_PROXY", "POST") },
    { name: "post in any case", code: body("AWS", "post") },
    { name: "GET to S3 is fine", code: body("AWS", "GET", "arn:aws:apigateway:us-east-1:s3:path/b/k") },
    {
      name: "HTTP APIs invoke Lambda proxies themselves: not checked",
      code: httpApiOpenApi("type: aws_proxy\nhttpMethod: GET\npayloadFormatVersion: '2.0'\nuri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations"),
    },
  ],
  invalid: [
    {
      name: "GET on AWS_PROXY",
      code: body("AWS_PROXY", "GET"),
      errors: [{ message: "Lambda integrations must call the function with POST, not 'GET': AWS accepts it, but every call fails with 500 Internal server error.", line: 3, column: 28, endLine: 3, endColumn: 33 }],
    },
    {
      name: "ANY on AWS",
      code: body("AWS", "ANY"),
      errors: [{ message: "Lambda integrations must call the function with POST, not 'ANY': AWS accepts it, but every call fails with 500 Internal server error.", line: 3, column: 28, endLine: 3, endColumn: 33 }],
    },
  ],
});
