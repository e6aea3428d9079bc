import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { lintFiles, type LintResult } from "../src/engine/lint.js";

/**
 * The CloudFormation / SAM / CDK corpus (real files from public repositories): every file lints without
 * a crash, files labelled `valid` produce no error other than the ones named below with their reason,
 * and all findings are kept in a reviewed snapshot.
 */
const repoRoot = resolve(import.meta.dirname, "..");
const corpus = resolve(repoRoot, "..", "shared", "corpus");

/** Errors in files labelled `valid` that are real defects AWS would reject: file -> rule ids (sorted), and why. */
const REAL_DEFECTS: Readonly<Record<string, { rules: string[]; reason: string }>> = {
  "cfn/aws__aws-sam-cli__tests__integration__testdata__start_api__methods-resources-api-template.yaml": {
    rules: Array(6).fill("type-required"),
    reason: "a `sam local` fixture: six Method Integrations without Type (the CloudFormation schema requires Integration.Type); it is never deployed (ResourceId/RestApiId are literal logical ids)",
  },
  "cfn/aws__serverless-application-model__tests__translator__input__definition_body_intrinsics_support.yaml": {
    rules: ["aws-uri-invalid", "aws-uri-invalid"],
    reason: "SAM translator test (it checks that Fn::If bodies translate, not that they deploy): REST aws_proxy integrations with uri https://www.alphavantage.co/ — API Gateway rejects a non-ARN uri for AWS_PROXY",
  },
  "cfn/aws__serverless-application-model__tests__translator__output__definition_body_intrinsics_support.json": {
    rules: ["aws-uri-invalid", "aws-uri-invalid"],
    reason: "the SAM translator output of the file above, with the same two aws_proxy integrations whose uri is an https URL",
  },
  "cfn/aws__serverless-application-model__tests__translator__output__api_with_cors.json": {
    rules: Array(8).fill("response-parameter-invalid"),
    reason: "SAM translator output of a test whose Cors values are written unquoted (`AllowHeaders: headers`, `AllowOrigin: www.amazon.com,www.google.com`): the generated response mappings `headers`, `methods`, `origins` are not mapping expressions (static values need single quotes), which API Gateway rejects with `Invalid mapping expression specified`",
  },
  "cfn/aws__serverless-application-model__tests__translator__output__api_with_open_api_version_2.json": {
    rules: Array(2).fill("response-parameter-invalid"),
    reason: "SAM translator output whose Cors AllowOrigin is unquoted: the response mapping is not a mapping expression (static values need single quotes), rejected with `Invalid mapping expression specified`",
  },
};


function manifest(): Map<string, string> {
  const expected = new Map<string, string>();
  for (const line of readFileSync(resolve(corpus, "MANIFEST.tsv"), "utf8").split("\n").slice(1)) {
    const columns = line.split("\t");
    if (columns[0] && columns[6]) expected.set(columns[0], columns[6]);
  }
  return expected;
}

function snapshot(results: readonly LintResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.filePath} (${result.integrationCount} integrations)`);
    // A file the YAML loader cannot read yields one syntax error per token: the first one and the count say enough.
    const syntax = result.messages.filter((m) => m.ruleId === "syntax-error");
    const shown = syntax.length > 1 ? result.messages.filter((m) => m.ruleId !== "syntax-error" || m === syntax[0]) : result.messages;
    for (const m of shown) {
      lines.push(`  ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.message.replaceAll("\uE000", "<?>")}`);
    }
    if (syntax.length > 1) lines.push(`  (${syntax.length - 1} more syntax-error)`);
  }
  return `${lines.join("\n")}\n`;
}

describe("CloudFormation, SAM and CDK corpus", async () => {
  const results = await lintFiles(["cfn", "cdk"], { cwd: corpus });
  const labels = manifest();

  it("reads every file of the manifest", () => {
    const listed = [...labels.keys()].filter((name) => name.startsWith("cfn/") || name.startsWith("cdk/")).sort();
    expect(results.map((r) => r.filePath).sort()).toEqual(listed);
  });

  it("lints every file without a crash", () => {
    const crashes = results.flatMap((r) => r.messages.filter((m) => m.ruleId === "input-error").map((m) => `${r.filePath}: ${m.message}`));
    expect(crashes).toEqual([]);
  });

  it("files labelled valid have no error but the named real defects", () => {
    const unexpected: Record<string, string[]> = {};
    for (const result of results) {
      if (labels.get(result.filePath) !== "valid") continue;
      const errors = result.messages.filter((m) => m.severity === "error").map((m) => m.ruleId).sort();
      const known = REAL_DEFECTS[result.filePath]?.rules ?? [];
      if (JSON.stringify(errors) !== JSON.stringify(known)) unexpected[result.filePath] = errors;
    }
    expect(unexpected).toEqual({});
  });

  it("extracts integrations from most files", () => {
    const total = results.reduce((sum, r) => sum + r.integrationCount, 0);
    expect(total).toBeGreaterThan(400);
  });

  it("findings match the reviewed snapshot", async () => {
    await expect(snapshot(results)).toMatchFileSnapshot("./extract/cloudformation/corpus-cfn.snapshot.txt");
  });
});
