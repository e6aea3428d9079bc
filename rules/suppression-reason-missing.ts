import { defineRule } from "../src/rule-api.js";

const template = (metadata: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: pets }
  GetPets:
    Type: AWS::ApiGateway::Method
${metadata}    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: MOCK
        TimeoutInMillis: 30000
`;

export default defineRule({
  id: "suppression-reason-missing",
  severity: "warning",
  reads: { fields: [] },
  docs: {
    summary: "A suppression gives no reason, and the configuration requires one.",
    why: "With `requireSuppressionReason: true` every suppression must say why the finding is acceptable: ` -- reason` after the rule ids of a comment, `reason:` next to `ignore:` in CloudFormation Metadata. A reviewer then sees the justification next to the silenced finding, and SARIF carries it as the suppression's justification.",
    source: {
      catalog: [],
      behaviour: "Not an AWS behaviour: a property of the suppressions in the linted file, reported only when the configuration sets requireSuppressionReason.",
      references: ["ESLint directive descriptions (`-- reason`)", "README.md#suppressions"],
    },
    bad: { format: "cloudformation", language: "yaml", code: template("    Metadata:\n      apigw-lint: { ignore: [timeout-out-of-range] }\n") },
    good: { format: "cloudformation", language: "yaml", code: template("    Metadata:\n      apigw-lint: { ignore: [timeout-out-of-range], reason: REGIONAL API with a raised quota }\n") },
    fix: "Add the reason: `# apigw-lint-disable-next-line <rule> -- <why>`, or `reason: <why>` in the Metadata.",
    options: { requireSuppressionReason: "Configuration setting (top level or in an override): true turns this rule's reports on." },
  },
});
