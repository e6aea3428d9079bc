import { existsSync, readdirSync } from "node:fs";
import { decodeText, readRegularFile } from "../load/read-file.js";
import { DEFAULT_LIMITS } from "../load/limits.js";
import { dirname, join, relative, sep } from "node:path";
import { createRequire } from "node:module";
import type { Ignore } from "ignore";
import { isSupportedInput } from "./input-kinds.js";

/** Folders never walked into, whatever .gitignore says: installed packages and git's own store. */
export const ALWAYS_SKIPPED_FOLDERS: readonly string[] = ["node_modules", ".git"];

interface GitignoreFile {
  readonly folder: string;
  readonly rules: Ignore;
}

/**
 * Walks a folder the user named and returns the absolute paths of the files apigw-lint reads in it. Symbolic
 * links are not followed. Unless `respectGitignore` is false, an entry that a `.gitignore` ignores is skipped: the
 * `.gitignore` files of the folder, of its subfolders, and of the folders above it up to the repository root
 * (the folder holding `.git`). The named folder itself is always walked: a .gitignore above it that ignores it
 * (`cdk.out/`) is not applied inside it, since gitignore patterns cannot tell the folder from what it holds.
 */
export function walkFolder(root: string, respectGitignore: boolean, onUnreadable: (folder: string) => void = () => {}): string[] {
  const found: string[] = [];
  const visit = (folder: string, gitignores: readonly GitignoreFile[]) => {
    const own = respectGitignore ? readGitignore(folder) : undefined;
    const active = own ? [...gitignores, own] : gitignores;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      // An unreadable folder is reported (permissions) and the walk goes on; a folder gone meanwhile is not.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EACCES" || code === "EPERM") onUnreadable(folder);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_FOLDERS.includes(entry.name) && !isIgnored(active, path, true)) visit(path, active);
      } else if (entry.isFile() && isSupportedInput(entry.name) && !isIgnored(active, path, false)) {
        found.push(path);
      }
    }
  };
  const above = respectGitignore ? ancestorGitignores(root).filter((file) => !isIgnored([file], root, true)) : [];
  visit(root, above);
  return found;
}

/** The deepest .gitignore with an opinion wins, as in git (a pattern or its negation). */
function isIgnored(gitignores: readonly GitignoreFile[], path: string, isFolder: boolean): boolean {
  let ignored = false;
  for (const { folder, rules } of gitignores) {
    const target = relative(folder, path).split(sep).join("/") + (isFolder ? "/" : "");
    // checkIgnore does not look at parent folders (git check-ignore): the walk already pruned those, and a
    // named folder that a .gitignore ignores (cdk.out/) must still be walked.
    const result = rules.checkIgnore(target);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/**
 * A folder's .gitignore, read as every input is (a regular file within the size limit: a .gitignore that is a
 * link to /dev/zero or a FIFO must not hang the walk). One that cannot be read is not applied, as git skips a
 * symlinked .gitignore.
 */
function readGitignore(folder: string): GitignoreFile | undefined {
  let text: string;
  try {
    text = decodeText(readRegularFile(join(folder, ".gitignore"), DEFAULT_LIMITS.maxFileBytes));
  } catch {
    return undefined;
  }
  return { folder, rules: ignoreLib()().add(text) };
}

/** .gitignore files above the walked folder, outermost first, up to the repository root (none outside a repository). */
function ancestorGitignores(root: string): GitignoreFile[] {
  if (existsSync(join(root, ".git"))) return [];
  const chain: string[] = [];
  for (let folder = dirname(root); !chain.includes(folder); folder = dirname(folder)) {
    chain.unshift(folder);
    if (existsSync(join(folder, ".git"))) return chain.map(readGitignore).filter((file): file is GitignoreFile => file !== undefined);
  }
  return [];
}

type IgnoreFactory = typeof import("ignore");
let ignoreFactory: IgnoreFactory | undefined;

/** `ignore`, loaded when a folder is walked: linting named files never needs it. */
function ignoreLib(): IgnoreFactory {
  ignoreFactory ??= createRequire(import.meta.url)("ignore") as IgnoreFactory;
  return ignoreFactory;
}
