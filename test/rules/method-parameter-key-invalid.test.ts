import rule from "../../rules/method-parameter-key-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const method = (declared: string) => `{
  "httpMethod": "POST",
  "authorizationType": "NONE",
  "requestParameters": { ${declared} },
  "methodIntegration": { "type": "MOCK", "requestTemplates": { "application/json": "{}" } }
}
`;
const envelope = (key: string) => `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${key}]: method request parameters are method.request.path|querystring|header.NAME.`;

ruleTester(rule, {
  valid: [
    { name: "path, querystring, header (method-path-param-not-in-path: a path parameter need not be in the path)", code: method('"method.request.path.testPath": true, "method.request.querystring.q": false, "method.request.header.h": false') },
  ],
  invalid: [
    {
      name: "a boolean key (rec-put-method-boolean-param-key)",
      code: method('"method.request.path.testPath": true, "true": true'),
      errors: [{ message: envelope("true"), line: 4, column: 64, endLine: 4, endColumn: 70 }],
    },
    {
      name: "method.request.body (iss-method-request-body-param)",
      code: method('"method.request.body": true'),
      errors: [{ message: envelope("method.request.body"), line: 4, column: 26, endLine: 4, endColumn: 47 }],
    },
    {
      name: "a multivalue form is a source, not a declaration",
      code: method('"method.request.multivaluequerystring.q": false'),
      errors: [{ message: envelope("method.request.multivaluequerystring.q"), line: 4, column: 26, endLine: 4, endColumn: 66 }],
    },
  ],
});
