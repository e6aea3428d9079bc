import rule from "../../rules/selection-pattern-lambda-status-code.js";
import { getMethod, LAMBDA_URI } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const LAMBDA = `"type": "AWS", "httpMethod": "POST", "uri": "${LAMBDA_URI}"`;
const RESPONSES = '"200": { "statusCode": "200" }, "400": { "statusCode": "400" }';
const withPattern = (pattern: string, integration = LAMBDA) => getMethod({ methodResponses: RESPONSES, integration, responses: `"200": { "statusCode": "200" }, "400": { "statusCode": "400", "selectionPattern": ${JSON.stringify(pattern)} }` });

ruleTester(rule, {
  valid: [
    { name: "matching the error message", code: withPattern(".*Bad Request.*") },
    { name: "status patterns on HTTP integrations match status codes", code: withPattern("4\\d{2}", '"type": "HTTP", "httpMethod": "GET", "uri": "https://example.com/"') },
    { name: "Lambda proxy ignores responses", code: withPattern("200", `"type": "AWS_PROXY", "httpMethod": "POST", "uri": "${LAMBDA_URI}"`) },
  ],
  invalid: [
    {
      name: "2\\d{2} never matches a success",
      code: withPattern("2\\d{2}"),
      errors: [{ message: "The selection pattern '2\\d{2}' looks like a status code, but on a Lambda custom integration it is matched against the error message: a successful invocation always takes the default response, so it never matches.", line: 7, column: 113, endLine: 7, endColumn: 122 }],
    },
    {
      name: "a 4xx pattern only matches a bare error message: info",
      code: withPattern("4\\d{2}"),
      errors: [{ severity: "info", message: 'The selection pattern \'4\\d{2}\' looks like a status code; on a Lambda custom integration it matches only an error whose message is exactly such a code (e.g. new Error("400")).', line: 7, column: 113, endLine: 7, endColumn: 122 }],
    },
  ],
});
