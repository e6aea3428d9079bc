import { chmodSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./run.js";

/** A SAM-style template with comments, odd quoting and two fixable findings, and one that needs a choice. */
const TEMPLATE = `# orders API
Resources:
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET          # clients call GET
      Integration:
        Type:   'aws_proxy'    # lowercase: CloudFormation rejects it
        IntegrationHttpMethod: "GET"
        Uri: !Sub "arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations"
        TimeoutInMillis: 10
`;
const FIXED = TEMPLATE.replace("'aws_proxy'", "'AWS_PROXY'").replace('"GET"', '"POST"');

function project(text = TEMPLATE): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "apigw-lint-fix-"));
  const file = join(dir, "template.yaml");
  writeFileSync(file, text, { mode: 0o640 });
  chmodSync(file, 0o640);
  return { dir, file };
}

describe("--fix", () => {
  it("fixes in place, keeps every other byte and the file mode, then reports what is left", () => {
    const { dir, file } = project();
    const result = run(["--fix", "template.yaml"], { cwd: dir });
    expect(readFileSync(file, "utf8")).toBe(FIXED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(result.stdout).toContain("11:26  error  Timeout should be between 50 ms and 29000 ms: got 10.  timeout-out-of-range");
    expect(result.stdout).toContain("timeout-out-of-range");
    expect(result.stdout).not.toContain("type-invalid");
    expect(result.stdout).not.toContain("lambda-method-not-post");
    expect(result.code).toBe(1);
    // no temporary file is left beside it
    expect(readdirSync(dir)).toEqual(["template.yaml"]);
  });

  it("is idempotent: a second --fix changes nothing", () => {
    const { dir, file } = project();
    run(["--fix", "template.yaml"], { cwd: dir });
    const first = readFileSync(file, "utf8");
    const mtime = statSync(file).mtimeMs;
    const again = run(["--fix", "template.yaml"], { cwd: dir });
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(again.code).toBe(1);
  });

  it("leaves a read-only file untouched and exits 2", () => {
    const { dir, file } = project();
    chmodSync(file, 0o444);
    const result = run(["--fix", "template.yaml"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("template.yaml:1:1: --fix cannot write the file: it is read-only (left unchanged)\n");
    expect(readFileSync(file, "utf8")).toBe(TEMPLATE);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it("fixes a file that starts with a byte order mark at the right place and keeps the mark", () => {
    const { dir, file } = project(`\uFEFF${TEMPLATE}`);
    expect(run(["--fix", "template.yaml"], { cwd: dir }).code).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(`\uFEFF${FIXED}`);
  });

  it("does not rewrite a UTF-16 file (its fixes were found in the decoded text): exit 2, file untouched", () => {
    const { dir, file } = project();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEMPLATE, "utf16le")]);
    writeFileSync(file, utf16);
    const result = run(["--fix", "template.yaml"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("template.yaml:1:1: --fix does not rewrite UTF-16 files (left unchanged): save it as UTF-8 to fix it\n");
    expect(readFileSync(file).equals(utf16)).toBe(true);
  });

  it("leaves a file with nothing fixable alone", () => {
    const { dir, file } = project(FIXED);
    const mtime = statSync(file).mtimeMs;
    expect(run(["--fix", "template.yaml"], { cwd: dir }).code).toBe(1);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });
});

describe("--fix-dry-run", () => {
  it("prints a unified diff and changes nothing", () => {
    const { dir, file } = project();
    const result = run(["--fix-dry-run", "template.yaml"], { cwd: dir });
    expect(readFileSync(file, "utf8")).toBe(TEMPLATE);
    expect(result.stdout.startsWith([
      "--- a/template.yaml",
      "+++ b/template.yaml",
      "@@ -5,7 +5,7 @@",
      "     Properties:",
      "       HttpMethod: GET          # clients call GET",
      "       Integration:",
      "-        Type:   'aws_proxy'    # lowercase: CloudFormation rejects it",
      "-        IntegrationHttpMethod: \"GET\"",
      "+        Type:   'AWS_PROXY'    # lowercase: CloudFormation rejects it",
      "+        IntegrationHttpMethod: \"POST\"",
      "",
    ].join("\n"))).toBe(true);
    // the report that follows is of the file as it is
    expect(result.stdout).toContain("type-invalid");
    expect(result.code).toBe(1);
  });

  it("works on standard input; --fix with --stdin is a usage error", () => {
    const { dir } = project();
    const result = run(["--stdin", "--stdin-filename", "t.yaml", "--fix-dry-run"], { cwd: dir, input: TEMPLATE });
    expect(result.stdout).toContain("+        Type:   'AWS_PROXY'");
    const refused = run(["--stdin", "--fix"], { cwd: dir, input: TEMPLATE });
    expect([refused.code, refused.stderr]).toEqual([2, "apigw-lint: --fix writes files: with --stdin use --fix-dry-run\n"]);
  });
});
