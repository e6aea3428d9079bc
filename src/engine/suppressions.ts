import type { JsonPath, LoadedDocument, SourceComment } from "../load/types.js";
import type { LintMessage, PointerOverride, SeveritySetting, Suppression } from "./types.js";

/**
 * The three ways to silence a finding, each with an optional reason:
 * - YAML comments: `# apigw-lint-disable-next-line id[, id] -- reason`, `# apigw-lint-disable-line ...`
 *   (trailing), `# apigw-lint-disable id` ... `# apigw-lint-enable id` (no ids: every rule);
 * - configuration overrides with `pointers` (JSON has no comments);
 * - CloudFormation `Metadata: { apigw-lint: { ignore: [id], reason } }` on the resource.
 * Those that silence nothing, and those without a reason when one is required, are reported.
 */

export const UNUSED_SUPPRESSION = "unused-suppression";
export const REASON_MISSING = "suppression-reason-missing";

/** A finding with what the suppressions need: the document and JSON path it came from (none for load problems). */
export interface LocatedFinding {
  readonly message: LintMessage;
  readonly doc?: LoadedDocument;
  readonly path?: JsonPath;
}

type DirectiveKind = "disable-next-line" | "disable-line" | "disable" | "enable";

interface Directive {
  readonly kind: DirectiveKind;
  /** Empty: every rule. */
  readonly ruleIds: readonly string[];
  readonly reason?: string;
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  /** For disable ranges: the line of the matching enable (exclusive). */
  until?: number;
  readonly used: Set<string>;
}

interface MetadataIgnore {
  readonly doc: LoadedDocument;
  readonly resourcePath: JsonPath;
  readonly ruleIds: readonly string[];
  readonly reason?: string;
  readonly used: Set<string>;
}

/** An extra message the suppressions produce, placed either by range (comments) or by JSON path (Metadata). */
export interface SuppressionReport {
  readonly ruleId: typeof UNUSED_SUPPRESSION | typeof REASON_MISSING;
  readonly message: string;
  readonly at: { readonly line: number; readonly column: number; readonly endColumn: number } | { readonly doc: LoadedDocument; readonly path: JsonPath; readonly part: "key" | "value" };
}

const DIRECTIVE = /^\s*apigw-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/;

export function parseDirectives(comments: readonly SourceComment[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const [ids, ...reasonParts] = match[2]!.split(/\s--\s|\s--$/);
    const reason = reasonParts.join(" -- ").trim();
    directives.push({
      kind: match[1] as DirectiveKind,
      ruleIds: ids!.split(",").map((id) => id.trim()).filter(Boolean),
      ...(reason ? { reason } : {}),
      line: comment.line,
      column: comment.column,
      endColumn: comment.column + 1 + comment.text.trimEnd().length,
      used: new Set(),
    });
  }
  // Pair each disable with the next enable naming the same rules (or a bare enable).
  directives.forEach((directive, n) => {
    if (directive.kind !== "disable") return;
    const enable = directives.slice(n + 1).find((d) => d.kind === "enable" && (d.ruleIds.length === 0 || (directive.ruleIds.length > 0 && directive.ruleIds.every((id) => d.ruleIds.includes(id)))));
    if (enable) {
      directive.until = enable.line;
      enable.used.add("*");
    }
  });
  return directives;
}

function metadataIgnores(documents: readonly LoadedDocument[]): MetadataIgnore[] {
  const found: MetadataIgnore[] = [];
  for (const doc of documents) {
    const resources = (doc.value as { Resources?: unknown } | null)?.Resources;
    if (!resources || typeof resources !== "object") continue;
    for (const [name, resource] of Object.entries(resources as Record<string, unknown>)) {
      const settings = (resource as { Metadata?: Record<string, unknown> } | null)?.Metadata?.["apigw-lint"] as { ignore?: unknown; reason?: unknown } | undefined;
      if (!settings || typeof settings !== "object" || !Array.isArray(settings.ignore)) continue;
      found.push({
        doc,
        resourcePath: ["Resources", name],
        ruleIds: settings.ignore.map(String),
        ...(typeof settings.reason === "string" && settings.reason.trim() ? { reason: settings.reason.trim() } : {}),
        used: new Set(),
      });
    }
  }
  return found;
}

function isUnder(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, n) => String(segment) === String(path[n]));
}

export interface SuppressorOptions {
  readonly comments: readonly SourceComment[];
  readonly documents: readonly LoadedDocument[];
  readonly pointerOverrides: readonly PointerOverride[];
  readonly requireReason: boolean;
  readonly knownRuleIds: ReadonlySet<string>;
}

export class Suppressor {
  private readonly directives: Directive[];
  private readonly metadata: MetadataIgnore[];

  constructor(private readonly options: SuppressorOptions) {
    this.directives = parseDirectives(options.comments);
    this.metadata = metadataIgnores(options.documents);
  }

  /** The severity the pointer overrides give a rule at this path, when one of them names it. */
  severityAt(ruleId: string, path: JsonPath | undefined): SeveritySetting | undefined {
    if (!path) return undefined;
    let severity: SeveritySetting | undefined;
    for (const override of this.options.pointerOverrides) {
      const setting = override.rules[ruleId];
      if (setting?.severity && override.pointers.some((pointer) => isUnder(path, pointer))) severity = setting.severity;
    }
    return severity;
  }

  /** Rules that some pointer override switches on: they must run even where the file has them off. */
  enabledByPointers(): Set<string> {
    const ids = new Set<string>();
    for (const override of this.options.pointerOverrides) for (const [id, setting] of Object.entries(override.rules)) if (setting.severity && setting.severity !== "off") ids.add(id);
    return ids;
  }

  /** Why this finding is silenced, or undefined. Fatal problems are never silenced. */
  suppressionOf(finding: LocatedFinding): Suppression | undefined {
    const { message } = finding;
    if (message.fatal || message.ruleId === UNUSED_SUPPRESSION || message.ruleId === REASON_MISSING) return undefined;
    if (finding.doc && finding.path) {
      for (const entry of this.metadata) {
        if (entry.doc === finding.doc && isUnder(finding.path, entry.resourcePath) && entry.ruleIds.includes(message.ruleId)) {
          entry.used.add(message.ruleId);
          return { kind: "metadata", justification: entry.reason ?? "" };
        }
      }
    }
    for (const directive of this.directives) {
      if (!this.covers(directive, message)) continue;
      directive.used.add(directive.ruleIds.length ? message.ruleId : "*");
      return { kind: "directive", justification: directive.reason ?? "" };
    }
    return undefined;
  }

  private covers(directive: Directive, message: LintMessage): boolean {
    if (directive.ruleIds.length && !directive.ruleIds.includes(message.ruleId)) return false;
    switch (directive.kind) {
      case "disable-line":
        return message.line === directive.line;
      case "disable-next-line":
        return message.line === directive.line + 1;
      case "disable":
        return message.line >= directive.line && (directive.until === undefined || message.line < directive.until);
      case "enable":
        return false;
    }
  }

  /** Unused suppressions and missing reasons, once every finding of the file went through suppressionOf. */
  reports(): SuppressionReport[] {
    const reports: SuppressionReport[] = [];
    for (const d of this.directives) {
      const at = { line: d.line, column: d.column, endColumn: d.endColumn };
      const name = `apigw-lint-${d.kind}`;
      for (const id of d.ruleIds) {
        if (!this.options.knownRuleIds.has(id)) reports.push({ ruleId: UNUSED_SUPPRESSION, at, message: `${name} names an unknown rule '${id}'.` });
      }
      if (d.kind === "enable") {
        if (!d.used.size) reports.push({ ruleId: UNUSED_SUPPRESSION, at, message: `${name} has no matching apigw-lint-disable above it.` });
        continue;
      }
      const scope = d.kind === "disable-line" ? `on line ${d.line}` : d.kind === "disable-next-line" ? `on line ${d.line + 1}` : "in its range";
      if (d.ruleIds.length === 0 && !d.used.size) reports.push({ ruleId: UNUSED_SUPPRESSION, at, message: `Unused ${name}: there is no finding ${scope}.` });
      for (const id of d.ruleIds) {
        if (this.options.knownRuleIds.has(id) && !d.used.has(id)) reports.push({ ruleId: UNUSED_SUPPRESSION, at, message: `Unused ${name} for '${id}': there is no such finding ${scope}.` });
      }
      if (this.options.requireReason && !d.reason) reports.push({ ruleId: REASON_MISSING, at, message: `${name} has no reason: add ' -- <why>' after the rule ids.` });
    }
    for (const entry of this.metadata) {
      const base = [...entry.resourcePath, "Metadata", "apigw-lint"];
      entry.ruleIds.forEach((id, n) => {
        const at = { doc: entry.doc, path: [...base, "ignore", n], part: "value" as const };
        if (!this.options.knownRuleIds.has(id)) reports.push({ ruleId: UNUSED_SUPPRESSION, at, message: `Metadata apigw-lint ignore names an unknown rule '${id}'.` });
        else if (!entry.used.has(id)) reports.push({ ruleId: UNUSED_SUPPRESSION, at, message: `Unused Metadata apigw-lint ignore for '${id}': resource ${String(entry.resourcePath[1])} has no such finding.` });
      });
      if (this.options.requireReason && !entry.reason) reports.push({ ruleId: REASON_MISSING, at: { doc: entry.doc, path: base, part: "key" }, message: `Metadata apigw-lint of resource ${String(entry.resourcePath[1])} has no reason: add 'reason: <why>'.` });
    }
    return reports;
  }
}
