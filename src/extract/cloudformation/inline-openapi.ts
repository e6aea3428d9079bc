import type { JsonPath } from "../../load/types.js";
import type { ApiKind, EndpointType, Integration } from "../../model/integration.js";
import { isExact } from "../../model/fields.js";
import { extractOpenApiAt } from "../openapi/index.js";
import type { ExtractContext } from "../types.js";
import type { FieldReader } from "./fields.js";
import { endpointTypeOf } from "./rest-method.js";
import { isObject, type Template } from "./template.js";

/** Resource types that carry an OpenAPI definition inline, the property that holds it and the API kind. */
const CONTAINERS: readonly { type: string; property: string; apiKind: ApiKind }[] = [
  { type: "AWS::ApiGateway::RestApi", property: "Body", apiKind: "REST" },
  { type: "AWS::Serverless::Api", property: "DefinitionBody", apiKind: "REST" },
  { type: "AWS::Serverless::HttpApi", property: "DefinitionBody", apiKind: "HTTP" },
  { type: "AWS::ApiGatewayV2::Api", property: "Body", apiKind: "HTTP" },
];

/**
 * Integrations of OpenAPI definitions inside the template (`Body`, `DefinitionBody`) or pulled in with
 * `Fn::Transform: AWS::Include` from a local file. Values are evaluated as CloudFormation does, because
 * intrinsics in both places are resolved before API Gateway imports the definition.
 */
export function inlineOpenApiIntegrations(template: Template, reader: FieldReader, context: ExtractContext): Integration[] {
  const out: Integration[] = [];
  for (const resource of template.resources.values()) {
    const container = CONTAINERS.find((c) => c.type === resource.type);
    if (!container) continue;
    const overrides = { apiKind: container.apiKind, evaluate: reader.evaluate, anyKeyIsAnyMethod: container.type.startsWith("AWS::Serverless::") };
    const endpointType = container.apiKind === "REST" ? endpointTypeOf(resource, reader) : undefined;
    for (const path of bodyPaths(resource.properties, container.property, resource.propertiesPath)) {
      const body = valueAt(template.doc.value, path);
      const found = isObject(body) && "Fn::Transform" in body
        ? included(body["Fn::Transform"], reader, context, template, overrides)
        : extractOpenApiAt(template.doc, path, context, overrides);
      out.push(...found.map((integration) => withEndpointType(integration, endpointType)));
    }
  }
  return out;
}

/** The body, or both branches of `DefinitionBody: !If [cond, a, b]` (SAM supports that form): each may deploy. */
function bodyPaths(properties: Record<string, unknown>, property: string, base: JsonPath): JsonPath[] {
  const body = properties[property];
  if (!isObject(body)) return [];
  const condition = body["Fn::If"];
  if (Array.isArray(condition) && Object.keys(body).length === 1) {
    return [1, 2].filter((n) => isObject(condition[n])).map((n) => [...base, property, "Fn::If", n]);
  }
  return [[...base, property]];
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[String(segment)] : undefined;
  return node;
}

/** Reads a template resource's `Body` when it is an include; undefined for anything but AWS::Include of a local file. */
function included(
  transform: unknown,
  reader: FieldReader,
  context: ExtractContext,
  template: Template,
  overrides: { apiKind: ApiKind; evaluate: FieldReader["evaluate"]; anyKeyIsAnyMethod: boolean },
): Integration[] {
  if (!isObject(transform) || transform.Name !== "AWS::Include" || !isObject(transform.Parameters)) return [];
  const location = reader.text(transform.Parameters.Location);
  if (!isExact(location) || /^[a-z][a-z0-9+.-]*:/i.test(location)) return []; // s3:// and https:// are not fetched
  const loaded = context.loadRelated(template.doc, location);
  if (typeof loaded === "string") return [];
  return loaded.documents.flatMap((doc) => extractOpenApiAt(doc, [] as JsonPath, context, overrides));
}

function withEndpointType(integration: Integration, endpointType: EndpointType | undefined): Integration {
  return !endpointType || integration.endpointType ? integration : { ...integration, endpointType };
}
