import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discoverFiles } from "../../../src/discover/files.js";
import { lintFiles } from "../../../src/engine/lint.js";

describe("the folder walk finds Serverless Framework services", () => {
  const root = mkdtempSync(join(tmpdir(), "apigw-lint-serverless-"));
  const yaml = "service: s\nprovider:\n  name: aws\nfunctions:\n  fn:\n    handler: h.fn\n    events:\n      - http: GET /\n";
  for (const dir of ["a", "b", "c", "d"]) mkdirSync(join(root, dir));
  writeFileSync(join(root, "a", "serverless.yml"), yaml);
  writeFileSync(join(root, "b", "serverless.yaml"), yaml);
  writeFileSync(join(root, "c", "serverless.json"), JSON.stringify({ service: "s", provider: { name: "aws" }, functions: { fn: { handler: "h.fn", events: [{ httpApi: "GET /" }] } } }));
  writeFileSync(join(root, "d", "serverless.ts"), "export default { service: 's', provider: { name: 'aws' } };\n");
  writeFileSync(join(root, "d", "serverless.js"), "module.exports = { service: 's', provider: { name: 'aws' } };\n");

  it("serverless.yml, .yaml and .json, never the .ts/.js programs", async () => {
    expect(await discoverFiles(["."], root)).toEqual(["a/serverless.yml", "b/serverless.yaml", "c/serverless.json"]);
  });

  it("and lints each of them", async () => {
    const results = await lintFiles(["."], { cwd: root });
    expect(results.map((r) => [r.filePath, r.integrationCount, r.errorCount])).toEqual([
      ["a/serverless.yml", 1, 0], ["b/serverless.yaml", 1, 0], ["c/serverless.json", 1, 0],
    ]);
  });
});
