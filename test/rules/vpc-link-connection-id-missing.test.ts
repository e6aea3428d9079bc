import rule from "../../rules/vpc-link-connection-id-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";

const body = (extra: string) => `{
  "type": "HTTP_PROXY",
  "integrationHttpMethod": "GET",
  "uri": "http://my-nlb.elb.us-east-1.amazonaws.com",
  "connectionType": "VPC_LINK"${extra}
}
`;

ruleTester(rule, {
  valid: [
    { name: "a literal id", code: body(',\n  "connectionId": "abc123"') },
    { name: "a stage variable (rec-vpc-link-stage-variable-connection-id)", code: body(',\n  "connectionId": "${stageVariables.vpcLinkId}"') },
    { name: "INTERNET needs none", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com",\n  "connectionType": "INTERNET"\n}\n' },
  ],
  invalid: [
    {
      name: "no connectionId",
      code: body(""),
      errors: [{ message: "connectionType is VPC_LINK but connectionId is missing: name the VPC link (its id or ${stageVariables.vpcLinkId}).", line: 5, column: 21, endLine: 5, endColumn: 31 }],
    },
    {
      name: "an empty connectionId",
      code: body(',\n  "connectionId": " "'),
      errors: [{ message: "connectionType is VPC_LINK but connectionId is missing: name the VPC link (its id or ${stageVariables.vpcLinkId}).", line: 6, column: 19, endLine: 6, endColumn: 22 }],
    },
  ],
});
