import rule from "../../rules/cache-key-parameter-undeclared.js";
import { ruleTester } from "../helpers/rule-tester.js";

const method = (keys: string, mappings = "") => `{
  "httpMethod": "GET",
  "authorizationType": "NONE",
  "requestParameters": { "method.request.querystring.page": false },
  "methodIntegration": {
    "type": "HTTP_PROXY",
    "httpMethod": "GET",
    "uri": "https://example.com/orders",${mappings}
    "cacheKeyParameters": [${keys}]
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: "a declared parameter", code: method('"method.request.querystring.page"') },
    { name: "a mapped integration parameter", code: method('"integration.request.header.bodyCacheHeader"', '\n    "requestParameters": { "integration.request.header.bodyCacheHeader": "method.request.body" },') },
    { name: "no keys", code: method("") },
  ],
  invalid: [
    {
      name: "undeclared method parameter",
      code: method('"method.request.querystring.pageSize"'),
      errors: [{ message: "Invalid cache key parameter specified: method.request.querystring.pageSize is not declared on the method.", line: 9, column: 28, endLine: 9, endColumn: 65 }],
    },
    {
      name: "unmapped integration parameter",
      code: method('"integration.request.header.x"', '\n    "requestParameters": { "integration.request.header.y": "method.request.body" },'),
      errors: [{ message: "Invalid cache key parameter specified: integration.request.header.x is not mapped in the integration's requestParameters.", line: 10, column: 28, endLine: 10, endColumn: 58 }],
    },
    {
      name: "method.request.body is not a parameter (iss-method-request-body-param)",
      code: method('"method.request.body"'),
      errors: [{ message: "Invalid cache key parameter specified: method.request.body is not a method.request.path|querystring|header parameter.", line: 9, column: 28, endLine: 9, endColumn: 49 }],
    },
  ],
});
