import type { JsonPath } from "../../load/types.js";
import type {
  DeclaredParameter, FieldName, Integration, IntegrationResponse, MethodContext, MethodResponse,
} from "../../model/integration.js";
import { UNKNOWN_PART } from "../../model/integration.js";
import { isExact } from "../../model/fields.js";
import { isObject } from "../cloudformation/template.js";
import type { ServiceReader } from "./service.js";
import { DEFAULT_REQUEST_TEMPLATE, DEFAULT_STATUS_CODES, LAMBDA_INVOCATION_URI } from "./framework-defaults.js";

/**
 * `functions.<name>.events[].http` (REST API events), turned into the `AWS::ApiGateway::Method`
 * integration the framework deploys: its normalisation of `integration`, its defaults (the Lambda
 * integration's request templates, pass-through and status codes), and what it drops (request and
 * response settings of proxy integrations). Fields point at the keys the user wrote, or at the nearest
 * one when the framework made the value up.
 */

type Config = Record<string, unknown>;

/** `lambda-proxy` -> AWS_PROXY, `lambda` -> AWS, `http-proxy` -> HTTP_PROXY, as the framework normalises. */
export function normalizedIntegrationType(written: unknown, async: unknown): string {
  if (typeof written !== "string" || written === "") return async ? "AWS" : "AWS_PROXY";
  if (written.includes(UNKNOWN_PART)) return UNKNOWN_PART;
  const type = written.toUpperCase().replace("-", "_");
  return type === "LAMBDA" ? "AWS" : type === "LAMBDA_PROXY" ? "AWS_PROXY" : type;
}

/** The `http` event as an object: `GET /pets` is `{method: GET, path: /pets}`. */
function httpConfig(raw: unknown): Config | undefined {
  if (isObject(raw)) return raw;
  if (typeof raw !== "string") return undefined;
  const [method, path] = raw.trim().split(/\s+/);
  return { method, path };
}

const LOCATIONS: readonly [string, string][] = [["querystrings", "querystring"], ["paths", "path"], ["headers", "header"]];

export function httpEventIntegration(service: ServiceReader, eventPath: JsonPath, raw: unknown): Integration | undefined {
  const http = httpConfig(raw);
  if (!http) return undefined;
  const at = (...keys: (string | number)[]): JsonPath => [...eventPath, ...keys];
  /** The path of the deepest key of `keys` the user wrote (the event itself when none). */
  const written = (...keys: string[]): JsonPath => {
    let value: unknown = http;
    let depth = 0;
    for (const key of keys) {
      if (!isObject(value) || !(key in value)) break;
      value = value[key];
      depth++;
    }
    return at(...keys.slice(0, depth));
  };
  const request = isObject(http.request) ? http.request : undefined;
  const type = normalizedIntegrationType(http.integration, http.async);
  const typePath = written("integration");
  const row = service.table.row(service.evaluate);
  const set = (name: FieldName, key: string, path: JsonPath, value: unknown) => {
    if (value !== undefined && value !== null) row.set(name, key, value, { doc: service.doc, path });
  };

  set("type", "integration", typePath, type);
  const isLambda = type === "AWS" || type === "AWS_PROXY";
  const isHttp = type === "HTTP" || type === "HTTP_PROXY";
  const custom = type === "AWS" || type === "HTTP" || type === "MOCK";
  if (isLambda) {
    set("uri", "integration", typePath, LAMBDA_INVOCATION_URI);
    set("httpMethod", "integration", typePath, "POST");
  } else if (isHttp) {
    set("uri", "request.uri", written("request", "uri"), request?.uri);
    const verb = request?.method ?? http.method;
    set("httpMethod", request?.method !== undefined ? "request.method" : "method", request?.method !== undefined ? at("request", "method") : written("method"), typeof verb === "string" ? verb.toUpperCase() : verb);
    if (http.connectionType) {
      const connectionType = typeof http.connectionType === "string" ? http.connectionType.toUpperCase().replace("-", "_") : http.connectionType;
      set("connectionType", "connectionType", at("connectionType"), connectionType);
      set("connectionId", "connectionId", written("connectionId"), http.connectionId);
    }
  }
  // MOCK: the framework still writes IntegrationHttpMethod POST, which AWS drops; nothing the user can change.

  if (custom) {
    const templates = requestTemplates(type, request?.template);
    if (templates) set("requestTemplates", "request.template", isObject(request?.template) ? at("request", "template") : typePath, templates);
    const passThrough = request?.passThrough || (type === "AWS" ? "NEVER" : undefined);
    set("passthroughBehavior", "request.passThrough", request?.passThrough ? at("request", "passThrough") : typePath, passThrough);
    set("contentHandling", "request.contentHandling", at("request", "contentHandling"), request?.contentHandling);
  }
  const parameters = isObject(request?.parameters) ? request.parameters : undefined;
  const mappings = integrationRequestParameters(parameters, http.async);
  // As the framework writes them: for AWS and HTTP types with parameters, and whenever `async` is set.
  const declaresParameters = Object.keys(mappings).length > (http.async ? 1 : 0);
  if (((type === "AWS" || isHttp) && declaresParameters) || http.async) {
    set("requestParameters", "request.parameters", http.async && !declaresParameters ? written("async") : written("request", "parameters"), mappings);
  }

  const timeout = http.timeoutInMillis ? { path: at("timeoutInMillis"), key: "timeoutInMillis", value: http.timeoutInMillis } : service.providerTimeout();
  if (timeout) set("timeoutInMillis", timeout.key, timeout.path, timeout.value);

  const fields = row.done();
  const statusCodes = custom ? deployedStatusCodes(type, http.response) : undefined;
  const response = isObject(http.response) ? http.response : {};
  return {
    dialect: "cloudformation",
    input: "serverless",
    apiKind: "REST",
    ...(service.endpointType ? { endpointType: service.endpointType } : {}),
    ref: { doc: service.doc, path: eventPath },
    fields,
    method: methodContext(service, http, at, parameters, statusCodes, response),
    responses: statusCodes ? integrationResponses(service, statusCodes, response, at, typePath) : [],
    describe: describer(eventPath, http),
  };
}

/** The Lambda integration gets the framework's two default templates; `request.template` adds or (null) removes. */
function requestTemplates(type: string, written: unknown): Config | undefined {
  const templates: Config = type === "AWS" ? { "application/json": DEFAULT_REQUEST_TEMPLATE, "application/x-www-form-urlencoded": DEFAULT_REQUEST_TEMPLATE } : {};
  if (isObject(written)) {
    for (const [contentType, template] of Object.entries(written)) {
      if (template === null) delete templates[contentType];
      else templates[contentType] = template;
    }
  }
  return Object.keys(templates).length ? templates : undefined;
}

/** `integration.request.<location>.<name>`: the parameter itself, or its `mappedValue`. */
function integrationRequestParameters(parameters: Config | undefined, async: unknown): Config {
  const mappings: Config = {};
  for (const [plural, location] of LOCATIONS) {
    const declared = parameters?.[plural];
    if (!isObject(declared)) continue;
    for (const [name, value] of Object.entries(declared)) {
      mappings[`integration.request.${location}.${name}`] = (isObject(value) && value.mappedValue) || `method.request.${location}.${name}`;
    }
  }
  if (async) mappings["integration.request.header.X-Amz-Invocation-Type"] = "'Event'";
  return mappings;
}

/**
 * Status codes as deployed: AWS and HTTP integrations get a default `200` (empty pattern) unless one code
 * has an empty pattern, and the Lambda integration without `response` gets the framework's whole default
 * set. MOCK integrations take `response.statusCodes` as written. Each entry says whether the user wrote it.
 */
function deployedStatusCodes(type: string, response: unknown): Map<string, { config: Config; written: boolean }> | undefined {
  const written = isObject(response) && isObject(response.statusCodes) ? response.statusCodes : undefined;
  const codes = new Map<string, { config: Config; written: boolean }>();
  for (const [code, config] of Object.entries(written ?? {})) codes.set(code, { config: isObject(config) ? config : {}, written: true });
  if (type === "MOCK") return codes;
  if (!isObject(response)) {
    if (type !== "AWS") return codes;
  } else if (written) {
    if (![...codes.values()].some(({ config }) => config.pattern === "")) codes.set("200", { config: { pattern: "" }, written: false });
    return codes;
  }
  for (const [code, pattern] of Object.entries(DEFAULT_STATUS_CODES)) codes.set(code, { config: { pattern }, written: false });
  return codes;
}

function integrationResponses(
  service: ServiceReader, codes: Map<string, { config: Config; written: boolean }>, response: Config,
  at: (...keys: (string | number)[]) => JsonPath, typePath: JsonPath,
): IntegrationResponse[] {
  // `response.headers`, `response.template` and `response.contentHandling` are copied into every status
  // code: they are read with the first code that takes them as they are, so one mistake is reported once.
  const sharedRead = new Set<string>();
  const once = (path: JsonPath, shared: boolean) => {
    if (!shared) return true;
    const key = path.join("\0");
    if (sharedRead.has(key)) return false;
    sharedRead.add(key);
    return true;
  };
  return [...codes].map(([code, { config, written }]) => {
    const base = written ? at("response", "statusCodes", code) : typePath;
    const pattern = typeof config.pattern === "string" && config.pattern !== "" ? config.pattern : undefined;
    const headers = { ...(isObject(response.headers) ? response.headers : {}), ...(isObject(config.headers) ? config.headers : {}) };
    const parameters = Object.fromEntries(Object.entries(headers).map(([name, value]) => [`method.response.header.${name}`, value]));
    const templates: Config = {};
    if (response.template !== undefined && response.template !== null) templates["application/json"] = response.template;
    if (typeof config.template === "string") templates["application/json"] = config.template;
    else if (isObject(config.template)) Object.assign(templates, config.template);
    const headersPath = isObject(config.headers) ? [...base, "headers"] : at("response", "headers");
    const templatesPath = config.template !== undefined ? [...base, "template"] : at("response", "template");
    const contentHandling = code.startsWith("2") ? response.contentHandling : undefined;
    return {
      ref: { doc: service.doc, path: base },
      statusCode: service.field(base, `response.statusCodes.${code}`, code),
      ...(pattern !== undefined ? { selectionPattern: service.field([...base, "pattern"], "pattern", pattern) } : {}),
      ...(Object.keys(parameters).length && once(headersPath, !isObject(config.headers)) ? { responseParameters: service.field(headersPath, "headers", parameters) } : {}),
      ...(Object.keys(templates).length && once(templatesPath, config.template === undefined) ? { responseTemplates: service.field(templatesPath, "template", templates) } : {}),
      ...(contentHandling !== undefined && once(at("response", "contentHandling"), true) ? { contentHandling: service.field(at("response", "contentHandling"), "response.contentHandling", contentHandling) } : {}),
    } satisfies IntegrationResponse;
  });
}

function methodContext(
  service: ServiceReader, http: Config, at: (...keys: (string | number)[]) => JsonPath, parameters: Config | undefined,
  statusCodes: Map<string, { config: Config; written: boolean }> | undefined, response: Config,
): MethodContext {
  const method = typeof http.method === "string" ? http.method.toUpperCase() : undefined;
  const path = typeof http.path === "string" ? `/${http.path.replace(/^\//, "").replace(/\/$/, "")}` : undefined;
  return {
    ...(isExact(method) ? { httpMethod: method } : {}),
    ...(isExact(path) ? { resourcePath: path } : {}),
    ...declaredParameters(service, at, parameters),
    methodResponses: methodResponses(service, statusCodes, response, at),
    ref: { doc: service.doc, path: at() },
  };
}

/** `request.parameters.paths.id: true` or `{required: false, mappedValue: ...}` (an object is required unless it says not). */
function declaredParameters(service: ServiceReader, at: (...keys: (string | number)[]) => JsonPath, parameters: Config | undefined): { requestParameters?: Map<string, DeclaredParameter> } {
  const declared = new Map<string, DeclaredParameter>();
  for (const [plural, location] of LOCATIONS) {
    const group = parameters?.[plural];
    if (group === undefined) continue;
    if (!isObject(group)) return {};
    for (const [name, value] of Object.entries(group)) {
      const required = isObject(value) ? (value.required ?? true) : value;
      const full = `method.request.${location}.${name}`;
      declared.set(full, {
        name: full,
        required: typeof required === "boolean" ? required : required === "true" ? true : required === "false" ? false : undefined,
        raw: required,
        ref: { doc: service.doc, path: at("request", "parameters", plural, name) },
      });
    }
  }
  return { requestParameters: declared };
}

function methodResponses(
  service: ServiceReader, statusCodes: Map<string, { config: Config; written: boolean }> | undefined, response: Config,
  at: (...keys: (string | number)[]) => JsonPath,
): Map<string, MethodResponse> {
  const responses = new Map<string, MethodResponse>();
  for (const [code, { config, written }] of statusCodes ?? []) {
    const headers = new Set([...Object.keys(isObject(response.headers) ? response.headers : {}), ...Object.keys(isObject(config.headers) ? config.headers : {})]);
    responses.set(code, { statusCode: code, headers, ref: { doc: service.doc, path: written ? at("response", "statusCodes", code) : at() } });
  }
  return responses;
}

/** Names the event's keys in messages: `integration: lambda`, `response.statusCodes.400.pattern`. */
function describer(eventPath: JsonPath, http: Config): (path: JsonPath) => string | undefined {
  return (path) => {
    if (path[0] === "provider") return `from ${path.join(".")}`;
    if (path.length < eventPath.length || eventPath.some((segment, n) => String(path[n]) !== String(segment))) return undefined;
    const rest = path.slice(eventPath.length);
    const keys: string[] = [];
    let value: unknown = http;
    for (const segment of rest) {
      if (!isObject(value) || !(String(segment) in value)) break;
      value = value[String(segment)];
      keys.push(String(segment));
    }
    const complete = keys.length === rest.length && keys.length > 0;
    const named = keys.length === 1 && keys[0] === "integration" && typeof value === "string" ? `integration: ${value}` : keys.join(".");
    const shown = named ? ` \`${named}\`` : "";
    return complete ? `from events.http${shown}` : `from events.http${shown}, as the framework deploys it`;
  };
}
