/** The library API: the same results the CLI prints. `lint` is `lintFiles` (files, directories, globs). */
export { lintFiles, lintFiles as lint, lintText } from "./engine/lint.js";
/** `lintText` of Terraform (`.tf`) text needs the WebAssembly HCL parser: await this once before. */
export { prepareHclParser } from "./load/hcl-parser.js";
export type { LintMessage, LintOptions, LintResult, RuleSetting, SeveritySetting, PointerOverride, Suppression, SuppressedMessage } from "./engine/types.js";
export { rules } from "../rules/index.js";
export type { Rule, Severity, RuleDocs } from "./rule-api.js";

/** Configuration: `lintFiles(patterns, { config: loadConfig(cwd) })` applies it as the CLI does. */
export { loadConfig, findConfigFile, CONFIG_FILE_NAMES } from "./config/load.js";
export { settingsForFile, type FileSettings } from "./config/resolve.js";
export { ConfigError, type ConfigData, type ConfigOverride, type LoadedConfig } from "./config/types.js";

/** Baselines (--baseline / --update-baseline). */
export { applyBaseline, readBaseline, updatedBaseline, writeBaseline, BaselineError, type Baseline, type BaselineEntry } from "./engine/baseline.js";

/** Reporters by name: text, json, sarif, github, junit, checkstyle, rdjson, codeframe. */
export { FORMATS, loadReporter, type Format } from "./report/index.js";
export type { Reporter, ReportContext } from "./report/types.js";

/** Fixes (--fix, the editor): apply the certain fixes of a text until it is stable. */
export { fixText, type FixOutcome } from "./fix/fix-text.js";
export { applyFixes } from "./fix/apply.js";
export type { LintFix } from "./engine/types.js";
