import { describe, expect, it } from "vitest";
import { loadText } from "../../src/load/index.js";

const at = (line: number, column: number, endLine: number, endColumn: number) => ({ start: { line, column }, end: { line: endLine, column: endColumn } });

describe("JSON loading", () => {
  it("reports a syntax error where JSON.parse stopped", () => {
    const loaded = loadText("f.json", "/f.json", '{"a": [1, 2');
    expect(loaded.documents).toEqual([]);
    expect(loaded.problems).toEqual([
      { code: "syntax-error", message: "Invalid JSON: Expected ',' or ']' after array element", range: at(1, 12, 1, 12), fatal: true },
    ]);
  });

  it("reports every duplicate key at the key that loses", () => {
    const loaded = loadText("f.json", "/f.json", '{\r\n  "a": 1,\r\n  "a": {"x": [1, {"y": 2, "y": 3}]}\r\n}');
    expect(loaded.documents[0]!.value).toEqual({ a: { x: [1, { y: 3 }] } });
    const duplicates = loaded.problems.map((p) => [p.code, p.message, p.range]);
    expect(duplicates).toEqual(
      expect.arrayContaining([
        ["duplicate-key", 'Duplicate key "a": this value silently replaces the one given earlier for the same key.', at(3, 3, 3, 6)],
        ["duplicate-key", 'Duplicate key "y": this value silently replaces the one given earlier for the same key.', at(3, 27, 3, 30)],
      ]),
    );
    expect(duplicates).toHaveLength(2);
  });

  it("locates keys and values in CRLF files with the same columns as LF files", () => {
    const lf = loadText("f.json", "/f.json", '{\n  "a": {\n    "b": "x\\"y"\n  }\n}\n');
    const crlf = loadText("f.json", "/f.json", '{\r\n  "a": {\r\n    "b": "x\\"y"\r\n  }\r\n}\r\n');
    const requests = [{ path: ["a", "b"], part: "key" as const }, { path: ["a", "b"], part: "value" as const }, { path: ["a"], part: "value" as const }];
    const expected = [at(3, 5, 3, 8), at(3, 10, 3, 16), at(2, 8, 4, 4)];
    expect(lf.documents[0]!.locateAll(requests)).toEqual(expected);
    expect(crlf.documents[0]!.locateAll(requests)).toEqual(expected);
  });

  it("reads a file that starts with a BOM, positions counted after it", () => {
    const loaded = loadText("f.json", "/f.json", '\ufeff{"a": [10, 20]}');
    expect(loaded.problems).toEqual([]);
    expect(loaded.documents[0]!.value).toEqual({ a: [10, 20] });
    expect(loaded.documents[0]!.locateAll([{ path: ["a", 1], part: "value" }])).toEqual([at(1, 12, 1, 14)]);
  });

  it("answers undefined for a path that does not exist", () => {
    const loaded = loadText("f.json", "/f.json", '{"a": {"b": 1}}');
    expect(loaded.documents[0]!.locateAll([{ path: ["a", "c"], part: "value" }, { path: ["z"], part: "key" }])).toEqual([undefined, undefined]);
  });
});
