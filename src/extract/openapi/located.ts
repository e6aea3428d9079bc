import type { JsonPath, LoadedDocument } from "../../load/types.js";
import type { NodeRef } from "../../model/integration.js";

/**
 * A node of an OpenAPI document: where it is, what it holds, and where the OpenAPI object it belongs to
 * starts (`base`), which local `$ref`s (`#/components/...`) are relative to. For a standalone spec the base
 * is `[]`; for a CloudFormation inline `Body` it is the path to that body.
 */
export interface Located {
  readonly doc: LoadedDocument;
  readonly path: JsonPath;
  readonly value: unknown;
  readonly base: JsonPath;
}

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

export function child(node: Located, key: string | number): Located {
  const container = node.value;
  const value = Array.isArray(container) && typeof key === "number" ? container[key] : isObject(container) ? container[key] : undefined;
  return { doc: node.doc, path: [...node.path, key], value, base: node.base };
}

export function refOf(node: Located): NodeRef {
  return { doc: node.doc, path: node.path };
}
