import type { ApiKind } from "../../model/integration.js";
import { isObject, type JsonObject } from "./located.js";

/** Root extensions that only the REST API import reads. */
const REST_ONLY_EXTENSIONS = [
  "x-amazon-apigateway-request-validators", "x-amazon-apigateway-gateway-responses", "x-amazon-apigateway-api-key-source",
  "x-amazon-apigateway-binary-media-types", "x-amazon-apigateway-policy", "x-amazon-apigateway-minimum-compression-size",
  "x-amazon-apigateway-documentation",
];

/**
 * Written by the HTTP API export and read by the HTTP API import (the "import and export algorithm for HTTP
 * APIs", docs: api-gateway-extensions-importexport-version). The HTTP import warns about and skips an
 * integration type it does not support; it does not turn the document into a REST API.
 */
const HTTP_EXPORT_MARKER = "x-amazon-apigateway-importexport-version";

/** Root extensions that only HTTP APIs have. */
const HTTP_ONLY_EXTENSIONS = ["x-amazon-apigateway-cors"];

/** Integration content only REST APIs use: HTTP APIs take proxy integrations with no templates or responses. */
const REST_ONLY_INTEGRATION_FIELDS = ["requestTemplates", "passthroughBehavior", "contentHandling", "cacheKeyParameters", "cacheNamespace", "responses"];
const REST_ONLY_TYPES = ["AWS", "HTTP", "MOCK"];

/** Integration fields only HTTP APIs read (the REST import ignores `payloadFormatVersion`: catalog `openapi-payload-format-ignored`). */
const HTTP_ONLY_INTEGRATION_FIELDS = ["payloadFormatVersion", "integrationSubtype"];

/**
 * REST API or HTTP API? The document rarely says so outright, so the first of these that applies decides:
 *
 * 1. the container, when it knows (`overrides.apiKind`: a CloudFormation RestApi `Body` or an HttpApi `DefinitionBody`);
 * 2. the user (`--api-kind`, config `apiKind`);
 * 3. Swagger 2.0 is REST: the HTTP API import takes OpenAPI 3 only (catalog `v2-openapi`);
 * 4. a REST-only root extension (request validators, gateway responses, API key source, binary media types, policy...);
 * 5. the HTTP API export marker `x-amazon-apigateway-importexport-version`: the document is an HTTP API even
 *    when an integration in it has a type only REST supports (the HTTP import skips that integration with a
 *    warning), so it ranks above integration content. Counter-evidence: exported specs are reused for REST
 *    APIs with the marker left in (serverless-patterns apigw-kinesis-lambda-ddb includes one into an
 *    AWS::Serverless::Api). Read standalone, such a spec gets only warnings, because the HTTP rules do not
 *    check the integrations the HTTP import ignores (`ignoredByHttpImport`); inside a template the
 *    container decides (step 1);
 * 6. an integration that only makes sense on REST: a non-proxy type (aws, http, mock), mapping templates,
 *    passthroughBehavior, contentHandling, cache keys, or integration `responses`. This beats the HTTP signs
 *    below because REST specs do carry them: the REST import ignores `payloadFormatVersion`, and specs
 *    exported from an HTTP API keep `x-amazon-apigateway-cors` when they are reused for a REST API;
 * 7. an HTTP-only sign: root `x-amazon-apigateway-cors`, or an integration with `payloadFormatVersion` /
 *    `integrationSubtype`;
 * 8. otherwise REST, the kind every other input format defaults to.
 *
 * When the signs are weak the bias is towards HTTP: reading a REST spec as HTTP only silences REST checks,
 * while reading an HTTP spec as REST would report valid HTTP API values (bare Lambda ARNs) as errors.
 * Integrations reached through `$ref` are not inspected here: `x-amazon-apigateway-integrations` is the very
 * thing REST APIs cannot use, so it must not decide the kind.
 */
export function decideApiKind(root: JsonObject, inlineIntegrations: readonly unknown[], forced: ApiKind | undefined): ApiKind {
  if (forced) return forced;
  if (root.swagger !== undefined) return "REST";
  if (REST_ONLY_EXTENSIONS.some((name) => name in root)) return "REST";
  if (HTTP_EXPORT_MARKER in root) return "HTTP";
  const integrations = inlineIntegrations.filter(isObject);
  if (integrations.some(usesRestOnlyFeature)) return "REST";
  if (HTTP_ONLY_EXTENSIONS.some((name) => name in root)) return "HTTP";
  if (integrations.some((integration) => HTTP_ONLY_INTEGRATION_FIELDS.some((name) => name in integration))) return "HTTP";
  return "REST";
}

function usesRestOnlyFeature(integration: JsonObject): boolean {
  if (typeof integration.type === "string" && REST_ONLY_TYPES.includes(integration.type.toUpperCase())) return true;
  return REST_ONLY_INTEGRATION_FIELDS.some((name) => name in integration);
}
