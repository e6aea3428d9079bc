import rule from "../../rules/aws-uri-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (type: string, uri: string) => `{
  "type": "${type}",
  "integrationHttpMethod": "POST",
  "uri": ${uri}
}
`;
const LAMBDA = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations";

ruleTester(rule, {
  valid: [
    { name: "Lambda invocation", code: body("AWS_PROXY", `"${LAMBDA}"`) },
    { name: "service action", code: body("AWS", '"arn:aws:apigateway:us-east-1:states:action/StartExecution"') },
    { name: "other partition (arn-partitions)", code: body("AWS", '"arn:aws-cn:apigateway:cn-north-1:s3:path/b/k"') },
    { name: "a stage variable region", code: body("AWS", '"arn:aws:apigateway:${stageVariables.region}:sqs:path/123456789012/q"') },
  ],
  invalid: [
    {
      name: "a uri that is not a string",
      code: "{\n  \"type\": \"AWS\",\n  \"integrationHttpMethod\": \"POST\",\n  \"uri\": 42\n}\n",
      errors: [{ message: "Invalid ARN specified in the request: the uri must be a string, got 42.", line: 4, column: 10, endLine: 4, endColumn: 12 }],
    },
    {
      name: "an ARN of another service",
      code: "{\n  \"type\": \"AWS\",\n  \"integrationHttpMethod\": \"POST\",\n  \"uri\": \"arn:aws:s3:::orders/key\"\n}\n",
      errors: [{ message: "AWS ARN for integration must contain path or action: 'arn:aws:s3:::orders/key' is not an apigateway integration ARN (arn:<partition>:apigateway:<region>:<service>:path|action/...).", line: 4, column: 10, endLine: 4, endColumn: 35 }],
    },
    {
      name: "recorded non-valid-arn (rec-aws-uri-not-arn)",
      code: body("AWS", '"non-valid-arn"'),
      errors: [{ message: "Invalid ARN specified in the request: 'non-valid-arn' is not an ARN; expected arn:<partition>:apigateway:<region>:<service>:path|action/...", line: 4, column: 10, endLine: 4, endColumn: 25 }],
    },
    {
      name: "recorded bad-arn prefix (rec-aws-proxy-bad-arn-prefix)",
      code: body("AWS_PROXY", '"bad-arn:lambda:path/2015-03-31/functions/x/invocations"'),
      errors: [{ message: "Invalid ARN specified in the request: 'bad-arn:lambda:path/2015-03-31/functions/x/invocations' is not an ARN; expected arn:<partition>:apigateway:<region>:<service>:path|action/...", line: 4, column: 10, endLine: 4, endColumn: 66 }],
    },
    {
      name: "a bare Lambda function ARN on REST",
      code: body("AWS_PROXY", '"arn:aws:lambda:us-east-1:123456789012:function:orders"'),
      errors: [{ message: "AWS ARN for integration must contain path or action: 'arn:aws:lambda:us-east-1:123456789012:function:orders' is a bare Lambda function ARN; REST APIs need arn:<partition>:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations.", line: 4, column: 10, endLine: 4, endColumn: 65 }],
    },
    {
      name: "resource starts with neither path nor action",
      code: body("AWS", '"arn:aws:apigateway:us-east-1:lambda:test/2015-03-31/functions/f/invocations"'),
      errors: [{ message: "AWS ARN for integration must contain path or action: the resource part 'test/2015-03-31/functions/f/invocations' of 'arn:aws:apigateway:us-east-1:lambda:test/2015-03-31/functions/f/invocations' starts with neither 'path/' nor 'action/'.", line: 4, column: 10, endLine: 4, endColumn: 87 }],
    },
    {
      name: "unknown partition",
      code: body("AWS", '"arn:awz:apigateway:us-east-1:s3:path/b/k"'),
      errors: [{ message: "Invalid ARN specified in the request: unknown partition 'awz' in 'arn:awz:apigateway:us-east-1:s3:path/b/k' (expected one of aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc).", line: 4, column: 10, endLine: 4, endColumn: 52 }],
    },
    {
      name: "missing uri",
      code: '{\n  "type": "AWS",\n  "integrationHttpMethod": "POST"\n}\n',
      errors: [{ message: "Invalid ARN specified in the request: a AWS integration needs a uri of the form arn:<partition>:apigateway:<region>:<service>:path|action/...", line: 1, column: 1, endLine: 4, endColumn: 2 }],
    },
  ],
});
