import { UNKNOWN_PART } from "../../model/integration.js";
import type { Evaluate } from "../../model/fields.js";
import { isObject, LAMBDA_FUNCTION_TYPES, type Template } from "./template.js";

/**
 * Partial evaluation of CloudFormation intrinsics into the text a rule can read. Whatever is only known
 * at deploy time becomes UNKNOWN_PART, so rules stay silent about it; what is certain is kept, so that a
 * bare Lambda ARN from `!GetAtt Fn.Arn` still looks like one.
 */

const NO_VALUE = Symbol("AWS::NoValue");
type Result = string | undefined | typeof NO_VALUE;

/** `${AWS::Region}`, `${AWS::AccountId}`...: known only at deploy time. */
const isPseudoParameter = (name: string) => name.startsWith("AWS::");

/** A scalar as CloudFormation passes it to a string property: numbers and booleans become strings. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * The value a parameter takes unless the stack overrides it: its Default, or its only allowed value.
 * This is what a deploy without overrides gets, and what most samples ship with.
 */
function parameterValue(parameter: unknown): string | undefined {
  if (!isObject(parameter)) return undefined;
  if (typeof parameter.Type === "string" && /List/.test(parameter.Type)) return undefined;
  const byDefault = scalarText(parameter.Default);
  if (byDefault !== undefined) return byDefault;
  if (Array.isArray(parameter.AllowedValues) && parameter.AllowedValues.length === 1) return scalarText(parameter.AllowedValues[0]);
  return undefined;
}

export function cfnEvaluator(template: Template): Evaluate {
  const functionName = (logicalId: string): string => {
    const name = template.resources.get(logicalId)?.properties.FunctionName;
    return typeof name === "string" && /^[A-Za-z0-9_-]+$/.test(name) ? name : UNKNOWN_PART;
  };
  const isFunction = (logicalId: string) => LAMBDA_FUNCTION_TYPES.includes(template.resources.get(logicalId)?.type ?? "");
  const U = UNKNOWN_PART;

  /** The string a `Ref` or `${Name}` gives. */
  const reference = (name: string): Result => {
    if (name === "AWS::NoValue") return NO_VALUE;
    if (isPseudoParameter(name)) return U;
    if (name in template.parameters) return parameterValue(template.parameters[name]) ?? U;
    if (isFunction(name)) return functionName(name);
    return U;
  };

  /** The string `Fn::GetAtt` gives: a Lambda function's Arn keeps its shape, anything else is unknown. */
  const attribute = (logicalId: string, name: string): string => {
    if (name === "Arn" && isFunction(logicalId)) return `arn:${U}:lambda:${U}:${U}:function:${functionName(logicalId)}`;
    return U;
  };

  const substitute = (text: string, variables: Record<string, unknown>, depth: number): string => {
    let out = "";
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf("${", i);
      if (open === -1) break;
      out += text.slice(i, open);
      if (text[open + 2] === "!") {
        // `${!Literal}` is written out as `${Literal}`.
        out += "${";
        i = open + 3;
        continue;
      }
      const close = text.indexOf("}", open + 2);
      if (close === -1) {
        out += text.slice(open);
        i = text.length;
        break;
      }
      const name = text.slice(open + 2, close).trim();
      out += placeholder(name, variables, depth);
      i = close + 1;
    }
    return out + text.slice(i);
  };

  const placeholder = (name: string, variables: Record<string, unknown>, depth: number): string => {
    if (name in variables) {
      const value = evaluate(variables[name], depth + 1);
      return typeof value === "string" ? value : U;
    }
    const dot = name.indexOf(".");
    if (dot > 0 && !isPseudoParameter(name)) return attribute(name.slice(0, dot), name.slice(dot + 1));
    const value = reference(name);
    return typeof value === "string" ? value : U;
  };

  const evaluate = (raw: unknown, depth: number): Result => {
    const scalar = scalarText(raw);
    if (scalar !== undefined) return scalar;
    if (!isObject(raw) || depth > 20) return undefined;
    const keys = Object.keys(raw);
    if (keys.length !== 1) return undefined;
    const key = keys[0]!;
    const argument = raw[key];
    switch (key) {
      case "Ref":
        return typeof argument === "string" ? reference(argument) : U;
      case "Fn::GetAtt": {
        const [logicalId, name] = Array.isArray(argument) ? argument : typeof argument === "string" ? argument.split(/\.(.*)/s) : [];
        return typeof logicalId === "string" && typeof name === "string" ? attribute(logicalId, name) : U;
      }
      case "Fn::Sub": {
        if (typeof argument === "string") return substitute(argument, {}, depth);
        if (Array.isArray(argument) && typeof argument[0] === "string") return substitute(argument[0], isObject(argument[1]) ? argument[1] : {}, depth);
        return U;
      }
      case "Fn::Join": {
        if (!Array.isArray(argument) || typeof argument[0] !== "string" || !Array.isArray(argument[1])) return U;
        const parts = argument[1].map((part) => evaluate(part, depth + 1)).filter((part) => part !== NO_VALUE);
        return parts.map((part) => part ?? U).join(argument[0]);
      }
      case "Fn::Select": {
        if (!Array.isArray(argument) || !Array.isArray(argument[1])) return U;
        const index = Number(scalarText(argument[0]));
        const chosen = Number.isInteger(index) ? argument[1][index] : undefined;
        return chosen === undefined ? U : (evaluate(chosen, depth + 1) ?? U);
      }
      case "Fn::If": {
        if (!Array.isArray(argument)) return U;
        const [whenTrue, whenFalse] = [evaluate(argument[1], depth + 1), evaluate(argument[2], depth + 1)];
        return whenTrue === whenFalse && typeof whenTrue === "string" ? whenTrue : U;
      }
      default:
        // Every other intrinsic (ImportValue, FindInMap, Base64...) yields a string known only at deploy time.
        return key.startsWith("Fn::") || key === "Condition" ? U : undefined;
    }
  };

  return (raw) => {
    const value = evaluate(raw, 0);
    return value === NO_VALUE ? undefined : value;
  };
}

/** `!Ref AWS::NoValue`: the property is removed, as if it were not written. */
export function isNoValue(raw: unknown): boolean {
  return isObject(raw) && raw.Ref === "AWS::NoValue" && Object.keys(raw).length === 1;
}
