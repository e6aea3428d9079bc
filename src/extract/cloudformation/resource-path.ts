import { isExact } from "../../model/fields.js";
import { isObject, referenceOf, type Template } from "./template.js";

/**
 * The resource path of a Method (`/pets/{id}`) from the `AWS::ApiGateway::Resource` chain:
 * `ResourceId` -> `ParentId` -> ... -> `!GetAtt Api.RootResourceId`. Undefined as soon as a link
 * is not in the template or a PathPart is not a known string.
 */
export function resourcePath(template: Template, resourceId: unknown, evaluate: (raw: unknown) => string | undefined): string | undefined {
  const parts: string[] = [];
  const seen = new Set<string>();
  let current = resourceId;
  for (;;) {
    const reference = referenceOf(current);
    if (!reference) return undefined;
    if (reference.attribute === "RootResourceId") break;
    if (reference.attribute !== undefined || seen.has(reference.logicalId)) return undefined;
    seen.add(reference.logicalId);
    const resource = template.resources.get(reference.logicalId);
    if (!resource || resource.type !== "AWS::ApiGateway::Resource" || !isObject(resource.properties)) return undefined;
    const part = evaluate(resource.properties.PathPart);
    if (!isExact(part)) return undefined;
    parts.unshift(part);
    current = resource.properties.ParentId;
  }
  return `/${parts.join("/")}`;
}
