import type { LoadedFile, LocateRequest, SourceRange } from "../load/types.js";
import type { Integration, NodeRef } from "../model/integration.js";
import type { Rule, Severity } from "../rule-api.js";
import type { ExtractContext, ExtractOptions, ExtractorFinding } from "../extract/types.js";
import { findExtractor } from "../extract/index.js";
import { rules as allRules } from "../../rules/index.js";
import type { LintMessage, LintOptions, LintResult, RuleSetting, SeveritySetting } from "./types.js";
import { loadRelatedFile } from "./related.js";
import { innerRange } from "../load/inner-position.js";

interface PendingFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly at: NodeRef;
  readonly part: "key" | "value";
  readonly inner?: { readonly start: number; readonly end: number };
}

interface ActiveRule {
  readonly rule: Rule;
  readonly severity: SeveritySetting;
  readonly options: Readonly<Record<string, unknown>>;
}

const ruleById = new Map(allRules.map((rule) => [rule.id, rule]));

export function activeRules(options: LintOptions): Map<string, ActiveRule> {
  const active = new Map<string, ActiveRule>();
  for (const rule of allRules) {
    const setting = options.rules?.[rule.id];
    const normalized: RuleSetting = typeof setting === "string" ? { severity: setting } : (setting ?? {});
    const ruleOptions: Record<string, unknown> = { ...normalized.options };
    if (options.maxTimeout !== undefined && ruleOptions.maxTimeout === undefined) ruleOptions.maxTimeout = options.maxTimeout;
    active.set(rule.id, { rule, severity: normalized.severity ?? rule.severity, options: ruleOptions });
  }
  return active;
}

/** Lints one loaded file: extract every integration, run every rule, resolve the positions reported. */
export function lintLoadedFile(file: LoadedFile, options: LintOptions, root: string): LintResult[] {
  const active = activeRules(options);
  const messages: LintMessage[] = [];
  const pending: PendingFinding[] = [];
  let integrationCount = 0;

  for (const problem of file.problems) {
    if (!problem.fatal) continue;
    messages.push({ ruleId: problem.code, severity: "error", message: problem.message, ...flat(problem.range), fatal: true });
  }

  const extractOptions: ExtractOptions = {
    ...(options.apiKind ? { apiKind: options.apiKind } : {}),
    ...(options.endpointType ? { endpointType: options.endpointType } : {}),
  };
  const addFinding = (ruleId: string, at: NodeRef, part: "key" | "value" | undefined, message: string, severity?: Severity, inner?: PendingFinding["inner"]) => {
    const setting = active.get(ruleId);
    const effective = setting ? setting.severity : (ruleById.get(ruleId)?.severity ?? "error");
    if (effective === "off") return;
    // A per-report severity (e.g. EDGE vs REGIONAL timeouts) applies unless the user overrode the rule.
    const userOverride = options.rules?.[ruleId] !== undefined;
    pending.push({ ruleId, severity: !userOverride && severity ? severity : effective, message, at, part: part ?? "value", ...(inner ? { inner } : {}) });
  };

  for (const doc of file.documents) {
    const extractor = findExtractor(doc);
    if (!extractor) continue;
    const context: ExtractContext = {
      file,
      root,
      options: extractOptions,
      report: (finding: ExtractorFinding) => addFinding(finding.ruleId, finding.at, finding.part, finding.message),
      loadRelated: (from, relativePath) => loadRelatedFile(from, relativePath, root),
    };
    const integrations: Integration[] = extractor.extract(doc, context);
    integrationCount += integrations.length;
    for (const extracted of integrations) {
      // The document's own endpoint type wins; the configured default fills the gap.
      const integration = extracted.endpointType || !options.endpointType ? extracted : { ...extracted, endpointType: options.endpointType };
      for (const { rule, severity, options: ruleOptions } of active.values()) {
        if (!rule.check || severity === "off") continue;
        rule.check(integration, {
          options: ruleOptions,
          report: (d) => addFinding(rule.id, d.at, d.part, d.message, d.severity, d.inner),
        });
      }
    }
  }

  if (integrationCount > 0) {
    for (const problem of file.problems) {
      if (problem.fatal) continue;
      const setting = active.get(problem.code);
      const severity = setting ? setting.severity : "warning";
      if (severity === "off") continue;
      messages.push({ ruleId: problem.code, severity, message: problem.message, ...flat(problem.range) });
    }
  }

  // Findings inside a referenced file ($ref, AWS::Include) are reported in that file, where the fix goes.
  const elsewhere = new Map<string, LintMessage[]>();
  for (const { file: where, message } of resolve(pending)) {
    if (where === file.file) messages.push(message);
    else elsewhere.set(where, [...(elsewhere.get(where) ?? []), message]);
  }
  return [
    summarize(file.file, sortMessages(messages), integrationCount),
    ...[...elsewhere].map(([where, list]) => summarize(where, sortMessages(list), 0)),
  ];
}

export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/** Positions are looked up once per document, in one batch, and only for what was reported. */
function resolve(pending: readonly PendingFinding[]): { file: string; message: LintMessage }[] {
  const byDoc = new Map<NodeRef["doc"], PendingFinding[]>();
  for (const finding of pending) {
    const list = byDoc.get(finding.at.doc);
    if (list) list.push(finding);
    else byDoc.set(finding.at.doc, [finding]);
  }
  const out: { file: string; message: LintMessage }[] = [];
  for (const [doc, findings] of byDoc) {
    const requests: LocateRequest[] = findings.map((f) => ({ path: f.at.path, part: f.part }));
    const ranges = doc.locateAll(requests);
    findings.forEach((finding, n) => {
      const located = ranges[n];
      const range = located && finding.inner ? innerRange(doc.text, located, finding.inner.start, finding.inner.end) : (located ?? parentRange(doc, finding.at.path));
      out.push({ file: doc.file, message: { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, ...flat(range) } });
    });
  }
  return out;
}

function parentRange(doc: NodeRef["doc"], path: NodeRef["path"]): SourceRange | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const [range] = doc.locateAll([{ path: path.slice(0, n), part: "value" }]);
    if (range) return range;
  }
  return undefined;
}

function flat(range: SourceRange | undefined) {
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

export function summarize(filePath: string, messages: readonly LintMessage[], integrationCount: number): LintResult {
  let errorCount = 0, warningCount = 0, infoCount = 0, fatalErrorCount = 0;
  for (const m of messages) {
    if (m.fatal) fatalErrorCount++;
    if (m.severity === "error") errorCount++;
    else if (m.severity === "warning") warningCount++;
    else infoCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount, fatalErrorCount, integrationCount };
}
