import { readdir } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve, relative, sep } from "node:path";
import { InputError } from "../load/index.js";

/** What a directory is searched for; files that hold no integration are skipped later, silently. */
export const DEFAULT_EXTENSIONS = ["json", "yaml", "yml", "template"];
export const DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**", "**/package.json", "**/package-lock.json", "**/tsconfig*.json", "**/.vscode/**", "**/.idea/**"];

/**
 * Expands the CLI's operands into a sorted, de-duplicated list of files relative to cwd.
 * A directory is searched recursively; a glob is expanded; a missing plain path is an input error.
 */
export async function discoverFiles(
  patterns: readonly string[],
  cwd: string,
  ignore: readonly string[] = [],
  /** Folders that could not be read (permissions): reported one by one while the walk goes on. */
  unreadable: InputError[] = [],
): Promise<string[]> {
  const found = new Set<string>();
  // fast-glob is loaded only when a directory or a glob needs it: a pre-commit run names its files.
  const glob = async () => (await import("fast-glob")).default;
  // fast-glob either stops at the first unreadable folder or (suppressErrors) skips it in silence: its
  // readdir is wrapped to learn which folders it skipped.
  const reported = new Set<string>();
  const walkFs = {
    readdir: ((path: string, options: never, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) =>
      readdir(path, options, (error: NodeJS.ErrnoException | null, entries: unknown) => {
        if (error && (error.code === "EACCES" || error.code === "EPERM") && !reported.has(path)) {
          reported.add(path);
          unreadable.push(new InputError(toRelative(cwd, path), "Cannot read this folder: permission denied (its files are not linted)"));
        }
        callback(error, entries);
      })) as unknown as typeof readdir,
  };
  const walkOptions = { ignore: [...DEFAULT_IGNORES, ...ignore], onlyFiles: true, absolute: true, followSymbolicLinks: false, suppressErrors: true, fs: walkFs };
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      found.add(toRelative(cwd, absolute));
    } else if (info?.isDirectory()) {
      const fg = await glob();
      const base = fg.convertPathToPattern(absolute);
      const entries = await fg(`${base}/**/*.{${DEFAULT_EXTENSIONS.join(",")}}`, { ...walkOptions, dot: false });
      for (const entry of entries) found.add(toRelative(cwd, entry));
    } else if (/[*?[\]{}()!]/.test(pattern) && (await glob()).isDynamicPattern(pattern)) {
      const fg = await glob();
      // Symbolic links are not followed, as in a folder walk: a link loop would make the walk endless.
      const entries = await fg(pattern, { ...walkOptions, cwd });
      if (entries.length === 0) throw new InputError(pattern, "No files match this pattern");
      for (const entry of entries) found.add(toRelative(cwd, entry));
    } else if (info) {
      throw new InputError(pattern, "Not a regular file or folder (a device, FIFO or socket): not read");
    } else {
      throw new InputError(pattern, "No such file or directory");
    }
  }
  return [...found].sort();
}

export function toRelative(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel === "" ? absolute : rel).split(sep).join("/");
}
