import type { JsonPath, LoadedDocument } from "../../load/types.js";
import { UNKNOWN_PART, type Integration } from "../../model/integration.js";
import type { ExtractContext, Extractor } from "../types.js";
import { TerraformValues } from "./evaluate.js";
import { TerraformFieldReader } from "./fields.js";
import { Linker } from "./links.js";
import { isObject, TerraformModule, type TfObject } from "./module.js";
import { httpIntegrations, restIntegrations } from "./resources.js";

/** Arguments that link resources; a plan may not know them yet (new resources), its configuration says what they reference. */
const LINK_ARGUMENTS = ["rest_api_id", "resource_id", "http_method", "parent_id", "api_id"];

/** `terraform show -json plan.out` (and OpenTofu's): recognised by its content. */
export function isTerraformPlan(value: unknown): value is TfObject {
  return isObject(value) && typeof value.format_version === "string" && isObject(value.planned_values) && (typeof value.terraform_version === "string" || "resource_changes" in value);
}

/**
 * A saved plan in JSON: every planned API Gateway resource with the values Terraform resolved. Values
 * known only after apply are unknown; the links between resources come from the values, or from the
 * configuration's references where the values are not known yet. Findings point into the plan file.
 */
export const terraformPlanExtractor: Extractor = {
  name: "terraform-plan",
  textMarkers: /\baws_api_gateway_|\baws_apigatewayv2_/,
  detect(doc) {
    return isTerraformPlan(doc.value);
  },
  extract(doc: LoadedDocument, _context: ExtractContext): Integration[] {
    if (!isTerraformPlan(doc.value)) return [];
    const unknown = afterUnknown(doc.value);
    const out: Integration[] = [];
    for (const planned of plannedModules(doc.value.planned_values, ["planned_values"])) {
      const module = new TerraformModule();
      const configuration = moduleConfiguration(doc.value.configuration, planned.address);
      const resources = Array.isArray(planned.value.resources) ? planned.value.resources : [];
      for (const [index, resource] of resources.entries()) {
        if (!isObject(resource) || resource.mode === "data" || typeof resource.type !== "string" || typeof resource.name !== "string") continue;
        if (!resource.type.startsWith("aws_api_gateway") && !resource.type.startsWith("aws_apigatewayv2")) continue;
        const address = typeof resource.address === "string" ? resource.address : `${resource.type}.${resource.name}`;
        const body: TfObject = { ...(isObject(resource.values) ? resource.values : {}) };
        for (const key of Object.keys(unknown.get(address) ?? {})) if (body[key] === undefined || body[key] === null) body[key] = UNKNOWN_PART;
        const expressions = configuration.get(`${resource.type}.${resource.name}`);
        for (const key of LINK_ARGUMENTS) {
          const reference = referenceIn(expressions?.[key]);
          if (reference && (body[key] === undefined || body[key] === null || body[key] === UNKNOWN_PART)) body[key] = `\${${reference}}`;
        }
        const key = `${resource.type}.${resource.name}`;
        if (!module.resources.has(key)) module.resources.set(key, { type: resource.type, name: resource.name, address, body, doc, path: [...planned.path, "resources", index, "values"] });
        else module.resources.set(`${key}#${index}`, { type: resource.type, name: resource.name, address, body, doc, path: [...planned.path, "resources", index, "values"] });
      }
      const values = new TerraformValues(module, false);
      const readers = { module, reader: new TerraformFieldReader(values), linker: new Linker(module, values), input: "terraform-plan" as const };
      const owned = [...module.resources.values()];
      out.push(...restIntegrations(owned, readers), ...httpIntegrations(owned, readers));
    }
    // A plan holds every resource of every module: each message names the resource it is about.
    return out.map((integration) => {
      const address = integration.extra?.address;
      return typeof address === "string" ? { ...integration, describe: () => address } : integration;
    });
  },
};

interface PlannedModule {
  readonly value: TfObject;
  readonly path: JsonPath;
  /** `""` for the root module, `module.api` (with instance keys) for a child module. */
  readonly address: string;
}

function plannedModules(plannedValues: unknown, base: JsonPath): PlannedModule[] {
  if (!isObject(plannedValues) || !isObject(plannedValues.root_module)) return [];
  const out: PlannedModule[] = [];
  const walk = (value: TfObject, path: JsonPath, address: string, depth: number): void => {
    out.push({ value, path, address });
    if (depth > 16 || !Array.isArray(value.child_modules)) return;
    value.child_modules.forEach((child, n) => {
      if (isObject(child)) walk(child, [...path, "child_modules", n], typeof child.address === "string" ? child.address : "", depth + 1);
    });
  };
  walk(plannedValues.root_module, [...base, "root_module"], "", 0);
  return out;
}

/** `after_unknown` of each resource change, by address: the arguments known only after apply. */
function afterUnknown(plan: TfObject): Map<string, TfObject> {
  const out = new Map<string, TfObject>();
  for (const change of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
    if (!isObject(change) || typeof change.address !== "string" || !isObject(change.change)) continue;
    const unknown = change.change.after_unknown;
    if (isObject(unknown)) out.set(change.address, Object.fromEntries(Object.entries(unknown).filter(([, v]) => v === true)));
  }
  return out;
}

/** The configuration's `expressions` of each resource of one module (`module.a.module.b` walks module_calls). */
function moduleConfiguration(configuration: unknown, address: string): Map<string, TfObject> {
  let module = isObject(configuration) ? configuration.root_module : undefined;
  for (const call of address.split(".").filter((_, n) => n % 2 === 1)) {
    const name = call.replace(/\[.*\]$/, "");
    const calls = isObject(module) ? module.module_calls : undefined;
    const target = isObject(calls) ? calls[name] : undefined;
    module = isObject(target) ? target.module : undefined;
  }
  const out = new Map<string, TfObject>();
  for (const resource of isObject(module) && Array.isArray(module.resources) ? module.resources : []) {
    if (isObject(resource) && typeof resource.address === "string" && isObject(resource.expressions)) out.set(resource.address, resource.expressions);
  }
  return out;
}

/** The most specific reference of a configuration expression (`aws_api_gateway_resource.r.id`). */
function referenceIn(expression: unknown): string | undefined {
  const references = isObject(expression) && Array.isArray(expression.references) ? expression.references : [];
  return references.find((r): r is string => typeof r === "string" && /^[a-z][a-z0-9_]*\.[\w-]+(\[[^\]]*\])?\.[a-z_]+$/.test(r));
}

