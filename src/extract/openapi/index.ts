import type { JsonPath, LoadedDocument } from "../../load/types.js";
import type { ApiKind, Dialect, Integration } from "../../model/integration.js";
import type { Evaluate } from "../../model/fields.js";
import type { ExtractContext } from "../types.js";

/** How a container (a CloudFormation `Body` / `DefinitionBody`) changes the way an embedded OpenAPI object is read. */
export interface OpenApiOverrides {
  /** The container knows the API kind (AWS::ApiGateway::RestApi vs AWS::ApiGatewayV2::Api). */
  readonly apiKind?: ApiKind;
  /** How field values are evaluated (CloudFormation intrinsics inside an inline body). */
  readonly evaluate?: Evaluate;
  readonly dialect?: Dialect;
}

/**
 * Extracts every `x-amazon-apigateway-integration` of the OpenAPI object found at `basePath` in `doc`
 * (`[]` for a standalone spec, `["Resources", "Api", "Properties", "Body"]` for an inline CloudFormation body).
 */
export function extractOpenApiAt(doc: LoadedDocument, basePath: JsonPath, context: ExtractContext, overrides: OpenApiOverrides = {}): Integration[] {
  void doc; void basePath; void context; void overrides;
  return [];
}
