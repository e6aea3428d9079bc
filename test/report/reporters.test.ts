import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import ajvDraft4 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { FORMATS, loadReporter, type Format } from "../../src/report/index.js";
import { escapeData, escapeProperty } from "../../src/report/github.js";
import { escapeXml, escapeXmlAttribute } from "../../src/report/junit.js";
import { lintText } from "../../src/engine/lint.js";
import { rules } from "../../rules/index.js";
import type { LintResult } from "../../src/engine/types.js";
import { RESULTS, RULES } from "./fixtures.js";
import { openapi } from "../config/fixtures.js";

const GOLDEN = join(__dirname, "__golden__");
const ROOT = resolve(__dirname, "../..");
const EXTENSION: Record<Format, string> = { text: "txt", json: "json", sarif: "sarif", github: "txt", junit: "xml", checkstyle: "xml", rdjson: "json", codeframe: "txt" };

async function render(format: Format, results: readonly LintResult[] = RESULTS, ruleSet = RULES): Promise<string> {
  return (await loadReporter(format))(results, { cwd: "/project", rules: ruleSet, toolVersion: "0.0.0-test", color: false });
}

/** Golden files: UPDATE_GOLDEN=1 rewrites them; review the diff before committing. */
describe.each(FORMATS.map((f) => [f]))("%s reporter", (format) => {
  it("matches its golden file", async () => {
    const file = join(GOLDEN, `report.${format}.${EXTENSION[format]}`);
    const output = await render(format);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, output);
    }
    expect(output).toBe(readFileSync(file, "utf8"));
  });
});

describe("github annotations", () => {
  it("escape data and properties as @actions/core does", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a, b: c%\n")).toBe("a%2C b%3A c%25%0A");
  });

  it("one command per finding, with position and title", async () => {
    const lines = (await render("github")).trimEnd().split("\n");
    expect(lines[0]).toBe(
      "::error file=api/pets%2C v1%3A 100%25.yaml,line=12,endLine=12,col=26,endColumn=28,title=timeout-out-of-range::Timeout should be between 50 ms and 29000 ms: got 10. (timeout-out-of-range)",
    );
    expect(lines.map((l) => l.split(" ")[0])).toEqual(["::error", "::error", "::warning", "::notice", "::error"]);
  });

  it("says so when GitHub will drop annotations (10 per kind per step)", async () => {
    const many = lintText(openapi(Object.fromEntries(Array.from({ length: 11 }, (_, n) => [`/p${n}`, 10]))), "api.yaml", { cwd: "/tmp" });
    const lines = (await render("github", many)).trimEnd().split("\n");
    expect(lines).toHaveLength(12);
    expect(lines[11]).toBe("::notice title=apigw-lint::GitHub shows 10 annotations of each kind per step; this run has 11 error. Upload the SARIF report (-f sarif) to see them all.");
  });
});

describe("junit", () => {
  it("escapes XML and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`a<b>&"c"'\u0001\u0008x\t`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;x\t");
    expect(escapeXmlAttribute("a\r\n\tb")).toBe("a&#13;&#10;&#9;b");
  });

  it("is well formed: every element closes, attribute values hold no raw < or & or line break", async () => {
    const xml = await render("junit");
    const opened = (xml.match(/<testsuite /g) ?? []).length;
    expect(opened).toBe(3); // clean.yaml, pets, broken.json; not-an-api.yaml had nothing to check
    expect((xml.match(/<\/testsuite>/g) ?? []).length).toBe(opened);
    for (const [, value] of xml.matchAll(/="([^"]*)"/g)) expect(value).not.toMatch(/<|&(?!amp;|lt;|gt;|quot;|apos;|#9;|#10;|#13;)|[\r\n]/);
  });
});

describe("SARIF", () => {
  let validate: ((data: unknown) => boolean) & { errors?: unknown };
  beforeAll(() => {
    const schemaFile = [join(ROOT, "../shared/sarif/sarif-schema-2.1.0.json"), "/work/shared/sarif/sarif-schema-2.1.0.json"].find(existsSync);
    if (!schemaFile) throw new Error("the SARIF schema is missing: see shared/sarif/SOURCE.md");
    // CommonJS default export under NodeNext: the class is on `.default`.
    const ajv = new ajvDraft4.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
  });

  it("the golden log is valid SARIF 2.1.0", async () => {
    const log = JSON.parse(await render("sarif"));
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it("a real run with every rule is valid, and lists every rule", async () => {
    const results = lintText(openapi({ "/a": 10, "/b": 30000 }, (p) => (p === "/b" ? "        # apigw-lint-disable-next-line http-uri-invalid\n" : "")), "api dir/ö.yaml", { cwd: "/tmp" });
    const log = JSON.parse(await render("sarif", results, rules));
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    // input-error is not a SARIF rule: a file that could not be read is a tool notification.
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.filter((r) => r.id !== "input-error").map((r) => r.id));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("api%20dir/%C3%B6.yaml");
  });

  it("input errors are tool notifications, suppressed findings are left out, results is always there", async () => {
    const run = JSON.parse(await render("sarif")).runs[0];
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe("Cannot lint a binary file (it contains NUL bytes).");
    expect(run.results).toHaveLength(4);
    expect(JSON.parse(await render("sarif", [])).runs[0].results).toEqual([]);
  });

  it("fingerprints survive unrelated edits and tell identical findings apart", async () => {
    const fingerprints = async (text: string) =>
      JSON.parse(await render("sarif", lintText(text, "api.yaml", { cwd: "/tmp" }), rules)).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints["apigwLint/v1"]);
    const before = await fingerprints(openapi({ "/a": 10, "/b": 10 }));
    expect(new Set(before).size).toBe(2);
    const moved = await fingerprints("# a new comment\n# and another\n" + openapi({ "/a": 10, "/b": 10 }).replace("title: pets", "title: pets and cats"));
    expect(moved).toEqual(before);
    const changed = await fingerprints(openapi({ "/a": 20, "/b": 10 }));
    expect(changed[0]).not.toBe(before[0]);
    expect(changed[1]).toBe(before[1]);
  });
});
