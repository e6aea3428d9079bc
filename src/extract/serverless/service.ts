import type { JsonPath, LoadedDocument } from "../../load/types.js";
import type { EndpointType, Field } from "../../model/integration.js";
import { isExact, makeField, type Evaluate } from "../../model/fields.js";
import { FieldTable } from "../../model/record.js";
import { cfnEvaluator } from "../cloudformation/evaluate.js";
import { isObject, readTemplate } from "../cloudformation/template.js";

/**
 * A Serverless Framework service (its variables already resolved) as the event readers see it: fields are
 * evaluated as CloudFormation evaluates them (an `http` event's `uri` may be `!Sub ...` naming resources of
 * `resources.Resources`), and provider-wide settings are read once.
 */
export class ServiceReader {
  readonly evaluate: Evaluate;
  readonly provider: Record<string, unknown>;
  readonly endpointType: EndpointType | undefined;
  private providerTimeoutUsed = false;

  /** `resources` is where `!Ref`/`!GetAtt` in event values look for the resources they name. */
  constructor(readonly doc: LoadedDocument, resources: JsonPath) {
    this.evaluate = cfnEvaluator(readTemplate(doc, resources));
    const value = isObject(doc.value) ? doc.value : {};
    this.provider = isObject(value.provider) ? value.provider : {};
    this.endpointType = restEndpointType(this.provider);
  }

  /** The service's integrations' fields. */
  readonly table = new FieldTable();

  field(path: JsonPath, key: string, raw: unknown): Field {
    return makeField(this.doc, path, key, raw, this.evaluate);
  }

  /**
   * `provider.apiGateway.timeoutInMillis` applies to every event without its own; it is handed to the
   * first such event only, so that one misplaced value is reported once, where it is written.
   */
  providerTimeout(): { path: JsonPath; key: string; value: unknown } | undefined {
    const apiGateway = this.provider.apiGateway;
    if (this.providerTimeoutUsed || !isObject(apiGateway) || !apiGateway.timeoutInMillis) return undefined;
    this.providerTimeoutUsed = true;
    return { path: ["provider", "apiGateway", "timeoutInMillis"], key: "provider.apiGateway.timeoutInMillis", value: apiGateway.timeoutInMillis };
  }
}

const ENDPOINT_TYPES: readonly EndpointType[] = ["EDGE", "REGIONAL", "PRIVATE"];

/** `provider.endpointType` (EDGE unless written); unknown for an API the stack does not create (`restApiId`). */
function restEndpointType(provider: Record<string, unknown>): EndpointType | undefined {
  if (isObject(provider.apiGateway) && provider.apiGateway.restApiId !== undefined) return undefined;
  const written = provider.endpointType;
  if (written === undefined) return "EDGE";
  const text = typeof written === "string" && isExact(written) ? written.toUpperCase() : undefined;
  return ENDPOINT_TYPES.find((type) => type === text);
}

/** `functions` as `[name, config, path]`: a map, or the old list of one-key maps. */
export function functionsOf(value: unknown): [string, Record<string, unknown>, JsonPath][] {
  const functions = isObject(value) ? value.functions : undefined;
  if (isObject(functions)) return Object.entries(functions).flatMap(([name, config]) => (isObject(config) ? [[name, config, ["functions", name]]] : []));
  if (!Array.isArray(functions)) return [];
  return functions.flatMap((entry, index) => {
    if (!isObject(entry)) return [];
    return Object.entries(entry).flatMap(([name, config]) => (isObject(config) ? [[name, config, ["functions", index, name]] as [string, Record<string, unknown>, JsonPath]] : []));
  });
}
