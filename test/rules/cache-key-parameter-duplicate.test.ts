import rule from "../../rules/cache-key-parameter-duplicate.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (keys: string) => `{
  "type": "HTTP_PROXY",
  "integrationHttpMethod": "GET",
  "uri": "https://example.com/",
  "cacheKeyParameters": [${keys}]
}
`;

ruleTester(rule, {
  valid: [
    { name: "distinct", code: body('"method.request.querystring.a", "method.request.querystring.b"') },
    { name: "empty", code: body("") },
  ],
  invalid: [
    {
      name: "twice in a PutIntegration body: info",
      code: body('"method.request.querystring.a", "method.request.querystring.a"'),
      errors: [{ message: "method.request.querystring.a is listed twice in cacheKeyParameters; it counts once.", line: 5, column: 58, endLine: 5, endColumn: 88 }],
    },
    {
      name: "twice in CloudFormation: the schema rejects it",
      code: '{\n  "Resources": {\n    "Method": {\n      "Type": "AWS::ApiGateway::Method",\n      "Properties": {\n        "HttpMethod": "GET",\n        "RestApiId": "abc",\n        "ResourceId": "def",\n        "AuthorizationType": "NONE",\n        "RequestParameters": { "method.request.querystring.a": false },\n        "Integration": { "Type": "HTTP_PROXY", "IntegrationHttpMethod": "GET", "Uri": "https://example.com/", "CacheKeyParameters": ["method.request.querystring.a", "method.request.querystring.a"] }\n      }\n    }\n  }\n}\n',
      errors: [{ severity: "error", message: "method.request.querystring.a is listed twice in CacheKeyParameters: the CloudFormation schema requires unique items, so property validation fails.", line: 11, column: 166, endLine: 11, endColumn: 196 }],
    },
  ],
});
