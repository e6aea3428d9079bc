/**
 * Input limits: each a named setting with a safe default, so that no input (a stranger's pull request, a
 * generated export) can make a run take unbounded time or memory. Exceeding one is an input error that
 * names the limit and how to raise it (CLI flag or configuration key under `limits`).
 */
export interface InputLimits {
  /** Largest file read, in bytes. */
  readonly maxFileBytes: number;
  /**
   * Largest Terraform HCL file parsed, in bytes. The WebAssembly HCL parser needs about 200 bytes of memory per
   * byte of source (a 5.5 MB file: 1.2 GB) and aborts past its 2 GB heap, so HCL has a bound of its own.
   */
  readonly maxHclBytes: number;
  /** Nodes YAML aliases may expand to, per file (the "billion laughs" guard). */
  readonly maxAliasNodes: number;
  /** Deepest nesting of maps and lists. */
  readonly maxDepth: number;
  /** Findings kept per file; the rest are summarised in one finding. */
  readonly maxFindingsPerFile: number;
  /** Wall time spent on one file, in milliseconds; past it the file is reported and skipped. */
  readonly maxFileMillis: number;
}

export type LimitName = keyof InputLimits;

export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxHclBytes: 4 * 1024 * 1024,
  maxAliasNodes: 100_000,
  maxDepth: 1_000,
  maxFindingsPerFile: 10_000,
  maxFileMillis: 60_000,
};

/** The CLI flag of each limit (the configuration key is `limits.<name>`). */
export const LIMIT_FLAGS: Readonly<Record<LimitName, string>> = {
  maxFileBytes: "--max-file-bytes",
  maxHclBytes: "--max-hcl-bytes",
  maxAliasNodes: "--max-alias-nodes",
  maxDepth: "--max-depth",
  maxFindingsPerFile: "--max-findings-per-file",
  maxFileMillis: "--max-file-millis",
};

export function withDefaults(limits: Partial<InputLimits> | undefined): InputLimits {
  return limits ? { ...DEFAULT_LIMITS, ...limits } : DEFAULT_LIMITS;
}

/** `<what> (limit maxDepth = 1000; raise it with --max-depth or limits.maxDepth)`. */
export function limitMessage(name: LimitName, value: number, what: string): string {
  return `${what} (limit ${name} = ${value}; raise it with ${LIMIT_FLAGS[name]} or the configuration key limits.${name})`;
}

/** Thrown by a loader when a limit is reached; `offset` is where in the text it was reached. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: LimitName,
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Values quoted in messages are cut: a 30 KB pattern repeated in full helps nobody. */
export function cut(value: string, max = 120): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}\u2026 (${value.length} characters)`;
}

/**
 * The UTF-8 size of text already in memory when it is over `maxBytes` (the language server's buffers, --stdin),
 * else undefined. Counted only where it could be: a UTF-16 unit is at most 3 bytes.
 */
export function bytesOver(text: string, maxBytes: number): number | undefined {
  if (text.length * 3 <= maxBytes) return undefined;
  const bytes = Buffer.byteLength(text);
  return bytes > maxBytes ? bytes : undefined;
}
