import type { JsonPath, LoadedDocument } from "../../load/types.js";
import type { NodeRef } from "../../model/integration.js";

/**
 * A node of an OpenAPI document: where it is, what it holds, and where the OpenAPI object it belongs to
 * starts (`base`), which local `$ref`s (`#/components/...`) are relative to. For a standalone spec the base
 * is `[]`; for a CloudFormation inline `Body` it is the path to that body.
 *
 * The walk makes a node for every path, operation, parameter and response; its path is an array only once
 * something asks for it (a finding, a `$ref` loop check), so the walk does not copy a path at every step.
 */
export class Located implements NodeRef {
  #path: JsonPath | undefined;
  readonly #parent: Located | undefined;
  readonly #key: string | number | undefined;

  private constructor(
    readonly doc: LoadedDocument,
    readonly value: unknown,
    readonly base: JsonPath,
    path: JsonPath | undefined,
    parent?: Located,
    key?: string | number,
  ) {
    this.#path = path;
    this.#parent = parent;
    this.#key = key;
  }

  static at(doc: LoadedDocument, path: JsonPath, value: unknown, base: JsonPath): Located {
    return new Located(doc, value, base, path);
  }

  static childOf(parent: Located, key: string | number, value: unknown): Located {
    return new Located(parent.doc, value, parent.base, undefined, parent, key);
  }

  get path(): JsonPath {
    return (this.#path ??= [...this.#parent!.path, this.#key!]);
  }
}

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

export function child(node: Located, key: string | number): Located {
  const container = node.value;
  const value = Array.isArray(container) && typeof key === "number" ? container[key] : isObject(container) ? container[key] : undefined;
  return Located.childOf(node, key, value);
}

/** The node as a reference (its path is made when read). */
export function refOf(node: Located): NodeRef {
  return node;
}
