import { ruleTester } from "../helpers/rule-tester.js";
import rule from "../../rules/suppression-reason-missing.js";

const spec = (comment: string) => `openapi: 3.0.1
info: { title: pets, version: "1" }
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://example.com/pets
${comment}        timeoutInMillis: 10
`;
const required = { requireSuppressionReason: true };

ruleTester(rule, {
  valid: [
    { name: "a reason is given", code: spec("        # apigw-lint-disable-next-line timeout-out-of-range -- sandbox only\n"), options: required },
    { name: "no reason, but none is required", code: spec("        # apigw-lint-disable-next-line timeout-out-of-range\n") },
  ],
  invalid: [
    {
      name: "a directive without -- reason",
      code: spec("        # apigw-lint-disable-next-line timeout-out-of-range\n"),
      options: required,
      errors: [{ message: "apigw-lint-disable-next-line has no reason: add ' -- <why>' after the rule ids.", line: 10, column: 9, endLine: 10, endColumn: 60 }],
    },
    {
      name: "an empty reason",
      code: spec("        # apigw-lint-disable-next-line timeout-out-of-range --\n"),
      options: required,
      errors: [{ message: "apigw-lint-disable-next-line has no reason: add ' -- <why>' after the rule ids.", line: 10, column: 9, endLine: 10, endColumn: 63 }],
    },
  ],
});
