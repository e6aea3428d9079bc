/** Builders for documentation examples that several rules share (whole input documents). */

/** A CloudFormation template with an HTTP API and one integration; `extra` adds properties (`,\n  "X": ...`). */
export function httpApiTemplateExample(type: string, extra = ""): string {
  return `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Api": { "Type": "AWS::ApiGatewayV2::Api", "Properties": { "Name": "orders", "ProtocolType": "HTTP" } },
    "Integration": {
      "Type": "AWS::ApiGatewayV2::Integration",
      "Properties": {
        "ApiId": { "Ref": "Api" },
        "IntegrationType": "${type}",
        "IntegrationMethod": "POST",
        "IntegrationUri": "https://example.com/orders",
        "PayloadFormatVersion": "1.0"${extra}
      }
    }
  }
}
`;
}
