import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import * as api from "../../src/api.js";

/** The library API gives the results the CLI prints, through its public names only. */
it("lint / lintFiles / lintText: the same findings for the same input", async () => {
  const dir = mkdtempSync(join(tmpdir(), "apigw-lint-api-"));
  const body = '{\n  "type": "AWS_PROXY",\n  "integrationHttpMethod": "POST",\n  "uri": "arn:aws:lambda:us-east-1:123456789012:function:f"\n}\n';
  writeFileSync(join(dir, "put.json"), body);
  const [viaLint] = await api.lint(["put.json"], { cwd: dir });
  const [viaFiles] = await api.lintFiles(["put.json"], { cwd: dir });
  const [viaText] = api.lintText(body, "put.json", { cwd: dir });
  expect(viaLint!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["aws-uri-invalid", 4, 10]]);
  expect(viaFiles!.messages).toEqual(viaLint!.messages);
  expect(viaText!.messages).toEqual(viaLint!.messages);
  expect(api.rules.some((rule) => rule.id === "aws-uri-invalid")).toBe(true);
});
