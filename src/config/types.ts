import type { ApiKind, EndpointType } from "../model/integration.js";
import type { RuleSetting, SeveritySetting } from "../engine/types.js";
import type { InputLimits } from "../load/limits.js";

/** A rule setting as written in a configuration file. */
export type RuleSettingInput = SeveritySetting | readonly [SeveritySetting, Readonly<Record<string, unknown>>?] | RuleSetting;

/** What a configuration file holds (validated against schemas/apigw-lint-config.schema.json). */
export interface ConfigData {
  readonly rules?: Readonly<Record<string, RuleSettingInput>>;
  readonly overrides?: readonly ConfigOverride[];
  readonly ignores?: readonly string[];
  readonly apiKind?: ApiKind;
  readonly endpointType?: EndpointType;
  readonly maxTimeout?: number;
  readonly requireSuppressionReason?: boolean;
  /** Regular expressions for the project's own placeholders (top level only). */
  readonly placeholders?: readonly string[];
  /** Relative to the configuration file's folder. */
  readonly projectRoot?: string;
  readonly limits?: Partial<InputLimits>;
}

export interface ConfigOverride extends Omit<ConfigData, "overrides" | "ignores" | "placeholders" | "projectRoot" | "limits"> {
  readonly files: readonly string[];
  /** JSON pointers into the file: the entry's rule severities apply only to findings at or under them. */
  readonly pointers?: readonly string[];
}

export interface LoadedConfig {
  /** Absolute path of the configuration file. */
  readonly file: string;
  /** Globs are relative to this folder (the file's). */
  readonly dir: string;
  readonly data: ConfigData;
}

/** Raised for a configuration the tool cannot use: the CLI prints `file:line:col: message` and exits 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line = 1,
    readonly column = 1,
    /** Further problems of the same file, after this one in file order. */
    readonly more: readonly { readonly line: number; readonly column: number; readonly message: string }[] = [],
  ) {
    super(message);
  }

  /** One `file:line:col: message` line per problem, in file order. */
  get diagnostic(): string {
    return [this, ...this.more].map((p) => `${this.file}:${p.line}:${p.column}: ${p.message}`).join("\n");
  }
}
