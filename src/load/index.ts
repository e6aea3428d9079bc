import { extname, resolve } from "node:path";
import type { LoadedFile, LoadProblem } from "./types.js";
import { DEFAULT_LIMITS, LimitExceeded, bytesOver, limitMessage, type InputLimits } from "./limits.js";
import { decodeText, readRegularFile, ReadError } from "./read-file.js";
import { LineIndex } from "./line-index.js";
import { loadJson } from "./json.js";
import { loadYamlDocuments, yamlComments } from "./yaml.js";
import { loadYamlFast } from "./yaml-fast.js";
import { loadYamlFastLikeCloudFormation } from "./yaml-fast-reindented.js";
import { loadHcl } from "./hcl.js";
import { hclParserReady, prepareHclParser } from "./hcl-parser.js";

export { prepareHclParser } from "./hcl-parser.js";
export type { LoadedFile, LoadedDocument, LoadProblem, SourceRange, Position, JsonPath, LocateRequest, NodePart } from "./types.js";

/** Raised for input the tool cannot read at all; the CLI prints it as one line and exits 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
  }
}

const JSON_EXTENSIONS = new Set([".json"]);

export async function loadFile(file: string, cwd: string, limits: InputLimits = DEFAULT_LIMITS): Promise<LoadedFile> {
  const absolutePath = resolve(cwd, file);
  const text = readText(file, absolutePath, limits);
  if (isTerraformFile(file)) await prepareHclParser(); // a .tf.json file may load .tf siblings
  return loadText(file, absolutePath, text, limits);
}

/**
 * A regular file's text (see read-file.ts), or an InputError. Synchronous on purpose: a local read of a
 * few KB costs microseconds, while each promise-based read opens a FileHandle whose bookkeeping cost more
 * than the read itself over a thousand files.
 */
export function readText(file: string, absolutePath: string, limits: InputLimits = DEFAULT_LIMITS): string {
  try {
    return decodeText(readRegularFile(absolutePath, limits.maxFileBytes));
  } catch (error) {
    if (error instanceof ReadError) throw new InputError(file, error.message, error.line, error.column);
    throw error;
  }
}

/** Loads text already in memory (--stdin, the language server, tests). */
export function loadText(file: string, absolutePath: string, rawText: string, limits: InputLimits = DEFAULT_LIMITS): LoadedFile {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lines = new LineIndex(text);
  const format = detectFormat(file, text);
  try {
    // Files are held to maxFileBytes when read; text handed over in memory (an editor's buffer) is held here.
    const over = bytesOver(text, limits.maxFileBytes);
    if (over !== undefined) {
      throw new LimitExceeded("maxFileBytes", 0, limitMessage("maxFileBytes", limits.maxFileBytes, `The text is ${over} bytes, larger than ${limits.maxFileBytes}`));
    }
    if (format === "hcl") {
      const bytes = Buffer.byteLength(text);
      if (bytes > limits.maxHclBytes) {
        throw new LimitExceeded("maxHclBytes", 0, limitMessage("maxHclBytes", limits.maxHclBytes, `The HCL file is ${bytes} bytes, larger than ${limits.maxHclBytes}`));
      }
      if (!hclParserReady()) throw new InputError(file, "The HCL parser is not prepared (call prepareHclParser() before loading .tf text)");
      const { documents, comments, problems } = loadHcl(file, text, lines, limits.maxDepth);
      return { file, absolutePath, text, lines, format, documents, comments, problems };
    }
    if (format === "json") {
      const { documents, problems } = loadJson(file, text, lines, limits.maxDepth);
      return { file, absolutePath, text, lines, format, documents, comments: [], problems };
    }
    let declinedBecause = "";
    const plain = loadYamlFast(file, text, lines, (reason) => (declinedBecause = reason), limits);
    const fast = plain ?? loadYamlFastLikeCloudFormation(file, text, lines, declinedBecause, limits);
    if (fast) {
      const loaded: LoadedFile = { file, absolutePath, text, lines, format, documents: fast.documents, comments: fast.comments, problems: fast.problems };
      if (plain) fastYamlLoads.add(loaded);
      return loaded;
    }
    const { documents, problems } = loadYamlDocuments(file, text, lines, limits);
    const comments = yamlComments(text, lines);
    return { file, absolutePath, text, lines, format, documents, comments, problems: problems as LoadProblem[] };
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    const offset = Math.min(error.offset, text.length);
    const problem: LoadProblem = { code: "input-limit", message: error.message, range: lines.range(offset, Math.min(offset + 1, text.length)), fatal: true };
    return { file, absolutePath, text, lines, format, documents: [], comments: [], problems: [problem] };
  }
}

/** Files read by the plain fast YAML loader (yaml-fast.ts): the only ones yaml-incremental.ts may update. */
const fastYamlLoads = new WeakSet<LoadedFile>();

export function loadedByFastYaml(loaded: LoadedFile): boolean {
  return fastYamlLoads.has(loaded);
}

/** Terraform/OpenTofu source files: `.tf`, `.tofu` and their JSON syntax `.tf.json`, `.tofu.json`. */
export function isTerraformFile(file: string): boolean {
  return /\.(tf|tofu)(\.json)?$/i.test(file);
}

/** By extension first; a file with another name is JSON when it starts like JSON. */
export function detectFormat(file: string, text: string): "json" | "yaml" | "hcl" {
  const extension = extname(file).toLowerCase();
  if (extension === ".tf" || extension === ".tofu") return "hcl";
  if (JSON_EXTENSIONS.has(extension)) return "json";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  const first = text.trimStart()[0];
  return first === "{" || first === "[" ? "json" : "yaml";
}
