import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { LoadedDocument, LoadedFile } from "../load/types.js";
import { InputError, isTerraformFile, loadText, readText } from "../load/index.js";
import { cut, DEFAULT_LIMITS, type InputLimits } from "../load/limits.js";
import { CONFIG_FILE_NAMES } from "../config/load.js";

const cache = new Map<string, LoadedFile | string>();
/** The limits each cached file was loaded under (a file linted on its own is reused only under the same). */
const cachedUnder = new Map<string, string>();
const roots = new Map<string, string>();

/** Forgets the files loaded so far: each lintFiles run sees the referenced files as they are now. */
export function clearRelatedFileCache(): void {
  cache.clear();
  cachedUnder.clear();
  roots.clear();
}

const limitsKey = (limits: InputLimits | undefined): string => JSON.stringify(limits ?? DEFAULT_LIMITS);

/**
 * A file about to be linted on its own that another file of this run already loaded as related (a Terraform
 * module's sibling, a `$ref` target): the same load, instead of reading and parsing the file again. Only when
 * it was loaded under the same name, path and limits, so that the result is the one a fresh load gives.
 */
export function loadedAsRelated(file: string, absolutePath: string, limits: InputLimits): LoadedFile | undefined {
  const known = cache.get(absolutePath);
  if (known === undefined || typeof known === "string") return undefined;
  if (known.file !== file || known.absolutePath !== absolutePath || cachedUnder.get(absolutePath) !== limitsKey(limits)) return undefined;
  return known;
}

/**
 * Offers a Terraform file linted on its own to the files that load it as a sibling later in the run. A
 * Terraform folder is one module, so every file's lint loads all its siblings: without this, each file was
 * parsed twice (on its own and as a sibling), and parsing is most of a Terraform lint. Other files are not
 * kept: few are also another file's `$ref` target, and keeping every file linted would hold a whole run's
 * trees in memory (the siblings of a module are held anyway, as related loads). Offered only when the related
 * loader would have made the same load: no fatal problem, no symbolic link on the way (it names files by the
 * path written), and a name relative to the same working folder.
 */
export function shareLoadedFile(loaded: LoadedFile, cwd: string, limits: InputLimits): void {
  const path = loaded.absolutePath;
  if (!isTerraformFile(path) || cache.has(path) || loaded.problems.some((problem) => problem.fatal)) return;
  if (loaded.file !== relative(cwd, path).split(sep).join("/") || safeRealpath(path) !== path) return;
  cache.set(path, loaded);
  cachedUnder.set(path, limitsKey(limits));
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
  cachedUnder.set(targetReal, limitsKey(options.limits));
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
