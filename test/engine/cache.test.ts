import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lastRunStats, lintFiles } from "../../src/engine/lint.js";
import { cacheFilePath } from "../../src/engine/cache.js";
import { openapi, project } from "../config/fixtures.js";

describe("result cache", () => {
  it("a second run over an unchanged tree parses no file and gives the same results", async () => {
    const root = project({ "a.yaml": openapi({ "/a": 10 }), "b.yaml": openapi({ "/b": 100 }), "notes.yaml": "title: not an API\n" });
    const cacheFile = cacheFilePath(root);
    expect(cacheFile).toBe(join(root, "node_modules/.cache/apigw-lint/cache.json"));
    const first = await lintFiles(["."], { cwd: root, cacheFile });
    expect(lastRunStats).toEqual({ filesLinted: 3, filesParsed: 3, cacheHits: 0 });
    expect(existsSync(cacheFile)).toBe(true);
    expect(readdirSync(join(root, "node_modules/.cache/apigw-lint"))).toEqual(["cache.json"]); // no temp file left

    const second = await lintFiles(["."], { cwd: root, cacheFile });
    expect(lastRunStats).toEqual({ filesLinted: 3, filesParsed: 0, cacheHits: 3 });
    expect(second).toEqual(first);
  });

  it("a changed file is parsed again, the others are not", async () => {
    const root = project({ "a.yaml": openapi({ "/a": 10 }), "b.yaml": openapi({ "/b": 100 }) });
    const cacheFile = cacheFilePath(root, ".cache/");
    await lintFiles(["."], { cwd: root, cacheFile });
    writeFileSync(join(root, "b.yaml"), openapi({ "/b": 10 }));
    const results = await lintFiles(["."], { cwd: root, cacheFile });
    expect(lastRunStats).toEqual({ filesLinted: 2, filesParsed: 1, cacheHits: 1 });
    expect(results.map((r) => r.errorCount)).toEqual([1, 1]);
  });

  it("other options or another configuration invalidate everything", async () => {
    const root = project({ "a.yaml": openapi({ "/a": 30000 }) });
    const cacheFile = cacheFilePath(root, "cache.json");
    expect(cacheFile).toBe(join(root, "cache.json"));
    await lintFiles(["."], { cwd: root, cacheFile });
    const relaxed = await lintFiles(["."], { cwd: root, cacheFile, maxTimeout: 60000 });
    expect(lastRunStats.filesParsed).toBe(1);
    expect(relaxed[0]!.messages).toEqual([]);
  });

  it("a change in a referenced file ($ref) invalidates the file that references it", async () => {
    const root = project({
      "api.yaml": "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    $ref: 'paths.yaml#/a'\n",
      "paths.yaml": "a:\n  get:\n    x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: 'https://example.com', timeoutInMillis: 10 }\n",
    });
    const cacheFile = cacheFilePath(root);
    const first = await lintFiles(["api.yaml"], { cwd: root, cacheFile });
    expect(first.flatMap((r) => r.messages.map((m) => `${r.filePath} ${m.ruleId}`))).toEqual(["paths.yaml timeout-out-of-range"]);
    await lintFiles(["api.yaml"], { cwd: root, cacheFile });
    expect(lastRunStats.cacheHits).toBe(1);
    writeFileSync(join(root, "paths.yaml"), "a:\n  get:\n    x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: 'https://example.com', timeoutInMillis: 100 }\n");
    const after = await lintFiles(["api.yaml"], { cwd: root, cacheFile });
    expect(lastRunStats.cacheHits).toBe(0);
    expect(after.flatMap((r) => r.messages)).toEqual([]);
  });

  it("an empty file is skipped in a folder but an input error when named, cache or not", async () => {
    const root = project({ "empty.yaml": "\n" });
    const cacheFile = cacheFilePath(root);
    expect((await lintFiles(["."], { cwd: root, cacheFile }))[0]!.messages).toEqual([]);
    expect((await lintFiles(["empty.yaml"], { cwd: root, cacheFile }))[0]!.messages.map((m) => m.message)).toEqual(["The file is empty: there is nothing to lint"]);
  });

  it("a file that does not parse is not cached", async () => {
    const root = project({ "bad.yaml": "openapi: [\n" });
    const cacheFile = cacheFilePath(root);
    await lintFiles(["."], { cwd: root, cacheFile });
    await lintFiles(["."], { cwd: root, cacheFile });
    expect(lastRunStats).toEqual({ filesLinted: 1, filesParsed: 1, cacheHits: 0 });
  });
});
