import rule from "../../rules/request-parameter-invalid.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (mappings: string) => `{
  "type": "HTTP",
  "integrationHttpMethod": "POST",
  "uri": "https://example.com/orders",
  "requestParameters": { ${mappings} }
}
`;
const envelope = (value: string, hint = "") => `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${value}]${hint}.`;

ruleTester(rule, {
  valid: [
    { name: "method parameters of every location", code: body('"integration.request.path.id": "method.request.path.id", "integration.request.querystring.q": "method.request.multivaluequerystring.q", "integration.request.header.h": "method.request.multivalueheader.h"') },
    { name: "context without $ (rec-http-context-variable-mapping)", code: body('"integration.request.header.contextHeader": "context.resourceId"') },
    { name: "body and JSONPath without $. (doc-request-params-body-and-multivalue)", code: body('"integration.request.header.body-header": "method.request.body", "integration.request.path.pet-name": "method.request.body.petstore.pets[0].name"') },
    { name: "static values, stage variables", code: body('"integration.request.header.X-Amz-Invocation-Type": "\'Event\'", "integration.request.header.a": "\'Basic realm=\\"x\\"\'", "integration.request.querystring.v": "stageVariables.version"') },
    { name: "a static value with quotes inside (static-value-quoting)", code: body('"integration.request.header.a": "\'Content-Type\', \'Authorization\'"') },
  ],
  invalid: [
    {
      name: "$context as in VTL",
      code: body('"integration.request.header.id": "$context.requestId"'),
      errors: [{ message: envelope("$context.requestId", " (REST mapping sources have no '$': context.requestId)"), line: 5, column: 59, endLine: 5, endColumn: 79 }],
    },
    {
      name: "static values quoted per item (static-value-quoting)",
      code: body('"integration.request.header.a": "\'Content-Type\',Authorization"'),
      errors: [{ message: envelope("'Content-Type',Authorization", " (a static value must begin and end with a single quote)"), line: 5, column: 58, endLine: 5, endColumn: 88 }],
    },
    {
      name: "an unquoted static value",
      code: body('"integration.request.header.a": "application/json"'),
      errors: [{ message: envelope("application/json"), line: 5, column: 58, endLine: 5, endColumn: 76 }],
    },
    {
      name: "a malformed target is a warning (message not recorded)",
      code: body('"integration.request.body.x": "method.request.body"'),
      errors: [{ severity: "warning", message: "Invalid mapping target 'integration.request.body.x': expected integration.request.path.NAME, integration.request.querystring.NAME or integration.request.header.NAME.", line: 5, column: 26, endLine: 5, endColumn: 54 }],
    },
  ],
});
