import type { FieldName, Integration } from "../../model/integration.js";
import type { FieldReader } from "./fields.js";
import { isObject, referenceOf, resourcesOfType, type Template } from "./template.js";

/** `AWS::ApiGatewayV2::Integration` properties and their canonical names. */
const INTEGRATION_FIELDS: Readonly<Record<string, FieldName>> = {
  IntegrationType: "type",
  IntegrationMethod: "httpMethod",
  IntegrationUri: "uri",
  CredentialsArn: "credentials",
  ConnectionType: "connectionType",
  ConnectionId: "connectionId",
  RequestParameters: "requestParameters",
  RequestTemplates: "requestTemplates",
  PassthroughBehavior: "passthroughBehavior",
  ContentHandlingStrategy: "contentHandling",
  TimeoutInMillis: "timeoutInMillis",
  PayloadFormatVersion: "payloadFormatVersion",
  IntegrationSubtype: "integrationSubtype",
  TlsConfig: "tlsConfig",
  ResponseParameters: "responseParameters",
};

/** What the `ApiId` points to: an HTTP API, a WebSocket API, or something the template does not say. */
function protocolOf(template: Template, apiId: unknown, reader: FieldReader): "HTTP" | "WEBSOCKET" | undefined {
  const reference = referenceOf(apiId);
  const api = reference && reference.attribute === undefined ? template.resources.get(reference.logicalId) : undefined;
  if (!api) return undefined;
  if (api.type === "AWS::Serverless::HttpApi") return "HTTP";
  if (api.type !== "AWS::ApiGatewayV2::Api") return undefined;
  const protocol = reader.text(api.properties.ProtocolType);
  return protocol === "HTTP" || protocol === "WEBSOCKET" ? protocol : undefined;
}

/**
 * HTTP API integrations. WebSocket API integrations share the resource type but follow other rules
 * (AWS, MOCK and mapping templates are allowed there): they are left out, as are integrations of an
 * API the template does not define unless their type is one both protocols accept.
 */
export function httpApiIntegrations(template: Template, reader: FieldReader): Integration[] {
  return resourcesOfType(template, "AWS::ApiGatewayV2::Integration").flatMap((resource) => {
    const props = resource.properties;
    const protocol = protocolOf(template, props.ApiId, reader);
    if (protocol === "WEBSOCKET") return [];
    if (protocol === undefined) {
      const type = reader.text(props.IntegrationType);
      if (type !== "AWS_PROXY" && type !== "HTTP_PROXY") return [];
    }
    const path = resource.propertiesPath;
    return [{
      dialect: "cloudformation",
      input: "cloudformation",
      apiKind: "HTTP",
      ref: { doc: template.doc, path },
      fields: reader.fields(path, isObject(props) ? props : {}, INTEGRATION_FIELDS),
      method: {},
    } satisfies Integration];
  });
}
