import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Ajv } from "ajv";
import ajvDraft4 from "ajv-draft-04";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { project } from "../config/fixtures.js";
import { run } from "../cli/run.js";
import { rules } from "../../rules/index.js";

/**
 * The machine-readable formats, produced by the built CLI, read as their consumers read them: ESLint's
 * documented result types, reviewdog's published rdjson schema, reviewdog's checkstyle parser.
 */
const ROOT = resolve(__dirname, "../..");
const CONSUMERS = join(__dirname, "consumers");
const schema = (file: string) => JSON.parse(readFileSync(join(CONSUMERS, file), "utf8")) as object;

let root: string;
beforeAll(() => {
  root = project({ "binary.json": "\u0000PK" });
  cpSync(join(ROOT, "examples"), join(root, "examples"), { recursive: true });
  // A suppressed finding, a warning and an error in one file; a multi-byte character before a finding.
  writeFileSync(
    join(root, "suppressed.yaml"),
    [
      "openapi: 3.0.1",
      'info: { title: "café", version: "1" }',
      "paths:",
      "  /a:",
      "    get:",
      "      x-amazon-apigateway-integration:",
      "        type: http_proxy",
      "        httpMethod: GET",
      "        # apigw-lint-disable-next-line timeout-out-of-range -- raised quota",
      "        timeoutInMillis: 60000",
      '        uri: "https://é.example.com/"',
      "  /b:",
      "    get:",
      "      x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: 'https://é.example.com/', timeoutInMillis: 10 }",
      "",
    ].join("\n"),
  );
});

const lint = (format: string) => {
  const result = run(["-f", format, "examples", "suppressed.yaml", "binary.json"], { cwd: root });
  expect(result.code).toBe(2); // binary.json is an input error; everything else is still reported
  return result.stdout;
};

describe("-f json: ESLint's formatter shape", () => {
  it("validates against ESLint's documented LintResult[] types", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema("eslint-lint-result.schema.json"));
    const output = JSON.parse(lint("json"));
    expect(validate(output), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it("severity is numeric (2 error, 1 warning and info); our own severity is in apigwLintSeverity; warningCount counts every 1", () => {
    const output = JSON.parse(lint("json")) as { filePath: string; messages: { severity: number; apigwLintSeverity: string; ruleId: string }[]; warningCount: number; infoCount: number; suppressedMessages: { severity: number; suppressions: unknown[] }[] }[];
    const messages = output.flatMap((r) => r.messages);
    expect(new Set(messages.map((m) => `${m.apigwLintSeverity}=${m.severity}`))).toEqual(new Set(["error=2", "warning=1", "info=1"]));
    for (const r of output) expect(r.warningCount).toBe(r.messages.filter((m) => m.severity === 1).length);
    const suppressed = output.find((r) => r.filePath === "suppressed.yaml")!.suppressedMessages;
    expect(suppressed).toEqual([expect.objectContaining({ ruleId: "timeout-out-of-range", severity: 2, suppressions: [{ kind: "directive", justification: "raised quota" }] })]);
    expect(output.find((r) => r.filePath === "binary.json")!.messages).toEqual([expect.objectContaining({ ruleId: "input-error", severity: 2, fatal: true })]);
  });
});

describe("-f rdjson: reviewdog's Diagnostic Format", () => {
  it("validates against reviewdog's published DiagnosticResult schema", () => {
    const validate = new ajvDraft4.default({ allErrors: true, strict: false }).compile(schema("rdjson.DiagnosticResult.schema.json"));
    const output = JSON.parse(lint("rdjson"));
    expect(validate(output), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(output.diagnostics.length).toBeGreaterThan(20);
  });

  it("columns are UTF-8 byte columns; severities and rule codes as reviewdog names them; suggestions only from fixable rules", () => {
    const output = JSON.parse(lint("rdjson")) as { diagnostics: { location: { path: string; range: { start: { line: number; column: number } } }; severity: string; code: { value: string; url: string }; suggestions?: unknown }[] };
    const timeout = output.diagnostics.find((d) => d.location.path === "suppressed.yaml")!;
    // `timeoutInMillis: 10` is at UTF-16 column 119 of line 14; the é before it is two bytes in UTF-8.
    const line14 = readFileSync(join(root, "suppressed.yaml"), "utf8").split("\n")[13]!;
    expect(timeout.location.range.start).toEqual({ line: 14, column: line14.indexOf("10 }") + 2 });
    expect(timeout.code).toEqual({ value: "timeout-out-of-range", url: "https://github.com/apigw-lint/apigw-lint/blob/main/docs/rules/timeout-out-of-range.md" });
    expect(new Set(output.diagnostics.map((d) => d.severity))).toEqual(new Set(["ERROR", "WARNING", "INFO"]));
    // Suggestions come only from fixable rules, each a replacement of a range with text.
    const fixable = new Set(rules.filter((rule) => rule.fixable).map((rule) => rule.id));
    const suggested = output.diagnostics.filter((d) => d.suggestions !== undefined);
    for (const d of suggested) {
      expect(fixable.has(d.code.value), d.code.value).toBe(true);
      expect(d.suggestions).toEqual([expect.objectContaining({ range: expect.objectContaining({ start: expect.any(Object) }), text: expect.any(String) })]);
    }
  });
});

describe("-f checkstyle: as reviewdog's checkstyle parser reads it", () => {
  it("is well-formed XML: <checkstyle version>, <file name>, <error> with integer line and column", () => {
    const xml = lint("checkstyle");
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", parseAttributeValue: false, isArray: (name) => name === "file" || name === "error" }).parse(xml) as {
      checkstyle: { version: string; file: { name: string; error?: { line: string; column: string; severity: string; message: string; source: string }[] }[] };
    };
    expect(parsed.checkstyle.version).toBe("4.3");
    const errors = parsed.checkstyle.file.flatMap((f) => (f.error ?? []).map((e) => ({ file: f.name, ...e })));
    for (const e of errors) {
      expect(e.line, JSON.stringify(e)).toMatch(/^[1-9]\d*$/); // Go's encoding/xml decodes them into int
      expect(e.column, JSON.stringify(e)).toMatch(/^[1-9]\d*$/);
      expect(["error", "warning", "info"]).toContain(e.severity);
      expect(e.source).toMatch(/^apigw-lint\.rules\.[a-z0-9-]+$/);
    }
    expect(errors.find((e) => e.file === "suppressed.yaml")).toEqual({
      file: "suppressed.yaml", line: "14", column: String(readFileSync(join(root, "suppressed.yaml"), "utf8").split("\n")[13]!.indexOf("10 }") + 1),
      severity: "error", message: "Timeout should be between 50 ms and 29000 ms: got 10. (timeout-out-of-range)", source: "apigw-lint.rules.timeout-out-of-range",
    });
    expect(errors.find((e) => e.file === "binary.json")).toMatchObject({ line: "1", column: "1", severity: "error", source: "apigw-lint.rules.input-error" });
  });
});
