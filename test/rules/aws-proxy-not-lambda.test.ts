import rule from "../../rules/aws-proxy-not-lambda.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (uri: string) => `{
  "type": "AWS_PROXY",
  "integrationHttpMethod": "POST",
  "uri": "${uri}"
}
`;
const MESSAGE = "Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations: ";

ruleTester(rule, {
  valid: [
    { name: "Lambda invocation with an alias (aws-uri-lambda-alias)", code: body("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders:live/invocations") },
    { name: "response streaming", code: body("arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/response-streaming-invocations") },
    { name: "a stage variable function name", code: body("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${stageVariables.fn}/invocations") },
  ],
  invalid: [
    {
      name: "recorded DynamoDB (rec-aws-proxy-dynamodb-rejected)",
      code: body("arn:aws:apigateway:us-east-1:dynamodb:action/Query"),
      errors: [{ message: `${MESSAGE}'arn:aws:apigateway:us-east-1:dynamodb:action/Query' targets the dynamodb service; REST AWS_PROXY accepts only lambda:path/2015-03-31/functions/<function ARN>/invocations.`, line: 4, column: 10, endLine: 4, endColumn: 62 }],
    },
    {
      name: "a Lambda path that is not an invocation",
      code: body("arn:aws:apigateway:us-east-1:lambda:path/random/value"),
      errors: [{ message: `${MESSAGE}'arn:aws:apigateway:us-east-1:lambda:path/random/value' is not path/2015-03-31/functions/<function ARN>/invocations.`, line: 4, column: 10, endLine: 4, endColumn: 65 }],
    },
    {
      name: "a function ARN with a bad account",
      code: body("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123:function:f/invocations"),
      errors: [{ message: `${MESSAGE}'arn:aws:lambda:us-east-1:123:function:f' is not a Lambda function ARN (arn:<partition>:lambda:<region>:<12-digit account>:function:<name>[:<alias or version>]).`, line: 4, column: 10, endLine: 4, endColumn: 125 }],
    },
  ],
});
