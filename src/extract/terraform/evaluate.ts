import { UNKNOWN_PART } from "../../model/integration.js";
import type { Evaluate } from "../../model/fields.js";
import { isObject, type TerraformModule } from "./module.js";

/** `${var.name}` or `${local.name}` and nothing else. */
const WHOLE_REFERENCE = /^\$\{\s*(var|local)\.([A-Za-z_][\w-]*)\s*\}$/;
/** `${aws_api_gateway_method_response.ok.status_code}`: an argument another API Gateway resource of the module sets. */
const ARGUMENT_REFERENCE = /^\$\{\s*(aws_api_gateway_[a-z_]+|aws_apigatewayv2_[a-z_]+)\.([A-Za-z_][\w-]*)\.([a-z_]+)\s*\}$/;
/** `aws_lambda_function.f.arn` (or `data.aws_lambda_function.f.invoke_arn`, `[count.index]` allowed). */
const LAMBDA_ATTRIBUTE = /^(data\.)?aws_lambda_function\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?\.(arn|invoke_arn|qualified_arn|qualified_invoke_arn)$/;
const MAX_DEPTH = 8;

/**
 * Terraform expression values as far as they are known statically: literals, `var.x` with a literal
 * default, `local.x` when it is literal, and an argument another API Gateway resource of the module writes
 * (`aws_api_gateway_method.get.http_method`, a method response's `status_code`). Everything else (computed
 * attributes such as `.id` or `invoke_arn`, functions, `count.index`, `each.key`) is unknown, as
 * CloudFormation intrinsics are: rules stay silent on it.
 */
export class TerraformValues {
  /** `templates: false` for plan values, which Terraform has already evaluated: a string is its text. */
  constructor(
    private readonly module: TerraformModule,
    private readonly templates = true,
  ) {}

  /** The value with whole `var.x` / `local.x` references replaced by their literal value, deeply. */
  resolve(raw: unknown, depth = 0): unknown {
    if (depth > MAX_DEPTH || !this.templates) return raw;
    if (typeof raw === "string") {
      const target = this.reference(raw);
      return target === undefined ? raw : this.resolve(target.value, depth + 1);
    }
    if (Array.isArray(raw)) return raw.map((item) => this.resolve(item, depth + 1));
    if (isObject(raw)) {
      const out: Record<string, unknown> = {};
      // A key written as an expression (`(var.k) = ...`) is a template too: unknown unless it evaluates.
      for (const [key, value] of Object.entries(raw)) out[/[$%]\{/.test(key) ? (this.text(key) ?? UNKNOWN_PART) : key] = this.resolve(value, depth + 1);
      return out;
    }
    return raw;
  }

  /** The string form of a value: templates evaluated, unknown parts as UNKNOWN_PART. */
  readonly text: Evaluate = (raw) => this.textOf(raw, 0);

  private textOf(raw: unknown, depth: number): string | undefined {
    if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
    if (typeof raw !== "string") return undefined;
    if (!this.templates) return raw;
    return evaluateTemplate(raw, (expression) => {
      const target = depth < MAX_DEPTH ? this.reference(`\${${expression}}`) : undefined;
      return target === undefined ? this.lambdaArn(expression) : this.textOf(this.resolve(target.value), depth + 1);
    });
  }

  /**
   * A Lambda function's `arn` keeps its shape (the classic bug is `uri = aws_lambda_function.f.arn`, a bare
   * function ARN), and its `invoke_arn` is the invocation URI API Gateway needs; the rest is unknown.
   */
  private lambdaArn(expression: string): string | undefined {
    const match = LAMBDA_ATTRIBUTE.exec(expression);
    if (!match) return undefined;
    const declared = match[1] ? undefined : this.module.resources.get(`aws_lambda_function.${match[2]}`)?.body.function_name;
    const name = typeof declared === "string" && !/[$%]\{/.test(declared) ? declared : UNKNOWN_PART;
    const qualifier = match[3]!.startsWith("qualified_") ? `:${UNKNOWN_PART}` : "";
    const functionArn = `arn:${UNKNOWN_PART}:lambda:${UNKNOWN_PART}:${UNKNOWN_PART}:function:${name}${qualifier}`;
    return match[3]!.endsWith("invoke_arn") ? `arn:${UNKNOWN_PART}:apigateway:${UNKNOWN_PART}:lambda:path/2015-03-31/functions/${functionArn}/invocations` : functionArn;
  }

  private reference(raw: string): { value: unknown } | undefined {
    const argument = ARGUMENT_REFERENCE.exec(raw);
    if (argument) {
      const body = this.module.resources.get(`${argument[1]}.${argument[2]}`)?.body;
      return body && argument[3]! in body && argument[3] !== "id" ? { value: body[argument[3]!] } : undefined;
    }
    const match = WHOLE_REFERENCE.exec(raw);
    if (!match) return undefined;
    const table = match[1] === "var" ? this.module.variables : this.module.locals;
    return table.has(match[2]!) ? { value: table.get(match[2]!) } : undefined;
  }
}

/**
 * Evaluates a Terraform template string: `$${` and `%%{` are escapes, `${expr}` is evaluated by `lookup`
 * (unknown when it returns undefined), `%{ directive }` is unknown.
 */
export function evaluateTemplate(template: string, lookup: (expression: string) => string | undefined): string {
  if (!template.includes("{")) return template;
  let out = "";
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    const next = template[i + 1];
    if ((c === "$" || c === "%") && next === c && template[i + 2] === "{") {
      out += `${c}{`;
      i += 3;
    } else if ((c === "$" || c === "%") && next === "{") {
      const end = closingBrace(template, i + 2);
      const expression = template.slice(i + 2, end).replace(/^~|~$/g, "").trim();
      out += c === "$" ? (lookup(expression) ?? UNKNOWN_PART) : UNKNOWN_PART;
      i = end + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index of the `}` that closes a template sequence, skipping nested braces and quoted strings. */
function closingBrace(text: string, from: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}
