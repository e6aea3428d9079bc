import rule from "../../rules/http-uri-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (type: string, uri: string, extra = "") => `{
  "type": "${type}",
  "integrationHttpMethod": "POST",${extra}
  "uri": ${uri}
}
`;

ruleTester(rule, {
  valid: [
    { name: "https URL", code: body("HTTP", '"https://example.com/orders"') },
    { name: "stage variables in host, path and query (http-uri-stage-variables)", code: body("HTTP_PROXY", '"https://${stageVariables.TestHost}/${stageVariables.testPath}?${stageVariables.querystring}"') },
    { name: "not an HTTP type", code: body("AWS", '"arn:aws:apigateway:us-east-1:s3:path/b/k"') },
  ],
  invalid: [
    {
      name: "recorded non-valid-http (rec-http-invalid-uri)",
      code: body("HTTP", '"non-valid-http"'),
      errors: [{ message: "Invalid HTTP endpoint specified for URI: 'non-valid-http' is not an absolute http or https URL.", line: 4, column: 10, endLine: 4, endColumn: 26 }],
    },
    {
      name: "missing uri",
      code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET"\n}\n',
      errors: [{ message: "Invalid HTTP endpoint specified for URI: a HTTP_PROXY integration needs a uri (an absolute http or https URL).", line: 1, column: 1, endLine: 4, endColumn: 2 }],
    },
    {
      name: "missing uri on a VPC link",
      code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "connectionType": "VPC_LINK",\n  "connectionId": "abc"\n}\n',
      errors: [{ message: "Invalid integration URI specified: a VPC_LINK integration still needs a uri (it sets the Host header and TLS name).", line: 1, column: 1, endLine: 6, endColumn: 2 }],
    },
    {
      name: "not a string",
      code: body("HTTP", "42"),
      errors: [{ message: "Invalid HTTP endpoint specified for URI: the uri must be a string, got 42.", line: 4, column: 10, endLine: 4, endColumn: 12 }],
    },
  ],
});
