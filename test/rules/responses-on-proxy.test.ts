import rule from "../../rules/responses-on-proxy.js";
import { getMethod, LAMBDA_URI } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "a proxy without responses", code: getMethod({ integration: '"type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/"' }) },
    { name: "a custom integration with responses", code: getMethod({ integration: '"type": "HTTP", "httpMethod": "GET", "uri": "https://example.com/"', responses: '"200": { "statusCode": "200" }' }) },
  ],
  invalid: [
    {
      name: "AWS_PROXY with a response (rec-aws-proxy-authorization-mapping-runtime-500)",
      code: getMethod({ integration: `"type": "AWS_PROXY", "httpMethod": "POST", "uri": "${LAMBDA_URI}"`, responses: '"200": { "statusCode": "200" }' }),
      errors: [{ message: "Integration responses have no effect on an AWS_PROXY integration: the backend's response is passed through unchanged.", line: 7, column: 5, endLine: 7, endColumn: 27 }],
    },
  ],
});
