import rule from "../../rules/credentials-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (credentials: string) => `{
  "type": "AWS",
  "integrationHttpMethod": "POST",
  "uri": "arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders",
  "credentials": "${credentials}"
}
`;

ruleTester(rule, {
  valid: [
    { name: "a role with a path", code: body("arn:aws:iam::111111111111:role/service-role/testfunction-role-oe783psq") },
    { name: "caller pass-through (credentials-caller-passthrough)", code: body("arn:aws:iam::*:user/*") },
    { name: "another partition", code: body("arn:aws-us-gov:iam::123456789012:role/r") },
    { name: "a stage variable", code: body("${stageVariables.role}") },
  ],
  invalid: [
    {
      name: "not an ARN (credentials-non-arn)",
      code: body("smallwins-api-lambda"),
      errors: [{ message: "Invalid ARN specified in the request: credentials 'smallwins-api-lambda' is not an ARN; give the IAM role ARN (arn:<partition>:iam::<account>:role/<name>).", line: 5, column: 18, endLine: 5, endColumn: 40 }],
    },
    {
      name: "a user ARN: a warning",
      code: body("arn:aws:iam::123456789012:user/deployer"),
      errors: [{ severity: "warning", message: "credentials 'arn:aws:iam::123456789012:user/deployer' is not an IAM role ARN (arn:<partition>:iam::<12-digit account>:role/<name>) nor arn:aws:iam::*:user/*: API Gateway cannot assume it.", line: 5, column: 18, endLine: 5, endColumn: 59 }],
    },
    {
      name: "unknown partition",
      code: body("arn:awz:iam::123456789012:role/r"),
      errors: [{ message: "Invalid ARN specified in the request: unknown partition 'awz' in credentials 'arn:awz:iam::123456789012:role/r'.", line: 5, column: 18, endLine: 5, endColumn: 52 }],
    },
  ],
});
