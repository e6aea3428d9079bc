import { stat } from "node:fs/promises";
import { resolve, relative, sep } from "node:path";
import { InputError } from "../load/index.js";

/** What a directory is searched for; files that hold no integration are skipped later, silently. */
export const DEFAULT_EXTENSIONS = ["json", "yaml", "yml", "template", "tf", "tofu"];
export const DEFAULT_IGNORES = ["**/node_modules/**", "**/.git/**", "**/package.json", "**/package-lock.json", "**/tsconfig*.json", "**/.vscode/**", "**/.idea/**"];

/**
 * Expands the CLI's operands into a sorted, de-duplicated list of files relative to cwd.
 * A directory is searched recursively; a glob is expanded; a missing plain path is an input error.
 */
export async function discoverFiles(patterns: readonly string[], cwd: string, ignore: readonly string[] = []): Promise<string[]> {
  const found = new Set<string>();
  // fast-glob is loaded only when a directory or a glob needs it: a pre-commit run names its files.
  const glob = async () => (await import("fast-glob")).default;
  const ignores = [...DEFAULT_IGNORES, ...ignore];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      found.add(toRelative(cwd, absolute));
    } else if (info?.isDirectory()) {
      const fg = await glob();
      const base = fg.convertPathToPattern(absolute);
      const entries = await fg(`${base}/**/*.{${DEFAULT_EXTENSIONS.join(",")}}`, { ignore: ignores, dot: false, onlyFiles: true, absolute: true, followSymbolicLinks: false });
      for (const entry of entries) found.add(toRelative(cwd, entry));
    } else if (/[*?[\]{}()!]/.test(pattern) && (await glob()).isDynamicPattern(pattern)) {
      const fg = await glob();
      const entries = await fg(pattern, { cwd, ignore: ignores, onlyFiles: true, absolute: true });
      if (entries.length === 0) throw new InputError(pattern, "No files match this pattern");
      for (const entry of entries) found.add(toRelative(cwd, entry));
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
