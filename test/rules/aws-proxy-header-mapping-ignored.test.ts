import rule from "../../rules/aws-proxy-header-mapping-ignored.js";
import { LAMBDA_URI } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (type: string, mapping: string) => `{
  "type": "${type}",
  "integrationHttpMethod": "POST",
  "uri": "${type.startsWith("AWS") ? LAMBDA_URI : "https://example.com/"}",
  "requestParameters": { ${mapping} }
}
`;

ruleTester(rule, {
  valid: [
    { name: "HTTP_PROXY applies header mappings", code: body("HTTP_PROXY", '"integration.request.header.x": "\'y\'"') },
    { name: "AWS custom integrations apply them", code: body("AWS", '"integration.request.header.X-Amz-Invocation-Type": "\'Event\'"') },
    { name: "a breaking header is another rule's warning", code: body("AWS_PROXY", '"integration.request.header.Expect": "\'200-ok\'"') },
  ],
  invalid: [
    {
      name: "a header mapping on AWS_PROXY",
      code: body("AWS_PROXY", '"integration.request.header.x-tenant": "\'acme\'"'),
      errors: [{ message: "The mapping to integration.request.header.x-tenant has no effect on AWS_PROXY: the Lambda event carries the client's original headers.", line: 5, column: 26, endLine: 5, endColumn: 63 }],
    },
  ],
});
