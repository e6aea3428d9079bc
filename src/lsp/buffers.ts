import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { LintOptions } from "../engine/types.js";
import type { ServerSettings, Workspace } from "./workspace.js";

/**
 * Editor buffers as the engine reads them: which path a document is linted as (an untitled buffer has
 * none, so it gets a name with the extension of its language), and the unsaved text of every open file,
 * which `$ref`s and `AWS::Include`s read before the disk.
 */

/** Editor language ids -> the extension the CLI reads such a file by. Other languages are not linted when untitled. */
const EXTENSION_OF_LANGUAGE: Readonly<Record<string, string>> = { yaml: "yaml", json: "json", jsonc: "json", terraform: "tf", hcl: "tf", opentofu: "tofu" };

/** Why an untitled buffer's `$ref` to another file is not followed (the reason ref-unresolved gives). */
export const UNTITLED_REFERENCES = "an untitled buffer has no folder for a relative path to start from (save it to follow the reference)";

/** The name an untitled buffer is linted under (`untitled:Untitled-1` in YAML: `Untitled-1.yaml`), if its language is one apigw-lint reads. */
export function untitledName(document: TextDocument): string | undefined {
  if (!document.uri.startsWith("untitled:")) return undefined;
  const extension = EXTENSION_OF_LANGUAGE[document.languageId.toLowerCase()];
  if (!extension) return undefined;
  const last = document.uri.slice("untitled:".length).split(/[\\/]|%2F|%5C/i).pop() ?? "";
  return `${last.replace(/%[0-9a-f]{2}|[^\w.-]/gi, "_") || "Untitled"}.${extension}`;
}

/** True for the documents the server lints: files, and untitled buffers in a language it reads. */
export function isLintable(document: TextDocument): boolean {
  return document.uri.startsWith("file:") || untitledName(document) !== undefined;
}

export interface LintTarget {
  /** The absolute path the text is linted as (for an untitled buffer, a name in the first workspace folder). */
  readonly file: string;
  readonly options: LintOptions;
}

/** Where and how to lint an open document; a ConfigError propagates (the caller shows it on the document). */
export function lintTarget(document: TextDocument, workspace: Workspace, settings: ServerSettings, open: readonly TextDocument[]): LintTarget | undefined {
  if (document.uri.startsWith("file:")) {
    const file = fileURLToPath(document.uri);
    return { file, options: { ...workspace.optionsFor(file, settings), openBuffers: openBuffers(open) } };
  }
  const name = untitledName(document);
  if (name === undefined) return undefined;
  const { file, options } = workspace.untitled(name, settings);
  return { file, options: { ...options, relatedFilesUnavailable: UNTITLED_REFERENCES } };
}

/** The open files' unsaved text by absolute path: the overlay the engine reads related files from. */
function openBuffers(open: readonly TextDocument[]): Map<string, string> {
  const buffers = new Map<string, string>();
  for (const document of open) if (document.uri.startsWith("file:")) buffers.set(fileURLToPath(document.uri), document.getText());
  return buffers;
}

/** A file URI's path as written and with links resolved (the engine records related files by their real path). */
export function pathsOf(uri: string): string[] {
  if (!uri.startsWith("file:")) return [];
  const path = fileURLToPath(uri);
  try {
    const real = realpathSync(path);
    return real === path ? [path] : [path, real];
  } catch {
    return [path];
  }
}
