import rule from "../../rules/request-parameter-undeclared.js";
import { ruleTester } from "../helpers/rule-tester.js";

const method = (declared: string, mappings: string) => `{
  "httpMethod": "GET",
  "authorizationType": "NONE",
  "requestParameters": { ${declared} },
  "methodIntegration": {
    "type": "HTTP_PROXY",
    "httpMethod": "GET",
    "uri": "https://example.com/orders/{id}",
    "requestParameters": { ${mappings} }
  }
}
`;

ruleTester(rule, {
  valid: [
    { name: "declared path parameter", code: method('"method.request.path.id": true', '"integration.request.path.id": "method.request.path.id"') },
    { name: "multivalue source of a declared querystring (doc-request-params-body-and-multivalue)", code: method('"method.request.querystring.q": false, "method.request.path.id": true', '"integration.request.path.id": "method.request.path.id", "integration.request.querystring.q": "method.request.multivaluequerystring.q"') },
    { name: "static, context and body sources need no declaration", code: method('"method.request.path.id": true', '"integration.request.path.id": "method.request.path.id", "integration.request.header.a": "\'x\'", "integration.request.header.b": "context.requestId", "integration.request.header.c": "method.request.body"') },
    { name: "a PutIntegration body does not carry the method", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "requestParameters": { "integration.request.header.x": "method.request.header.x" }\n}\n' },
  ],
  invalid: [
    {
      name: "names are case-sensitive",
      code: method('"method.request.path.orderId": true', '"integration.request.path.id": "method.request.path.orderID"'),
      errors: [{ message: "Invalid mapping expression parameter specified: method.request.path.orderID (the method does not declare method.request.path.orderID).", line: 9, column: 59, endLine: 9, endColumn: 88 }],
    },
    {
      name: "multivalue header of an undeclared header",
      code: method('"method.request.path.id": true', '"integration.request.path.id": "method.request.path.id", "integration.request.header.a": "method.request.multivalueheader.Authorization"'),
      errors: [{ message: "Invalid mapping expression parameter specified: method.request.multivalueheader.Authorization (the method does not declare method.request.header.Authorization).", line: 9, column: 117, endLine: 9, endColumn: 164 }],
    },
  ],
});
