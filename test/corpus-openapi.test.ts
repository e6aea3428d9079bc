import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { lintFiles, type LintResult } from "../src/engine/lint.js";
import { isOpenApiObject } from "../src/extract/openapi/index.js";

/**
 * Every OpenAPI document of the shared corpus through the whole engine: the standalone specs of
 * `openapi/`, and the OpenAPI documents recorded inside `raw/` snapshots (AWS get-export outputs, processed
 * CloudFormation bodies), written out one per file. Nothing may crash; files the manifest calls `valid`
 * give no error unless the defect is named below; all findings are kept as a reviewed snapshot.
 */
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const corpus = resolve(repoRoot, "..", "shared", "corpus");

/**
 * Real defects in files the manifest labels valid: `saved_name -> rule id -> why it is right`. The Smithy files
 * are the converter's expected output in Smithy's own tests (generated, not deployed).
 */
const SMITHY = "openapi/smithy-lang__smithy__smithy-aws-apigateway-openapi__src__test__resources__software__amazon__smithy__aws__apigateway__openapi__";
const MOCK_WITHOUT_200 = "Smithy's expected converter output maps CORS headers on the default integration response (status 200) of a MOCK operation whose only method response is 201; PutIntegrationResponse rejects that (catalog int-resp-needs-method-response-when-params). A generated test fixture, never imported.";
const KNOWN_DEFECTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [`${SMITHY}cors-explicit-options.openapi.json`]: {
    "response-header-undeclared": "the OPTIONS (type aws) integration response maps method.response.header.Access-Control-Expose-Headers, which method response 200 does not declare (catalog int-resp-param-declared).",
  },
  [`${SMITHY}cors-with-preflight-sync.openapi.json`]: { "response-parameters-method-response-missing": MOCK_WITHOUT_200 },
  [`${SMITHY}cors-without-preflight-sync.openapi.json`]: { "response-parameters-method-response-missing": MOCK_WITHOUT_200 },
};

/**
 * LocalStack snapshots replace account-specific values with placeholders (`arn:<partition>:apigateway:<region>:...`).
 * Put plausible real values back, or every recorded ARN would read as malformed.
 */
function unredact(text: string): string {
  return text
    .replace(/<partition>/g, "aws")
    .replace(/<region>/g, "us-east-1")
    .replace(/<(stack-name|resource):(\d+)>/g, "$1-$2");
}

/** Errors in recorded documents that are right, by a fragment of the document's origin. */
const KNOWN_RAW_DEFECTS: readonly { readonly origin: string; readonly ruleId: string; readonly why: string }[] = [
  {
    origin: "describe-change-set-2-prop-values/Changes/4/ResourceChange/AfterContext",
    ruleId: "aws-uri-invalid",
    why: "a change-set preview, not a deployed body: the Lambda ARN is not known before apply, so the uri reads 'functions//invocations'",
  },
];

function manifest(): Map<string, string> {
  const lines = readFileSync(join(corpus, "MANIFEST.tsv"), "utf8").split("\n").slice(1).filter(Boolean);
  return new Map(lines.map((line) => {
    const columns = line.split("\t");
    return [columns[0]!, columns[6]!];
  }));
}

/** OpenAPI objects nested anywhere in a JSON value, with a readable pointer to each. */
function embeddedOpenApi(value: unknown, pointer = ""): { pointer: string; value: unknown }[] {
  if (isOpenApiObject(value)) return [{ pointer, value }];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => embeddedOpenApi(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
}

function render(results: readonly LintResult[], label: (file: string) => string): string[] {
  return results.map((r) => {
    const head = `${label(r.filePath)}  integrations=${r.integrationCount} errors=${r.errorCount} warnings=${r.warningCount} infos=${r.infoCount}`;
    return [head, ...r.messages.map((m) => `  ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.message}`)].join("\n");
  });
}

function expectNoCrash(results: readonly LintResult[]): void {
  for (const result of results) {
    for (const message of result.messages) {
      expect(message.message, `${result.filePath}: ${message.message}`).not.toMatch(/Internal error|\n\s+at |TypeError|RangeError/);
    }
  }
}

describe("OpenAPI corpus", () => {
  const expected = manifest();
  const scratch = mkdtempSync(join(tmpdir(), "apigw-lint-corpus-openapi-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("lints every standalone spec without crashing; valid files give no error", async () => {
    const files = readdirSync(join(corpus, "openapi")).sort().map((name) => `openapi/${name}`);
    const results = await lintFiles(files, { cwd: corpus });
    expectNoCrash(results);
    await expect(render(results, (f) => f).join("\n") + "\n").toMatchFileSnapshot("__snapshots__/corpus-openapi.txt");
    expect(results.map((r) => r.filePath).sort()).toEqual(files);
    for (const result of results) {
      if (expected.get(result.filePath) !== "valid") continue;
      const known = KNOWN_DEFECTS[result.filePath] ?? {};
      const unexpected = result.messages.filter((m) => m.severity === "error" && !(m.ruleId in known));
      expect(unexpected, result.filePath).toEqual([]);
      for (const ruleId of Object.keys(known)) expect(result.messages.map((m) => m.ruleId), `${result.filePath} keeps its named defect`).toContain(ruleId);
    }
    expect(results.reduce((n, r) => n + r.integrationCount, 0)).toBe(148);
  });

  it("lints the OpenAPI documents recorded inside raw/ (AWS get-export outputs, processed CloudFormation bodies)", async () => {
    const origin = new Map<string, string>();
    for (const name of readdirSync(join(corpus, "raw")).sort()) {
      if (!name.endsWith(".json")) continue;
      const value: unknown = JSON.parse(readFileSync(join(corpus, "raw", name), "utf8"));
      embeddedOpenApi(value).forEach((found, n) => {
        const file = `${name.replace(/\.json$/, "")}.${n}.json`;
        writeFileSync(join(scratch, file), unredact(JSON.stringify(found.value, null, 2)) + "\n");
        origin.set(file, `raw/${name}#${found.pointer}`);
      });
    }
    expect(origin.size).toBe(12);
    const results = await lintFiles([...origin.keys()], { cwd: scratch });
    expectNoCrash(results);
    await expect(render(results, (f) => origin.get(f) ?? f).join("\n") + "\n").toMatchFileSnapshot("__snapshots__/corpus-openapi-raw.txt");
    // AWS wrote these documents itself (exports) or accepted them (deployed bodies): no error is right.
    const unexpected = results.flatMap((r) => {
      const from = origin.get(r.filePath) ?? r.filePath;
      const known = KNOWN_RAW_DEFECTS.filter((d) => from.includes(d.origin)).map((d) => d.ruleId);
      return r.messages.filter((m) => m.severity === "error" && !known.includes(m.ruleId)).map((m) => `${from}: ${m.ruleId} ${m.message}`);
    });
    expect(unexpected).toEqual([]);
  });
});
