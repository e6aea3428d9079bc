import rule from "../../rules/selection-pattern-invalid.js";
import { getMethod } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const HTTP = '"type": "HTTP", "httpMethod": "GET", "uri": "https://example.com/"';
const withPattern = (pattern: string) => getMethod({ methodResponses: '"200": { "statusCode": "200" }, "400": { "statusCode": "400" }', integration: HTTP, responses: `"200": { "statusCode": "200" }, "400": { "statusCode": "400", "selectionPattern": ${JSON.stringify(pattern)} }` });
const message = (pattern: string, problem: string) => `The selection pattern '${pattern}' is not a valid Java regular expression: ${problem}; it can never select this response.`;

ruleTester(rule, {
  valid: [
    { name: "alternation", code: withPattern("4(00|04)") },
    { name: "Java-only syntax: possessive, inline flag, quoting", code: withPattern("(?i).*\\Qbad request\\E.*+") },
    { name: "escaped brace", code: withPattern(".*\\{\"error\".*") },
    { name: "proxy integrations ignore patterns", code: getMethod({ integration: '"type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/"', responses: '"400": { "statusCode": "400", "selectionPattern": "(" }' }) },
  ],
  invalid: [
    {
      name: "unclosed group: the span starts at the parenthesis",
      code: withPattern("4(00|04"),
      errors: [{ message: message("4(00|04", "Unclosed group at index 1"), line: 7, column: 115, endLine: 7, endColumn: 121 }],
    },
    {
      name: "a lone brace, after a JSON escape: positions count the escape",
      code: withPattern('\\"{error'),
      errors: [{ message: message('\\"{error', "Illegal repetition at index 2"), line: 7, column: 118, endLine: 7, endColumn: 119 }],
    },
    {
      name: "an unknown escape",
      code: withPattern("\\y"),
      errors: [{ message: message("\\y", "Illegal/unsupported escape sequence '\\y' at index 0"), line: 7, column: 114, endLine: 7, endColumn: 117 }],
    },
    {
      name: "an OpenAPI responses key is the pattern (YAML, block key position)",
      code: "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /:\n    get:\n      responses: { '200': { description: ok } }\n      x-amazon-apigateway-integration:\n        type: http\n        httpMethod: GET\n        uri: https://example.com/\n        responses:\n          default: { statusCode: '200' }\n          '*error':\n            statusCode: '200'\n",
      errors: [{ message: message("*error", "Dangling meta character '*' at index 0"), line: 13, column: 12, endLine: 13, endColumn: 13 }],
    },
  ],
});
