import rule from "../../rules/response-parameter-invalid.js";
import { getMethod } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MOCK = '"type": "MOCK", "requestTemplates": { "application/json": "{}" }';
const withMappings = (mappings: string) => getMethod({ integration: MOCK, responses: `"200": { "statusCode": "200", "responseParameters": { ${mappings} } }` });
const envelope = (value: string, hint = "") => `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${value}]${hint}.`;

ruleTester(rule, {
  valid: [
    { name: "every source kind", code: withMappings('"method.response.header.a": "integration.response.header.x", "method.response.header.b": "integration.response.multivalueheader.x", "method.response.header.c": "integration.response.body", "method.response.header.d": "integration.response.body.redirect.url", "method.response.header.e": "context.requestId", "method.response.header.f": "stageVariables.v", "method.response.header.g": "\'*\'"') },
    // static-value-quoting: what SAM writes for `Cors: AllowHeaders: "'Content-Type', 'Authorization', 'X-Api-Key'"`
    // (a deployed workshop template); it begins and ends with a quote, and AWS accepts it.
    { name: "a static value with quotes inside, as SAM writes for Cors AllowHeaders", code: withMappings('"method.response.header.Access-Control-Allow-Headers": "\'Content-Type\', \'Authorization\', \'X-Api-Key\'"') },
    { name: "an empty static value", code: withMappings('"method.response.header.x": "\'\'"') },
  ],
  invalid: [
    {
      name: "a CORS list quoted per item that does not end with a quote (the recorded rejection)",
      code: withMappings('"method.response.header.Access-Control-Allow-Headers": "\'Content-Type\',Authorization"'),
      errors: [{ message: envelope("'Content-Type',Authorization", " (a static value must begin and end with a single quote)"), line: 7, column: 140, endLine: 7, endColumn: 170 }],
    },
    {
      name: "a value that ends with a quote but does not begin with one",
      code: withMappings('"method.response.header.x": "Content-Type\'"'),
      errors: [{ message: envelope("Content-Type'", " (a static value must begin and end with a single quote)"), line: 7, column: 113, endLine: 7, endColumn: 128 }],
    },
    {
      name: "a lone quote",
      code: withMappings('"method.response.header.x": "\'"'),
      errors: [{ message: envelope("'", " (a static value must begin and end with a single quote)"), line: 7, column: 113, endLine: 7, endColumn: 116 }],
    },
    {
      name: "a request-side source",
      code: withMappings('"method.response.header.x": "method.request.header.x"'),
      errors: [{ message: envelope("method.request.header.x"), line: 7, column: 113, endLine: 7, endColumn: 138 }],
    },
    {
      name: "a target that is not a method response header",
      code: withMappings('"method.response.body": "\'x\'"'),
      errors: [{ severity: "warning", message: "Invalid mapping target 'method.response.body': integration responses map to method.response.header.NAME.", line: 7, column: 85, endLine: 7, endColumn: 107 }],
    },
  ],
});
