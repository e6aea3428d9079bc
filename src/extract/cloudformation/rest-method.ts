import type { JsonPath } from "../../load/types.js";
import type {
  DeclaredParameter, EndpointType, FieldName, Integration, MethodContext, MethodResponse,
} from "../../model/integration.js";
import { isExact } from "../../model/fields.js";
import { declaredParametersOf } from "../../model/declared-parameters.js";
import type { FieldReader } from "./fields.js";
import { resourcePath } from "./resource-path.js";
import { isObject, referenceOf, resourcesOfType, type Template, type TemplateResource } from "./template.js";

/** `AWS::ApiGateway::Method` `Integration` properties and their canonical (GetIntegration) names. */
const INTEGRATION_FIELDS: Readonly<Record<string, FieldName>> = {
  Type: "type",
  IntegrationHttpMethod: "httpMethod",
  Uri: "uri",
  Credentials: "credentials",
  ConnectionType: "connectionType",
  ConnectionId: "connectionId",
  IntegrationTarget: "integrationTarget",
  RequestParameters: "requestParameters",
  RequestTemplates: "requestTemplates",
  PassthroughBehavior: "passthroughBehavior",
  ContentHandling: "contentHandling",
  TimeoutInMillis: "timeoutInMillis",
  CacheNamespace: "cacheNamespace",
  CacheKeyParameters: "cacheKeyParameters",
  ResponseTransferMode: "responseTransferMode",
};

export function restMethodIntegrations(template: Template, reader: FieldReader): Integration[] {
  return resourcesOfType(template, "AWS::ApiGateway::Method").flatMap((method) => {
    const integration = method.properties.Integration;
    if (!isObject(integration)) return [];
    const path = [...method.propertiesPath, "Integration"];
    const endpointType = restApiEndpointType(template, method.properties.RestApiId, reader);
    return [{
      dialect: "cloudformation",
      input: "cloudformation",
      apiKind: "REST",
      ...(endpointType ? { endpointType } : {}),
      ref: { doc: template.doc, path },
      fields: reader.fields(path, integration, INTEGRATION_FIELDS),
      method: methodContext(template, method, reader),
      responses: reader.integrationResponses([...path, "IntegrationResponses"], integration.IntegrationResponses),
    } satisfies Integration];
  });
}

function methodContext(template: Template, method: TemplateResource, reader: FieldReader): MethodContext {
  const props = method.properties;
  const httpMethod = reader.text(props.HttpMethod);
  const path = resourcePath(template, props.ResourceId, (raw) => reader.text(raw));
  const requestParameters = declaredParameters(template, method.propertiesPath, props.RequestParameters);
  const methodResponses = declaredResponses(template, method.propertiesPath, props.MethodResponses, reader);
  return {
    ...(isExact(httpMethod) ? { httpMethod } : {}),
    ...(path !== undefined ? { resourcePath: path } : {}),
    ...(requestParameters ? { requestParameters } : {}),
    ...(methodResponses ? { methodResponses } : {}),
    ref: { doc: template.doc, path: method.propertiesPath },
  };
}

/** Declared method request parameters; undefined when an intrinsic hides them (rules then stay silent). */
function declaredParameters(template: Template, base: JsonPath, value: unknown): Map<string, DeclaredParameter> | undefined {
  if (value === undefined) return new Map();
  if (!isObject(value) || Object.keys(value).some((key) => key.startsWith("Fn::"))) return undefined;
  return declaredParametersOf(value, (name) => ({ doc: template.doc, path: [...base, "RequestParameters", name] }));
}

/** Method responses by status code; undefined when a status code or the list itself is not known. */
function declaredResponses(template: Template, base: JsonPath, value: unknown, reader: FieldReader): Map<string, MethodResponse> | undefined {
  if (value === undefined) return new Map();
  if (!Array.isArray(value)) return undefined;
  const responses = new Map<string, MethodResponse>();
  for (const [index, response] of value.entries()) {
    if (!isObject(response)) return undefined;
    const statusCode = reader.text(response.StatusCode);
    if (!isExact(statusCode)) return undefined;
    const headers = new Set<string>();
    const parameters = response.ResponseParameters;
    if (parameters !== undefined && !isObject(parameters)) return undefined;
    for (const key of Object.keys(parameters ?? {})) {
      if (key.startsWith("Fn::")) return undefined;
      if (key.startsWith("method.response.header.")) headers.add(key.slice("method.response.header.".length));
    }
    const ref = { doc: template.doc, path: [...base, "MethodResponses", index] };
    const headerDeclarations = parameters === undefined ? { ref, mapKey: "ResponseParameters" } : { ref: { doc: ref.doc, path: [...ref.path, "ResponseParameters"] } };
    responses.set(statusCode, { statusCode, headers, ref, headerDeclarations });
  }
  return responses;
}

const ENDPOINT_TYPES: readonly EndpointType[] = ["EDGE", "REGIONAL", "PRIVATE"];

/** The endpoint type the template gives the REST API the method belongs to, when it says so exactly. */
export function restApiEndpointType(template: Template, restApiId: unknown, reader: FieldReader): EndpointType | undefined {
  const reference = referenceOf(restApiId);
  const api = reference && reference.attribute === undefined ? template.resources.get(reference.logicalId) : undefined;
  if (!api) return undefined;
  return endpointTypeOf(api, reader);
}

/** `EndpointConfiguration: {Types: [REGIONAL]}` (RestApi) or `EndpointConfiguration: REGIONAL | {Type: REGIONAL}` (SAM Api). */
export function endpointTypeOf(api: TemplateResource, reader: FieldReader): EndpointType | undefined {
  const configuration = api.properties.EndpointConfiguration;
  let candidate: unknown;
  if (api.type === "AWS::ApiGateway::RestApi") {
    const types = isObject(configuration) ? configuration.Types : undefined;
    candidate = Array.isArray(types) && types.length === 1 ? types[0] : undefined;
  } else if (api.type === "AWS::Serverless::Api") {
    candidate = isObject(configuration) ? configuration.Type : configuration;
  }
  const text = candidate === undefined ? undefined : reader.text(candidate)?.toUpperCase();
  return ENDPOINT_TYPES.find((type) => type === text);
}
