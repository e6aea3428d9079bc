import type { JsonPath, LoadedDocument } from "../../load/types.js";
import type { Field, FieldName, NodeRef } from "../../model/integration.js";
import { FieldTable, type RecordFields } from "../../model/record.js";
import { LazyField } from "../../model/fields.js";
import type { TerraformValues } from "./evaluate.js";
import type { TfObject } from "./module.js";

/**
 * Model fields from a resource's arguments, keyed as the provider spells them (`integration_http_method`),
 * so that rules naming `field.key` speak the user's language. Values are resolved (`var.x` with a literal
 * default is that value); positions stay where the argument is written.
 */
export class TerraformFieldReader {
  /** The module's integrations' fields. */
  private readonly table = new FieldTable();

  constructor(readonly values: TerraformValues) {}

  field(doc: LoadedDocument, base: JsonPath, body: TfObject, key: string): Field | undefined {
    if (!(key in body) || body[key] === null) return undefined;
    return new LazyField(key, this.values.resolve(body[key]), { doc, path: base }, this.values.text, key);
  }

  /** Response fields by name (an integration response's `statusCode`, ...). */
  fields<N extends string>(doc: LoadedDocument, base: JsonPath, body: TfObject, names: Readonly<Record<string, N>>): Partial<Record<N, Field>> {
    const out: Partial<Record<N, Field>> = {};
    for (const [key, name] of Object.entries(names) as [string, N][]) {
      const f = this.field(doc, base, body, key);
      if (f) out[name] = f;
    }
    return out;
  }

  /** An integration's fields, written to the module's record. */
  integrationFields(doc: LoadedDocument, base: JsonPath, body: TfObject, names: Readonly<Record<string, FieldName>>): RecordFields {
    const at: NodeRef = { doc, path: base };
    const row = this.table.row(this.values.text);
    for (const key in names) {
      if (key in body && body[key] !== null) row.set(names[key]!, key, this.values.resolve(body[key]), at, key);
    }
    return row.done();
  }
}

/** `aws_api_gateway_integration` arguments and their canonical (GetIntegration) names. */
export const REST_INTEGRATION_ARGUMENTS: Readonly<Record<string, FieldName>> = {
  type: "type",
  integration_http_method: "httpMethod",
  uri: "uri",
  credentials: "credentials",
  connection_type: "connectionType",
  connection_id: "connectionId",
  integration_target: "integrationTarget",
  request_parameters: "requestParameters",
  request_templates: "requestTemplates",
  passthrough_behavior: "passthroughBehavior",
  content_handling: "contentHandling",
  timeout_milliseconds: "timeoutInMillis",
  cache_namespace: "cacheNamespace",
  cache_key_parameters: "cacheKeyParameters",
  tls_config: "tlsConfig",
  response_transfer_mode: "responseTransferMode",
};

/** `aws_apigatewayv2_integration` arguments. */
export const HTTP_INTEGRATION_ARGUMENTS: Readonly<Record<string, FieldName>> = {
  integration_type: "type",
  integration_method: "httpMethod",
  integration_uri: "uri",
  credentials_arn: "credentials",
  connection_type: "connectionType",
  connection_id: "connectionId",
  request_parameters: "requestParameters",
  request_templates: "requestTemplates",
  passthrough_behavior: "passthroughBehavior",
  content_handling_strategy: "contentHandling",
  timeout_milliseconds: "timeoutInMillis",
  tls_config: "tlsConfig",
  payload_format_version: "payloadFormatVersion",
  integration_subtype: "integrationSubtype",
  response_parameters: "responseParameters",
};

export type ResponseFieldName = "statusCode" | "selectionPattern" | "responseParameters" | "responseTemplates" | "contentHandling";

/** `aws_api_gateway_integration_response` arguments. */
export const INTEGRATION_RESPONSE_ARGUMENTS: Readonly<Record<string, ResponseFieldName>> = {
  status_code: "statusCode",
  selection_pattern: "selectionPattern",
  response_parameters: "responseParameters",
  response_templates: "responseTemplates",
  content_handling: "contentHandling",
};
