import { resolve } from "node:path";
import { loadText } from "../../../src/load/index.js";
import type { LoadedFile } from "../../../src/load/types.js";
import type { ExtractorFinding, ExtractOptions } from "../../../src/extract/types.js";
import type { Integration } from "../../../src/model/integration.js";
import { extractOpenApiAt, openApiExtractor, type OpenApiOverrides } from "../../../src/extract/openapi/index.js";
import { loadRelatedFile } from "../../../src/engine/related.js";
import type { JsonPath } from "../../../src/load/types.js";

export interface Extracted {
  readonly file: LoadedFile;
  readonly integrations: Integration[];
  readonly findings: ExtractorFinding[];
}

/** Runs the OpenAPI extractor alone on text (no rules), to look at the model it builds. */
export function extract(text: string, filename = "spec.yaml", options: ExtractOptions = {}, at?: { basePath: JsonPath; overrides?: OpenApiOverrides }): Extracted {
  const root = process.cwd();
  const file = loadText(filename, resolve(root, filename), text);
  const doc = file.documents[0]!;
  const findings: ExtractorFinding[] = [];
  const context = { file, root, options, report: (f: ExtractorFinding) => findings.push(f), loadRelated: (from: typeof doc, rel: string) => loadRelatedFile(from, rel, { cwd: root }) };
  const integrations = at ? extractOpenApiAt(doc, at.basePath, context, at.overrides) : openApiExtractor.extract(doc, context);
  return { file, integrations, findings };
}

/** `name -> required` of the declared parameters, sorted, for compact assertions. */
export function declared(integration: Integration | undefined): Record<string, boolean | undefined> | undefined {
  const map = integration?.method.requestParameters;
  if (!map) return undefined;
  return Object.fromEntries([...map.values()].map((p) => [p.name, p.required]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}
