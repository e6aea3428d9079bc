import type { LintResult } from "../engine/types.js";
import type { Rule } from "../rule-api.js";

export interface ReportContext {
  readonly cwd: string;
  readonly rules: readonly Rule[];
  readonly toolVersion: string;
  /** Colours for terminals (text format only). */
  readonly color: boolean;
}

export type Reporter = (results: readonly LintResult[], context: ReportContext) => string;
