import { createHash } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { LintOptions, LintResult } from "./types.js";
import { readRegularFile, reasonOf, ReadError } from "../load/read-file.js";
import { writeFileAtomically } from "./write-file.js";

/**
 * The result cache (`--cache`): results per file, reused when the file's bytes and those of every file it
 * references ($ref, AWS::Include) are unchanged. The whole cache is dropped when the tool version, the rule
 * set or the effective configuration changes. Content hashes, not mtimes: CI checkouts have fresh mtimes.
 */

export const DEFAULT_CACHE_LOCATION = "node_modules/.cache/apigw-lint";
const CACHE_FILE_NAME = "cache.json";
const FORMAT = 1;
/** A cache file larger than this is not read (it is rebuilt). */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

interface Entry {
  readonly hash: string;
  /** Absolute path -> content hash of every referenced file the results depend on. */
  readonly related: Readonly<Record<string, string>>;
  readonly results: readonly LintResult[];
}

interface CacheData {
  readonly format: number;
  readonly key: string;
  readonly entries: Record<string, Entry>;
}

export function hashContent(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** `--cache-location`: a folder (ends with / or has no extension) holds cache.json; anything else is the file. */
export function cacheFilePath(cwd: string, location: string = DEFAULT_CACHE_LOCATION): string {
  const absolute = resolve(cwd, location);
  return location.endsWith("/") || !/\.[a-z0-9]+$/i.test(location) ? join(absolute, CACHE_FILE_NAME) : absolute;
}

/** What invalidates everything: the tool, its rules, and every option that changes results. */
export function cacheKey(toolVersion: string, ruleIds: readonly string[], options: LintOptions): string {
  const { cwd: _cwd, cacheFile: _cacheFile, config, ...rest } = options;
  return hashContent(JSON.stringify({ toolVersion, ruleIds, rest, config: config ? { dir: config.dir, data: config.data } : null }));
}

export class LintCache {
  private data: CacheData;
  private dirty = false;

  constructor(
    private readonly file: string,
    key: string,
  ) {
    this.data = { format: FORMAT, key, entries: {} };
    try {
      const stored = JSON.parse(readRegularFile(file, MAX_CACHE_BYTES).toString("utf8")) as CacheData;
      if (stored.format === FORMAT && stored.key === key && stored.entries && typeof stored.entries === "object") this.data = stored;
    } catch {
      // No cache yet, or an unreadable one: start empty, it is rewritten on save.
    }
  }

  /** The cached results when the file and everything it referenced are byte-for-byte unchanged. */
  lookup(file: string, hash: string): readonly LintResult[] | undefined {
    const entry = this.data.entries[file];
    if (!entry || entry.hash !== hash) return undefined;
    for (const [path, relatedHash] of Object.entries(entry.related)) {
      let content: Buffer;
      try {
        content = readRegularFile(path, MAX_CACHE_BYTES);
      } catch {
        return undefined;
      }
      if (hashContent(content.toString("utf8")) !== relatedHash) return undefined;
    }
    return entry.results;
  }

  store(file: string, hash: string, related: ReadonlyMap<string, string>, results: readonly LintResult[]): void {
    // A file that could not be read or parsed is linted again next time (the user is fixing it).
    if (results.some((r) => r.fatalErrorCount > 0)) return;
    this.data.entries[file] = { hash, related: Object.fromEntries(related), results };
    this.dirty = true;
  }

  /**
   * Written atomically (temp file + rename): parallel runs (pre-commit) never read half a cache. A cache
   * that cannot be written does not fail the run: the reason comes back as a warning, and no temp file stays.
   */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    try {
      makeFolder(dirname(this.file));
      writeFileAtomically(this.file, JSON.stringify(this.data));
      this.dirty = false;
      return undefined;
    } catch (error) {
      return `cannot write the cache ${this.file} (${error instanceof ReadError ? error.message : reasonOf(error)}): the cache is off for this run`;
    }
  }
}

/**
 * The cache folder and the missing folders above it, one at a time from the nearest existing one: a
 * recursive mkdir under /proc never ends, and a path that cannot be made should fail at once.
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let dir = folder; !existsSync(dir); dir = dirname(dir)) {
    if (dirname(dir) === dir || missing.length > 64) throw new ReadError("no folder above it exists");
    missing.push(dir);
  }
  for (const dir of missing.reverse()) mkdirSync(dir);
}
