import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/lint.js";
import { clearRelatedFileCache } from "../../src/engine/related.js";

/** LintOptions.openBuffers and relatedFilesUnavailable: the editor's view of the files a document points to. */
const dir = mkdtempSync(join(tmpdir(), "apigw-lint-buffers-"));
writeFileSync(join(dir, "package.json"), "{}");
const USES = "openapi: 3.0.1\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses: { '200': { description: ok } }\n      x-amazon-apigateway-integration:\n        $ref: ./target.yaml#/integration\n";
const ON_DISK = "integration:\n  type: http_proxy\n  httpMethod: GET\n  uri: https://example.com/a\n  timeoutInMillis: 10\n";
writeFileSync(join(dir, "target.yaml"), ON_DISK);
const lint = (options: Parameters<typeof lintText>[2] = {}) =>
  lintText(USES, join(dir, "uses.yaml"), { cwd: dir, ...options }).map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)]);

describe("related files from open buffers", () => {
  it("reads a $ref'd file from the buffer before the disk, and the disk again without it", () => {
    clearRelatedFileCache();
    expect(lint()).toEqual([["target.yaml", ["5:20 timeout-out-of-range"]], ["uses.yaml", []]]);
    const fixed = ON_DISK.replace("timeoutInMillis: 10", "timeoutInMillis: 100000");
    // Not cached: the buffer's text, though the disk's was loaded (and cached) just before.
    expect(lint({ openBuffers: new Map([[join(dir, "target.yaml"), `# unsaved\n${fixed}`]]) })).toEqual([["target.yaml", ["6:20 timeout-out-of-range"]], ["uses.yaml", []]]);
    expect(lint()).toEqual([["target.yaml", ["5:20 timeout-out-of-range"]], ["uses.yaml", []]]);
  });

  it("reads a buffer that was never saved (no file on disk yet)", () => {
    const text = USES.replace("./target.yaml", "./new.yaml");
    const result = lintText(text, join(dir, "uses.yaml"), { cwd: dir, openBuffers: new Map([[join(dir, "new.yaml"), ON_DISK]]) });
    expect(result.map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)])).toEqual([["new.yaml", ["5:20 timeout-out-of-range"]], ["uses.yaml", []]]);
  });

  it("reads no other file when told they are unavailable, and says why on each $ref", () => {
    const result = lintText(USES, join(dir, "Untitled-1.yaml"), { cwd: dir, relatedFilesUnavailable: "no folder" });
    expect(result.map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)])).toEqual([
      ["Untitled-1.yaml", ["8:15 ref-unresolved $ref './target.yaml#/integration' cannot be followed: no folder."]],
    ]);
  });
});
