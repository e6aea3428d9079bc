import { readdirSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import type { JsonPath, LoadedDocument } from "../../load/types.js";
import { isTerraformFile } from "../../load/index.js";
import type { ExtractContext } from "../types.js";

export type TfObject = Record<string, unknown>;

export function isObject(value: unknown): value is TfObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One `resource "type" "name"` block (or its `.tf.json` / plan equivalent). */
export interface TfResource {
  readonly type: string;
  readonly name: string;
  /** The resource address shown in messages: `aws_api_gateway_integration.get` (plans: the full address). */
  readonly address: string;
  readonly body: TfObject;
  readonly doc: LoadedDocument;
  /** Path of `body` inside `doc`. */
  readonly path: JsonPath;
}

/** Whether a document has the shape of Terraform configuration (HCL read as Terraform JSON, or `.tf.json`). */
export function isTerraformConfig(value: unknown): value is TfObject {
  if (!isObject(value)) return false;
  const resources = value.resource;
  return isObject(resources) && Object.keys(resources).some((type) => type.startsWith("aws_api_gateway_") || type.startsWith("aws_apigatewayv2_"));
}

/**
 * A Terraform module: every `.tf` / `.tf.json` file of one folder, because resources, variables and locals
 * refer to each other across files. The linted document comes first; its siblings are context.
 */
export class TerraformModule {
  readonly resources = new Map<string, TfResource>();
  readonly variables = new Map<string, unknown>();
  readonly locals = new Map<string, unknown>();

  static around(doc: LoadedDocument, context: ExtractContext): TerraformModule {
    const module = new TerraformModule();
    module.add(doc);
    for (const sibling of siblingFiles(doc, context.root)) {
      const loaded = context.loadRelated(doc, sibling);
      if (typeof loaded === "string") continue;
      for (const other of loaded.documents) module.add(other);
    }
    return module;
  }

  add(doc: LoadedDocument): void {
    const value = doc.value;
    if (!isObject(value)) return;
    for (const [type, byName] of Object.entries(isObject(value.resource) ? value.resource : {})) {
      if (!isObject(byName)) continue;
      for (const [name, body] of Object.entries(byName)) {
        const address = `${type}.${name}`;
        if (isObject(body) && !this.resources.has(address)) this.resources.set(address, { type, name, address, body, doc, path: ["resource", type, name] });
      }
    }
    for (const [name, variable] of Object.entries(isObject(value.variable) ? value.variable : {})) {
      if (isObject(variable) && "default" in variable && !this.variables.has(name)) this.variables.set(name, variable.default);
    }
    // `.tf.json` may hold `locals` as an object or a list of objects.
    const locals = Array.isArray(value.locals) ? value.locals : [value.locals];
    for (const block of locals) {
      for (const [name, local] of Object.entries(isObject(block) ? block : {})) if (!this.locals.has(name)) this.locals.set(name, local);
    }
  }

  ofType(type: string): TfResource[] {
    return [...this.resources.values()].filter((r) => r.type === type);
  }
}

/** The other Terraform files of the document's folder, by name (sorted, so results do not depend on the disk). */
function siblingFiles(doc: LoadedDocument, root: string): string[] {
  if (!isTerraformFile(doc.file)) return [];
  const absolute = resolve(root, doc.file);
  let names: string[];
  try {
    names = readdirSync(dirname(absolute));
  } catch {
    return [];
  }
  return names.filter((name) => isTerraformFile(name) && name !== basename(absolute)).sort();
}
