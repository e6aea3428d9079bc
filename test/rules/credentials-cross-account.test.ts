import rule from "../../rules/credentials-cross-account.js";
import { LAMBDA_URI } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (credentials: string, uri = LAMBDA_URI) => `{
  "type": "AWS_PROXY",
  "integrationHttpMethod": "POST",
  "uri": "${uri}",
  "credentials": "${credentials}"
}
`;

ruleTester(rule, {
  valid: [
    { name: "same account", code: body("arn:aws:iam::123456789012:role/invoke") },
    { name: "caller pass-through", code: body("arn:aws:iam::*:user/*") },
    { name: "the function account is a stage variable", code: body("arn:aws:iam::123456789012:role/invoke", "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:${stageVariables.account}:function:f/invocations") },
  ],
  invalid: [
    {
      name: "role in another account",
      code: body("arn:aws:iam::210987654321:role/invoke"),
      errors: [{ message: "The credentials role is in account 210987654321, the Lambda function in 123456789012: if 210987654321 is not the API's own account, AWS refuses it (Cross-account pass role is not allowed.).", line: 5, column: 18, endLine: 5, endColumn: 57 }],
    },
  ],
});
