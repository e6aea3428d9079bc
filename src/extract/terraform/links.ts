import type { TerraformValues } from "./evaluate.js";
import { isObject, type TerraformModule, type TfResource } from "./module.js";

/** `${type.name.attribute}`, with an optional `[index]` after the name (count / for_each resources). */
const RESOURCE_REFERENCE = /^\$\{\s*([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?\.([a-z_]+)\s*\}$/;
const MAX_DEPTH = 8;

export interface ResourceReference {
  readonly type: string;
  readonly name: string;
  readonly attribute: string;
}

export function referenceOf(raw: unknown): ResourceReference | undefined {
  if (typeof raw !== "string") return undefined;
  const match = RESOURCE_REFERENCE.exec(raw);
  return match ? { type: match[1]!, name: match[2]!, attribute: match[3]! } : undefined;
}

/**
 * Links resources the way Terraform does, by reference: an integration belongs to the method whose
 * `rest_api_id`, `resource_id` and `http_method` are the same values. A reference to an argument another
 * resource sets (`aws_api_gateway_method.get.http_method`) is followed to that argument; a computed
 * attribute (`.id`, `.root_resource_id`) is its own token.
 */
export class Linker {
  constructor(
    private readonly module: TerraformModule,
    private readonly values: TerraformValues,
  ) {}

  /** A comparable token for a value, undefined when it cannot be known. */
  token(raw: unknown, depth = 0): string | undefined {
    const value = this.values.resolve(raw);
    const reference = referenceOf(value);
    if (reference) {
      const target = this.module.resources.get(`${reference.type}.${reference.name}`);
      if (target && reference.attribute in target.body && depth < MAX_DEPTH) return this.token(target.body[reference.attribute], depth + 1);
      return `ref:${reference.type}.${reference.name}.${reference.attribute}`;
    }
    const text = typeof value === "string" ? this.values.text(value) : undefined;
    return text !== undefined && !text.includes("\uE000") ? `literal:${text}` : undefined;
  }

  /** The key a method-scoped resource (method, integration, responses) is matched on. */
  methodKey(resource: TfResource): string | undefined {
    const parts = ["rest_api_id", "resource_id", "http_method"].map((name) => this.token(resource.body[name]));
    return parts.every((p) => p !== undefined) ? parts.join("\u0000") : undefined;
  }

  /** The resource path (`/orders/{id}`) a `resource_id` stands for, when the chain is known. */
  resourcePath(resourceId: unknown, depth = 0): string | undefined {
    const token = this.token(resourceId);
    if (!token?.startsWith("ref:") || depth > MAX_DEPTH) return undefined;
    const [type, name, attribute] = token.slice(4).split(".");
    if (type === "aws_api_gateway_rest_api" && attribute === "root_resource_id") return "/";
    const resource = this.module.resources.get(`${type}.${name}`);
    if (type !== "aws_api_gateway_resource" || attribute !== "id" || !resource || !isObject(resource.body)) return undefined;
    const part = this.values.text(this.values.resolve(resource.body.path_part));
    const parent = this.resourcePath(resource.body.parent_id, depth + 1);
    if (part === undefined || part.includes("\uE000") || parent === undefined) return undefined;
    return parent === "/" ? `/${part}` : `${parent}/${part}`;
  }
}
