import type { LintResult } from "../engine/types.js";
import type { Rule } from "../rule-api.js";

export interface ReportContext {
  readonly cwd: string;
  readonly rules: readonly Rule[];
  readonly toolVersion: string;
  /** Colours for terminals (text and codeframe formats). */
  readonly color: boolean;
  /** The text of a linted file by its result's filePath (codeframe lines, rdjson byte columns); undefined when unknown. */
  readonly source?: (filePath: string) => string | undefined;
}

export type Reporter = (results: readonly LintResult[], context: ReportContext) => string;
