/** The library API: the same results the CLI prints. */
export { lintFiles, lintText } from "./engine/lint.js";
export type { LintMessage, LintOptions, LintResult, RuleSetting, SeveritySetting } from "./engine/types.js";
export { rules } from "../rules/index.js";
export type { Rule, Severity, RuleDocs } from "./rule-api.js";
