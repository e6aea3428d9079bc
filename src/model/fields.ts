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

/**
 * A field whose text is evaluated on first read. A class rather than an object literal with a getter:
 * the getter lives once on the prototype instead of as a closure per field (20,000 integrations make
 * hundreds of thousands of fields, and their allocation is what the garbage collector pays for).
 * Its `ref` is made on first read too, from the node it was found under and the step from there: only a
 * field that is reported (or whose children are listed) needs its path as an array.
 */
export class LazyField implements Field {
  #text: string | undefined | null = null;
  #ref: NodeRef;
  #step: string | number | undefined;

  /** `at` is the field's own node, or with `step` the node whose member (or element) `step` the field is. */
  constructor(
    readonly key: string,
    readonly raw: unknown,
    at: NodeRef,
    readonly evaluate: Evaluate,
    step?: string | number,
  ) {
    this.#ref = at;
    this.#step = step;
  }

  get text(): string | undefined {
    if (this.#text === null) this.#text = this.evaluate(this.raw);
    return this.#text;
  }

  get ref(): NodeRef {
    if (this.#step !== undefined) {
      this.#ref = { doc: this.#ref.doc, path: [...this.#ref.path, this.#step] };
      this.#step = undefined;
    }
    return this.#ref;
  }
}

export function makeField(doc: LoadedDocument, path: JsonPath, key: string, raw: unknown, evaluate: Evaluate): Field {
  return new LazyField(key, raw, { doc, path }, evaluate);
}
