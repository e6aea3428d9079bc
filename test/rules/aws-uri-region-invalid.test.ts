import rule from "../../rules/aws-uri-region-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (uri: string, type = "AWS_PROXY") => `{
  "type": "${type}",
  "integrationHttpMethod": "POST",
  "uri": "${uri}"
}
`;
const LAMBDA = "lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations";

ruleTester(rule, {
  valid: [
    { name: "a region", code: body(`arn:aws:apigateway:eu-west-1:${LAMBDA}`) },
    { name: "a GovCloud region", code: body(`arn:aws-us-gov:apigateway:us-gov-west-1:${LAMBDA}`) },
    { name: "the European sovereign cloud", code: body(`arn:aws-eusc:apigateway:eusc-de-east-1:${LAMBDA}`) },
    { name: "a stage variable stands for a region", code: body(`arn:aws:apigateway:\${stageVariables.region}:${LAMBDA}`) },
    { name: "an HTTP integration is not checked", code: body("https://example.com/", "HTTP_PROXY") },
  ],
  invalid: [
    {
      name: "an empty region",
      code: body(`arn:aws:apigateway::${LAMBDA}`),
      errors: [{ message: `The integration URI names no region: 'arn:aws:apigateway::${LAMBDA}' (expected arn:<partition>:apigateway:<region>:<service>:...).`, line: 4, column: 10, endLine: 4, endColumn: 130 }],
    },
    {
      name: "a region without dashes",
      code: body("arn:aws:apigateway:euwest1:dynamodb:action/PutItem", "AWS"),
      errors: [{ message: "'euwest1' is not a region name in 'arn:aws:apigateway:euwest1:dynamodb:action/PutItem' (expected a region such as us-east-1).", line: 4, column: 10, endLine: 4, endColumn: 62 }],
    },
  ],
});
