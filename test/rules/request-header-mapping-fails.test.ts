import rule from "../../rules/request-header-mapping-fails.js";
import { LAMBDA_URI } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (type: string, header: string) => `{
  "type": "${type}",
  "integrationHttpMethod": "POST",
  "uri": "${type.startsWith("AWS") ? LAMBDA_URI : "https://example.com/"}",
  "requestParameters": { "integration.request.header.${header}": "'x'" }
}
`;

ruleTester(rule, {
  valid: [
    { name: "Authorization on HTTP_PROXY works", code: body("HTTP_PROXY", "Authorization") },
    { name: "Connection on HTTP", code: body("HTTP", "Connection") },
    { name: "an ordinary header on AWS", code: body("AWS", "X-Amz-Invocation-Type") },
  ],
  invalid: [
    {
      name: "Authorization on AWS_PROXY (rec-aws-proxy-authorization-mapping-runtime-500)",
      code: body("AWS_PROXY", "Authorization"),
      errors: [{ message: "Mapping the Authorization header on an AWS_PROXY integration makes every call fail with 500 Internal server error; AWS accepts it when the integration is written (it works on HTTP integrations).", line: 5, column: 26, endLine: 5, endColumn: 68 }],
    },
    {
      name: "Proxy-Authenticate on AWS (rec-aws-proxy-authenticate-mapping-runtime-500)",
      code: body("AWS", "Proxy-Authenticate"),
      errors: [{ message: "Mapping the Proxy-Authenticate header on an AWS integration makes every call fail with 500 Internal server error; AWS accepts it when the integration is written (it works on HTTP integrations).", line: 5, column: 26, endLine: 5, endColumn: 73 }],
    },
    {
      name: "Content-Length on HTTP_PROXY, any case",
      code: body("HTTP_PROXY", "content-length"),
      errors: [{ message: "Mapping the content-length header makes every call fail with 500 Internal server error, whatever the integration type; AWS accepts it when the integration is written.", line: 5, column: 26, endLine: 5, endColumn: 69 }],
    },
  ],
});
