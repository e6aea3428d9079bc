import type { DeclaredParameter, MethodContext, MethodResponse } from "../../model/integration.js";
import { child, isObject, refOf, type Located } from "./located.js";
import type { RefResolver } from "./refs.js";

/** OpenAPI `in` -> the location word of `method.request.<location>.<name>`; cookie, body and formData have none. */
const LOCATIONS: Readonly<Record<string, string>> = { path: "path", query: "querystring", header: "header" };

/** `{id}` and the greedy `{proxy+}` in a path template; the import declares both (catalog `openapi-path-params-auto`). */
const TEMPLATE_PARAMETER = /\{([^{}+]+)\+?\}/g;

/**
 * What the import makes of an operation: the method's verb and resource path, its declared request
 * parameters and its method responses. A part that hangs on a `$ref` that cannot be followed is left
 * `undefined` (unknown), so rules stay silent instead of guessing.
 */
export function methodContext(resolver: RefResolver, pathItem: Located, operation: Located, httpMethod: string, resourcePath: string): MethodContext {
  const requestParameters = declaredParameters(resolver, pathItem, operation, resourcePath);
  const methodResponses = declaredResponses(resolver, operation);
  return {
    httpMethod,
    resourcePath,
    ...(requestParameters ? { requestParameters } : {}),
    ...(methodResponses ? { methodResponses } : {}),
    ref: refOf(operation),
  };
}

function declaredParameters(resolver: RefResolver, pathItem: Located, operation: Located, resourcePath: string): Map<string, DeclaredParameter> | undefined {
  // Operation-level parameters override path-level ones with the same name and location (OpenAPI rule).
  const byNameAndLocation = new Map<string, DeclaredParameter>();
  let complete = true;
  for (const owner of [pathItem, operation]) {
    const list = child(owner, "parameters");
    if (!Array.isArray(list.value)) continue;
    list.value.forEach((_, index) => {
      const parameter = resolver.resolve(child(list, index));
      if (!parameter) {
        complete = false;
        return;
      }
      const { value } = parameter;
      if (!isObject(value) || typeof value.name !== "string" || typeof value.in !== "string") return;
      const location = LOCATIONS[value.in];
      if (!location) return;
      const name = `method.request.${location}.${value.name}`;
      byNameAndLocation.set(name, { name, required: typeof value.required === "boolean" ? value.required : undefined, ref: refOf(parameter) });
    });
  }
  if (!complete) return undefined;
  for (const match of resourcePath.matchAll(TEMPLATE_PARAMETER)) {
    const name = `method.request.path.${match[1]}`;
    if (!byNameAndLocation.has(name)) byNameAndLocation.set(name, { name, required: true, ref: refOf(pathItem) });
  }
  return byNameAndLocation;
}

function declaredResponses(resolver: RefResolver, operation: Located): Map<string, MethodResponse> | undefined {
  const responses = child(operation, "responses");
  const out = new Map<string, MethodResponse>();
  if (!isObject(responses.value)) return out; // no responses: the import creates no method response
  let complete = true;
  for (const status of Object.keys(responses.value)) {
    const response = resolver.resolve(child(responses, status));
    if (!response) {
      complete = false;
      continue;
    }
    const headers = isObject(response.value) && isObject(response.value.headers) ? new Set(Object.keys(response.value.headers)) : new Set<string>();
    out.set(status, { statusCode: status, headers, ref: refOf(response) });
  }
  return complete ? out : undefined;
}
