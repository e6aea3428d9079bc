import rule from "../../rules/lambda-uri-not-invocation.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (path: string, type = "AWS") => `{
  "type": "${type}",
  "integrationHttpMethod": "POST",
  "uri": "arn:aws:apigateway:eu-west-1:lambda:path/${path}"
}
`;
const FN = "arn:aws:lambda:eu-west-1:123456789012:function:orders";

ruleTester(rule, {
  valid: [
    { name: "the invocation path", code: body(`2015-03-31/functions/${FN}/invocations`) },
    { name: "a qualified function", code: body(`2015-03-31/functions/${FN}:live/invocations`) },
    { name: "response streaming", code: body(`2021-11-15/functions/${FN}/response-streaming-invocations`) },
    { name: "a stage variable function name", code: body("2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:${stageVariables.fn}/invocations") },
    { name: "AWS_PROXY is aws-proxy-not-lambda's", code: body(`functions/${FN}/invocations`, "AWS_PROXY") },
  ],
  invalid: [
    {
      name: "no API version",
      code: body(`functions/${FN}/invocations`),
      errors: [{ message: `'arn:aws:apigateway:eu-west-1:lambda:path/functions/${FN}/invocations' does not invoke a function: the Lambda path must be 2015-03-31/functions/<function ARN>/invocations.`, line: 4, column: 10, endLine: 4, endColumn: 128 }],
    },
    {
      name: "no /invocations",
      code: body(`2015-03-31/functions/${FN}`),
      errors: [{ message: `'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/${FN}' does not invoke a function: the Lambda path must be 2015-03-31/functions/<function ARN>/invocations.`, line: 4, column: 10, endLine: 4, endColumn: 127 }],
    },
    {
      name: "an 11-digit account",
      code: body("2015-03-31/functions/arn:aws:lambda:eu-west-1:12345678901:function:orders/invocations"),
      errors: [{ message: "'arn:aws:lambda:eu-west-1:12345678901:function:orders' is not a Lambda function ARN (arn:<partition>:lambda:<region>:<12-digit account>:function:<name>[:<alias or version>]).", line: 4, column: 10, endLine: 4, endColumn: 138 }],
    },
  ],
});
