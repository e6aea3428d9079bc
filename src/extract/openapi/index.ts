import type { JsonPath, LoadedDocument } from "../../load/types.js";
import type { ApiKind, Dialect, Integration } from "../../model/integration.js";
import type { Evaluate } from "../../model/fields.js";
import type { ExtractContext, Extractor } from "../types.js";
import { registerExtractor } from "../index.js";
import { decideApiKind } from "./api-kind.js";
import { evaluateOpenApi } from "./evaluate.js";
import { recognisingPlaceholders } from "../../model/placeholders.js";
import { FieldTable } from "../../model/record.js";
import { buildIntegration, type IntegrationSetting } from "./integration.js";
import { child, isObject, Located } from "./located.js";
import { methodContext } from "./method.js";
import { isRef, RefResolver } from "./refs.js";

/** How a container (a CloudFormation `Body` / `DefinitionBody`) changes the way an embedded OpenAPI object is read. */
export interface OpenApiOverrides {
  /** The container knows the API kind (AWS::ApiGateway::RestApi vs AWS::ApiGatewayV2::Api). */
  readonly apiKind?: ApiKind;
  /** How field values are evaluated (CloudFormation intrinsics inside an inline body). */
  readonly evaluate?: Evaluate;
  readonly dialect?: Dialect;
  /** SAM rewrites an `any:` operation key to `x-amazon-apigateway-any-method` before the import. */
  readonly anyKeyIsAnyMethod?: boolean;
}

/** Operation keys of a path item that become API Gateway methods, with the method verb each makes. */
const OPERATIONS: Readonly<Record<string, string>> = {
  get: "GET", put: "PUT", post: "POST", delete: "DELETE", patch: "PATCH", head: "HEAD", options: "OPTIONS",
  "x-amazon-apigateway-any-method": "ANY",
};

const INTEGRATION_KEY = "x-amazon-apigateway-integration";

/** `swagger: "2.0"` or `openapi: 3.x` (YAML may give the unquoted versions as numbers). */
export function isOpenApiObject(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { swagger, openapi } = value;
  if (swagger === "2.0" || swagger === 2) return true;
  if (typeof openapi === "string") return /^3\.\d+(\.\d+)?$/.test(openapi.trim());
  return typeof openapi === "number" && openapi >= 3 && openapi < 4;
}

interface Operation {
  readonly pathItem: Located;
  readonly operation: Located;
  readonly integration: Located;
  readonly httpMethod: string;
  readonly resourcePath: string;
}

/**
 * Extracts every `x-amazon-apigateway-integration` of the OpenAPI object found at `basePath` in `doc`
 * (`[]` for a standalone spec, `["Resources", "Api", "Properties", "Body"]` for an inline CloudFormation body).
 * Problems with `$ref`s are reported through `context`; nothing here throws on malformed input.
 */
export function extractOpenApiAt(doc: LoadedDocument, basePath: JsonPath, context: ExtractContext, overrides: OpenApiOverrides = {}): Integration[] {
  const root = Located.at(doc, basePath, valueAtPath(doc.value, basePath), basePath);
  if (!isObject(root.value)) return [];
  const resolver = new RefResolver(context);
  const operations = collectOperations(resolver, root, overrides.anyKeyIsAnyMethod === true);
  const apiKind = decideApiKind(root.value, operations.map((o) => o.integration.value).filter((v) => !isRef(v)), overrides.apiKind ?? context.options.apiKind);
  const setting: IntegrationSetting = { apiKind, dialect: overrides.dialect ?? "openapi", evaluate: recognisingPlaceholders(overrides.evaluate ?? evaluateOpenApi, context.options.placeholders), table: new FieldTable() };
  if (apiKind === "HTTP" && root.value.swagger !== undefined && operations.length > 0) {
    context.report({
      ruleId: "openapi-http-api-swagger",
      at: { doc, path: [...basePath, "swagger"] },
      message: `HTTP APIs import OpenAPI 3.0 definitions only: this one is Swagger ${String(root.value.swagger)}; write it as openapi: 3.0.1 or build a REST API.`,
    });
  }
  const out: Integration[] = [];
  for (const op of operations) {
    if (apiKind === "REST" && pointsIntoIntegrationsComponent(op.integration.value)) {
      context.report({
        ruleId: "ref-integrations-rest",
        at: { doc: op.integration.doc, path: [...op.integration.path, "$ref"] },
        message: `REST APIs do not resolve $ref to x-amazon-apigateway-integrations (an HTTP API feature): the import ignores this integration ("Unknown integration type 'null' for '${op.httpMethod} ${op.resourcePath}'. Ignoring."), and the method is left without one.`,
      });
      continue;
    }
    const integration = resolver.resolve(op.integration);
    if (!integration || !isObject(integration.value)) continue;
    out.push(buildIntegration(resolver, integration, methodContext(resolver, op.pathItem, op.operation, op.httpMethod, op.resourcePath), setting));
  }
  return out;
}

function collectOperations(resolver: RefResolver, root: Located, anyKeyIsAnyMethod: boolean): Operation[] {
  const paths = child(root, "paths");
  if (!isObject(paths.value)) return [];
  const out: Operation[] = [];
  for (const resourcePath of Object.keys(paths.value)) {
    const pathItem = resolver.resolve(child(paths, resourcePath));
    if (!pathItem || !isObject(pathItem.value)) continue;
    for (const key of Object.keys(pathItem.value)) {
      const httpMethod = OPERATIONS[key] ?? (anyKeyIsAnyMethod && key.toLowerCase() === "any" ? "ANY" : undefined);
      const operation = child(pathItem, key);
      if (!httpMethod || !isObject(operation.value) || !(INTEGRATION_KEY in operation.value)) continue;
      out.push({ pathItem, operation, integration: child(operation, INTEGRATION_KEY), httpMethod, resourcePath });
    }
  }
  return out;
}

function pointsIntoIntegrationsComponent(value: unknown): boolean {
  if (!isRef(value) || typeof value.$ref !== "string") return false;
  const hash = value.$ref.indexOf("#");
  return hash !== -1 && value.$ref.slice(hash + 1).split("/").includes("x-amazon-apigateway-integrations");
}

function valueAtPath(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isObject(current) && typeof segment === "string" && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

export const openApiExtractor: Extractor = {
  name: "openapi",
  textMarkers: /x-amazon-apigateway-integration/,
  detect: (doc) => isOpenApiObject(doc.value),
  extract: (doc, context) => extractOpenApiAt(doc, [], context),
};

registerExtractor(openApiExtractor, "aws-json");
