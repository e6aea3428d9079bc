import rule from "../../rules/tls-config-unused.js";
import { LAMBDA_URI } from "../helpers/documents.js";
import { httpApiOpenApi } from "../helpers/http-api.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (type: string, tls: string) => `{
  "type": "${type}",
  "integrationHttpMethod": "POST",
  "uri": "${type.startsWith("AWS") ? LAMBDA_URI : "https://example.com/"}",
  "tlsConfig": { ${tls} }
}
`;

ruleTester(rule, {
  valid: [
    { name: "HTTP_PROXY skipping verification (doc-tls-insecure-skip-http-proxy)", code: body("HTTP_PROXY", '"insecureSkipVerification": true') },
    { name: "HTTP API private integration naming the server", code: httpApiOpenApi("type: http_proxy\nconnectionType: VPC_LINK\nconnectionId: abc\nhttpMethod: GET\nuri: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2\npayloadFormatVersion: '1.0'\ntlsConfig:\n  serverNameToVerify: example.com") },
  ],
  invalid: [
    {
      name: "on AWS_PROXY",
      code: body("AWS_PROXY", '"insecureSkipVerification": true'),
      errors: [{ message: "tlsConfig has no effect on an AWS_PROXY integration: it applies to HTTP and HTTP_PROXY backends.", line: 5, column: 3, endLine: 5, endColumn: 14 }],
    },
    {
      name: "serverNameToVerify on REST",
      code: body("HTTP", '"serverNameToVerify": "example.com"'),
      errors: [{ message: "serverNameToVerify applies to HTTP API private integrations; a REST API does not use it.", line: 5, column: 18, endLine: 5, endColumn: 38 }],
    },
    {
      name: "insecureSkipVerification on an HTTP API (v2-tls)",
      code: httpApiOpenApi("type: http_proxy\nhttpMethod: GET\nuri: https://example.com/\npayloadFormatVersion: '1.0'\ntlsConfig:\n  insecureSkipVerification: true"),
      errors: [{ message: "insecureSkipVerification is a REST API setting; an HTTP API does not use it.", line: 13, column: 11, endLine: 13, endColumn: 35 }],
    },
  ],
});
