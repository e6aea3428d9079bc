import type { LoadedDocument, JsonPath } from "../load/types.js";
import type {
  DeclaredParameter, Field, FieldName, Integration, IntegrationResponse, InputKind, MethodContext, MethodResponse, NodeRef,
} from "../model/integration.js";
import { evaluatePlain, LazyField, makeField, type Evaluate } from "../model/fields.js";
import { FieldTable } from "../model/record.js";
import { recognisingPlaceholders } from "../model/placeholders.js";
import type { ExtractContext, Extractor } from "./types.js";

/**
 * API Gateway's own JSON: a PutIntegration request body, and the AWS CLI outputs that carry the method
 * context (`get-integration`, `get-method`, `get-resources --embed methods`). Field names are the
 * API's camelCase; enums are case-sensitive and values must be JSON strings (the PutIntegration dialect).
 * These are the `apigateway` (v1) API's shapes, so they are REST integrations whatever `--api-kind` says.
 */

const INTEGRATION_FIELDS: readonly FieldName[] = [
  "type", "uri", "credentials", "connectionType", "connectionId", "integrationTarget", "requestParameters",
  "requestTemplates", "passthroughBehavior", "contentHandling", "timeoutInMillis", "cacheNamespace",
  "cacheKeyParameters", "tlsConfig", "responseTransferMode", "payloadFormatVersion", "integrationSubtype",
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function isIntegrationLike(v: unknown): v is Record<string, unknown> {
  if (!isObject(v)) return false;
  return "type" in v && ("uri" in v || "integrationHttpMethod" in v || "requestTemplates" in v || "passthroughBehavior" in v ||
    "connectionType" in v || "timeoutInMillis" in v || "integrationResponses" in v || "httpMethod" in v || "credentials" in v);
}

function isMethodLike(v: unknown): v is Record<string, unknown> {
  return isObject(v) && typeof v.httpMethod === "string" && ("methodIntegration" in v || "authorizationType" in v || "methodResponses" in v);
}

function isResourcesLike(v: unknown): v is { items: unknown[] } {
  return isObject(v) && Array.isArray(v.items) && v.items.some((item) => isObject(item) && ("resourceMethods" in item || "pathPart" in item || "path" in item));
}

function field(doc: LoadedDocument, base: JsonPath, object: Record<string, unknown>, key: string, evaluate: Evaluate): Field | undefined {
  return key in object ? new LazyField(key, object[key], { doc, path: base }, evaluate, key) : undefined;
}

/** `putIntegration` input names the backend verb `integrationHttpMethod`; outputs call it `httpMethod`. */
function integrationFields(table: FieldTable, doc: LoadedDocument, base: JsonPath, object: Record<string, unknown>, isRequestBody: boolean, evaluate: Evaluate) {
  const at: NodeRef = { doc, path: base };
  const row = table.row(evaluate);
  for (const name of INTEGRATION_FIELDS) if (name in object) row.member(name, name, object, at);
  const verbKey = isRequestBody ? "integrationHttpMethod" : "httpMethod";
  if (verbKey in object) row.member("httpMethod", verbKey, object, at);
  return row.done();
}

function integrationResponses(doc: LoadedDocument, base: JsonPath, value: unknown, evaluate: Evaluate): IntegrationResponse[] {
  if (!isObject(value)) return [];
  return Object.keys(value).flatMap((key) => {
    const response = value[key];
    if (!isObject(response)) return [];
    const path = [...base, key];
    const result: IntegrationResponse = {
      ref: { doc, path },
      statusCode: field(doc, path, response, "statusCode", evaluate) ?? makeField(doc, path, key, key, evaluatePlain),
      ...optional("selectionPattern", field(doc, path, response, "selectionPattern", evaluate)),
      ...optional("responseParameters", field(doc, path, response, "responseParameters", evaluate)),
      ...optional("responseTemplates", field(doc, path, response, "responseTemplates", evaluate)),
      ...optional("contentHandling", field(doc, path, response, "contentHandling", evaluate)),
    };
    return [result];
  });
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

function methodContext(doc: LoadedDocument, base: JsonPath, method: Record<string, unknown>, resourcePath?: string): MethodContext {
  const requestParameters = new Map<string, DeclaredParameter>();
  if (isObject(method.requestParameters)) {
    for (const name of Object.keys(method.requestParameters)) {
      const required = method.requestParameters[name];
      requestParameters.set(name, {
        name,
        required: typeof required === "boolean" ? required : undefined,
        ref: { doc, path: [...base, "requestParameters", name] },
      });
    }
  }
  const methodResponses = new Map<string, MethodResponse>();
  if (isObject(method.methodResponses)) {
    for (const status of Object.keys(method.methodResponses)) {
      const response = method.methodResponses[status];
      const headers = new Set<string>();
      if (isObject(response) && isObject(response.responseParameters)) {
        for (const key of Object.keys(response.responseParameters)) {
          if (key.startsWith("method.response.header.")) headers.add(key.slice("method.response.header.".length));
        }
      }
      const statusCode = isObject(response) && typeof response.statusCode === "string" ? response.statusCode : status;
      const ref = { doc, path: [...base, "methodResponses", status] };
      const declared = isObject(response) && response.responseParameters !== undefined;
      const headerDeclarations = declared ? { ref: { doc, path: [...ref.path, "responseParameters"] } } : { ref, mapKey: "responseParameters" };
      methodResponses.set(statusCode, { statusCode, headers, ref, ...(isObject(response) ? { headerDeclarations } : {}) });
    }
  }
  return {
    ...(typeof method.httpMethod === "string" ? { httpMethod: method.httpMethod } : {}),
    ...(resourcePath !== undefined ? { resourcePath } : {}),
    requestParameters,
    methodResponses,
    ref: { doc, path: base },
  };
}

function fromMethod(table: FieldTable, doc: LoadedDocument, base: JsonPath, method: Record<string, unknown>, input: InputKind, evaluate: Evaluate, resourcePath?: string): Integration[] {
  const integration = method.methodIntegration;
  if (!isObject(integration)) return [];
  const integrationPath = [...base, "methodIntegration"];
  return [{
    dialect: "put-integration",
    input,
    apiKind: "REST",
    ref: { doc, path: integrationPath },
    fields: integrationFields(table, doc, integrationPath, integration, false, evaluate),
    method: methodContext(doc, base, method, resourcePath),
    responses: integrationResponses(doc, [...integrationPath, "integrationResponses"], integration.integrationResponses, evaluate),
  }];
}

function fromIntegration(table: FieldTable, doc: LoadedDocument, object: Record<string, unknown>, evaluate: Evaluate): Integration {
  // A PutIntegration request carries the backend verb as integrationHttpMethod; its httpMethod is the method's.
  const isRequestBody = "integrationHttpMethod" in object || "restApiId" in object || "resourceId" in object;
  const method: MethodContext = isRequestBody && typeof object.httpMethod === "string" ? { httpMethod: object.httpMethod } : {};
  const ref: NodeRef = { doc, path: [] };
  return {
    dialect: "put-integration",
    input: isRequestBody ? "put-integration" : "get-integration",
    apiKind: "REST",
    ref,
    fields: integrationFields(table, doc, [], object, isRequestBody, evaluate),
    method,
    ...("integrationResponses" in object ? { responses: integrationResponses(doc, ["integrationResponses"], object.integrationResponses, evaluate) } : {}),
  };
}

export const rawExtractor: Extractor = {
  name: "aws-json",
  // What isIntegrationLike, isMethodLike and isResourcesLike look for beside `type` / `httpMethod` / `items`.
  textMarkers: /\b(integrationHttpMethod|methodIntegration|resourceMethods|passthroughBehavior|timeoutInMillis|requestTemplates|integrationResponses|connectionType)\b/,
  detect(doc) {
    const v = doc.value;
    return isResourcesLike(v) || isMethodLike(v) || isIntegrationLike(v);
  },
  extract(doc, context: ExtractContext) {
    const v = doc.value;
    // Sample request bodies carry placeholders too (`arn:aws:lambda:<region>:...`).
    const evaluate = recognisingPlaceholders(evaluatePlain, context.options.placeholders);
    const table = new FieldTable();
    if (isResourcesLike(v)) {
      const out: Integration[] = [];
      v.items.forEach((item, index) => {
        if (!isObject(item) || !isObject(item.resourceMethods)) return;
        const resourcePath = typeof item.path === "string" ? item.path : undefined;
        for (const verb of Object.keys(item.resourceMethods)) {
          const method = item.resourceMethods[verb];
          if (!isObject(method)) continue;
          const withVerb = typeof method.httpMethod === "string" ? method : { ...method, httpMethod: verb };
          out.push(...fromMethod(table, doc, ["items", index, "resourceMethods", verb], withVerb, "get-resources", evaluate, resourcePath));
        }
      });
      return out;
    }
    if (isMethodLike(v)) return fromMethod(table, doc, [], v, "get-method", evaluate);
    if (isIntegrationLike(v)) return [fromIntegration(table, doc, v, evaluate)];
    return [];
  },
};
