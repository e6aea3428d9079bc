/**
 * A CloudFormation CORS preflight (an OPTIONS method on a MOCK integration): its `MethodResponses` and
 * `IntegrationResponses` list items as YAML lines, indented as list items under those keys.
 */
export function corsMethod(methodResponses: string, integrationResponses: string): string {
  return `Resources:
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: OPTIONS
      MethodResponses:
${methodResponses}      Integration:
        Type: MOCK
        RequestTemplates:
          application/json: '{"statusCode": 200}'
        IntegrationResponses:
${integrationResponses}`;
}
