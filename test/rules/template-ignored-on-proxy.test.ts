import rule from "../../rules/template-ignored-on-proxy.js";
import { LAMBDA_URI } from "../helpers/documents.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (type: string, templates = '"application/json": "{}"') => `{
  "type": "${type}",
  "integrationHttpMethod": "POST",
  "uri": "${type.startsWith("AWS") ? LAMBDA_URI : "https://example.com/"}",
  "requestTemplates": { ${templates} }
}
`;

ruleTester(rule, {
  valid: [
    { name: "custom AWS integration", code: body("AWS") },
    { name: "custom HTTP integration", code: body("HTTP") },
    { name: "an empty map", code: body("HTTP_PROXY", "") },
  ],
  invalid: [
    {
      name: "AWS_PROXY",
      code: body("AWS_PROXY"),
      errors: [{ message: "Request templates have no effect on an AWS_PROXY integration: the request is passed through untransformed.", line: 5, column: 3, endLine: 5, endColumn: 21 }],
    },
  ],
});
