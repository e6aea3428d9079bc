import type { Dialect, ApiKind, Field, FieldName, Integration, IntegrationResponse, MethodContext } from "../../model/integration.js";
import { evaluatePlain, makeField, type Evaluate } from "../../model/fields.js";
import { withIntegersAsText } from "./evaluate.js";
import { child, isObject, refOf, type Located } from "./located.js";
import type { RefResolver } from "./refs.js";

/** `x-amazon-apigateway-integration` keys, spelt as the extension writes them (`httpMethod` is the backend verb). */
const FIELDS: readonly FieldName[] = [
  "type", "httpMethod", "uri", "credentials", "connectionType", "connectionId", "integrationTarget", "requestParameters",
  "requestTemplates", "passthroughBehavior", "contentHandling", "timeoutInMillis", "cacheNamespace", "cacheKeyParameters",
  "tlsConfig", "responseTransferMode", "payloadFormatVersion", "integrationSubtype", "responseParameters", "responses",
];

export interface IntegrationSetting {
  readonly apiKind: ApiKind;
  readonly dialect: Dialect;
  readonly evaluate: Evaluate;
}

export function buildIntegration(resolver: RefResolver, node: Located, method: MethodContext, setting: IntegrationSetting): Integration {
  const object = isObject(node.value) ? node.value : {};
  const fields: Partial<Record<FieldName, Field>> = {};
  for (const name of FIELDS) {
    if (Object.hasOwn(object, name)) fields[name] = makeField(node.doc, [...node.path, name], name, object[name], setting.evaluate);
  }
  return {
    dialect: setting.dialect,
    input: "openapi",
    apiKind: setting.apiKind,
    ref: refOf(node),
    fields,
    method,
    responses: integrationResponses(resolver, child(node, "responses"), setting.evaluate),
  };
}

/**
 * The `responses` map: each key is a selection pattern (`default` = none), each value an integration
 * response whose `statusCode` may be written as an integer (catalog `openapi-responses-keys`).
 */
function integrationResponses(resolver: RefResolver, responses: Located, evaluate: Evaluate): IntegrationResponse[] {
  if (!isObject(responses.value)) return [];
  const out: IntegrationResponse[] = [];
  for (const key of Object.keys(responses.value)) {
    const member = child(responses, key);
    const response = resolver.resolve(member);
    if (!response || !isObject(response.value)) continue;
    const value = response.value;
    const field = (name: string, how: Evaluate = evaluate) =>
      Object.hasOwn(value, name) ? makeField(response.doc, [...response.path, name], name, value[name], how) : undefined;
    out.push({
      ref: refOf(response),
      key: makeField(member.doc, member.path, key, key, evaluatePlain),
      ...present("statusCode", field("statusCode", withIntegersAsText(evaluate))),
      ...present("responseParameters", field("responseParameters")),
      ...present("responseTemplates", field("responseTemplates")),
      ...present("contentHandling", field("contentHandling")),
    });
  }
  return out;
}

function present<K extends string>(key: K, value: Field | undefined): { [P in K]?: Field } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: Field });
}
