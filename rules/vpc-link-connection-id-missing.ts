import { defineRule, enumValue } from "../src/rule-api.js";

export default defineRule({
  id: "vpc-link-connection-id-missing",
  severity: "error",
  reads: { fields: ["connectionType", "connectionId"], firesOn: { fields: ["connectionType"] } },
  docs: {
    summary: "A `connectionType: VPC_LINK` integration has no `connectionId`.",
    why: "A private integration reaches its backend through the VPC link named by connectionId (a literal id or `${stageVariables.vpcLinkId}`); without it API Gateway cannot create the integration.",
    source: {
      catalog: ["vpc-link-connection-id"],
      behaviour: "Rejected: a VPC_LINK integration needs the VPC link id. A stage-variable reference is accepted and stored unresolved.",
      references: ["recorded: localstack TestApigatewayIntegration::test_create_integration_with_vpc_link (2025-10-08)", "docs: Set up a private integration"],
      evidence: [
        "catalog `vpc-link-connection-id`: a VPC_LINK integration needs the VPC link id; vector `rec-vpc-link-stage-variable-connection-id` (a stage variable is accepted)",
      ],
      counterEvidence: [
        { query: "search issues \"VPC_LINK integration connectionId missing CloudFormation error API Gateway\"", date: "2026-11-25", found: "terraform-aws-apigateway-v2#31 and localstack#13218 are about a connection id that exists; aws-modern-application-workshop#21 fills it by hand (placeholder REPLACE_ME_VPC_LINK_ID); no deployed VPC_LINK without one", verdict: "kept" },
      ],
    },
    bad: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "http://my-nlb.elb.us-east-1.amazonaws.com",\n  "connectionType": "VPC_LINK"\n}\n' },
    good: { format: "put-integration", language: "json", code: '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "http://my-nlb.elb.us-east-1.amazonaws.com",\n  "connectionType": "VPC_LINK",\n  "connectionId": "${stageVariables.vpcLinkId}"\n}\n' },
    terraform: "resource \"aws_api_gateway_integration\" \"orders\" {\n  rest_api_id             = aws_api_gateway_rest_api.api.id\n  resource_id             = aws_api_gateway_resource.orders.id\n  http_method             = \"POST\"\n  type                    = \"HTTP_PROXY\"\n  integration_http_method = \"POST\"\n  uri                     = \"http://orders.internal.example.com/\"\n  connection_type         = \"VPC_LINK\"\n}\n",
    fix: "Add `connectionId` with the VPC link id, or a stage variable that holds it.",
  },
  messages: {
    vpcLinkConnectionIdMissing: "connectionType is VPC_LINK but connectionId is missing: name the VPC link (its id or ${stageVariables.vpcLinkId}).",
  },
  check(integration, context) {
    const field = integration.fields.connectionType;
    if (enumValue(integration, field) !== "VPC_LINK" || !field) return;
    const id = integration.fields.connectionId;
    if (id && !(typeof id.raw === "string" && id.raw.trim() === "")) return;
    context.report({ at: id?.ref ?? field.ref, messageId: "vpcLinkConnectionIdMissing" });
  },
});
