import type { Severity } from "../rule-api.js";
import type { ApiKind, EndpointType } from "../model/integration.js";
import type { JsonPath } from "../load/types.js";
import type { LoadedConfig } from "../config/types.js";
import type { InputLimits } from "../load/limits.js";

export type SeveritySetting = Severity | "off";

export interface RuleSetting {
  readonly severity?: SeveritySetting;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface LintOptions {
  /** Paths in results are relative to it; file refs must stay inside it. Default: process.cwd(). */
  readonly cwd?: string;
  /** Ceiling for timeoutInMillis (accounts can raise the 29000 default on REGIONAL/PRIVATE APIs). */
  readonly maxTimeout?: number;
  readonly apiKind?: ApiKind;
  readonly endpointType?: EndpointType;
  /** Regular expressions for the project's own placeholders (`@@[a-z]+@@`): matches are unknown values, never errors. */
  readonly placeholders?: readonly string[];
  readonly rules?: Readonly<Record<string, SeveritySetting | RuleSetting>>;
  /** A configuration file (see loadConfig): its settings apply per file, under the options above. */
  readonly config?: LoadedConfig;
  /** Suppressions without a reason are reported as suppression-reason-missing. */
  readonly requireSuppressionReason?: boolean;
  /** Rule severities for parts of a file (JSON pointers), e.g. to switch a rule off under one path. */
  readonly pointerOverrides?: readonly PointerOverride[];
  /** Folder walks skip what .gitignore files ignore (default true; the CLI's `--no-ignore` sets false). */
  readonly respectGitignore?: boolean;
  /** Reuse results of unchanged files from this cache file (see src/engine/cache.ts). */
  readonly cacheFile?: string;
  /** The folder `$ref`s and AWS::Include may not leave (default: see projectRootOf in src/engine/related.ts). */
  readonly projectRoot?: string;
  /** Input limits (src/load/limits.ts); unset ones keep their defaults. */
  readonly limits?: Partial<InputLimits>;
  /**
   * Text of files open in an editor with unsaved edits, by absolute path: a `$ref`'d or `AWS::Include`d file
   * is read from here before the disk (the language server sets it; the CLI never does).
   */
  readonly openBuffers?: ReadonlyMap<string, string>;
  /**
   * Set when the linted text has no folder (an editor's untitled buffer): no other file is read, and a `$ref`
   * to one is reported as unresolved with this reason.
   */
  readonly relatedFilesUnavailable?: string;
}

export interface PointerOverride {
  /** Paths (decoded JSON pointers): the settings apply to findings at or under any of them. */
  readonly pointers: readonly JsonPath[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export interface Suppression {
  /** directive: a comment; configuration: an override with pointers; metadata: CloudFormation Metadata; baseline: --baseline. */
  readonly kind: "directive" | "configuration" | "metadata" | "baseline";
  readonly justification: string;
}

export interface SuppressedMessage extends LintMessage {
  readonly suppressions: readonly Suppression[];
}

export interface LintMessage {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The file could not be read or parsed: exit code 2. */
  readonly fatal?: boolean;
  /**
   * Stable across unrelated edits (hash of rule, message, JSON path and the finding's source text; no line
   * numbers): what baselines and SARIF partialFingerprints match on.
   */
  readonly fingerprint?: string;
  /** A fix whose result is certain (see src/fix): replace `range` (offsets in the file's text) with `text`. */
  readonly fix?: LintFix;
}

export interface LintFix {
  /** What the fix does ("Write POST"): the editor's quick-fix title. */
  readonly title: string;
  /** UTF-16 offsets into the file's text, end exclusive. */
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface LintResult {
  /** Relative to cwd, with forward slashes. */
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly fatalErrorCount: number;
  /** How many integrations the file holds (0: skipped, it is not an API Gateway file). */
  readonly integrationCount: number;
  /** Findings hidden by a suppression comment, configuration, CloudFormation Metadata or the baseline. */
  readonly suppressedMessages?: readonly SuppressedMessage[];
  /** Baseline entries for this file that matched no finding (prune them with --update-baseline). */
  readonly staleBaselineCount?: number;
}
