import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { InputError, loadText, readText } from "../load/index.js";
import { validateConfig } from "./validate.js";
import { ConfigError, type LoadedConfig } from "./types.js";

/** Looked for in this order in each folder, from the working directory upwards. */
export const CONFIG_FILE_NAMES = [
  "apigw-lint.config.json",
  "apigw-lint.config.yaml",
  "apigw-lint.config.yml",
  ".apigw-lintrc",
  ".apigw-lintrc.json",
  ".apigw-lintrc.yaml",
  ".apigw-lintrc.yml",
] as const;

/** The nearest configuration file at or above `cwd`, or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Loads the configuration named by `-c` (`explicitFile`) or found from `cwd` upwards. Undefined when there
 * is none; a ConfigError with the exact position when it cannot be used.
 */
export function loadConfig(cwd: string, explicitFile?: string): LoadedConfig | undefined {
  const file = explicitFile !== undefined ? resolve(cwd, explicitFile) : findConfigFile(cwd);
  if (!file) return undefined;
  const shown = displayName(cwd, file);
  let text: string;
  try {
    text = readText(shown, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const reason = error.message.replace(/^Cannot read file: /, "").replace(/^no such file or directory$/, "no such file");
    throw new ConfigError(shown, error.message.startsWith("Cannot read file: ") ? `Cannot read the configuration file: ${reason}` : reason, error.line, error.column);
  }
  const loaded = loadText(shown, file, text);
  const fatal = loaded.problems.find((p) => p.fatal || p.code === "duplicate-key");
  if (fatal) throw new ConfigError(shown, fatal.message, fatal.range.start.line, fatal.range.start.column);
  const [doc] = loaded.documents;
  if (!doc || doc.value === null || doc.value === undefined) {
    // A file named with -c that says nothing is a mistake (a wrong path, a file not yet written); one found by
    // the lookup is only an empty configuration.
    if (explicitFile !== undefined) throw new ConfigError(shown, "The configuration file named with -c is empty: it holds no settings");
    return { file, dir: dirname(file), data: {} };
  }
  if (loaded.documents.length > 1) throw new ConfigError(shown, "A configuration file holds one YAML document, this one has several");
  if (typeof doc.value !== "object" || Array.isArray(doc.value)) throw new ConfigError(shown, `The configuration must be an object, got ${Array.isArray(doc.value) ? "an array" : typeof doc.value}`);
  return { file, dir: dirname(file), data: validateConfig(doc, shown) };
}

function displayName(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith("..") || isAbsolute(rel) ? file : rel.split("\\").join("/");
}
