import { describe, expect, it } from "vitest";
import { fingerprinter } from "../../src/engine/fingerprint.js";
import { LineIndex } from "../../src/load/line-index.js";

const fingerprintOf = (text: string, column: number, endColumn: number) =>
  fingerprinter(text, new LineIndex(text))("rule", "message", ["a"], { line: 1, column, endLine: 1, endColumn });

describe("fingerprints", () => {
  it("hash a bounded window of a one-line file, not the whole line", () => {
    const finding = '"timeoutInMillis":10';
    const far = "x".repeat(1000);
    const base = `{"a":"${far}",${finding},"b":"${far}"}`;
    const column = base.indexOf(finding) + 1;
    const edited = `{"a":"y${far}",${finding},"b":"${far}"}`;
    expect(fingerprintOf(edited, column + 1, column + 1 + finding.length)).toBe(fingerprintOf(base, column, column + finding.length));
    const near = base.replace(`,${finding}`, `,"c":1,${finding}`);
    const nearColumn = near.indexOf(finding) + 1;
    expect(fingerprintOf(near, nearColumn, nearColumn + finding.length)).not.toBe(fingerprintOf(base, column, column + finding.length));
  });

  it("keep the head and tail of a long finding: its middle does not count", () => {
    const long = (middle: string) => `"${"a".repeat(300)}${middle}${"b".repeat(300)}"`;
    expect(fingerprintOf(long("x".repeat(100)), 1, 703)).toBe(fingerprintOf(long("y".repeat(100)), 1, 703));
  });
});
