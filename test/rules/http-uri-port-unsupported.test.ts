import rule from "../../rules/http-uri-port-unsupported.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (uri: string) => `{
  "type": "HTTP_PROXY",
  "integrationHttpMethod": "GET",
  "uri": "${uri}"
}
`;

ruleTester(rule, {
  valid: [
    { name: "no port (rec-vpc-link-stage-variable-connection-id has none)", code: body("http://my-nlb.elb.us-east-1.amazonaws.com") },
    { name: "80, 443, 1024, 65535", code: body("http://a.example.com:80/x?y=https://b:1") },
    { name: "custom port", code: body("https://a.example.com:1024") },
    { name: "highest port", code: body("https://a.example.com:65535/") },
    { name: "a stage variable host", code: body("https://${stageVariables.host}/orders") },
  ],
  invalid: [
    {
      name: "port 8: the span is the port",
      code: body("http://backend.example.com:8/orders"),
      errors: [{ message: "Port 8 is not supported for HTTP integrations: use 80, 443 or a port from 1024 to 65535.", line: 4, column: 38, endLine: 4, endColumn: 39 }],
    },
    {
      name: "port 1023",
      code: body("https://backend.example.com:1023"),
      errors: [{ message: "Port 1023 is not supported for HTTP integrations: use 80, 443 or a port from 1024 to 65535.", line: 4, column: 39, endLine: 4, endColumn: 43 }],
    },
  ],
});
