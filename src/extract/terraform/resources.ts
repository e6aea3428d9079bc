import type { DeclaredParameter, EndpointType, Integration, IntegrationResponse, MethodContext, MethodResponse } from "../../model/integration.js";
import { isExact } from "../../model/fields.js";
import { declaredParametersOf } from "../../model/declared-parameters.js";
import type { InputKind } from "../../model/integration.js";
import { HTTP_INTEGRATION_ARGUMENTS, INTEGRATION_RESPONSE_ARGUMENTS, REST_INTEGRATION_ARGUMENTS, type TerraformFieldReader } from "./fields.js";
import type { Linker } from "./links.js";
import { isObject, type TerraformModule, type TfResource } from "./module.js";

export interface ModuleReaders {
  readonly module: TerraformModule;
  readonly reader: TerraformFieldReader;
  readonly linker: Linker;
  readonly input: InputKind;
}

/** `aws_api_gateway_integration` resources of the given ones, each with its method, responses and API. */
export function restIntegrations(owned: readonly TfResource[], readers: ModuleReaders): Integration[] {
  const { module, reader, linker } = readers;
  const byMethod = groupByMethod(module.ofType("aws_api_gateway_method"), linker);
  const methodResponses = groupByMethod(module.ofType("aws_api_gateway_method_response"), linker);
  const integrationResponses = groupByMethod(module.ofType("aws_api_gateway_integration_response"), linker);
  return owned.filter((r) => r.type === "aws_api_gateway_integration").map((resource) => {
    const key = linker.methodKey(resource);
    const method = key === undefined ? undefined : byMethod.get(key)?.[0];
    const endpointType = restApiEndpointType(resource, readers);
    const responses = key === undefined ? undefined : (integrationResponses.get(key) ?? []).map((r) => integrationResponse(r, reader));
    return {
      dialect: "terraform",
      input: readers.input,
      apiKind: "REST",
      ...(endpointType ? { endpointType } : {}),
      ref: { doc: resource.doc, path: resource.path },
      fields: reader.integrationFields(resource.doc, resource.path, resource.body, REST_INTEGRATION_ARGUMENTS),
      method: method ? methodContext(method, key === undefined ? [] : (methodResponses.get(key) ?? []), readers) : {},
      ...(responses ? { responses } : {}),
      extra: { address: resource.address },
    } satisfies Integration;
  });
}

/** `aws_apigatewayv2_integration` of HTTP APIs (WebSocket APIs follow other rules and are left out). */
export function httpIntegrations(owned: readonly TfResource[], readers: ModuleReaders): Integration[] {
  const { module, reader } = readers;
  return owned.filter((r) => r.type === "aws_apigatewayv2_integration").flatMap((resource) => {
    const api = referencedResource(resource.body.api_id, "aws_apigatewayv2_api", module);
    const protocol = api ? reader.values.text(reader.values.resolve(api.body.protocol_type)) : undefined;
    if (protocol !== "HTTP") {
      if (protocol !== undefined || api) return [];
      const type = reader.values.text(reader.values.resolve(resource.body.integration_type));
      if (type !== "AWS_PROXY" && type !== "HTTP_PROXY") return [];
    }
    return [{
      dialect: "terraform",
      input: readers.input,
      apiKind: "HTTP",
      ref: { doc: resource.doc, path: resource.path },
      fields: reader.integrationFields(resource.doc, resource.path, resource.body, HTTP_INTEGRATION_ARGUMENTS),
      method: {},
      extra: { address: resource.address },
    } satisfies Integration];
  });
}

function groupByMethod(resources: readonly TfResource[], linker: Linker): Map<string, TfResource[]> {
  const out = new Map<string, TfResource[]>();
  for (const resource of resources) {
    const key = linker.methodKey(resource);
    if (key === undefined) continue;
    const list = out.get(key);
    if (list) list.push(resource);
    else out.set(key, [resource]);
  }
  return out;
}

function referencedResource(raw: unknown, type: string, module: TerraformModule): TfResource | undefined {
  const match = typeof raw === "string" ? /^\$\{\s*([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?\.id\s*\}$/.exec(raw) : null;
  return match && match[1] === type ? module.resources.get(`${match[1]}.${match[2]}`) : undefined;
}

function methodContext(method: TfResource, responses: readonly TfResource[], readers: ModuleReaders): MethodContext {
  const { reader, linker } = readers;
  const httpMethod = reader.values.text(reader.values.resolve(method.body.http_method));
  const resourcePath = linker.resourcePath(method.body.resource_id);
  const requestParameters = declaredParameters(method, readers);
  const methodResponses = declaredResponses(responses, readers);
  return {
    ...(isExact(httpMethod) ? { httpMethod } : {}),
    ...(resourcePath !== undefined ? { resourcePath } : {}),
    ...(requestParameters ? { requestParameters } : {}),
    ...(methodResponses ? { methodResponses } : {}),
    ref: { doc: method.doc, path: method.path },
  };
}

/** `request_parameters = { "method.request.path.id" = true }`; undefined when the map is not literal. */
function declaredParameters(method: TfResource, { reader }: ModuleReaders): Map<string, DeclaredParameter> | undefined {
  const raw = reader.values.resolve(method.body.request_parameters);
  if (raw === undefined || raw === null) return new Map();
  if (!isObject(raw) || Object.keys(raw).some((key) => key.includes("${"))) return undefined;
  return declaredParametersOf(raw, (name) => ({ doc: method.doc, path: [...method.path, "request_parameters", name] }));
}

/** `aws_api_gateway_method_response` resources of the method; undefined when a status code is not known. */
function declaredResponses(resources: readonly TfResource[], { reader }: ModuleReaders): Map<string, MethodResponse> | undefined {
  const responses = new Map<string, MethodResponse>();
  for (const resource of resources) {
    const statusCode = reader.values.text(reader.values.resolve(resource.body.status_code));
    if (!isExact(statusCode)) return undefined;
    const parameters = reader.values.resolve(resource.body.response_parameters);
    if (parameters !== undefined && parameters !== null && !isObject(parameters)) return undefined;
    const headers = new Set<string>();
    for (const key of Object.keys(parameters ?? {})) {
      if (key.includes("${")) return undefined;
      if (key.startsWith("method.response.header.")) headers.add(key.slice("method.response.header.".length));
    }
    responses.set(statusCode, { statusCode, headers, ref: { doc: resource.doc, path: resource.path } });
  }
  return responses;
}

function integrationResponse(resource: TfResource, reader: TerraformFieldReader): IntegrationResponse {
  return { ref: { doc: resource.doc, path: resource.path }, ...reader.fields(resource.doc, resource.path, resource.body, INTEGRATION_RESPONSE_ARGUMENTS) };
}

const ENDPOINT_TYPES: readonly EndpointType[] = ["EDGE", "REGIONAL", "PRIVATE"];

/** `endpoint_configuration { types = ["REGIONAL"] }` of the integration's REST API, when it says so exactly. */
function restApiEndpointType(resource: TfResource, { module, reader }: ModuleReaders): EndpointType | undefined {
  const api = referencedResource(resource.body.rest_api_id, "aws_api_gateway_rest_api", module);
  return api ? endpointTypeOf(api.body, reader) : undefined;
}

export function endpointTypeOf(body: Record<string, unknown>, reader: TerraformFieldReader): EndpointType | undefined {
  const configuration = Array.isArray(body.endpoint_configuration) ? body.endpoint_configuration[0] : body.endpoint_configuration;
  const types = isObject(configuration) ? reader.values.resolve(configuration.types) : undefined;
  const text = Array.isArray(types) && types.length === 1 ? reader.values.text(types[0]) : undefined;
  return ENDPOINT_TYPES.find((type) => type === text);
}
