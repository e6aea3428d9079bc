import { FORMATS, type Format } from "../report/index.js";
import type { ApiKind, EndpointType } from "../model/integration.js";
import type { Severity } from "../rule-api.js";
import { LIMIT_FLAGS, type InputLimits, type LimitName } from "../load/limits.js";

export class UsageError extends Error {}

/** One report: a format, written to a file or (no file) to stdout. */
export interface OutputSpec {
  readonly format: Format;
  readonly file?: string;
}

export interface CliOptions {
  readonly patterns: string[];
  /** In command-line order; at most one goes to stdout. */
  readonly outputs: readonly OutputSpec[];
  readonly maxWarnings?: number;
  readonly failSeverity: Severity;
  readonly quiet: boolean;
  readonly maxTimeout?: number;
  readonly apiKind?: ApiKind;
  readonly endpointType?: EndpointType;
  readonly configFile?: string;
  readonly configLookup: boolean;
  readonly printConfig?: string;
  readonly baseline?: string;
  readonly updateBaseline: boolean;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly cache: boolean;
  /** Folder walks skip what .gitignore ignores (false with --no-ignore). */
  readonly gitignore: boolean;
  readonly cacheLocation?: string;
  readonly projectRoot?: string;
  /** Only the limits given as flags. */
  readonly limits: Partial<InputLimits>;
  readonly color: boolean;
  /** --fix writes the safe fixes; --fix-dry-run prints them as a diff. */
  readonly fix?: "write" | "dry-run";
  readonly help: boolean;
  readonly version: boolean;
}

function integer(flag: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${flag} needs a whole number >= ${min}${max < Number.MAX_SAFE_INTEGER ? ` and <= ${max}` : ""}, got ${value === undefined ? "nothing" : `'${value}'`}`);
  }
  return Number(value);
}

const LIMIT_BY_FLAG = new Map(Object.entries(LIMIT_FLAGS).map(([name, flag]) => [flag, name as LimitName]));
/** Deeper nesting than this would reach the JS stack's limit in the code that walks the data. */
const MAX_DEPTH_CEILING = 2_000;

function choice<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} takes ${allowed.join(", ")}, got '${value}'`);
  return value as T;
}

/** `-o` with no `-f`: the output file's extension names the format (`.json`, `.sarif`, `.xml` for junit), else text. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, Format>> = { ".json": "json", ".sarif": "sarif", ".xml": "junit" };

function formatOfFile(file: string): Format {
  const dot = file.lastIndexOf(".");
  return (dot > file.lastIndexOf("/") ? FORMAT_OF_EXTENSION[file.slice(dot).toLowerCase()] : undefined) ?? "text";
}

/**
 * Parses argv (without node and the script). Flags follow ESLint's names where ESLint has one. Each -o
 * belongs to the -f before it (an -o before any -f, to the first -f; with no -f, to the format its extension names).
 */
export function parseArgs(argv: readonly string[], isTty: boolean): CliOptions {
  const patterns: string[] = [];
  const outputs: { format: Format; file?: string }[] = [];
  let pendingFile: string | undefined;
  let maxWarnings: number | undefined, maxTimeout: number | undefined;
  let apiKind: ApiKind | undefined, endpointType: EndpointType | undefined;
  let configFile: string | undefined, printConfig: string | undefined, baseline: string | undefined;
  let stdinFilename: string | undefined, cacheLocation: string | undefined, projectRoot: string | undefined;
  const limits: Partial<Record<LimitName, number>> = {};
  let failSeverity: Severity = "error";
  let quiet = false, help = false, version = false, configLookup = true, updateBaseline = false, stdin = false, cache = false;
  let gitignore = true;
  let color = isTty && !process.env.NO_COLOR;
  let fix: CliOptions["fix"];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case "-f":
      case "--format": {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`Unknown format '${v}': use one of ${FORMATS.join(", ")}`);
        outputs.push({ format: v as Format, ...(pendingFile !== undefined ? { file: pendingFile } : {}) });
        pendingFile = undefined;
        break;
      }
      case "-o":
      case "--output-file": {
        const file = value();
        const last = outputs[outputs.length - 1];
        if (last && last.file === undefined) last.file = file;
        else if (!last && pendingFile === undefined) pendingFile = file;
        else throw new UsageError(`${flag} ${file}: every -o needs its own -f before it (e.g. -f sarif -o results.sarif -f text)`);
        break;
      }
      case "--max-warnings":
        maxWarnings = integer(flag, value(), 0);
        break;
      case "--fail-severity":
        failSeverity = choice(flag, value().toLowerCase(), ["error", "warning", "info"] as const);
        break;
      case "--max-timeout":
        maxTimeout = integer(flag, value(), 50);
        break;
      case "--api-kind":
        apiKind = choice(flag, value().toUpperCase(), ["REST", "HTTP"] as const);
        break;
      case "--endpoint-type":
        endpointType = choice(flag, value().toUpperCase(), ["EDGE", "REGIONAL", "PRIVATE"] as const);
        break;
      case "-c":
      case "--config":
        configFile = value();
        break;
      case "--no-config-lookup":
        configLookup = false;
        break;
      case "--print-config":
        printConfig = value();
        break;
      case "--baseline":
        baseline = value();
        break;
      case "--update-baseline":
        updateBaseline = true;
        break;
      case "--stdin":
        stdin = true;
        break;
      case "--stdin-filename":
        stdinFilename = value();
        break;
      case "--cache":
        cache = true;
        break;
      case "--cache-location":
        cacheLocation = value();
        cache = true;
        break;
      case "--no-ignore":
        gitignore = false;
        break;
      case "--project-root":
        projectRoot = value();
        break;
      case "--max-file-bytes":
      case "--max-hcl-bytes":
      case "--max-alias-nodes":
      case "--max-depth":
      case "--max-findings-per-file":
      case "--max-file-millis":
        limits[LIMIT_BY_FLAG.get(flag)!] = integer(flag, value(), 1, flag === "--max-depth" ? MAX_DEPTH_CEILING : undefined);
        break;
      case "--quiet":
        quiet = true;
        break;
      case "--color":
        color = true;
        break;
      case "--no-color":
        color = false;
        break;
      case "--fix":
        fix = "write";
        break;
      case "--fix-dry-run":
        fix = "dry-run";
        break;
      case "-h":
      case "--help":
        help = true;
        break;
      case "-v":
      case "--version":
        version = true;
        break;
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(`Unknown option '${arg}' (see --help)`);
        patterns.push(arg);
    }
  }
  if (outputs.length === 0) outputs.push({ format: pendingFile !== undefined ? formatOfFile(pendingFile) : "text", ...(pendingFile !== undefined ? { file: pendingFile } : {}) });
  if (outputs.filter((o) => o.file === undefined).length > 1) throw new UsageError("Only one report can go to stdout: give every other -f its -o <file>");
  if (updateBaseline && baseline === undefined) throw new UsageError("--update-baseline needs --baseline <file>");
  if (stdinFilename !== undefined && !stdin) throw new UsageError("--stdin-filename goes with --stdin");
  if (fix === "write" && stdin) throw new UsageError("--fix writes files: with --stdin use --fix-dry-run");
  if (stdin && patterns.length) throw new UsageError("--stdin lints standard input: give no file operands with it");
  return {
    patterns, outputs, failSeverity, quiet, color, help, version, configLookup, updateBaseline, stdin, cache, gitignore, limits,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(maxTimeout !== undefined ? { maxTimeout } : {}),
    ...(apiKind ? { apiKind } : {}),
    ...(endpointType ? { endpointType } : {}),
    ...(configFile !== undefined ? { configFile } : {}),
    ...(printConfig !== undefined ? { printConfig } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
    ...(stdinFilename !== undefined ? { stdinFilename } : {}),
    ...(cacheLocation !== undefined ? { cacheLocation } : {}),
    ...(fix ? { fix } : {}),
    ...(projectRoot !== undefined ? { projectRoot } : {}),
  };
}
