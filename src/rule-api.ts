/**
 * The only module rules import: the rule shape, the context they report through, and small helpers.
 * Rules depend on nothing else in src/, so there is no path from a rule to the engine or the CLI.
 */
import type { ApiKind, Dialect, Field, FieldName, Integration, MethodContext, NodeRef } from "./model/integration.js";
import type { NodePart } from "./load/types.js";
import type { InsertedValue } from "./load/insert-entry.js";

export type { Field, Integration, NodeRef, IntegrationResponse, MethodContext, DeclaredParameter, MethodResponse, Dialect, ApiKind, FieldName } from "./model/integration.js";
export { UNKNOWN_PART } from "./model/integration.js";
export { isExact } from "./model/fields.js";
import { LazyField, evaluatePlain } from "./model/fields.js";
import { staticListAsOneValue } from "./model/mapping.js";

/** The contract: error = AWS rejects it; warning = AWS accepts it but it breaks at run time; info = hygiene. */
export type Severity = "error" | "warning" | "info";

/** A source the rule rests on: a row id of the AWS constraint catalog and where the behaviour was seen. */
export interface RuleSource {
  /** Row ids in `shared/aws/constraints.md` (e.g. `timeout-range`). */
  readonly catalog: readonly string[];
  /** What AWS does, in one or two sentences, with the exact message where one was recorded. */
  readonly behaviour: string;
  /** References: recorded tests, issues, documentation pages. */
  readonly references: readonly string[];
  /**
   * Why an error is an error: the recorded vectors (`shared/aws/vectors.json` ids), catalog rows, AWS pages or
   * public error messages that show AWS rejects the pattern. Required for rules at `error` severity.
   */
  readonly evidence?: readonly string[];
  /**
   * The search for the other side: public files that contain the rejected pattern and were deployed anyway.
   * Required for rules at `error` severity, so the next reader sees both sides.
   */
  readonly counterEvidence?: readonly CounterEvidenceSearch[];
}

/** One search for deployed files that contain the pattern a rule rejects, and what it found. */
export interface CounterEvidenceSearch {
  /** What was searched: the tool and the query as sent (`find_string "..."`, `search code "..."`, `search issues "..."`). */
  readonly query: string;
  /** When, as YYYY-MM-DD (the index is a stored copy; what it held then). */
  readonly date: string;
  /** What came back that bears on the rule (or that nothing did). */
  readonly found: string;
  /** What it means for the rule: kept, narrowed or demoted, and why. */
  readonly verdict: string;
}

/** A whole input document used in docs and meta-tests; `format` says how to read `code`. */
export interface RuleExample {
  readonly format: "put-integration" | "get-method" | "openapi" | "cloudformation";
  readonly language: "json" | "yaml";
  readonly code: string;
  /** The example is a file of this name, named on the command line (the default: a file of `language`). */
  readonly fileName?: string;
}

export interface RuleDocs {
  /** One line: what the rule checks. */
  readonly summary: string;
  /** Why it matters: the AWS behaviour, in prose. */
  readonly why: string;
  readonly source: RuleSource;
  readonly bad: RuleExample;
  readonly good: RuleExample;
  /** The defect as Terraform writes it (HCL), where the provider's argument names help find it; reported by the rule. */
  readonly terraform?: string;
  readonly fix: string;
  /** Why the rule's findings cannot be suppressed, for rules whose findings mean the file was not linted. */
  readonly unsuppressible?: string;
  /** Options the rule reads, name -> description. */
  readonly options?: Readonly<Record<string, string>>;
}

/** Where a finding is and what it carries besides its text. */
export interface ReportLocation {
  readonly at: NodeRef;
  /** Point at the member's key instead of its value (a field that should not be there). */
  readonly part?: NodePart;
  /**
   * A span inside a string value, in offsets of the decoded string (a VTL syntax error inside a mapping
   * template, a bad character in a selection pattern). The engine maps it back to the file.
   */
  readonly inner?: { readonly start: number; readonly end: number };
  /** Rules with mixed outcomes (e.g. the timeout on EDGE vs REGIONAL) may say so per report. */
  readonly severity?: Severity;
  /** A fix whose result is certain (`--fix`, the editor's quick fix); leave it out when the fix needs a choice. */
  readonly fix?: FixDescriptor;
  /** A certain fix that adds an entry to a mapping of the same file instead (ignored when `fix` is given). */
  readonly insert?: InsertDescriptor;
}

/** A rule's message templates, id -> text with `{{name}}` placeholders (see Rule.messages). */
export type MessageTemplates = Readonly<Record<string, string>>;

/** The `{{name}}` placeholders of a template, as a union of names. */
export type Placeholders<Template extends string> = Template extends `${string}{{${infer Name}}}${infer Rest}` ? PlaceholderName<Name> | Placeholders<Rest> : never;

/** `{{{name}}}` is a brace, then `{{name}}`, then a brace (as the engine reads it). */
type PlaceholderName<Name extends string> = Name extends `{${infer Inner}` ? PlaceholderName<Inner> : Name;

/** The data a template needs: one value per placeholder (shown as `${value}` shows it); none without placeholders. */
export type MessageData<Template extends string> = [Placeholders<Template>] extends [never]
  ? { readonly data?: undefined }
  : { readonly data: { readonly [Name in Placeholders<Template>]: unknown } };

/** One of the rule's declared messages, with the data its template needs. */
export type MessageReport<Messages extends MessageTemplates> = {
  [Id in keyof Messages & string]: { readonly messageId: Id; readonly message?: undefined } & MessageData<Messages[Id]>;
}[keyof Messages & string];

/** The loose form the engine reads: a declared message id with its data. */
export interface DeferredMessage {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly message?: undefined;
}

/**
 * What a rule reports: where, and which of its `messages` with what data. The engine keeps the id and the
 * data and writes the text only for findings that are shown (not suppressed, baselined or over the limit).
 */
export type ReportDescriptor<Messages extends MessageTemplates = MessageTemplates> = ReportLocation &
  (MessageTemplates extends Messages ? DeferredMessage : MessageReport<Messages>);

/**
 * Adds `key: value` to the mapping at `into`, after its last entry, in that mapping's own layout (see
 * src/load/insert-entry.ts). The engine offers it only where the document then reads as before plus that
 * entry: never in a flow-less empty mapping, a Terraform file, or another file than the finding's.
 */
export interface InsertDescriptor {
  readonly title: string;
  readonly into: NodeRef;
  readonly key: string;
  readonly value: InsertedValue;
}

/**
 * A minimal text edit inside the string value at the report's `at`: the decoded characters `start..end`
 * become `text`. The engine maps the span through quotes, escapes and block scalars to the file, so
 * comments, quoting, key order and indentation stay as written. The engine escapes `text` as the string's
 * quoting needs (`'` in a single-quoted YAML string, `"` and `\` in a double-quoted one); where it cannot be
 * written as it stands (a line break, or a quote or `#` in a plain YAML scalar) the fix is not offered.
 */
export interface FixDescriptor {
  /** What the fix does, as the editor shows it ("Write POST"). */
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface RuleContext<Messages extends MessageTemplates = MessageTemplates> {
  readonly options: Readonly<Record<string, unknown>>;
  report(descriptor: ReportDescriptor<Messages>): void;
}

/**
 * JSON Schema (draft-07) of a rule's options object: the configuration validator checks `[severity, options]`
 * against it (it is built into schemas/apigw-lint-config.schema.json) and the rule's page shows it.
 */
export interface RuleOptionsSchema {
  readonly type: "object";
  readonly properties: Readonly<Record<string, Readonly<Record<string, unknown>> & { readonly description: string }>>;
  readonly additionalProperties: false;
}

/** The options schema of a rule that declares none: it takes no options. */
export const NO_OPTIONS: RuleOptionsSchema = { type: "object", properties: {}, additionalProperties: false };

/** The parts of the method context (`integration.method.X`) a rule may read. */
export type MethodPart = keyof MethodContext;

/** Things whose presence on an integration lets a rule report there (see RuleReads.firesOn). */
export interface RuleTriggers {
  /** Fields set on the integration. */
  readonly fields?: readonly FieldName[];
  /** At least one integration response. */
  readonly responses?: true;
  /** Method context parts that are known (a map: known and not empty). */
  readonly method?: readonly MethodPart[];
}

/**
 * What a rule reads of an integration, and what must be there for it to report. The engine runs a rule on an
 * integration only where one of its triggers is present and the API kind and dialect are among those it
 * names, so a rule that cannot fire costs nothing. A meta-test runs every rule's cases with the integration
 * wrapped and fails when a rule reads what it does not declare or reports where it would have been skipped.
 */
export interface RuleReads {
  /** Every `integration.fields.X` it reads, directly or through a helper (`integrationType` reads `type`); `"all"` when it walks every field. */
  readonly fields: readonly FieldName[] | "all";
  /** It reads `integration.responses`. */
  readonly responses?: true;
  /** The parts of `integration.method` it reads. */
  readonly method?: readonly MethodPart[];
  /** It reads `integration.extra` (what an extractor found in other resources). */
  readonly extra?: true;
  /**
   * It reports only where at least one of these is present. Absent: anything it reads. A rule that reports a
   * missing field names what makes that field needed (a missing connectionId: `connectionType`); one that
   * reports an integration missing everything (no type at all) says `"always"` and runs on every integration.
   */
  readonly firesOn?: RuleTriggers | "always";
  /** It reports only on these API kinds (it returns early on the others); absent: both. */
  readonly apiKind?: readonly ApiKind[];
  /** It reports only on integrations written in these dialects; absent: all. */
  readonly dialects?: readonly Dialect[];
}

export interface Rule<Messages extends MessageTemplates = MessageTemplates> {
  readonly id: string;
  readonly severity: Severity;
  /** What it reads of an integration (`{ fields: [] }` for a rule without `check`, whose findings come from the loader or an extractor). */
  readonly reads: RuleReads;
  readonly docs: RuleDocs;
  /** The options the rule reads; absent: none (NO_OPTIONS). */
  readonly optionsSchema?: RuleOptionsSchema;
  /** Absent for findings that the loader or an extractor reports under this id (syntax, $ref, tags). */
  readonly check?: (integration: Integration, context: RuleContext<Messages>) => void;
  /** Set when some reports carry a fix: what `--fix` does, in one sentence (shown on the rule's page). */
  readonly fixable?: string;
  /**
   * The rule's messages, id -> template (every rule with a `check` declares them); `{{name}}` is replaced by
   * `String(data.name)`, as `${name}` writes it. Reports name an id (a wrong id or a missing data key does
   * not compile); the engine writes the text only for the findings it shows, and throws on a placeholder
   * without data.
   */
  readonly messages?: Messages;
}

/** Declares a rule; with `messages`, its reports are checked against them at compile time. */
export function defineRule<const Messages extends MessageTemplates = MessageTemplates>(rule: Rule<Messages>): Rule {
  return rule as unknown as Rule;
}

/**
 * Child fields are read by many rules (every mapping rule walks requestParameters): they are built once
 * per field and shared. Fields are immutable, so sharing is safe.
 */
const childrenOf = new WeakMap<Field, readonly Field[]>();

const NONE: readonly Field[] = Object.freeze([]);

/** The fields of an object-valued field, each keyed as written. Non-objects have none. */
export function entries(field: Field | undefined): readonly Field[] {
  const raw = field?.raw;
  if (!field || typeof raw !== "object" || raw === null || Array.isArray(raw)) return NONE;
  let children = childrenOf.get(field);
  if (!children) {
    children = Object.keys(raw).map((key) => child(field, key, (raw as Record<string, unknown>)[key]));
    childrenOf.set(field, children);
  }
  return children;
}

/**
 * The fields an integration has, in a new array. `Object.values(integration.fields)` does not list them: the
 * fields are read from the compact record through getters (src/model/record.ts), which `for...in` sees.
 */
export function presentFields(integration: Integration): Field[] {
  const present: Field[] = [];
  for (const name in integration.fields) {
    const field = integration.fields[name as FieldName];
    if (field) present.push(field);
  }
  return present;
}

/** Elements of an array-valued field. */
export function elements(field: Field | undefined): readonly Field[] {
  const raw = field?.raw;
  if (!field || !Array.isArray(raw)) return NONE;
  let children = childrenOf.get(field);
  if (!children) {
    children = raw.map((value, index) => child(field, index, value));
    childrenOf.set(field, children);
  }
  return children;
}

function child(parent: Field, key: string | number, raw: unknown): Field {
  return new LazyField(String(key), raw, parent.ref, parent.evaluate ?? evaluatePlain, key);
}

/** A number, or a string CloudFormation would coerce to one; undefined otherwise. */
export function numberValue(field: Field | undefined, dialect: Integration["dialect"]): number | undefined {
  if (!field) return undefined;
  if (typeof field.raw === "number") return field.raw;
  if (dialect !== "put-integration" && typeof field.raw === "string" && /^-?\d+$/.test(field.raw)) return Number(field.raw);
  return undefined;
}

/** Enum comparison as the input's reader does it: case-insensitive in OpenAPI imports, exact elsewhere. */
export function enumValue(integration: Integration, field: Field | undefined): string | undefined {
  const text = field?.text;
  if (text === undefined || text.includes("\uE000")) return undefined;
  return integration.dialect === "openapi" ? text.toUpperCase() : text;
}

/** The fix for an enum value written in the wrong case: the whole string, uppercased. */
export function uppercaseFix(text: string): FixDescriptor {
  return { title: `Write ${text.toUpperCase()}`, start: 0, end: text.length, text: text.toUpperCase() };
}

/** The fix for a mapping value quoted per item (`'Content-Type',Authorization`): one static value, when written as a literal. */
export function staticListFix(mapping: Field): FixDescriptor | undefined {
  const written = mapping.raw;
  if (typeof written !== "string" || written !== mapping.text) return undefined;
  const fixed = staticListAsOneValue(written);
  return fixed === undefined ? undefined : { title: `Quote the list once: ${fixed}`, start: 0, end: written.length, text: fixed };
}

/** "an AWS_PROXY", "an HTTP", "a MOCK": the type with its article, as it is read aloud. */
export function withArticle(type: string | undefined): string {
  return `${/^[AH]/.test(type ?? "") ? "an" : "a"} ${type}`;
}

/** `GET /pets` style label for messages, when the method is known. */
export function methodLabel(integration: Integration): string {
  const { httpMethod, resourcePath } = integration.method;
  return httpMethod && resourcePath ? `${httpMethod} ${resourcePath}` : "";
}

export {
  PARTITIONS, isDynamic, withUnknownStageVariables, parseApiGatewayArn, looksLikeArn, isValidRegion,
  parseLambdaInvocation, isValidFunctionArn, isLambdaUri,
} from "./model/aws-uri.js";
export type { ApiGatewayArn, LambdaInvocation } from "./model/aws-uri.js";
export { declaredNameOf } from "./model/mapping.js";
export {
  isMisquotedStatic, staticListAsOneValue, isRequestMappingSource, isResponseMappingSource, parseRequestTarget, parseResponseTarget, parseMethodParameter,
} from "./model/mapping.js";
export { javaRegexProblem } from "./rules-support/java-regex.js";
export type { RegexProblem } from "./rules-support/java-regex.js";
export { vtlProblem } from "./rules-support/vtl.js";
export { ignoredByHttpImport, integrationType, isProxyType, selectionPatternOf, isDefaultResponse, statusCodeOf, checkedMethodResponses } from "./rules-support/integration-kind.js";
export { httpApiTemplateExample } from "./rules-support/examples.js";
