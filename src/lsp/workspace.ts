import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config/load.js";
import type { LoadedConfig } from "../config/types.js";
import type { LintOptions } from "../engine/types.js";
import type { ApiKind, EndpointType } from "../model/integration.js";

/** The CLI's settings an editor can set (initializationOptions or workspace/configuration section "apigw-lint"). */
export interface ServerSettings {
  readonly apiKind?: ApiKind;
  readonly endpointType?: EndpointType;
  readonly maxTimeout?: number;
  /** A configuration file to use instead of discovery (relative to the workspace folder). */
  readonly configFile?: string;
  /** A burst of edits is linted when it pauses this many milliseconds (default 50); a single edit at once. */
  readonly debounceMs?: number;
}

/** Only well-formed values are taken: a typo in the editor's settings must not break linting. */
export function readSettings(input: unknown): ServerSettings {
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const upper = (v: unknown) => (typeof v === "string" ? v.toUpperCase() : undefined);
  const apiKind = upper(raw.apiKind), endpointType = upper(raw.endpointType);
  return {
    ...(apiKind === "REST" || apiKind === "HTTP" ? { apiKind } : {}),
    ...(endpointType === "EDGE" || endpointType === "REGIONAL" || endpointType === "PRIVATE" ? { endpointType } : {}),
    ...(typeof raw.maxTimeout === "number" && raw.maxTimeout >= 50 ? { maxTimeout: raw.maxTimeout } : {}),
    ...(typeof raw.configFile === "string" && raw.configFile !== "" ? { configFile: raw.configFile } : {}),
    ...(typeof raw.debounceMs === "number" && raw.debounceMs >= 0 ? { debounceMs: raw.debounceMs } : {}),
  };
}

/**
 * Which folder a document belongs to (the deepest workspace folder holding it, else its own folder), and
 * the configuration that applies to it, found upwards from the file as the CLI finds it from its cwd.
 * Configurations are cached per folder until a configuration file changes.
 */
export class Workspace {
  private folders: string[] = [];
  /** The first workspace folder as the client listed it: an untitled buffer's home. */
  private firstFolder: string | undefined;
  private readonly configs = new Map<string, LoadedConfig | undefined>();

  setFolders(uris: readonly string[]): void {
    const paths = uris.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
    this.firstFolder = paths[0];
    this.folders = [...paths].sort((a, b) => b.length - a.length);
  }

  /**
   * An untitled buffer has no folder: it is linted as `name` in the first workspace folder, with that
   * folder's configuration (or the configFile setting); with no workspace folder, with the defaults.
   */
  untitled(name: string, settings: ServerSettings): { file: string; options: LintOptions } {
    if (this.firstFolder !== undefined) {
      const file = join(this.firstFolder, name);
      return { file, options: this.optionsFor(file, settings) };
    }
    const cwd = process.cwd();
    return { file: join(cwd, name), options: { cwd, ...fromSettings(settings) } };
  }

  forgetConfigs(): void {
    this.configs.clear();
  }

  rootOf(file: string): string {
    return this.folders.find((folder) => file === folder || file.startsWith(folder.endsWith("/") ? folder : `${folder}/`)) ?? dirname(file);
  }

  /** Lint options for a file; a ConfigError propagates (the caller shows it on the document). */
  optionsFor(file: string, settings: ServerSettings): LintOptions {
    const root = this.rootOf(file);
    const key = settings.configFile !== undefined ? `explicit:${resolve(root, settings.configFile)}` : dirname(file);
    let config: LoadedConfig | undefined;
    if (this.configs.has(key)) config = this.configs.get(key);
    else {
      config = settings.configFile !== undefined ? loadConfig(root, settings.configFile) : loadConfig(dirname(file));
      this.configs.set(key, config);
    }
    return { cwd: root, ...(config ? { config } : {}), ...fromSettings(settings) };
  }
}

/** The CLI options an editor's settings set. */
function fromSettings(settings: ServerSettings): LintOptions {
  return {
    ...(settings.apiKind ? { apiKind: settings.apiKind } : {}),
    ...(settings.endpointType ? { endpointType: settings.endpointType } : {}),
    ...(settings.maxTimeout !== undefined ? { maxTimeout: settings.maxTimeout } : {}),
  };
}
