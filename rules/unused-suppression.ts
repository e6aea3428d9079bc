import { defineRule } from "../src/rule-api.js";

const openapi = (comment: string) => `openapi: 3.0.1
info: { title: pets, version: "1" }
paths:
  /pets:
    get:
      responses:
        "200": { description: ok }
      x-amazon-apigateway-integration:
        type: mock
${comment}        timeoutInMillis: 5000
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default: { statusCode: "200" }
`;

export default defineRule({
  id: "unused-suppression",
  severity: "warning",
  reads: { fields: [] },
  docs: {
    summary: "A suppression silences nothing.",
    why: "A `# apigw-lint-disable...` comment, or a CloudFormation `Metadata: apigw-lint: ignore` entry, that matches no finding is left over from a fixed problem or names the wrong rule or line. Left in place it would hide the next real finding there. A directive naming a rule id that does not exist is reported too.",
    source: {
      catalog: [],
      behaviour: "Not an AWS behaviour: a property of the suppressions in the linted file (ESLint reports unused disable directives the same way).",
      references: ["ESLint --report-unused-disable-directives", "README.md#suppressions"],
    },
    bad: { format: "openapi", language: "yaml", code: openapi("        # apigw-lint-disable-next-line timeout-out-of-range -- the quota was raised\n") },
    good: { format: "openapi", language: "yaml", code: openapi("") },
    fix: "Delete the suppression, or correct its rule id or placement (disable-next-line applies to the line right below the comment).",
  },
});
