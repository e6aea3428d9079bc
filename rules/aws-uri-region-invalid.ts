import { defineRule, enumValue, isValidRegion, parseApiGatewayArn, UNKNOWN_PART, withUnknownStageVariables } from "../src/rule-api.js";

const body = (uri: string) => `{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "${uri}"\n}\n`;
const INVOCATION = "lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations";

export default defineRule({
  id: "aws-uri-region-invalid",
  severity: "warning",
  reads: { fields: ["type", "uri"], firesOn: { fields: ["uri"] } },
  docs: {
    summary: "The region of an AWS integration URI (`arn:<partition>:apigateway:<region>:...`) is empty or not a region name.",
    why: "API Gateway calls the service in the region the URI names, so `arn:aws:apigateway::lambda:...` or `arn:aws:apigateway:euwest1:...` cannot reach it. Whether PutIntegration rejects such a URI, and with what message, is not recorded, so this is a warning rather than an error; either way the integration cannot work. Another region than the API's is valid (cross-region Lambda integrations are accepted).",
    source: {
      catalog: ["aws-uri-must-be-arn"],
      behaviour: "Not recorded for an empty or malformed region; a well-formed other region is accepted.",
      references: ["docs: the x-amazon-apigateway-integration object (uri: arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api})"],
    },
    bad: { format: "put-integration", language: "json", code: body(`arn:aws:apigateway::${INVOCATION}`) },
    good: { format: "put-integration", language: "json", code: body(`arn:aws:apigateway:eu-west-1:${INVOCATION}`) },
    fix: "Write the region the service runs in, e.g. `arn:aws:apigateway:eu-west-1:lambda:path/...` (or `${AWS::Region}` in CloudFormation).",
  },
  messages: {
    noRegion: "The integration URI names no region: '{{raw}}' (expected arn:<partition>:apigateway:<region>:<service>:...).",
    notRegionName: "'{{region}}' is not a region name in '{{raw}}' (expected a region such as us-east-1).",
  },
  check(integration, context) {
    const type = enumValue(integration, integration.fields.type);
    if (type !== "AWS" && type !== "AWS_PROXY") return;
    const field = integration.fields.uri;
    const raw = field?.text;
    if (!field || raw === undefined) return;
    const arn = parseApiGatewayArn(withUnknownStageVariables(raw));
    if (!arn || arn.region.includes(UNKNOWN_PART) || isValidRegion(arn.region)) return;
    if (arn.region === "") context.report({ at: field.ref, messageId: "noRegion", data: { raw } });
    else context.report({ at: field.ref, messageId: "notRegionName", data: { region: arn.region, raw } });
  },
});
