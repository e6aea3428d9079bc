import rule from "../../rules/response-method-response-missing.js";
import { getMethod } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MOCK = '"type": "MOCK", "requestTemplates": { "application/json": "{}" }';

ruleTester(rule, {
  valid: [
    { name: "declared", code: getMethod({ integration: MOCK, responses: '"200": { "statusCode": "200" }' }) },
    { name: "proxy integrations ignore responses", code: getMethod({ integration: '"type": "HTTP_PROXY", "httpMethod": "GET", "uri": "https://example.com/"', responses: '"404": { "statusCode": "404" }' }) },
    { name: "with parameters it is an error of another rule", code: getMethod({ integration: MOCK, responses: '"404": { "statusCode": "404", "responseParameters": { "method.response.header.x": "\'y\'" } }' }) },
  ],
  invalid: [
    {
      name: "404 without a method response",
      code: getMethod({ integration: MOCK, responses: '"200": { "statusCode": "200" }, "404": { "statusCode": "404", "selectionPattern": "404" }' }),
      errors: [{ message: "Output mapping refers to an invalid method response: 404: the method declares no 404 response; AWS accepts this, but when this integration response is selected the call fails with 500.", line: 7, column: 86, endLine: 7, endColumn: 91 }],
    },
  ],
});
