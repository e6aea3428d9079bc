import type { JsonPath, LoadedDocument } from "../load/types.js";

/**
 * The one normalized integration model every rule sees, whatever the input format was.
 * Rules never look at the raw file; they read fields, the method context and the responses.
 */

/** Where a node came from: a document and the path inside it. Ranges are resolved only when reported. */
export interface NodeRef {
  readonly doc: LoadedDocument;
  readonly path: JsonPath;
}

/** How the source spells the integration, which decides enum case rules and scalar coercion. */
export type Dialect = "put-integration" | "openapi" | "cloudformation" | "terraform";

/** REST API (v1) or HTTP API (v2): different rules apply. */
export type ApiKind = "REST" | "HTTP";

export type EndpointType = "EDGE" | "REGIONAL" | "PRIVATE";

/** The input kind the integration was extracted from (for messages and tests). */
export type InputKind =
  | "put-integration"
  | "get-integration"
  | "get-method"
  | "get-resources"
  | "openapi"
  | "cloudformation"
  | "serverless"
  | "terraform"
  | "terraform-plan";

/** Canonical field names: GetIntegration / OpenAPI spelling (`httpMethod` is the backend verb). */
export type FieldName =
  | "type"
  | "httpMethod"
  | "uri"
  | "credentials"
  | "connectionType"
  | "connectionId"
  | "integrationTarget"
  | "requestParameters"
  | "requestTemplates"
  | "passthroughBehavior"
  | "contentHandling"
  | "timeoutInMillis"
  | "cacheNamespace"
  | "cacheKeyParameters"
  | "tlsConfig"
  | "responseTransferMode"
  | "payloadFormatVersion"
  | "integrationSubtype"
  /** HTTP API (v2) only: response mappings keyed by status code. */
  | "responseParameters"
  | "responses";

/** Stands for a part of a string that cannot be known statically (a CFN intrinsic, a template placeholder). */
export const UNKNOWN_PART = "\uE000";

export interface Field {
  /** The name as written in the source (`IntegrationHttpMethod`, `integrationHttpMethod`, `httpMethod`). */
  readonly key: string;
  /** The value as loaded (CloudFormation intrinsics in their long form). */
  readonly raw: unknown;
  readonly ref: NodeRef;
  /**
   * The value as a string when it is one, or when a template can be partly evaluated (`Fn::Sub`):
   * unknown parts are UNKNOWN_PART. `undefined` when it is not a string and cannot be evaluated.
   */
  readonly text: string | undefined;
  /** How the dialect evaluates nested values (map entries, array elements) of this field. */
  readonly evaluate?: (raw: unknown) => string | undefined;
}

/** A declared method request parameter (`method.request.querystring.id`). */
export interface DeclaredParameter {
  readonly name: string;
  readonly required: boolean | undefined;
  /** The declaration's value as written (a boolean, or a string or object in CloudFormation). */
  readonly raw?: unknown;
  readonly ref?: NodeRef;
}

export interface MethodResponse {
  readonly statusCode: string;
  /** Declared `method.response.header.X` names (the X). */
  readonly headers: ReadonlySet<string>;
  readonly ref?: NodeRef;
  /**
   * Where a header declaration can be written (the response-header-undeclared fix): the map of its
   * `method.response.header.X` entries, or, when it has none, the method response and the key the map goes under.
   */
  readonly headerDeclarations?: { readonly ref: NodeRef; readonly mapKey?: string };
}

export interface MethodContext {
  /** The method's own verb (GET, ANY, ...) when known. */
  readonly httpMethod?: string;
  readonly resourcePath?: string;
  /**
   * Declared request parameters keyed by full name (`method.request.path.id`).
   * `undefined` when the input does not carry them: rules then say nothing rather than guess.
   */
  readonly requestParameters?: ReadonlyMap<string, DeclaredParameter>;
  /** Method responses keyed by status code; `undefined` when the input does not carry them. */
  readonly methodResponses?: ReadonlyMap<string, MethodResponse>;
  readonly ref?: NodeRef;
}

export interface IntegrationResponse {
  /** The integration response object. */
  readonly ref: NodeRef;
  /** OpenAPI: the `responses` key, a selection pattern (`default` for none). */
  readonly key?: Field;
  readonly statusCode?: Field;
  readonly selectionPattern?: Field;
  readonly responseParameters?: Field;
  readonly responseTemplates?: Field;
  readonly contentHandling?: Field;
}

export interface Integration {
  readonly dialect: Dialect;
  readonly input: InputKind;
  readonly apiKind: ApiKind;
  readonly endpointType?: EndpointType;
  /** The integration object itself. */
  readonly ref: NodeRef;
  readonly fields: Readonly<Partial<Record<FieldName, Field>>>;
  readonly method: MethodContext;
  /** Integration responses, `undefined` when the input cannot carry them. */
  readonly responses?: readonly IntegrationResponse[];
  /**
   * Names where a finding comes from, in the source's own terms: the keys an integration was generated from
   * (a Serverless Framework event: `integration: lambda`, `response.statusCodes.400.pattern`), or the resource
   * address in a Terraform plan. The engine appends it to the message, so rules keep one wording for every input.
   */
  readonly describe?: (path: JsonPath) => string | undefined;
  /** Findings from other resources may need them (CloudFormation cross-resource checks). */
  readonly extra?: Readonly<Record<string, unknown>>;
}
