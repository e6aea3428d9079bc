import type { Field, Integration, IntegrationResponse, MethodResponse } from "../model/integration.js";
import { UNKNOWN_PART } from "../model/integration.js";

/**
 * Small readings of an integration that many rules share: its type as AWS stores it, whether it is a
 * proxy or a custom (transforming) integration, and how an integration response is selected.
 */

/** The type as AWS stores it (uppercase for OpenAPI, exact elsewhere); undefined when unknown or absent. */
export function integrationType(integration: Integration): string | undefined {
  const text = integration.fields.type?.text;
  if (text === undefined || text.includes(UNKNOWN_PART)) return undefined;
  return integration.dialect === "openapi" ? text.toUpperCase() : text;
}

/** AWS_PROXY / HTTP_PROXY: API Gateway passes requests and responses through untransformed. */
export function isProxyType(type: string | undefined): boolean {
  return type === "AWS_PROXY" || type === "HTTP_PROXY";
}

/** The selection pattern of an integration response: `selectionPattern`, or the OpenAPI `responses` key. */
export function selectionPatternOf(response: IntegrationResponse): Field | undefined {
  if (response.selectionPattern) return response.selectionPattern;
  if (response.key && response.key.text !== "default") return response.key;
  return undefined;
}

/** The default response: no selection pattern, or an empty one. Unknown patterns count as not default. */
export function isDefaultResponse(response: IntegrationResponse): boolean {
  const pattern = selectionPatternOf(response);
  if (!pattern) return true;
  return pattern.raw === null || pattern.text === "";
}

/**
 * The status code as AWS stores it: a string, or an integer where the dialect accepts one (OpenAPI
 * `statusCode: 200`, CloudFormation scalars). Undefined when unknown.
 */
export function statusCodeOf(response: IntegrationResponse, dialect: Integration["dialect"]): string | undefined {
  const field = response.statusCode;
  if (!field) return undefined;
  if (typeof field.raw === "number" && dialect !== "put-integration" && Number.isInteger(field.raw)) return String(field.raw);
  const text = field.text;
  return text === undefined || text.includes(UNKNOWN_PART) ? undefined : text;
}

/**
 * The method responses that a REST custom integration's responses are checked against; undefined when
 * there is nothing to check: the input does not carry them, the API is an HTTP API (no integration
 * responses), or the integration is a proxy (it ignores its responses at run time, and whether AWS
 * validates them there is not recorded: Smithy's CORS output maps headers on aws_proxy responses).
 */
export function checkedMethodResponses(integration: Integration): ReadonlyMap<string, MethodResponse> | undefined {
  if (integration.apiKind !== "REST" || isProxyType(integrationType(integration))) return undefined;
  return integration.method.methodResponses;
}

/**
 * The HTTP API OpenAPI import ignores, with a warning, an integration whose type is not a proxy type
 * (catalog `v2-type-proxy-only`, `v2-openapi`): nothing else in that integration can make the import fail.
 * A REST spec that carries HTTP API signs (an exported spec reused for a REST API) is read this way too.
 */
export function ignoredByHttpImport(integration: Integration): boolean {
  if (integration.apiKind !== "HTTP" || integration.dialect !== "openapi") return false;
  const type = integrationType(integration);
  return type === "AWS" || type === "HTTP" || type === "MOCK";
}
