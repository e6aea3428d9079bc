import rule from "../../rules/method-parameter-name-duplicate.js";
import { ruleTester } from "../helpers/rule-tester.js";

const method = (declared: string) => `{
  "httpMethod": "GET",
  "authorizationType": "NONE",
  "requestParameters": { ${declared} },
  "methodIntegration": { "type": "MOCK", "requestTemplates": { "application/json": "{}" } }
}
`;

ruleTester(rule, {
  valid: [
    { name: "distinct names", code: method('"method.request.querystring.optional": false, "method.request.header.x-optional": false') },
    { name: "names differ in case", code: method('"method.request.querystring.id": false, "method.request.path.Id": true') },
  ],
  invalid: [
    {
      name: "querystring and header (rec-put-method-duplicate-param-names)",
      code: method('"method.request.querystring.optional": false, "method.request.header.optional": false'),
      errors: [{ message: "Parameter names must be unique across querystring, header and path: 'optional' is declared as method.request.querystring.optional and method.request.header.optional.", line: 4, column: 72, endLine: 4, endColumn: 104 }],
    },
  ],
});
