import { stat } from "node:fs/promises";
import { resolve, relative, sep } from "node:path";
import { InputError } from "../load/index.js";
import { isSupportedInput, unsupportedInputMessage } from "./input-kinds.js";
import { ALWAYS_SKIPPED_FOLDERS, walkFolder } from "./walk.js";

export interface DiscoverOptions {
  /** Skip what .gitignore files ignore in folder walks (default true; `--no-ignore` turns it off). */
  readonly respectGitignore?: boolean;
  /** Folders that could not be read (permissions): reported one by one while the walk goes on. */
  readonly unreadable?: InputError[];
}

/**
 * Expands the CLI's operands into a sorted, de-duplicated list of files relative to cwd. A file named
 * explicitly is always linted (an input error when apigw-lint does not read its kind); a folder is walked
 * (walk.ts); a glob is expanded to the files of a kind apigw-lint reads. A missing plain path is an input error.
 */
export async function discoverFiles(patterns: readonly string[], cwd: string, options: DiscoverOptions = {}): Promise<string[]> {
  const found = new Set<string>();
  const onUnreadable = (folder: string) => options.unreadable?.push(new InputError(toRelative(cwd, folder), "Cannot read this folder: permission denied (its files are not linted)"));
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      if (!isSupportedInput(absolute)) throw new InputError(pattern, unsupportedInputMessage());
      found.add(toRelative(cwd, absolute));
    } else if (info?.isDirectory()) {
      for (const entry of walkFolder(absolute, options.respectGitignore ?? true, onUnreadable)) found.add(toRelative(cwd, entry));
    } else if (/[*?[\]{}()!]/.test(pattern)) {
      // fast-glob is loaded only when a glob needs it: a pre-commit run names its files.
      const fg = (await import("fast-glob")).default;
      if (!fg.isDynamicPattern(pattern)) throw new InputError(pattern, "No such file or directory");
      const ignore = ALWAYS_SKIPPED_FOLDERS.map((folder) => `**/${folder}/**`);
      // Symbolic links are not followed, as in a folder walk: a link loop would make the walk endless.
      const entries = await fg(pattern, { cwd, ignore, onlyFiles: true, absolute: true, followSymbolicLinks: false, suppressErrors: true });
      if (entries.length === 0) throw new InputError(pattern, "No files match this pattern");
      const supported = entries.filter((entry) => isSupportedInput(entry));
      if (supported.length === 0) throw new InputError(pattern, unsupportedInputMessage());
      for (const entry of supported) found.add(toRelative(cwd, entry));
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
