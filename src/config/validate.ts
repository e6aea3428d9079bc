import { createRequire } from "node:module";
import { join } from "node:path";
import type { LoadedDocument } from "../load/types.js";
import { rules } from "../../rules/index.js";
import { packageRoot } from "./package-root.js";
import { ConfigError, type ConfigData } from "./types.js";
import { describeSchemaError, pointerToPath, valueAt, type Problem, type SchemaError, type Validator } from "./schema-errors.js";
import { compilePlaceholderPatterns } from "../model/placeholders.js";

/** Built ahead of time by scripts/build-validators.mjs; loaded only when a configuration file exists. */
let validator: Validator | undefined;
function configValidator(): Validator {
  validator ??= createRequire(import.meta.url)(join(packageRoot(), "schemas/generated/config-validator.cjs")) as Validator;
  return validator;
}

/**
 * Schema errors (rule options included: the schema has each rule's options schema) and unknown rule ids.
 * Every problem is reported, in file order, as one `file:line:col: message` line of a single ConfigError.
 */
export function validateConfig(doc: LoadedDocument, displayName: string): ConfigData {
  const data = doc.value;
  const validate = configValidator();
  const problems = validate(data) ? [] : schemaProblems(validate.errors ?? []).map((error) => describe(error, data));
  const config = data as ConfigData;
  const known = new Set(rules.map((rule) => rule.id));
  const ruleMaps: { rules: Readonly<Record<string, unknown>>; path: (string | number)[] }[] = [];
  if (isObject(config.rules)) ruleMaps.push({ rules: config.rules, path: ["rules"] });
  if (Array.isArray(config.overrides)) {
    config.overrides.forEach((override, n) => isObject(override?.rules) && ruleMaps.push({ rules: override.rules, path: ["overrides", n, "rules"] }));
  }
  if (Array.isArray(config.placeholders)) {
    config.placeholders.forEach((source, n) => {
      try {
        compilePlaceholderPatterns([source]);
      } catch (error) {
        problems.push({ path: ["placeholders", n], part: "value", message: `placeholders.${n}: ${(error as Error).message}` });
      }
    });
  }
  for (const { rules: map, path } of ruleMaps) {
    for (const id of Object.keys(map)) {
      if (!known.has(id) && /^[a-z][a-z0-9-]*$/.test(id)) problems.push({ path: [...path, id], part: "key", message: `Unknown rule '${id}' in ${path.join(".")}: see docs/rules/ for the rule ids` });
    }
  }
  if (problems.length) throw locatedAll(doc, displayName, problems);
  return config;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every problem at its source position, sorted in file order, in one ConfigError. */
function locatedAll(doc: LoadedDocument, file: string, problems: readonly Problem[]): ConfigError {
  const ranges = doc.locateAll(problems.map((problem) => ({ path: problem.path, part: problem.part })));
  const located = problems.map((problem, n) => ({ line: ranges[n]?.start.line ?? 1, column: ranges[n]?.start.column ?? 1, message: problem.message }));
  located.sort((a, b) => a.line - b.line || a.column - b.column);
  const unique = located.filter((p, n) => n === 0 || JSON.stringify(p) !== JSON.stringify(located[n - 1]));
  return new ConfigError(file, unique[0]!.message, unique[0]!.line, unique[0]!.column, unique.slice(1));
}

/**
 * One error per problem. A rule setting is an anyOf (a severity, [severity, options] or {severity, options}):
 * when its value has one of those shapes with a valid severity, what is wrong is in the options, and those
 * errors (deeper than the setting) are the problems; otherwise the setting is explained once.
 */
function schemaProblems(errors: readonly SchemaError[]): SchemaError[] {
  const settings = errors.filter((e) => e.keyword === "anyOf");
  const inSetting = (e: SchemaError, setting: SchemaError) => e.instancePath === setting.instancePath || e.instancePath.startsWith(`${setting.instancePath}/`);
  const chosen: SchemaError[] = [];
  for (const setting of settings) {
    const deeper = errors.filter((e) => e.instancePath.startsWith(`${setting.instancePath}/`) && e.keyword !== "anyOf" && !isSeverityError(e, setting));
    chosen.push(...(deeper.length ? deeper : [setting]));
  }
  const rest = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf" && !settings.some((s) => inSetting(e, s)));
  // One problem per place (a value that is neither the right type nor in the enum is one mistake); each unknown
  // or missing property is a place of its own.
  const seen = new Set<string>();
  return [...chosen, ...rest].filter((e) => {
    const place = `${e.instancePath}\u0000${String(e.params.additionalProperty ?? e.params.missingProperty ?? "")}`;
    if (seen.has(place)) return false;
    seen.add(place);
    return true;
  });
}

/** The severity part of a setting's array or object form: its errors mean the shape, not the options, is wrong. */
function isSeverityError(error: SchemaError, setting: SchemaError): boolean {
  const rest = error.instancePath.slice(setting.instancePath.length);
  return rest === "/0" || rest === "/severity";
}

/** The configuration's own wording (rule options, rule settings, rule ids); the rest is generic. */
function describe(error: SchemaError, data: unknown): Problem {
  const path = pointerToPath(error.instancePath);
  const where = path.length ? path.join(".") : "the configuration";
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const rule = /^(?:overrides\.\d+\.)?rules\.([a-z0-9-]+)\.(?:1|options)$/.exec(where)?.[1];
      if (rule) return { path: [...path, key], part: "key", message: `Unknown option '${key}' for rule ${rule} (see docs/rules/${rule}.md)` };
      break;
    }
    case "anyOf":
      return { path, part: "value", message: `${where} must be a severity (off, info, warning, error), [severity, options] or { severity, options }, got ${JSON.stringify(valueAt(data, path))}` };
    case "propertyNames":
      return { path: [...path, String(error.params.propertyName)], part: "key", message: `Invalid rule id '${String(error.params.propertyName)}' in ${where}` };
  }
  return describeSchemaError(error, data, "the configuration");
}
