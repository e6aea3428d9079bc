/**
 * Every kind of file apigw-lint reads, in one list: the folder walk, the check of a file named on the command
 * line and the pre-commit hook's `files:` pattern (.pre-commit-hooks.yaml, checked by a test) all derive from it.
 * Adding a kind is one entry here (and its loader/extractor).
 */
export interface InputKind {
  readonly name: string;
  /** File name endings without the leading dot, matched case-insensitively ("tf.json" is allowed). */
  readonly extensions: readonly string[];
}

export const INPUT_KINDS: readonly InputKind[] = [
  { name: "JSON", extensions: ["json"] },
  { name: "YAML", extensions: ["yaml", "yml"] },
  { name: "CloudFormation template", extensions: ["template"] },
  // Terraform templatefile() sources of an OpenAPI body (`api.json.tpl`, `openapi.yaml.tpl`): JSON or YAML by content.
  { name: "Terraform template", extensions: ["tpl"] },
  // Terraform and OpenTofu modules (HCL); `.tf.json` is already JSON.
  { name: "Terraform", extensions: ["tf", "tofu"] },
];

export const INPUT_EXTENSIONS: readonly string[] = INPUT_KINDS.flatMap((kind) => kind.extensions);

/** True when the file's name ends with one of the extensions apigw-lint reads. */
export function isSupportedInput(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return INPUT_EXTENSIONS.some((extension) => lower.endsWith(`.${extension}`));
}

/** The one-line reason given for a file named on the command line that apigw-lint does not read. */
export function unsupportedInputMessage(): string {
  return `File type not supported: apigw-lint reads ${INPUT_EXTENSIONS.map((e) => `.${e}`).join(", ")} files`;
}

/** The pre-commit `files:` regular expression (Python syntax) matching the same names. */
export function preCommitFilesPattern(): string {
  const alternatives = INPUT_EXTENSIONS.map((extension) => extension.replace(/\./g, "\\."));
  return `(?i)\\.(${alternatives.join("|")})$`;
}
