import { FORMATS, type Format } from "../report/index.js";
import type { ApiKind, EndpointType } from "../model/integration.js";

export class UsageError extends Error {}

export interface CliOptions {
  readonly patterns: string[];
  readonly format: Format;
  readonly outputFile?: string;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly maxTimeout?: number;
  readonly apiKind?: ApiKind;
  readonly endpointType?: EndpointType;
  readonly color: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

function integer(flag: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} needs a whole number >= ${min}, got ${value === undefined ? "nothing" : `'${value}'`}`);
  return Number(value);
}

/** Parses argv (without node and the script). Flags follow ESLint's names where ESLint has one. */
export function parseArgs(argv: readonly string[], isTty: boolean): CliOptions {
  const patterns: string[] = [];
  let format: Format = "text";
  let outputFile: string | undefined, maxWarnings: number | undefined, maxTimeout: number | undefined;
  let apiKind: ApiKind | undefined, endpointType: EndpointType | undefined;
  let quiet = false, help = false, version = false;
  let color = isTty && !process.env.NO_COLOR;
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
        format = v as Format;
        break;
      }
      case "-o":
      case "--output-file":
        outputFile = value();
        break;
      case "--max-warnings":
        maxWarnings = integer(flag, value(), 0);
        break;
      case "--max-timeout":
        maxTimeout = integer(flag, value(), 50);
        break;
      case "--api-kind": {
        const v = value().toUpperCase();
        if (v !== "REST" && v !== "HTTP") throw new UsageError(`--api-kind takes REST or HTTP, got '${v}'`);
        apiKind = v;
        break;
      }
      case "--endpoint-type": {
        const v = value().toUpperCase();
        if (v !== "EDGE" && v !== "REGIONAL" && v !== "PRIVATE") throw new UsageError(`--endpoint-type takes EDGE, REGIONAL or PRIVATE, got '${v}'`);
        endpointType = v;
        break;
      }
      case "--quiet":
        quiet = true;
        break;
      case "--color":
        color = true;
        break;
      case "--no-color":
        color = false;
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
  return {
    patterns, format, quiet, color, help, version,
    ...(outputFile !== undefined ? { outputFile } : {}),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(maxTimeout !== undefined ? { maxTimeout } : {}),
    ...(apiKind ? { apiKind } : {}),
    ...(endpointType ? { endpointType } : {}),
  };
}

export const HELP = `Usage: apigw-lint [options] [file|dir|glob ...]

Lints Amazon API Gateway integrations in OpenAPI documents, CloudFormation/SAM/CDK templates,
PutIntegration bodies and AWS CLI outputs (get-integration, get-method, get-resources).
With no operand, lints the current directory. Files that hold no integration are skipped.

Options:
  -f, --format <text|json|sarif>  Output format (default: text)
  -o, --output-file <path>        Write the report to a file instead of stdout
      --max-warnings <n>          Exit 1 when there are more than n warnings
      --quiet                     Report errors only
      --max-timeout <ms>          The account's integration timeout ceiling (default 29000)
      --api-kind <REST|HTTP>      Treat documents as REST (v1) or HTTP (v2) APIs when they do not say
      --endpoint-type <EDGE|REGIONAL|PRIVATE>  The API's endpoint type, for the timeout ceiling
      --color, --no-color         Force colours on or off (default: on for a terminal)
  -h, --help                      Show this help
  -v, --version                   Show the version

Exit codes: 0 no errors, 1 lint errors (or more warnings than --max-warnings), 2 usage or input errors.
`;
