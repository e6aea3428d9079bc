import { createRequire } from "node:module";
import { join } from "node:path";
import type { LoadedDocument } from "../load/types.js";
import { rules } from "../../rules/index.js";
import { packageRoot } from "./package-root.js";
import { ConfigError, type ConfigData } from "./types.js";
import { compilePlaceholderPatterns } from "../model/placeholders.js";

interface SchemaError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}
type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Built ahead of time by scripts/build-validators.mjs; loaded only when a configuration file exists. */
let validator: Validator | undefined;
function configValidator(): Validator {
  validator ??= createRequire(import.meta.url)(join(packageRoot(), "schemas/generated/config-validator.cjs")) as Validator;
  return validator;
}

/** Schema errors, then unknown rule ids; the first problem becomes a ConfigError at its source position. */
export function validateConfig(doc: LoadedDocument, displayName: string): ConfigData {
  const data = doc.value;
  const validate = configValidator();
  if (!validate(data)) {
    const error = mostSpecific(validate.errors ?? []);
    throw located(doc, displayName, describe(error, data));
  }
  const config = data as ConfigData;
  const known = new Set(rules.map((rule) => rule.id));
  const ruleMaps: { rules: Readonly<Record<string, unknown>>; path: (string | number)[] }[] = [];
  if (config.rules) ruleMaps.push({ rules: config.rules, path: ["rules"] });
  config.overrides?.forEach((override, n) => override.rules && ruleMaps.push({ rules: override.rules, path: ["overrides", n, "rules"] }));
  config.placeholders?.forEach((source, n) => {
    try {
      compilePlaceholderPatterns([source]);
    } catch (error) {
      throw located(doc, displayName, { path: ["placeholders", n], part: "value", message: `placeholders.${n}: ${(error as Error).message}` });
    }
  });
  for (const { rules: map, path } of ruleMaps) {
    for (const id of Object.keys(map)) {
      if (!known.has(id)) throw located(doc, displayName, { path: [...path, id], part: "key", message: `Unknown rule '${id}' in ${path.join(".")}: see docs/rules/ for the rule ids` });
    }
  }
  return config;
}

interface Problem {
  readonly path: (string | number)[];
  readonly part: "key" | "value";
  readonly message: string;
}

function located(doc: LoadedDocument, file: string, problem: Problem): ConfigError {
  const [range] = doc.locateAll([{ path: problem.path, part: problem.part }]);
  return new ConfigError(file, problem.message, range?.start.line ?? 1, range?.start.column ?? 1);
}

/** The deepest error wins; a failed rule setting (anyOf) is explained once, whatever branch failed. */
function mostSpecific(errors: readonly SchemaError[]): SchemaError {
  // The rule setting is the schema's only anyOf (standalone code names it "#/anyOf").
  const setting = errors.find((e) => e.keyword === "anyOf");
  if (setting) return setting;
  return [...errors].filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf").sort((a, b) => depth(b) - depth(a))[0] ?? errors[0]!;
}

function depth(error: SchemaError): number {
  return error.instancePath.split("/").length + (error.keyword === "required" || error.keyword === "additionalProperties" ? 1 : 0);
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), data);
}

function describe(error: SchemaError, data: unknown): Problem {
  const path = pointerToPath(error.instancePath);
  const where = path.length ? path.join(".") : "the configuration";
  const actual = JSON.stringify(valueAt(data, path));
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      return { path: [...path, key], part: "key", message: `Unknown property '${key}' in ${where}` };
    }
    case "required":
      return { path, part: path.length ? "value" : "value", message: `${where} needs the property '${String(error.params.missingProperty)}'` };
    case "enum":
      return { path, part: "value", message: `${where} must be one of ${(error.params.allowedValues as unknown[]).join(", ")}, got ${actual}` };
    case "type":
      return { path, part: "value", message: `${where} must be ${article(String(error.params.type))}, got ${actual}` };
    case "anyOf":
      return { path, part: "value", message: `${where} must be a severity (off, info, warning, error), [severity, options] or { severity, options }, got ${actual}` };
    case "minimum":
      return { path, part: "value", message: `${where} must be at least ${String(error.params.limit)}, got ${actual}` };
    case "pattern":
      return { path, part: "value", message: `${where} must match ${String(error.params.pattern)}, got ${actual}` };
    case "propertyNames":
      return { path: [...path, String(error.params.propertyName)], part: "key", message: `Invalid rule id '${String(error.params.propertyName)}' in ${where}` };
    default:
      return { path, part: "value", message: `${where} ${error.message ?? "is invalid"}, got ${actual}` };
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
