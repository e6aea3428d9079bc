import rule from "../../rules/credentials-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (uri: string, extra = "") => `{
  "type": "AWS",
  "integrationHttpMethod": "POST",
  "uri": "${uri}"${extra}
}
`;

ruleTester(rule, {
  valid: [
    { name: "Lambda needs no credentials (rec-aws-lambda-without-credentials)", code: body("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:MyLambda/invocations") },
    { name: "Step Functions with a role", code: body("arn:aws:apigateway:us-east-1:states:action/StartExecution", ',\n  "credentials": "arn:aws:iam::123456789012:role/apigw"') },
    { name: "the service is a stage variable", code: body("arn:aws:apigateway:us-east-1:${stageVariables.service}:action/Do") },
  ],
  invalid: [
    {
      name: "Step Functions without a role",
      code: body("arn:aws:apigateway:us-east-1:states:action/StartExecution"),
      errors: [{ message: "Role ARN must be specified for AWS integrations: the states integration has no credentials (only Lambda can do without).", line: 4, column: 10, endLine: 4, endColumn: 69 }],
    },
    {
      name: "S3 path without a role",
      code: body("arn:aws:apigateway:us-east-1:s3:path/bucket/key"),
      errors: [{ message: "Role ARN must be specified for AWS integrations: the s3 integration has no credentials (only Lambda can do without).", line: 4, column: 10, endLine: 4, endColumn: 59 }],
    },
  ],
});
