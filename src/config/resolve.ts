import { relative, resolve, sep } from "node:path";
import type { JsonPath } from "../load/types.js";
import type { LintOptions, PointerOverride, RuleSetting } from "../engine/types.js";
import { globMatcher } from "./glob.js";
import type { ConfigData, LoadedConfig, RuleSettingInput } from "./types.js";

/** What applies to one file: the top level, then every matching override in order (later ones win). */
export interface FileSettings {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly apiKind?: ConfigData["apiKind"];
  readonly endpointType?: ConfigData["endpointType"];
  readonly maxTimeout?: number;
  readonly requireSuppressionReason: boolean;
  readonly pointerOverrides: readonly PointerOverride[];
}

export function normalizeRuleSetting(input: RuleSettingInput): RuleSetting {
  if (typeof input === "string") return { severity: input };
  if (Array.isArray(input)) {
    const [severity, options] = input as readonly [RuleSetting["severity"], Record<string, unknown>?];
    return { ...(severity ? { severity } : {}), ...(options ? { options } : {}) };
  }
  return input as RuleSetting;
}

/** A later severity-only setting keeps the options set earlier (as ESLint does). */
function mergeRules(into: Record<string, RuleSetting>, rules: ConfigData["rules"]): void {
  for (const [id, input] of Object.entries(rules ?? {})) {
    const next = normalizeRuleSetting(input);
    into[id] = { ...into[id], ...next };
  }
}

function configRelative(config: LoadedConfig, absolutePath: string): string {
  return relative(config.dir, absolutePath).split(sep).join("/");
}

export function settingsForFile(config: LoadedConfig, absolutePath: string): FileSettings {
  const path = configRelative(config, absolutePath);
  const rules: Record<string, RuleSetting> = {};
  mergeRules(rules, config.data.rules);
  let { apiKind, endpointType, maxTimeout } = config.data;
  let requireSuppressionReason = config.data.requireSuppressionReason ?? false;
  const pointerOverrides: PointerOverride[] = [];
  for (const override of config.data.overrides ?? []) {
    if (!globMatcher(override.files)(path)) continue;
    if (override.pointers) {
      const local: Record<string, RuleSetting> = {};
      mergeRules(local, override.rules);
      pointerOverrides.push({ pointers: override.pointers.map(pointerToPath), rules: local });
      continue;
    }
    mergeRules(rules, override.rules);
    apiKind = override.apiKind ?? apiKind;
    endpointType = override.endpointType ?? endpointType;
    maxTimeout = override.maxTimeout ?? maxTimeout;
    requireSuppressionReason = override.requireSuppressionReason ?? requireSuppressionReason;
  }
  return {
    rules,
    ...(apiKind ? { apiKind } : {}),
    ...(endpointType ? { endpointType } : {}),
    ...(maxTimeout !== undefined ? { maxTimeout } : {}),
    requireSuppressionReason,
    pointerOverrides,
  };
}

export function isIgnored(config: LoadedConfig | undefined, absolutePath: string): boolean {
  if (!config?.data.ignores?.length) return false;
  const path = configRelative(config, absolutePath);
  return !path.startsWith("..") && globMatcher(config.data.ignores)(path);
}

/** Options for one file: the configuration, then what the caller (CLI flags, API options) says on top. */
export function optionsForFile(options: LintOptions, absolutePath: string): LintOptions {
  if (!options.config) return options;
  const settings = settingsForFile(options.config, absolutePath);
  const apiKind = options.apiKind ?? settings.apiKind;
  const endpointType = options.endpointType ?? settings.endpointType;
  const maxTimeout = options.maxTimeout ?? settings.maxTimeout;
  const placeholders = [...(options.config.data.placeholders ?? []), ...(options.placeholders ?? [])];
  const { limits, projectRoot } = options.config.data;
  return {
    ...options,
    ...(placeholders.length ? { placeholders } : {}),
    ...(limits || options.limits ? { limits: { ...limits, ...options.limits } } : {}),
    ...(options.projectRoot === undefined && projectRoot !== undefined ? { projectRoot: resolve(options.config.dir, projectRoot) } : {}),
    rules: { ...settings.rules, ...options.rules },
    ...(apiKind ? { apiKind } : {}),
    ...(endpointType ? { endpointType } : {}),
    ...(maxTimeout !== undefined ? { maxTimeout } : {}),
    requireSuppressionReason: options.requireSuppressionReason ?? settings.requireSuppressionReason,
    pointerOverrides: [...settings.pointerOverrides, ...(options.pointerOverrides ?? [])],
  };
}

export function pointerToPath(pointer: string): JsonPath {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
