import { describe, expect, it } from "vitest";
import { messageStats } from "../../src/engine/format-message.js";
import { lintText } from "../../src/engine/lint.js";
import { openapi } from "../config/fixtures.js";

/**
 * Issue 14, "findings stay small until output": a rule's finding keeps its message id and data, and its text
 * is written only for the findings that are shown, once; a suppressed finding's only when it is read.
 * Counted by the formatter's own count of the texts it writes.
 */
let start = 0;
const startCounting = () => (start = messageStats.written);
const written = () => messageStats.written - start;

// /a (line 11) and /b (line 19) are both out of range; the comment suppresses /b.
const suppressB = (path: string) => (path === "/b" ? "        # apigw-lint-disable-next-line timeout-out-of-range -- sandbox\n" : "");

describe("message texts are written for what is shown", () => {
  it("a suppressed finding's text and fingerprint are written when first read, once", () => {
    startCounting();
    const [result] = lintText(openapi({ "/a": 30000, "/b": 10 }, suppressB), "api.yaml", { cwd: "/tmp" });
    expect(result!.messages.map((m) => m.line)).toEqual([11]);
    expect(written()).toBe(1);
    const [suppressed] = result!.suppressedMessages!;
    expect(written()).toBe(1);
    expect(suppressed!.message).toBe("Timeout should be between 50 ms and 29000 ms: got 10.");
    expect(suppressed!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect({ ...suppressed }.message).toBe(suppressed!.message);
    expect(written()).toBe(2);
  });

  it("a suppressed finding serialises with its text and fingerprint, in the same key order as a shown one", () => {
    const [result] = lintText(openapi({ "/a": 30000, "/b": 10 }, suppressB), "api.yaml", { cwd: "/tmp" });
    const suppressed = JSON.parse(JSON.stringify(result!.suppressedMessages![0]));
    expect(Object.keys(suppressed)).toEqual([...Object.keys(result!.messages[0]!), "suppressions"]);
    const [unsuppressed] = lintText(openapi({ "/a": 30000, "/b": 10 }), "api.yaml", { cwd: "/tmp" });
    expect(suppressed.fingerprint).toBe(unsuppressed!.messages[1]!.fingerprint);
    expect(suppressed.message).toBe(unsuppressed!.messages[1]!.message);
  });

  it("findings over limits.maxFindingsPerFile are never written", () => {
    startCounting();
    const [result] = lintText(openapi({ "/a": 30000, "/b": 10, "/c": 40000 }), "api.yaml", { cwd: "/tmp", limits: { maxFindingsPerFile: 1 } });
    expect(result!.messages.map((m) => m.ruleId)).toEqual(["input-limit", "timeout-out-of-range"]);
    expect(written()).toBe(1);
  });

  it("a finding switched off by a pointer override is not written", () => {
    startCounting();
    const [result] = lintText(openapi({ "/a": 30000, "/b": 10 }), "api.yaml", {
      cwd: "/tmp",
      pointerOverrides: [{ pointers: [["paths", "/b"]], rules: { "timeout-out-of-range": { severity: "off" } } }],
    });
    expect(result!.messages).toHaveLength(1);
    expect(written()).toBe(1);
  });
});
