import type { JsonPath, LoadedDocument, LocateRequest } from "../../load/types.js";
import { CALL_ARGUMENTS, functionCallAt } from "../../load/hcl.js";
import type { ApiKind, Integration } from "../../model/integration.js";
import { extractOpenApiAt } from "../openapi/index.js";
import type { ExtractContext } from "../types.js";
import type { ModuleReaders } from "./resources.js";
import { endpointTypeOf } from "./resources.js";
import type { TfResource } from "./module.js";

const CONTAINERS: Readonly<Record<string, ApiKind>> = { aws_api_gateway_rest_api: "REST", aws_apigatewayv2_api: "HTTP" };

/** `file("x.yaml")` / `templatefile("${path.module}/x.yaml", {...})` as Terraform JSON writes it. */
const FILE_CALL = /^\$\{\s*(?:file|templatefile)\(\s*"((?:\$\{path\.module\}\/)?[^"$]+)"/;

/**
 * The OpenAPI definition of a REST or HTTP API's `body`: `jsonencode({...})` written in the module (positions
 * in the `.tf` file), or `file(...)` / `templatefile(...)` of a local file (positions in that file; template
 * placeholders are unknown). Read by the OpenAPI extractor, as API Gateway imports it.
 */
export function restApiBodyIntegrations(owned: readonly TfResource[], readers: ModuleReaders, context: ExtractContext): Integration[] {
  const out: Integration[] = [];
  for (const resource of owned) {
    const apiKind = CONTAINERS[resource.type];
    if (!apiKind || resource.body.body === undefined) continue;
    const endpointType = apiKind === "REST" ? endpointTypeOf(resource.body, readers.reader) : undefined;
    const bodyPath = [...resource.path, "body"];
    const found = bodyDocument(resource.doc, bodyPath, resource.body.body, readers, context);
    if (!found) continue;
    const overrides = { apiKind, ...(found.templated ? {} : { evaluate: readers.reader.values.text }) };
    for (const integration of extractOpenApiAt(found.doc, [], context, overrides)) {
      out.push({ ...integration, ...(endpointType && !integration.endpointType ? { endpointType } : {}), extra: { ...integration.extra, address: resource.address } });
    }
  }
  return out;
}

function bodyDocument(doc: LoadedDocument, path: JsonPath, raw: unknown, readers: ModuleReaders, context: ExtractContext): { doc: LoadedDocument; templated: boolean } | undefined {
  const call = functionCallAt(doc, path);
  if (call?.name === "jsonencode" && call.args.length === 1) return { doc: argumentDocument(doc, [...path, CALL_ARGUMENTS, 0], call.args[0]), templated: false };
  let file: string | undefined;
  if (call && (call.name === "file" || call.name === "templatefile")) {
    const first = readers.reader.values.text(call.args[0]);
    file = first?.replace(/^\uE000\//, "");
  } else if (typeof raw === "string") {
    file = FILE_CALL.exec(raw)?.[1]?.replace(/^\$\{path\.module\}\//, "");
  }
  if (!file || file.includes("\uE000")) return undefined;
  const loaded = context.loadRelated(doc, file);
  if (typeof loaded === "string" || !loaded.documents[0]) return undefined;
  return { doc: loaded.documents[0], templated: true };
}

/** A document made of a function argument: its values, located in the `.tf` file that holds them. */
function argumentDocument(doc: LoadedDocument, base: JsonPath, value: unknown): LoadedDocument {
  return {
    file: doc.file,
    index: doc.index,
    text: doc.text,
    lines: doc.lines,
    value,
    locateAll: (requests: readonly LocateRequest[]) => doc.locateAll(requests.map((r) => ({ ...r, path: [...base, ...r.path] }))),
  };
}
