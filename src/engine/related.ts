import { readFileSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { LoadedDocument, LoadedFile } from "../load/types.js";
import { loadText } from "../load/index.js";

const cache = new Map<string, LoadedFile | string>();

/** Forgets the files loaded so far: each lintFiles run sees the referenced files as they are now. */
export function clearRelatedFileCache(): void {
  cache.clear();
}

/**
 * Loads a file that another one points to ($ref, AWS::Include). It must stay inside the project root,
 * and is never fetched from the network: the caller refuses remote references before this point.
 */
export function loadRelatedFile(from: LoadedDocument, relativePath: string, root: string): LoadedFile | string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(relativePath)) return `remote references are not fetched: ${relativePath}`;
  const fromAbsolute = resolve(root, from.file);
  const target = resolve(dirname(fromAbsolute), relativePath);
  const rootReal = safeRealpath(root) ?? root;
  const targetReal = safeRealpath(target);
  if (!targetReal) return `file not found: ${relativePath}`;
  const inside = relative(rootReal, targetReal);
  if (inside === "" || inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside)) {
    return `the reference leaves the project root: ${relativePath}`;
  }
  const cached = cache.get(targetReal);
  if (cached) return cached;
  let loaded: LoadedFile | string;
  try {
    const text = readFileSync(targetReal, "utf8");
    loaded = loadText(relative(root, target).split(sep).join("/"), targetReal, text);
    const fatal = loaded.problems.find((p) => p.fatal);
    if (fatal) loaded = `cannot parse ${relativePath}: ${fatal.message} at ${fatal.range.start.line}:${fatal.range.start.column}`;
  } catch (error) {
    loaded = `cannot read ${relativePath}: ${(error as Error).message}`;
  }
  cache.set(targetReal, loaded);
  return loaded;
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
