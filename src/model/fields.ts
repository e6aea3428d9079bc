import type { LoadedDocument, JsonPath } from "../load/types.js";
import { UNKNOWN_PART, type Field, type NodeRef } from "./integration.js";

/** Turns a raw value into its string form, with UNKNOWN_PART for parts that cannot be known. */
export type Evaluate = (raw: unknown) => string | undefined;

/** PutIntegration bodies and CLI outputs: a string is a string, nothing else is. */
export const evaluatePlain: Evaluate = (raw) => (typeof raw === "string" ? raw : undefined);

/**
 * Placeholders that templating tools leave in specs (`${lambda_arn}` from Terraform `templatefile`,
 * `{{ var }}` from Jinja/Handlebars). `${stageVariables.x}` is API Gateway's own syntax: kept as written.
 */
const TEMPLATE_PLACEHOLDER = /\$\{(?!stageVariables\.)[^}]*\}|\{\{[^}]*\}\}/g;

export const evaluateTemplated: Evaluate = (raw) => (typeof raw === "string" ? raw.replace(TEMPLATE_PLACEHOLDER, UNKNOWN_PART) : undefined);

export function isExact(text: string | undefined): text is string {
  return text !== undefined && !text.includes(UNKNOWN_PART);
}

export function makeField(doc: LoadedDocument, path: JsonPath, key: string, raw: unknown, evaluate: Evaluate): Field {
  let text: string | undefined | null = null;
  const ref: NodeRef = { doc, path };
  return {
    key,
    raw,
    ref,
    evaluate,
    get text() {
      if (text === null) text = evaluate(raw);
      return text;
    },
  };
}

