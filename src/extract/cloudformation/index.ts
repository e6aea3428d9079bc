import type { JsonPath, LoadedDocument } from "../../load/types.js";
import type { Integration } from "../../model/integration.js";
import { extractors, registerExtractor } from "../index.js";
import type { ExtractContext, Extractor } from "../types.js";
import { cfnEvaluator } from "./evaluate.js";
import { recognisingPlaceholders } from "../../model/placeholders.js";
import { FieldReader } from "./fields.js";
import { httpApiIntegrations } from "./http-integration.js";
import { inlineOpenApiIntegrations } from "./inline-openapi.js";
import { LambdaPermissions } from "./lambda-permissions.js";
import { restMethodIntegrations } from "./rest-method.js";
import { readTemplate, templateBase } from "./template.js";

/**
 * CloudFormation, SAM and CDK synth output (and the `resources:` of a Serverless Framework file):
 * `AWS::ApiGateway::Method` integrations, `AWS::ApiGatewayV2::Integration` (HTTP APIs), and OpenAPI
 * definitions inline or included. Intrinsics are evaluated partly; what only deploy time knows stays unknown.
 */
export const cloudFormationExtractor: Extractor = {
  name: "cloudformation",
  textMarkers: /AWS::(ApiGateway|ApiGatewayV2|Serverless)::/,
  detect(doc) {
    return templateBase(doc.value) !== undefined;
  },
  extract(doc, context: ExtractContext): Integration[] {
    const base = templateBase(doc.value);
    return base === undefined ? [] : extractTemplateAt(doc, base, context);
  },
};

/** The integrations of the template that starts at `base` in the document. */
export function extractTemplateAt(doc: LoadedDocument, base: JsonPath, context: ExtractContext): Integration[] {
  const template = readTemplate(doc, base);
  const reader = new FieldReader(template, recognisingPlaceholders(cfnEvaluator(template), context.options.placeholders));
  const permissions = new LambdaPermissions(template, reader.evaluate);
  const integrations = [
    ...restMethodIntegrations(template, reader),
    ...httpApiIntegrations(template, reader),
    ...inlineOpenApiIntegrations(template, reader, context),
  ];
  return integrations.map((integration) => {
    const lambdaFunction = permissions.targetOf(integration.fields.uri?.raw);
    return lambdaFunction ? { ...integration, extra: { ...integration.extra, lambdaFunction } } : integration;
  });
}

// Templates first: a SAM template embeds OpenAPI, and must not be read as a bare OpenAPI document.
registerExtractor(cloudFormationExtractor, extractors.some((e) => e.name === "openapi") ? "openapi" : "aws-json");
