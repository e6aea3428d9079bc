import type { LoadedDocument } from "../../load/types.js";
import type { Integration } from "../../model/integration.js";
import { registerExtractor } from "../index.js";
import type { ExtractContext, Extractor } from "../types.js";
import type { JsonPath } from "../../load/types.js";
import { extractTemplateAt } from "../cloudformation/index.js";
import { isObject } from "../cloudformation/template.js";
import { httpEventIntegration } from "./http-event.js";
import { httpApiIntegrations, type HttpApiFunction } from "./http-api-event.js";
import { functionsOf, ServiceReader } from "./service.js";
import { VariableResolver } from "./variables.js";

/**
 * Serverless Framework services (`serverless.yml`, `.yaml`, `.json`): the `http` and `httpApi` events of
 * `functions`, as the integrations the framework deploys, and `resources.Resources` through the
 * CloudFormation extractor. The framework's variables are resolved first (`${self:...}` where the file
 * says) or become unknown parts, so that no rule reads `${opt:region}` as a region.
 */

/**
 * `service:` with `provider: {name: aws}`, or `frameworkVersion`; never a service for another provider
 * (`google`, `azure`, `openwhisk` also have `http` events, which are not API Gateway's).
 */
export function isServerlessService(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const provider = isObject(value.provider) ? value.provider.name : value.provider;
  if (typeof provider === "string" && provider !== "aws") return false;
  return "frameworkVersion" in value || ("service" in value && provider === "aws");
}

/** The document with its variables resolved; positions still come from the written file. */
function resolvedDocument(doc: LoadedDocument): LoadedDocument {
  const value = new VariableResolver(doc.value).resolveTree(doc.value);
  return { file: doc.file, index: doc.index, text: doc.text, lines: doc.lines, value, locateAll: (requests) => doc.locateAll(requests) };
}

/** Where CloudFormation sits: `resources`, or each element of a `resources` list (the framework merges them). */
function resourceTemplates(value: unknown): JsonPath[] {
  const resources = isObject(value) ? value.resources : undefined;
  if (isObject(resources)) return isObject(resources.Resources) ? [["resources"]] : [];
  if (!Array.isArray(resources)) return [];
  return resources.flatMap((part, index) => (isObject(part) && isObject(part.Resources) ? [["resources", index]] : []));
}

export const serverlessExtractor: Extractor = {
  name: "serverless",
  // A service that fails to parse is still worth reporting when it declares API events or a framework version.
  textMarkers: /(^|\n)\s*frameworkVersion\s*:|\bhttpApi\s*:|-\s*http\s*:/,
  detect(doc) {
    return isServerlessService(doc.value);
  },
  extract(doc, context: ExtractContext): Integration[] {
    const resolved = resolvedDocument(doc);
    const templates = resourceTemplates(resolved.value);
    const service = new ServiceReader(resolved, templates[0] ?? ["resources"]);
    const integrations: Integration[] = [];
    const httpApiFunctions: HttpApiFunction[] = [];
    for (const [, config, functionPath] of functionsOf(resolved.value)) {
      const events = Array.isArray(config.events) ? config.events : [];
      events.forEach((event, index) => {
        if (!isObject(event) || event.http === undefined || event.http === null) return;
        const integration = httpEventIntegration(service, [...functionPath, "events", index, "http"], event.http);
        if (integration) integrations.push(integration);
      });
      const firstRoute = events.findIndex((event) => isObject(event) && event.httpApi !== undefined && event.httpApi !== null);
      if (firstRoute !== -1) httpApiFunctions.push({ functionPath, config, firstRoute });
    }
    integrations.push(...httpApiIntegrations(service, httpApiFunctions));
    for (const base of templates) integrations.push(...extractTemplateAt(resolved, base, context));
    return integrations;
  },
};

// Before CloudFormation: a service's `resources:` would otherwise make it look like a bare template.
registerExtractor(serverlessExtractor, "cloudformation");
