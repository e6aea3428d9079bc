import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { LoadedDocument, LoadedFile } from "../load/types.js";
import { InputError, loadText, readText } from "../load/index.js";
import { cut, DEFAULT_LIMITS, type InputLimits } from "../load/limits.js";
import { CONFIG_FILE_NAMES } from "../config/load.js";

const cache = new Map<string, LoadedFile | string>();
const roots = new Map<string, string>();

/** Forgets the files loaded so far: each lintFiles run sees the referenced files as they are now. */
export function clearRelatedFileCache(): void {
  cache.clear();
  roots.clear();
}

const PROJECT_MARKERS = [...CONFIG_FILE_NAMES, "package.json", ".git"];

/**
 * The folder references may not leave: the nearest folder at or above the linted file's that holds a
 * configuration file, package.json or .git, never the file system's root (a container run from `/` must
 * not make /etc/passwd "inside the project"). Without such a folder, the linted file's own folder.
 */
export function projectRootOf(file: string): string {
  const start = dirname(file);
  const known = roots.get(start);
  if (known) return known;
  let root = start;
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (PROJECT_MARKERS.some((name) => existsSync(join(dir, name)))) {
      root = dir;
      break;
    }
  }
  roots.set(start, root);
  return root;
}

export interface RelatedFileOptions {
  /** Paths of loaded files are shown relative to it (the working directory). */
  readonly cwd: string;
  /** `--project-root`: overrides projectRootOf. */
  readonly projectRoot?: string;
  readonly limits?: InputLimits;
  /** Unsaved editor buffers by absolute path (LintOptions.openBuffers): read before the disk, never cached. */
  readonly openBuffers?: ReadonlyMap<string, string>;
}

/**
 * Loads a file that another one points to ($ref, AWS::Include). It must be a regular file inside the
 * project root, and is never fetched from the network: the caller refuses remote references before this.
 */
export function loadRelatedFile(from: LoadedDocument, relativePath: string, options: RelatedFileOptions): LoadedFile | string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(relativePath) || relativePath.startsWith("//")) return `remote references are not fetched: ${relativePath}`;
  const fromAbsolute = resolve(options.cwd, from.file);
  const target = resolve(dirname(fromAbsolute), relativePath);
  const root = options.projectRoot !== undefined ? resolve(options.cwd, options.projectRoot) : projectRootOf(fromAbsolute);
  const rootReal = safeRealpath(root) ?? root;
  const buffer = options.openBuffers?.get(target);
  // A buffer not saved yet has no file: its folder's real path stands in for the containment check.
  const targetReal = safeRealpath(target) ?? (buffer !== undefined ? join(safeRealpath(dirname(target)) ?? dirname(target), basename(target)) : undefined);
  if (!targetReal) return `file not found: ${relativePath}`;
  const inside = relative(rootReal, targetReal);
  if (inside === "" || inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside)) {
    return `the reference leaves the project root ${root} (set another with --project-root): ${relativePath}`;
  }
  const unsaved = buffer ?? options.openBuffers?.get(targetReal);
  if (unsaved !== undefined) return loadRelatedText(relativePath, target, targetReal, options, () => unsaved);
  const cached = cache.get(targetReal);
  if (cached) return cached;
  const loaded = loadRelatedText(relativePath, target, targetReal, options, (limits) => readText(relativePath, targetReal, limits));
  cache.set(targetReal, loaded);
  return loaded;
}

function loadRelatedText(relativePath: string, target: string, targetReal: string, options: RelatedFileOptions, read: (limits: InputLimits) => string): LoadedFile | string {
  const limits = options.limits ?? DEFAULT_LIMITS;
  try {
    const loaded = loadText(relative(options.cwd, target).split(sep).join("/"), targetReal, read(limits), limits);
    const fatal = loaded.problems.find((p) => p.fatal);
    return fatal ? `cannot parse ${relativePath}: ${cut(fatal.message)} at ${fatal.range.start.line}:${fatal.range.start.column}` : loaded;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return `cannot read ${relativePath}: ${error.message.replace(/^Cannot read file: /, "")}`;
  }
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
