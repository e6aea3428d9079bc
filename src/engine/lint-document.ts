import type { LoadedDocument, LoadedFile, LocateRequest, SourceRange } from "../load/types.js";
import { UNKNOWN_PART, type Integration, type NodeRef } from "../model/integration.js";
import type { FixDescriptor, InsertDescriptor, Rule, RuleContext, Severity } from "../rule-api.js";
import { insertEntry } from "../load/insert-entry.js";
import type { ExtractContext, ExtractOptions, ExtractorFinding } from "../extract/types.js";
import { findExtractor } from "../extract/index.js";
import { rules as allRules } from "../../rules/index.js";
import type { LintFix, LintMessage, LintOptions, LintResult, RuleSetting, SeveritySetting, SuppressedMessage, Suppression } from "./types.js";
import { loadRelatedFile } from "./related.js";
import { innerEdit, innerRange } from "../load/inner-position.js";
import { Suppressor, type LocatedFinding, type SuppressionReport } from "./suppressions.js";
import { fingerprinter, type Fingerprinter } from "./fingerprint.js";
import { formatMessage } from "./format-message.js";
import { compilePlaceholderPatterns } from "../model/placeholders.js";
import { limitMessage, withDefaults } from "../load/limits.js";
import { InputError } from "../load/index.js";
import { RulePlan } from "./rule-plan.js";

/**
 * A finding as reported: its text is not written yet. `message` is the text of a loader or extractor finding;
 * a rule's `messageId` and `data` become text only for the findings that are shown (see textOf), with the
 * source's key names of `integration` where it was generated from them.
 */
interface PendingFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message?: string;
  readonly messageId?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly rule?: Rule;
  readonly integration?: Integration;
  readonly at: NodeRef;
  readonly part: "key" | "value";
  readonly inner?: { readonly start: number; readonly end: number };
  readonly fix?: FixDescriptor;
  readonly insert?: InsertDescriptor;
}

interface ActiveRule {
  readonly rule: Rule;
  readonly severity: SeveritySetting;
  readonly options: Readonly<Record<string, unknown>>;
}

const ruleById = new Map(allRules.map((rule) => [rule.id, rule]));
const knownRuleIds: ReadonlySet<string> = new Set(ruleById.keys());

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

/** Hooks for the cache: which other files a result depends on. */
export interface LintFileObserver {
  relatedLoaded?(file: LoadedFile): void;
  /** performance.now() past which the file is given up (limits.maxFileMillis): an InputError is thrown. */
  deadline?: number;
}

/** Lints one loaded file: extract every integration, run every rule, resolve positions, apply suppressions. */
export function lintLoadedFile(file: LoadedFile, options: LintOptions, root: string, observer: LintFileObserver = {}): LintResult[] {
  const active = activeRules(options);
  const limits = withDefaults(options.limits);
  const checkTime = () => {
    if (observer.deadline !== undefined && performance.now() > observer.deadline) {
      throw new InputError(file.file, limitMessage("maxFileMillis", limits.maxFileMillis, `Linting this file took longer than ${limits.maxFileMillis} ms; it was skipped`));
    }
  };
  checkTime();
  let droppedFindings = 0;
  const messages: LintMessage[] = [];
  const pending: PendingFinding[] = [];
  const related = new Map<string, LoadedFile>();
  let integrationCount = 0;
  const suppressor = new Suppressor({
    comments: file.comments,
    documents: file.documents,
    pointerOverrides: options.pointerOverrides ?? [],
    requireReason: options.requireSuppressionReason ?? false,
    knownRuleIds,
  });
  const pointerEnabled = suppressor.enabledByPointers();

  for (const problem of file.problems) {
    if (!problem.fatal) continue;
    messages.push({ ruleId: problem.code, severity: "error", message: problem.message, ...flat(problem.range), fatal: true });
  }

  const extractOptions: ExtractOptions = {
    ...(options.apiKind ? { apiKind: options.apiKind } : {}),
    ...(options.endpointType ? { endpointType: options.endpointType } : {}),
    ...(options.placeholders?.length ? { placeholders: compilePlaceholderPatterns(options.placeholders) } : {}),
  };
  const severityOf = (ruleId: string): SeveritySetting => active.get(ruleId)?.severity ?? ruleById.get(ruleId)?.severity ?? "error";
  const addFinding = (ruleId: string, at: NodeRef, part: "key" | "value" | undefined, text: Pick<PendingFinding, "message" | "messageId" | "data" | "rule" | "integration">, severity?: Severity, inner?: PendingFinding["inner"], fix?: FixDescriptor, insert?: InsertDescriptor) => {
    const effective = severityOf(ruleId);
    if (effective === "off" && !pointerEnabled.has(ruleId)) return;
    // A per-report severity (e.g. EDGE vs REGIONAL timeouts) applies unless the user overrode the rule.
    const userOverride = options.rules?.[ruleId] !== undefined;
    const chosen = !userOverride && severity ? severity : effective;
    if (pending.length >= limits.maxFindingsPerFile) {
      droppedFindings++;
      return;
    }
    pending.push({ ruleId, severity: chosen === "off" ? "error" : chosen, ...text, at, part: part ?? "value", ...(inner ? { inner } : {}), ...(fix ? { fix } : {}), ...(insert ? { insert } : {}) });
  };

  // One report context per rule for the whole file, not one per rule and integration (63 closures and
  // objects per integration were a visible share of the allocation at 20,000 integrations): the
  // integration being checked is read from `current` when a rule reports.
  let current: Integration | undefined;
  const runs = [...active.values()]
    .filter(({ rule, severity }) => rule.check && (severity !== "off" || pointerEnabled.has(rule.id)))
    .map(({ rule, options: ruleOptions }) => ({
      check: rule.check!,
      reads: rule.reads,
      context: {
        options: ruleOptions,
        report: (d: Parameters<RuleContext["report"]>[0]) =>
          addFinding(rule.id, d.at, d.part, { messageId: d.messageId, data: d.data, rule, integration: current! }, d.severity, d.inner, d.fix, d.insert),
      },
    }));
  // Only the rules that can fire on an integration run on it: those whose triggers (reads.firesOn) are present.
  const plan = new RulePlan(runs);

  for (const doc of file.documents) {
    const extractor = findExtractor(doc);
    if (!extractor) continue;
    const context: ExtractContext = {
      file,
      root,
      options: extractOptions,
      report: (finding: ExtractorFinding) => addFinding(finding.ruleId, finding.at, finding.part, { message: finding.message }),
      loadRelated: (from, relativePath) => {
        if (options.relatedFilesUnavailable !== undefined) return options.relatedFilesUnavailable;
        const loaded = loadRelatedFile(from, relativePath, {
          cwd: root,
          ...(options.projectRoot !== undefined ? { projectRoot: options.projectRoot } : {}),
          ...(options.limits ? { limits: withDefaults(options.limits) } : {}),
          ...(options.openBuffers ? { openBuffers: options.openBuffers } : {}),
        });
        if (typeof loaded !== "string") {
          related.set(loaded.file, loaded);
          observer.relatedLoaded?.(loaded);
        }
        return loaded;
      },
    };
    const integrations: Integration[] = extractor.extract(doc, context);
    integrationCount += integrations.length;
    for (const extracted of integrations) {
      checkTime();
      // The document's own endpoint type wins; the configured default fills the gap.
      const integration = extracted.endpointType || !options.endpointType ? extracted : { ...extracted, endpointType: options.endpointType };
      current = integration;
      for (const { check, context } of plan.rulesFor(integration)) check(integration, context);
    }
  }

  const located: Located[] = [];
  for (const problem of file.problems) {
    // In a file with no integration left, only a duplicate that hid one is worth a word.
    if (problem.fatal || (integrationCount === 0 && !problem.hidesIntegration)) continue;
    const severity = active.get(problem.code)?.severity ?? "warning";
    if (severity === "off") continue;
    located.push({ file: file.file, message: withFingerprint(file, { ruleId: problem.code, severity, message: problem.message, ...flat(problem.range) }) });
  }
  located.push(...resolve(pending));
  checkTime();
  if (droppedFindings > 0) {
    const message = limitMessage("maxFindingsPerFile", limits.maxFindingsPerFile, `${droppedFindings} more findings in this file were not reported`);
    messages.push({ ruleId: "input-limit", severity: "error", message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true });
  }

  // Findings inside a referenced file ($ref, AWS::Include) are reported in that file, where the fix goes;
  // that file's own comments silence them there.
  const byFile = new Map<string, { messages: LintMessage[]; suppressed: SuppressedMessage[] }>([[file.file, { messages, suppressed: [] }]]);
  const suppressors = new Map<string, Suppressor>([[file.file, suppressor]]);
  for (const finding of located) {
    const bucket = byFile.get(finding.file) ?? { messages: [], suppressed: [] };
    byFile.set(finding.file, bucket);
    let message = finding.message;
    const pointerSeverity = finding.file === file.file ? suppressor.severityAt(message.ruleId, finding.path) : undefined;
    if (pointerSeverity === "off") {
      bucket.suppressed.push(suppressedMessage(finding, message, { kind: "configuration", justification: "" }));
      continue;
    }
    if (pointerSeverity) message = { ...message, severity: pointerSeverity };
    else if (severityOf(message.ruleId) === "off") continue; // a rule switched on only under some pointers
    const owner = suppressors.get(finding.file) ?? relatedSuppressor(related.get(finding.file));
    if (owner) suppressors.set(finding.file, owner);
    const suppression = owner?.suppressionOf({ ...finding, message });
    if (suppression) bucket.suppressed.push(suppressedMessage(finding, message, suppression));
    else bucket.messages.push(shown(finding, message));
  }
  // A file that does not parse was not linted: its suppressions are neither used nor unused.
  const parsed = !file.problems.some((p) => p.fatal);
  for (const report of parsed ? suppressor.reports() : []) {
    const severity = severityOf(report.ruleId);
    if (severity === "off") continue;
    messages.push(withFingerprint(file, reportMessage(report, severity)));
  }

  return [...byFile].map(([where, bucket]) =>
    summarize(where, sortMessages(bucket.messages), where === file.file ? integrationCount : 0, bucket.suppressed),
  );
}

/** The message with the source's own key names when the integration was generated from them. */
function withSourceKeys(integration: Integration, at: NodeRef, message: string): string {
  const keys = integration.describe?.(at.path);
  return keys ? `${message} (${keys})` : message;
}

/** A finding's text, written once it is to be shown: the template filled in, key names added, made readable. */
function textOf(finding: PendingFinding): string {
  const written = finding.messageId === undefined ? finding.message! : formatMessage(finding.ruleId, finding.rule?.messages, finding.messageId, finding.data);
  return readable(finding.integration ? withSourceKeys(finding.integration, finding.at, written) : written);
}

/** A located finding, the text still to write: its message says "" and its fingerprint is made with the text. */
type Located = LocatedFinding & { readonly file: string; readonly pending?: PendingFinding; readonly fingerprint?: Fingerprinter };

/** The message of a finding that is shown: text and fingerprint written now. */
function shown(finding: Located, message: LintMessage): LintMessage {
  if (!finding.pending) return message;
  const text = textOf(finding.pending);
  return { ...message, message: text, fingerprint: finding.fingerprint!(message.ruleId, text, finding.path, message) };
}

/**
 * The message of a suppressed finding: most reports never print those (the text report does not), so its
 * text and fingerprint are written on first read, once.
 */
function suppressedMessage(finding: Located, message: LintMessage, suppression: Suppression): SuppressedMessage {
  const entry: SuppressedMessage = { ...message, suppressions: [suppression] };
  const { pending, fingerprint } = finding;
  if (!pending) return entry;
  let text: string | undefined;
  const textNow = () => (text ??= textOf(pending));
  let print: string | undefined;
  const lazy = (get: () => string) => ({ get, enumerable: true, configurable: true });
  return Object.defineProperties(entry, {
    message: lazy(textNow),
    fingerprint: lazy(() => (print ??= fingerprint!(message.ruleId, textNow(), finding.path, message))),
  });
}

function relatedSuppressor(loaded: LoadedFile | undefined): Suppressor | undefined {
  if (!loaded) return undefined;
  return new Suppressor({ comments: loaded.comments, documents: loaded.documents, pointerOverrides: [], requireReason: false, knownRuleIds });
}

function reportMessage(report: SuppressionReport, severity: Severity): LintMessage {
  const { at } = report;
  if ("line" in at) return { ruleId: report.ruleId, severity, message: report.message, line: at.line, column: at.column, endLine: at.line, endColumn: at.endColumn };
  const [range] = at.doc.locateAll([{ path: at.path, part: at.part }]);
  return { ruleId: report.ruleId, severity, message: report.message, ...flat(range) };
}

function withFingerprint(file: LoadedFile, message: LintMessage): LintMessage {
  return { ...message, fingerprint: fingerprinter(file.text, file.lines)(message.ruleId, message.message, undefined, message) };
}

export function sortMessages<T extends LintMessage>(messages: T[]): T[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/** Positions are looked up once per document, in one batch, and only for what was reported. */
function resolve(pending: readonly PendingFinding[]): Located[] {
  const byDoc = new Map<LoadedDocument, PendingFinding[]>();
  for (const finding of pending) {
    const list = byDoc.get(finding.at.doc);
    if (list) list.push(finding);
    else byDoc.set(finding.at.doc, [finding]);
  }
  const out: Located[] = [];
  let insertions = 0;
  for (const [doc, findings] of byDoc) {
    const requests: LocateRequest[] = findings.map((f) => ({ path: f.at.path, part: f.part }));
    const ranges = doc.locateAll(requests);
    const fingerprint = fingerprinter(doc.text, doc.lines);
    findings.forEach((finding, n) => {
      const located = ranges[n];
      const range = located && finding.inner ? innerRange(doc.text, doc.lines, located, finding.inner.start, finding.inner.end) : (located ?? parentRange(doc, finding.at.path));
      const position = flat(range);
      out.push({
        file: doc.file,
        doc,
        path: finding.at.path,
        pending: finding,
        fingerprint,
        // The text and fingerprint are written (see shown) once suppressions and pointers have had their say.
        message: {
          ruleId: finding.ruleId, severity: finding.severity, message: "", ...position, fingerprint: "",
          ...(located && finding.fix ? fileEdit(doc, located, finding.fix) : finding.insert && insertions++ < MAX_INSERTIONS ? insertion(doc, finding.insert) : {}),
        },
      });
    });
  }
  return out;
}

/**
 * A rule's fix (a span of the decoded string) as offsets in the file, through quotes, escapes and block
 * scalars, its text escaped as the string's quoting needs; none where the text cannot be written there.
 */
function fileEdit(doc: LoadedDocument, value: SourceRange, fix: FixDescriptor): { fix: LintFix } | Record<string, never> {
  const edit = innerEdit(doc.text, doc.lines, value, fix.start, fix.end, fix.text);
  return edit ? { fix: { title: fix.title, range: edit.range, text: edit.text } } : {};
}

/** Each insertion is checked by loading the file with it: past this many in a file, the rest wait for the next --fix pass. */
const MAX_INSERTIONS = 20;

/** A rule's entry to add, as an insertion in the finding's own file (its layout and validity: insertEntry). */
function insertion(doc: LoadedDocument, insert: InsertDescriptor): { fix: LintFix } | Record<string, never> {
  if (insert.into.doc.file !== doc.file || insert.into.doc.index !== doc.index) return {};
  const edit = insertEntry(doc, insert.into.path, insert.key, insert.value);
  return edit ? { fix: { title: insert.title, range: edit.range, text: edit.text } } : {};
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

export function summarize(filePath: string, messages: readonly LintMessage[], integrationCount: number, suppressedMessages: readonly SuppressedMessage[] = []): LintResult {
  let errorCount = 0, warningCount = 0, infoCount = 0, fatalErrorCount = 0;
  for (const m of messages) {
    if (m.fatal) fatalErrorCount++;
    if (m.severity === "error") errorCount++;
    else if (m.severity === "warning") warningCount++;
    else infoCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount, fatalErrorCount, integrationCount, ...(suppressedMessages.length ? { suppressedMessages: sortMessages([...suppressedMessages]) } : {}) };
}

/** Messages longer than this quote a value of any length (a 30 KB pattern): its middle is cut. */
const MAX_MESSAGE_CHARS = 1_000;

/**
 * Parts of a value that cannot be known (intrinsics, placeholders) are shown as an ellipsis, not an
 * invisible character; a message that quotes a long value keeps its head and its tail (the explanation).
 */
function readable(message: string): string {
  const shown = message.includes(UNKNOWN_PART) ? message.replaceAll(UNKNOWN_PART, "\u2026") : message;
  if (shown.length <= MAX_MESSAGE_CHARS) return shown;
  return `${shown.slice(0, 600)}\u2026 (${shown.length - 900} characters cut) \u2026${shown.slice(-300)}`;
}
