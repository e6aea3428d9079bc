import rule from "../../rules/http-method-required.js";
import { ruleTester } from "../helpers/rule-tester.js";

ruleTester(rule, {
  valid: [
    { name: "MOCK needs no verb", code: '{\n  "type": "MOCK",\n  "passthroughBehavior": "WHEN_NO_MATCH"\n}\n' },
    { name: "HTTP with a verb", code: '{\n  "type": "HTTP",\n  "integrationHttpMethod": "POST",\n  "uri": "http://example.com"\n}\n' },
    { name: "ANY on HTTP_PROXY", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "ANY",\n  "uri": "http://example.com"\n}\n' },
  ],
  invalid: [
    {
      name: "recorded: HTTP without the verb (rec-missing-integration-http-method-http)",
      code: '{\n  "type": "HTTP",\n  "uri": "http://example.com"\n}\n',
      errors: [{ message: "Enumeration value for HttpMethod must be non-empty: a HTTP integration needs integrationHttpMethod.", line: 1, column: 1, endLine: 4, endColumn: 2 }],
    },
    {
      name: "empty verb in a get-method output",
      code: '{\n  "httpMethod": "GET",\n  "authorizationType": "NONE",\n  "methodIntegration": { "type": "AWS", "httpMethod": "", "uri": "arn:aws:apigateway:us-east-1:s3:path/b/k" }\n}\n',
      errors: [{ message: "Enumeration value for HttpMethod must be non-empty: a AWS integration needs integrationHttpMethod.", line: 4, column: 55, endLine: 4, endColumn: 57 }],
    },
    {
      name: "VPC_LINK integrations need it too (iss-vpc-link-missing-integration-http-method)",
      code: "type: HTTP_PROXY\nuri: http://example.org/\nconnectionType: VPC_LINK\nconnectionId: abc123\n",
      errors: [{ message: "Enumeration value for HttpMethod must be non-empty: a HTTP_PROXY integration needs integrationHttpMethod.", line: 1, column: 1, endLine: 5, endColumn: 1 }],
    },
  ],
});
