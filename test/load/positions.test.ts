import { describe, expect, it } from "vitest";
import { ArrayBuilder, ObjectBuilder, OffsetPool, allMemberOffsets, elementOffsets, memberOffsets, offsetsOf } from "../../src/load/positions.js";
import { loadText } from "../../src/load/index.js";
import { spawnSync } from "node:child_process";

describe("offsets kept in a pool (src/load/positions.ts)", () => {
  it("keeps each collection's run, nested collections finished first", () => {
    const pool = new OffsetPool();
    const outer = new ObjectBuilder(pool);
    const inner = new ArrayBuilder(pool);
    inner.add("a", 10, 11);
    inner.add("b", 12, 13);
    outer.add("list", inner.finish(), 0, 4, 10, 13);
    const empty = new ObjectBuilder(pool).finish();
    outer.add("empty", empty, 14, 19, 21, 23);
    const object = outer.finish();
    expect(allMemberOffsets(object)).toEqual([["list", [0, 4, 10, 13]], ["empty", [14, 19, 21, 23]]]);
    expect(elementOffsets(object.list as unknown[], 1)).toEqual([12, 13]);
    expect(elementOffsets(object.list as unknown[], 2)).toBeUndefined();
    expect(allMemberOffsets(empty)).toEqual([]);
    expect(memberOffsets(empty, "x")).toBeUndefined();
    expect(Object.keys(object)).toEqual(["list", "empty"]);
    expect(JSON.stringify(object)).toBe('{"list":["a","b"],"empty":{}}');
  });

  it("moves to a new chunk when one is full, and gives a large collection a chunk of its own", () => {
    const pool = new OffsetPool();
    const small = Array.from({ length: 200 }, (_, n) => {
      const builder = new ArrayBuilder(pool);
      builder.add(n, n, n + 1);
      return builder.finish();
    });
    const large = new ObjectBuilder(pool);
    for (let n = 0; n < 40_000; n++) large.add(`k${n}`, n, n * 4, n * 4 + 1, n * 4 + 2, n * 4 + 3);
    const object = large.finish();
    small.forEach((array, n) => expect(elementOffsets(array, 0)).toEqual([n, n + 1]));
    expect(memberOffsets(object, "k39999")).toEqual([159_996, 159_997, 159_998, 159_999]);
    expect(memberOffsets(object, "k0")).toEqual([0, 1, 2, 3]);
    expect(offsetsOf(object)!.length).toBe(160_000);
  });

  it("keeps the source key list only once a key's place differs from Object.keys", () => {
    const pool = new OffsetPool();
    const builder = new ObjectBuilder(pool);
    builder.add("b", 1, 0, 1, 3, 4);
    builder.add("7", 2, 5, 6, 8, 9);
    builder.add("b", 3, 10, 11, 13, 14);
    const object = builder.finish();
    expect(Object.keys(object)).toEqual(["7", "b"]);
    expect(allMemberOffsets(object)!.map(([key]) => key)).toEqual(["b", "7", "b"]);
    expect(memberOffsets(object, "b")).toEqual([10, 11, 13, 14]); // the last one written
    expect(memberOffsets(object, "7")).toEqual([5, 6, 8, 9]);
  });

  it("writes through offsetsOf to the collection's own run only", () => {
    const pool = new OffsetPool();
    const first = new ArrayBuilder(pool);
    first.add(1, 0, 1);
    const a = first.finish();
    const second = new ArrayBuilder(pool);
    second.add(2, 5, 6);
    const b = second.finish();
    const view = offsetsOf(a)!;
    view[0] = 100;
    expect(elementOffsets(a, 0)).toEqual([100, 1]);
    expect(elementOffsets(b, 0)).toEqual([5, 6]);
  });

  it("refuses collections finished out of nesting order", () => {
    const pool = new OffsetPool();
    const parent = new ArrayBuilder(pool);
    parent.add(0, 0, 1);
    const child = new ArrayBuilder(pool);
    child.add(1, 2, 3);
    expect(() => parent.add(2, 4, 5)).toThrow(/order they nest/);
  });

  it("locates what a loaded YAML document holds, in a document larger than one chunk", () => {
    const text = Array.from({ length: 3000 }, (_, n) => `key${n}:\n  - a: ${n}\n    b: [x, y]\n`).join("");
    const loaded = loadText("big.yaml", "/p/big.yaml", text);
    expect(loaded.problems).toEqual([]);
    const [range] = loaded.documents[0]!.locateAll([{ path: ["key2999", 0, "b", 1], part: "value" }]);
    expect(range).toMatchObject({ start: { line: 9000, column: 12 }, end: { line: 9000, column: 13 } });
  });
});

describe("integer keys (status codes) in loaded YAML", () => {
  it("are kept in a dictionary, not an elements store sized to the largest key", () => {
    // `%HasDictionaryElements` needs V8's natives syntax, so this runs the built loader in a child process.
    const script = `
      const { loadText } = await import(${JSON.stringify(new URL("../../dist/src/load/index.js", import.meta.url).href)});
      const loaded = loadText("a.yaml", "/p/a.yaml", "responses:\\n  '200': {a: 1}\\n  '500': {a: 2}\\nplain: {x: 1}\\n");
      const { responses, plain } = loaded.documents[0].value;
      console.log(JSON.stringify([%HasDictionaryElements(responses), Object.keys(responses), %HasDictionaryElements(plain)]));`;
    const run = spawnSync(process.execPath, ["--allow-natives-syntax", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual([true, ["200", "500"], false]);
  });
});

describe("ObjectBuilder.has", () => {
  it("tells own keys from inherited ones, and sees a member that holds undefined", () => {
    const builder = new ObjectBuilder(new OffsetPool());
    expect(builder.has("toString")).toBe(false);
    builder.add("a", 1, 0, 1, 2, 3);
    expect(builder.has("a")).toBe(true);
    expect(builder.has("b")).toBe(false);
    builder.add("b", undefined, 4, 5, 6, 7);
    expect(builder.has("b")).toBe(true);
    expect(builder.add("b", 2, 8, 9, 10, 11)).toBe(false);
  });
});
