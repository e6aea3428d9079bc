import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * The one way apigw-lint writes a file (a report, the baseline, the cache, a file fixed by --fix): a temporary
 * file beside the target, renamed over it, so a reader never sees half a file and a failed write leaves no
 * temporary file behind. A device or pipe (`-o /dev/null`) is written to directly: renaming over it would
 * replace the device with a regular file (as root) or fail. No folder is created. Errors are thrown as they are.
 */
export function writeFileAtomically(path: string, text: string, mode?: number): void {
  const target = statSync(path, { throwIfNoEntry: false });
  if (target && !target.isFile() && !target.isDirectory()) {
    writeFileSync(path, text);
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.apigw-lint.tmp`);
  try {
    writeFileSync(temporary, text, mode === undefined ? {} : { mode });
    if (mode !== undefined) chmodSync(temporary, mode); // the umask may have narrowed it
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
