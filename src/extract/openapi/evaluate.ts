import { UNKNOWN_PART } from "../../model/integration.js";
import { evaluateTemplated, type Evaluate } from "../../model/fields.js";

/**
 * How a standalone OpenAPI file's values read. Strings keep API Gateway's own `${stageVariables.x}` and
 * turn templating placeholders (`${lambda_arn}`, `{{ var }}`) into UNKNOWN_PART. Specs pulled into a
 * template with `Fn::Transform: AWS::Include` carry CloudFormation intrinsics (`{"Fn::Sub": ...}`): their
 * value is not known here, so they read as unknown (never as a wrong type).
 */
export const evaluateOpenApi: Evaluate = (raw) => {
  if (typeof raw === "string") return evaluateTemplated(raw);
  if (isIntrinsic(raw)) return evaluateIntrinsic(raw);
  return undefined;
};

/** The import stores an integer `statusCode: 200` as "200" (catalog `openapi-responses-keys`). */
export function withIntegersAsText(evaluate: Evaluate): Evaluate {
  return (raw) => (typeof raw === "number" && Number.isInteger(raw) ? String(raw) : evaluate(raw));
}

/** A one-key object `{"Ref": ...}` or `{"Fn::...": ...}`, as CloudFormation writes its functions. */
export function isIntrinsic(raw: unknown): raw is Record<string, unknown> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return false;
  const keys = Object.keys(raw);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0] === "Condition" || keys[0]!.startsWith("Fn::"));
}

/**
 * `Fn::Sub` keeps its literal text (so `arn:aws:apigateway:${AWS::Region}:lambda:path/...` can still be
 * checked around the unknown region); `${!x}` is the escape for a literal `${x}`. `Fn::Join` joins what it
 * can. Every other function is wholly unknown.
 */
function evaluateIntrinsic(raw: Record<string, unknown>): string {
  if ("Fn::Sub" in raw) {
    const argument = raw["Fn::Sub"];
    const template = typeof argument === "string" ? argument : Array.isArray(argument) && typeof argument[0] === "string" ? argument[0] : undefined;
    if (template === undefined) return UNKNOWN_PART;
    return template.replace(/\$\{(!?)([^}]*)\}/g, (_all, literal: string, name: string) => (literal ? `\${${name}}` : UNKNOWN_PART));
  }
  if ("Fn::Join" in raw) {
    const argument = raw["Fn::Join"];
    if (!Array.isArray(argument) || typeof argument[0] !== "string" || !Array.isArray(argument[1])) return UNKNOWN_PART;
    const separator = argument[0];
    return argument[1].map((part) => (typeof part === "string" ? part : isIntrinsic(part) ? evaluateIntrinsic(part) : UNKNOWN_PART)).join(separator);
  }
  return UNKNOWN_PART;
}
