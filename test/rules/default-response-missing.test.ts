import rule from "../../rules/default-response-missing.js";
import { getMethod, LAMBDA_URI } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const HTTP = '"type": "HTTP", "httpMethod": "GET", "uri": "https://example.com/"';

ruleTester(rule, {
  valid: [
    { name: "a default response", code: getMethod({ integration: HTTP, responses: '"200": { "statusCode": "200" }' }) },
    { name: "an empty pattern is the default", code: getMethod({ integration: HTTP, responses: '"200": { "statusCode": "200", "selectionPattern": "" }' }) },
    { name: "MOCK is not checked", code: getMethod({ integration: '"type": "MOCK", "requestTemplates": { "application/json": "{}" }', responses: '"200": { "statusCode": "200", "selectionPattern": "2.." }' }) },
    { name: "proxy is not checked", code: getMethod({ integration: '"type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/"' }) },
    { name: "a PutIntegration body does not carry responses", code: '{\n  "type": "HTTP",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/"\n}\n' },
  ],
  invalid: [
    {
      name: "only patterned responses",
      code: getMethod({ integration: HTTP, responses: '"200": { "statusCode": "200", "selectionPattern": "2\\\\d{2}" }' }),
      errors: [{ message: "No match for output mapping and no default output mapping configured: every integration response has a selection pattern ('2\\d{2}'), so results that match none of them fail with 500; add a default response (no selectionPattern).", line: 7, column: 5, endLine: 7, endColumn: 27 }],
    },
    {
      name: "a Lambda custom integration without integration responses",
      code: getMethod({ integration: `"type": "AWS", "httpMethod": "POST", "uri": "${LAMBDA_URI}"`, responses: "" }),
      errors: [{ message: "No match for output mapping and no default output mapping configured: this AWS integration has no integration responses, so every call fails with 500; add a default response (no selectionPattern).", line: 6, column: 13, endLine: 6, endColumn: 18 }],
    },
  ],
});
