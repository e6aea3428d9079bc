import type { JsonPath, LoadedDocument } from "../../load/types.js";

/**
 * A CloudFormation template as the extractor sees it: its resources by logical id and its parameters.
 * Serverless Framework files keep raw CloudFormation under `resources:`, so the template may start
 * below the document root (`base`).
 */

export interface TemplateResource {
  readonly logicalId: string;
  readonly type: string;
  /** `{}` when the resource has no Properties. */
  readonly properties: Record<string, unknown>;
  /** Path of the Properties object in the document. */
  readonly propertiesPath: JsonPath;
  readonly raw: Record<string, unknown>;
}

export interface Template {
  readonly doc: LoadedDocument;
  readonly base: JsonPath;
  readonly resources: ReadonlyMap<string, TemplateResource>;
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Whether the SAM transform is declared (SAM resource types are expanded at deploy time). */
  readonly sam: boolean;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const isAwsTyped = (resource: unknown) => isObject(resource) && typeof resource.Type === "string" && resource.Type.startsWith("AWS::");

function hasAwsResources(resources: unknown): boolean {
  return isObject(resources) && Object.values(resources).some(isAwsTyped);
}

function declaresServerlessTransform(transform: unknown): boolean {
  const names = Array.isArray(transform) ? transform : [transform];
  return names.some((name) => typeof name === "string" && name.startsWith("AWS::Serverless-"));
}

/**
 * Where the template starts in a document, or undefined when the document is no template: the root
 * for CloudFormation/SAM/CDK (`AWSTemplateFormatVersion`, `Transform: AWS::Serverless-...` or
 * `AWS::` resources), `resources` for a Serverless Framework file.
 */
export function templateBase(value: unknown): JsonPath | undefined {
  if (!isObject(value)) return undefined;
  if ("AWSTemplateFormatVersion" in value || declaresServerlessTransform(value.Transform) || hasAwsResources(value.Resources)) return [];
  if (isObject(value.resources) && hasAwsResources(value.resources.Resources)) return ["resources"];
  return undefined;
}

export function readTemplate(doc: LoadedDocument, base: JsonPath): Template {
  let root: unknown = doc.value;
  // `base` may pass through a list (a Serverless Framework `resources:` list of fragments).
  for (const segment of base) root = typeof root === "object" && root !== null ? (root as Record<string, unknown>)[String(segment)] : undefined;
  const template = isObject(root) ? root : {};
  const resources = new Map<string, TemplateResource>();
  const declared = isObject(template.Resources) ? template.Resources : {};
  for (const [logicalId, resource] of Object.entries(declared)) {
    // `Fn::ForEach::Name` entries (AWS::LanguageExtensions) are loops, not resources.
    if (!isObject(resource) || typeof resource.Type !== "string") continue;
    resources.set(logicalId, {
      logicalId,
      type: resource.Type,
      properties: isObject(resource.Properties) ? resource.Properties : {},
      propertiesPath: [...base, "Resources", logicalId, "Properties"],
      raw: resource,
    });
  }
  return {
    doc,
    base,
    resources,
    parameters: isObject(template.Parameters) ? template.Parameters : {},
    sam: declaresServerlessTransform(template.Transform),
  };
}

export function resourcesOfType(template: Template, ...types: string[]): TemplateResource[] {
  return [...template.resources.values()].filter((resource) => types.includes(resource.type));
}

export const LAMBDA_FUNCTION_TYPES = ["AWS::Lambda::Function", "AWS::Serverless::Function"];

/** The logical id a `Ref` or `Fn::GetAtt` (long or dotted form) points to, with the attribute if any. */
export function referenceOf(raw: unknown): { logicalId: string; attribute?: string } | undefined {
  if (!isObject(raw)) return undefined;
  const keys = Object.keys(raw);
  if (keys.length !== 1) return undefined;
  if (typeof raw.Ref === "string") return { logicalId: raw.Ref };
  const getAtt = raw["Fn::GetAtt"];
  if (Array.isArray(getAtt) && typeof getAtt[0] === "string" && typeof getAtt[1] === "string") return { logicalId: getAtt[0], attribute: getAtt[1] };
  if (typeof getAtt === "string") {
    const dot = getAtt.indexOf(".");
    if (dot > 0) return { logicalId: getAtt.slice(0, dot), attribute: getAtt.slice(dot + 1) };
  }
  return undefined;
}
