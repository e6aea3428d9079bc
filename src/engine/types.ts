import type { Severity } from "../rule-api.js";
import type { ApiKind, EndpointType } from "../model/integration.js";

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
  readonly rules?: Readonly<Record<string, SeveritySetting | RuleSetting>>;
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
}
