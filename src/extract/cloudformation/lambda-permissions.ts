import { isExact } from "../../model/fields.js";
import type { Evaluate } from "../../model/fields.js";
import { isObject, LAMBDA_FUNCTION_TYPES, resourcesOfType, type Template } from "./template.js";

/**
 * Which Lambda functions of a template API Gateway may invoke through their resource policy:
 * `AWS::Lambda::Permission` with principal apigateway.amazonaws.com, SAM functions with an `Api` /
 * `HttpApi` event and SAM connectors to a function (SAM adds the permission itself). Feeds the `cfn-lambda-permission-missing` rule.
 */

/** What the extractor tells the rule, in `Integration.extra.lambdaFunction`. */
export interface LambdaFunctionTarget {
  readonly logicalId: string;
  /** `unknown` when some permission's function cannot be resolved: it might be this one. */
  readonly permission: "granted" | "missing" | "unknown";
}

/** Logical ids referenced anywhere in a value: `Ref`, `Fn::GetAtt` and `${X}` / `${X.Attr}` in `Fn::Sub`. */
export function referencedIds(raw: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 20) return out;
  if (Array.isArray(raw)) {
    for (const item of raw) referencedIds(item, out, depth + 1);
    return out;
  }
  if (!isObject(raw)) return out;
  for (const [key, value] of Object.entries(raw)) {
    if (key === "Ref" && typeof value === "string") out.add(value);
    else if (key === "Fn::GetAtt") {
      const id = Array.isArray(value) ? value[0] : typeof value === "string" ? value.split(".")[0] : undefined;
      if (typeof id === "string") out.add(id);
    } else if (key === "Fn::Sub") {
      const text = Array.isArray(value) ? value[0] : value;
      const variables = Array.isArray(value) && isObject(value[1]) ? value[1] : {};
      if (typeof text === "string") {
        for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const name = match[1]!.trim();
          if (!(name in variables)) out.add(name.split(".")[0]!);
        }
      }
      referencedIds(variables, out, depth + 1);
    } else referencedIds(value, out, depth + 1);
  }
  return out;
}

export class LambdaPermissions {
  private readonly granted = new Set<string>();
  private unresolved = false;

  constructor(
    private readonly template: Template,
    evaluate: Evaluate,
  ) {
    for (const permission of resourcesOfType(template, "AWS::Lambda::Permission")) {
      const principal = evaluate(permission.properties.Principal);
      if (isExact(principal) && principal !== "*" && !principal.includes("apigateway")) continue;
      const target = permission.properties.FunctionName;
      const functions = [...referencedIds(target)].filter((id) => this.isFunction(id));
      if (functions.length) functions.forEach((id) => this.granted.add(id));
      else if (typeof target === "string") this.byName(target);
      else this.unresolved = true;
    }
    for (const resource of template.resources.values()) {
      if (resource.type === "AWS::Serverless::Connector") this.connector(resource.properties);
      // SAM embedded connectors sit beside Properties: `Connectors: {Name: {Properties: {Destination...}}}`.
      if (isObject(resource.raw.Connectors)) {
        for (const embedded of Object.values(resource.raw.Connectors)) if (isObject(embedded) && isObject(embedded.Properties)) this.connector(embedded.Properties);
      }
    }
    for (const fn of resourcesOfType(template, "AWS::Serverless::Function")) {
      const events = fn.properties.Events;
      if (!isObject(events)) continue;
      if (Object.values(events).some((event) => isObject(event) && (event.Type === "Api" || event.Type === "HttpApi"))) this.granted.add(fn.logicalId);
    }
  }

  /** A SAM connector to a function grants the source (an API here, or anything else: it is not checked). */
  private connector(properties: Record<string, unknown>): void {
    const destinations = Array.isArray(properties.Destination) ? properties.Destination : [properties.Destination];
    for (const destination of destinations) {
      if (!isObject(destination)) continue;
      if (typeof destination.Id === "string") {
        if (this.isFunction(destination.Id)) this.granted.add(destination.Id);
      } else if (destination.Type === undefined || destination.Type === "AWS::Lambda::Function") {
        this.unresolved = true;
      }
    }
  }

  private isFunction(id: string): boolean {
    return LAMBDA_FUNCTION_TYPES.includes(this.template.resources.get(id)?.type ?? "");
  }

  /** A literal name or ARN grants a function of this template only if that function has this exact name. */
  private byName(target: string): void {
    const name = target.includes(":function:") ? target.split(":function:")[1]!.split(":")[0]! : target;
    for (const fn of resourcesOfType(this.template, ...LAMBDA_FUNCTION_TYPES)) {
      if (fn.properties.FunctionName === name) this.granted.add(fn.logicalId);
    }
  }

  /** The function an integration uri invokes, when it names exactly one function of the template. */
  targetOf(uri: unknown): LambdaFunctionTarget | undefined {
    const functions = [...referencedIds(uri)].filter((id) => this.isFunction(id));
    if (functions.length !== 1) return undefined;
    const logicalId = functions[0]!;
    const permission = this.granted.has(logicalId) ? "granted" : this.unresolved ? "unknown" : "missing";
    return { logicalId, permission };
  }
}
