import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixText } from "../../src/fix/fix-text.js";
import { lintText, type LintMessage } from "../../src/engine/lint.js";
import { prepareHclParser } from "../../src/load/index.js";
import { staticListAsOneValue } from "../../src/model/mapping.js";
import { run } from "../cli/run.js";
import { corsMethod } from "../helpers/cors-method.js";

/** request-parameter-invalid / response-parameter-invalid: a static value quoted per item becomes one literal (catalog static-value-quoting). */
const cwd = "/virtual";
const findings = (text: string, file: string) => lintText(text, file, { cwd }).flatMap((r) => r.messages);
const shown = (m: LintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}${m.fix ? ` fix [${m.fix.range.join(",")}] ${m.fix.text}` : ""}`;

describe("staticListAsOneValue", () => {
  it("joins a list quoted per item into one static value, separators kept", () => {
    expect(staticListAsOneValue("'Content-Type',Authorization")).toBe("'Content-Type,Authorization'");
    expect(staticListAsOneValue("GET, 'OPTIONS'")).toBe("'GET, OPTIONS'");
    expect(staticListAsOneValue("'a',b,'c d',*")).toBe("'a,b,c d,*'");
    expect(staticListAsOneValue("text/html,'application/json'")).toBe("'text/html,application/json'");
  });

  it("offers nothing where the result is not certain or nothing is wrong", () => {
    expect(staticListAsOneValue("'a','b'")).toBeUndefined(); // accepted as it is (a static value with quotes inside)
    expect(staticListAsOneValue("'v1',method.request.header.x")).toBeUndefined(); // concatenation: no certain fix
    expect(staticListAsOneValue("'abc")).toBeUndefined(); // a missing quote, not a list
    expect(staticListAsOneValue("'a',,b")).toBeUndefined();
    expect(staticListAsOneValue("'a', b ")).toBeUndefined();
    expect(staticListAsOneValue("'',b")).toBeUndefined();
    expect(staticListAsOneValue("'a',$context.x")).toBeUndefined();
  });
});

const cfn = (value: string, comment = "   # CORS") => corsMethod(
  '        - StatusCode: "200"\n          ResponseParameters:\n            method.response.header.Access-Control-Allow-Headers: false\n',
  `          - StatusCode: "200"\n            ResponseParameters:\n              method.response.header.Access-Control-Allow-Headers: ${value}${comment}\n`,
);

describe("the fix, through every string style", () => {
  it("double-quoted YAML: the value between the quotes", () => {
    const text = cfn(`"'Content-Type',Authorization"`);
    expect(findings(text, "t.yaml").map(shown)).toEqual([`17:68-17:98 response-parameter-invalid fix [${text.indexOf("'Content")},${text.indexOf('"   #')}] 'Content-Type,Authorization'`]);
    const { output, results } = fixText(text, "t.yaml", { cwd });
    expect(output).toBe(cfn(`"'Content-Type,Authorization'"`));
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });

  it("single-quoted YAML: the quotes doubled, the trailing doubled quote replaced whole", () => {
    const { output } = fixText(cfn(`'''Content-Type'',Authorization'`), "t.yaml", { cwd });
    expect(output).toBe(cfn(`'''Content-Type,Authorization'''`));
    const ending = fixText(cfn(`'GET,''OPTIONS'''`), "t.yaml", { cwd });
    expect(ending.output).toBe(cfn(`'''GET,OPTIONS'''`));
    expect(ending.results.flatMap((r) => r.messages)).toEqual([]);
  });

  it("a plain YAML scalar is left alone: a leading quote would make it another scalar", () => {
    const text = cfn("GET, 'OPTIONS'");
    expect(findings(text, "t.yaml").map(shown)).toEqual(["17:68-17:82 response-parameter-invalid"]);
    expect(fixText(text, "t.yaml", { cwd })).toMatchObject({ output: text, applied: 0 });
  });

  it("a folded block scalar: the line's text replaced", () => {
    const text = cfn(">-\n                'Content-Type',Authorization", "");
    expect(fixText(text, "t.yaml", { cwd }).output).toBe(cfn(">-\n                'Content-Type,Authorization'", ""));
  });

  it("JSON (PutIntegration), a request parameter", () => {
    const text = '{\n  "type": "HTTP_PROXY",\n  "integrationHttpMethod": "GET",\n  "uri": "https://example.com/",\n  "requestParameters": { "integration.request.header.Accept": "\'application/json\',text/plain" }\n}\n';
    expect(findings(text, "put.json").map(shown)).toEqual([`5:63-5:94 request-parameter-invalid fix [${text.indexOf("'app")},${text.indexOf('plain"') + 5}] 'application/json,text/plain'`]);
    expect(fixText(text, "put.json", { cwd }).output).toBe(text.replace("\"'application/json',text/plain\"", "\"'application/json,text/plain'\""));
  });

  it("Terraform: the HCL string", async () => {
    await prepareHclParser();
    const text = 'resource "aws_api_gateway_integration" "x" {\n  rest_api_id = "a"\n  resource_id = "b"\n  http_method = "GET"\n  type        = "HTTP_PROXY"\n  integration_http_method = "GET"\n  uri         = "https://example.com/"\n  request_parameters = {\n    "integration.request.header.Accept" = "\'a\',b"\n  }\n}\n';
    expect(findings(text, "main.tf").map((m) => m.ruleId)).toEqual(["request-parameter-invalid"]);
    expect(fixText(text, "main.tf", { cwd }).output).toBe(text.replace(`"'a',b"`, `"'a,b'"`));
  });

  it("is not offered on a value built with an intrinsic", () => {
    const text = cfn(`!Join [",", ["'Content-Type'", "Authorization"]]`);
    expect(findings(text, "t.yaml").map(shown)).toEqual(["17:74-17:116 response-parameter-invalid"]);
  });
});

describe("--fix through the CLI", () => {
  it("writes the one literal in place and reports nothing left", () => {
    const dir = mkdtempSync(join(tmpdir(), "apigw-lint-static-list-"));
    writeFileSync(join(dir, "template.yaml"), cfn(`"'Content-Type',Authorization"`));
    const result = run(["--fix", "template.yaml"], { cwd: dir });
    expect(readFileSync(join(dir, "template.yaml"), "utf8")).toBe(cfn(`"'Content-Type,Authorization'"`));
    expect(result.code).toBe(0);
  });
});
