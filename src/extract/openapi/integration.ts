import type { Dialect, ApiKind, Field, FieldName, Integration, IntegrationResponse, MethodContext } from "../../model/integration.js";
import { evaluatePlain, LazyField, type Evaluate } from "../../model/fields.js";
import type { FieldTable } from "../../model/record.js";
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
  /** The table the integrations' fields are written to. */
  readonly table: FieldTable;
}

export function buildIntegration(resolver: RefResolver, node: Located, method: MethodContext, setting: IntegrationSetting): Integration {
  const object = isObject(node.value) ? node.value : {};
  const ref = refOf(node);
  const row = setting.table.row(setting.evaluate);
  for (const name of FIELDS) {
    if (Object.hasOwn(object, name)) row.member(name, name, object, ref);
  }
  const fields = row.done();
  return {
    dialect: setting.dialect,
    input: "openapi",
    apiKind: setting.apiKind,
    ref,
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
    const response = resolver.resolve(child(responses, key));
    if (!response || !isObject(response.value)) continue;
    const value = response.value;
    const at = refOf(response);
    const field = (name: string, how: Evaluate = evaluate) => (Object.hasOwn(value, name) ? new LazyField(name, value[name], at, how, name) : undefined);
    out.push({
      ref: at,
      key: new LazyField(key, key, responses, evaluatePlain, key),
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
