import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INPUT_EXTENSIONS, isSupportedInput, preCommitFilesPattern } from "../../src/discover/input-kinds.js";

const ROOT = resolve(__dirname, "../..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

describe(".pre-commit-hooks.yaml", () => {
  const [hook] = parse(read(".pre-commit-hooks.yaml")) as Record<string, unknown>[];
  const pkg = JSON.parse(read("package.json")) as { bin: Record<string, string> };

  it("declares the node hook whose entry is the package's bin", () => {
    expect(hook).toMatchObject({ id: "apigw-lint", language: "node", entry: "apigw-lint", pass_filenames: true, require_serial: false });
    expect(Object.keys(pkg.bin)).toContain(hook!.entry);
  });

  it("passes JSON, YAML and CloudFormation .template files, nothing else", () => {
    // Python's leading (?i) is JavaScript's i flag.
    const files = new RegExp(String(hook!.files).replace(/^\(\?i\)/, ""), "i");
    for (const name of ["api.json", "a/b.yaml", "c.yml", "stack.template"]) expect(files.test(name), name).toBe(true);
    for (const name of ["README.md", "x.ts", "yaml.txt", "a.jsonl"]) expect(files.test(name), name).toBe(false);
  });

  it("its files: pattern is derived from the one list of input kinds the folder walk uses", () => {
    expect(hook!.files).toBe(preCommitFilesPattern());
    expect(INPUT_EXTENSIONS).toEqual(["json", "yaml", "yml", "template", "tpl", "tf", "tofu"]);
    const files = new RegExp(String(hook!.files).replace(/^\(\?i\)/, ""), "i");
    for (const name of ["a.json", "B.YAML", "c.yml", "d.template", "e.txt", "main.tf", "main.go", "f.jsonl", "yaml"]) {
      expect(files.test(name), name).toBe(isSupportedInput(name));
    }
  });
});

describe("action.yml", () => {
  const action = parse(read("action.yml")) as { runs: { using: string; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }; inputs: Record<string, unknown> };

  it("is a composite action: setup-node, apigw-lint writing SARIF and text, upload-sarif", () => {
    expect(action.runs.using).toBe("composite");
    const steps = action.runs.steps;
    expect(steps[0]!.uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(steps[1]!.run).toBe('bash "${{ github.action_path }}/scripts/action-run.sh"');
    expect(read("scripts/action-run.sh")).toContain('report=(-f sarif -o "$APIGW_LINT_SARIF" -f text)');
    expect(steps[2]!.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(steps[2]!.with?.sarif_file).toBe("${{ inputs.sarif-file }}");
  });

  it("every input it uses is declared", () => {
    const used = [...read("action.yml").matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]!);
    for (const name of used) expect(Object.keys(action.inputs), name).toContain(name);
  });
});
