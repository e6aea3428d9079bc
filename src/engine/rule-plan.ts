import type { ApiKind, Dialect, FieldName, Integration } from "../model/integration.js";
import { FIELD_INDEX, FIELD_NAMES, RecordFields } from "../model/record.js";
import type { MethodPart, RuleReads, RuleTriggers } from "../rule-api.js";

/**
 * Which rules can fire on an integration, decided from bit masks: what is present on the integration (its
 * fields, responses, method context) against what each rule needs present (`reads.firesOn`), and its API kind
 * and dialect against those the rule names. Integrations of a file share a handful of shapes, so the rules
 * for each shape are picked once and kept in the order they were given (finding order stays as it was).
 */

/** One bit per field: the compact record's columns, so that a record's presence mask is these bits already. */
const FIELD_BIT: Readonly<Record<FieldName, number>> = Object.fromEntries(FIELD_NAMES.map((name) => [name, 1 << FIELD_INDEX[name]])) as Record<FieldName, number>;
const ALL_FIELD_BITS = (1 << FIELD_NAMES.length) - 1;
const RESPONSES_BIT = 1 << FIELD_NAMES.length;
const METHOD_BIT: Readonly<Record<MethodPart, number>> = {
  httpMethod: 1 << 21, resourcePath: 1 << 22, requestParameters: 1 << 23, methodResponses: 1 << 24, ref: 1 << 25,
};

const API_KIND_BIT: Readonly<Record<ApiKind, number>> = { REST: 1 << 0, HTTP: 1 << 1 };
const DIALECT_BIT: Readonly<Record<Dialect, number>> = { "put-integration": 1 << 2, openapi: 1 << 3, cloudformation: 1 << 4, terraform: 1 << 5 };
const ANY_API_KIND = API_KIND_BIT.REST | API_KIND_BIT.HTTP;
const ANY_DIALECT = (1 << 6) - 1 - ANY_API_KIND;
/** Keys combine the presence mask with the kind mask: presence times this, plus kind bits. */
const KIND_SPAN = 1 << 6;

interface Masks {
  /** The rule may fire where one of these is present. */
  readonly triggers: number;
  /** It may fire on an integration with nothing present (firesOn "always"). */
  readonly always: boolean;
  /** Its API kinds and dialects. */
  readonly kinds: number;
}

/** What is present on an integration: a field set, a non-empty responses list, a known method context part. */
export function presenceMask(integration: Integration): number {
  let mask = 0;
  const { fields, method } = integration;
  if (fields instanceof RecordFields) mask = fields.presence;
  // A key that is no FieldName (an extractor's slip) counts as every field: skipping may only ever run more.
  else for (const name in fields) if (fields[name as FieldName] !== undefined) mask |= FIELD_BIT[name as FieldName] ?? ALL_FIELD_BITS;
  if (integration.responses?.length) mask |= RESPONSES_BIT;
  if (method.httpMethod !== undefined) mask |= METHOD_BIT.httpMethod;
  if (method.resourcePath !== undefined) mask |= METHOD_BIT.resourcePath;
  if (method.requestParameters?.size) mask |= METHOD_BIT.requestParameters;
  if (method.methodResponses?.size) mask |= METHOD_BIT.methodResponses;
  if (method.ref !== undefined) mask |= METHOD_BIT.ref;
  return mask;
}

function kindMask(integration: Integration): number {
  // Likewise an unknown kind or dialect matches every rule.
  return (API_KIND_BIT[integration.apiKind] ?? ANY_API_KIND) | (DIALECT_BIT[integration.dialect] ?? ANY_DIALECT);
}

function triggerMask(triggers: RuleTriggers): number {
  let mask = 0;
  for (const name of triggers.fields ?? []) mask |= FIELD_BIT[name];
  if (triggers.responses) mask |= RESPONSES_BIT;
  for (const part of triggers.method ?? []) mask |= METHOD_BIT[part];
  return mask;
}

const masksOf = new WeakMap<RuleReads, Masks>();

function masks(reads: RuleReads): Masks {
  let known = masksOf.get(reads);
  if (known) return known;
  const { firesOn, fields } = reads;
  const always = firesOn === "always";
  const triggers = always ? {} : (firesOn ?? (fields === "all" ? { ...reads, fields: Object.keys(FIELD_BIT) as FieldName[] } : { ...reads, fields }));
  let kinds = 0;
  for (const kind of reads.apiKind ?? ["REST", "HTTP"]) kinds |= API_KIND_BIT[kind];
  for (const dialect of reads.dialects ?? (Object.keys(DIALECT_BIT) as Dialect[])) kinds |= DIALECT_BIT[dialect];
  known = { triggers: triggerMask(triggers), always, kinds };
  masksOf.set(reads, known);
  return known;
}

function fires(rule: Masks, presence: number, kind: number): boolean {
  return (rule.always || (rule.triggers & presence) !== 0) && (rule.kinds & kind & ANY_API_KIND) !== 0 && (rule.kinds & kind & ANY_DIALECT) !== 0;
}

/** Whether the engine runs a rule that declares `reads` on this integration. */
export function mayFire(reads: RuleReads, integration: Integration): boolean {
  return fires(masks(reads), presenceMask(integration), kindMask(integration));
}

/** The rules to run on each integration of one file, picked once per integration shape. */
export class RulePlan<R extends { readonly reads: RuleReads }> {
  private readonly masks: readonly Masks[];
  private readonly byShape = new Map<number, readonly R[]>();

  constructor(private readonly rules: readonly R[]) {
    this.masks = rules.map((rule) => masks(rule.reads));
  }

  /** The rules that can fire on this integration, in the order they were given. */
  rulesFor(integration: Integration): readonly R[] {
    const presence = presenceMask(integration);
    const kind = kindMask(integration);
    const shape = presence * KIND_SPAN + kind;
    let picked = this.byShape.get(shape);
    if (!picked) {
      picked = this.rules.filter((_, n) => fires(this.masks[n]!, presence, kind));
      this.byShape.set(shape, picked);
    }
    return picked;
  }
}
