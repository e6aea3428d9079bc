import { beforeAll, describe, expect, it } from "vitest";
import { loadText, prepareHclParser } from "../../src/load/index.js";
import { decodeText, ReadError } from "../../src/load/read-file.js";
import { DEFAULT_LIMITS } from "../../src/load/limits.js";
import { lintFiles } from "../../src/engine/lint.js";
import { project } from "../config/fixtures.js";

const limited = (overrides: Partial<typeof DEFAULT_LIMITS>) => ({ ...DEFAULT_LIMITS, ...overrides });
const fatal = (text: string, file: string, overrides: Partial<typeof DEFAULT_LIMITS> = {}) =>
  loadText(file, `/${file}`, text, limited(overrides)).problems.filter((p) => p.fatal).map((p) => [p.code, p.message, p.range.start.line, p.range.start.column]);

describe("input limits in the loaders", () => {
  it("aliases expand within maxAliasNodes, counted from where the alias is written", () => {
    const text = "a: &a [1, 2, 3]\nb: [*a, *a]\nc: [*a, *a, *a]\n";
    // Five aliases of a three-item list: 4 nodes each.
    expect(fatal(text, "f.yaml", { maxAliasNodes: 20 })).toEqual([]);
    expect(loadText("f.yaml", "/f.yaml", text).documents[0]!.value).toEqual({ a: [1, 2, 3], b: [[1, 2, 3], [1, 2, 3]], c: [[1, 2, 3], [1, 2, 3], [1, 2, 3]] });
    expect(fatal(text, "f.yaml", { maxAliasNodes: 19 })).toEqual([
      ["input-limit", "YAML aliases expand to more than 19 nodes (limit maxAliasNodes = 19; raise it with --max-alias-nodes or the configuration key limits.maxAliasNodes)", 3, 13],
    ]);
  });

  it("the yaml package's own stack limit (about 800 flow levels) is a clear input error, not a stack trace", () => {
    const [problem] = fatal(`a: &x ${"[".repeat(900)}${"]".repeat(900)}\n`, "f.yaml");
    expect(problem?.slice(0, 2)).toEqual(["input-limit", "Maps and lists nest too deep for the YAML parser (its own limit, about 800 levels of flow collections; it cannot be raised)"]);
  });

  it("a recursive alias stops at the budget instead of the stack", () => {
    expect(fatal("a: &a [*a]\n", "f.yaml", { maxAliasNodes: 50 })[0]?.[0]).toBe("input-limit");
  });

  it("nesting past maxDepth is one placed error in JSON, the fast YAML loader and the reference one", () => {
    const limit = "(limit maxDepth = 3; raise it with --max-depth or the configuration key limits.maxDepth)";
    expect(fatal('{"a": [[{"b": 1}]]}', "f.json", { maxDepth: 3 })).toEqual([["input-limit", `Objects and arrays nest deeper than 3 levels ${limit}`, 1, 9]]);
    expect(fatal('{"a": [[1]]}', "f.json", { maxDepth: 3 })).toEqual([]);
    expect(fatal("a:\n  b:\n    c:\n      d: 1\n", "f.yaml", { maxDepth: 3 })).toEqual([["input-limit", `Maps and lists nest deeper than 3 levels ${limit}`, 4, 7]]);
    // An anchor sends the text to the reference loader.
    expect(fatal("a: &x\n  b:\n    c:\n      d: 1\n", "f.yaml", { maxDepth: 3 })).toEqual([["input-limit", `Maps and lists nest deeper than 3 levels ${limit}`, 4, 7]]);
  });
});

describe("input limits in the HCL (Terraform) loader", () => {
  beforeAll(prepareHclParser);
  const limit = (name: string, flag: string, value: number) => `(limit ${name} = ${value}; raise it with ${flag} or the configuration key limits.${name})`;

  it("blocks and collections past maxDepth are one placed error (the conversion recurses: not the JS stack)", () => {
    const tuple = (n: number) => `locals {\n  x = ${"[".repeat(n)}${"]".repeat(n)}\n}\n`;
    // The block's body is a level, as a JSON object is: `locals { x = [[]] }` is three deep.
    expect(fatal(tuple(2), "m.tf", { maxDepth: 3 })).toEqual([]);
    expect(fatal(tuple(3), "m.tf", { maxDepth: 3 })).toEqual([["input-limit", `Blocks and collections nest deeper than 3 levels ${limit("maxDepth", "--max-depth", 3)}`, 2, 9]]);
    const blocks = "locals {\n  a {\n    b {\n      x = 1\n    }\n  }\n}\n";
    expect(fatal(blocks, "m.tf", { maxDepth: 3 })).toEqual([]);
    // Placed where the body past the limit begins.
    expect(fatal(blocks, "m.tf", { maxDepth: 2 })).toEqual([["input-limit", `Blocks and collections nest deeper than 2 levels ${limit("maxDepth", "--max-depth", 2)}`, 4, 7]]);
    expect(fatal(tuple(20_000), "m.tf")[0]?.slice(0, 2)).toEqual(["input-limit", `Blocks and collections nest deeper than 1000 levels ${limit("maxDepth", "--max-depth", 1000)}`]);
  });

  it("nested blocks that outgrow the stack under the highest maxDepth are the depth limit, not an internal error", () => {
    const blocks = `locals {\n${"a {\n".repeat(1990)}${"}\n".repeat(1990)}}\n`;
    expect(fatal(blocks, "m.tf", { maxDepth: 2000 })).toEqual([
      ["input-limit", "Blocks and collections nest too deep for the HCL reader (lower --max-depth or limits.maxDepth: nested blocks are read to about 1000 levels)", 1, 1],
    ]);
  });

  it("an HCL file over maxHclBytes is not parsed (the WebAssembly parser needs ~200 bytes of memory per byte)", () => {
    const text = `locals {\n  a = "${"x".repeat(100)}"\n}\n`;
    expect(fatal(text, "m.tf", { maxHclBytes: text.length })).toEqual([]);
    expect(fatal(text, "m.tf", { maxHclBytes: 100 })).toEqual([["input-limit", `The HCL file is ${text.length} bytes, larger than 100 ${limit("maxHclBytes", "--max-hcl-bytes", 100)}`, 1, 1]]);
  });

  it("text handed over in memory (an editor's buffer, --stdin) is held to maxFileBytes, counted in UTF-8", () => {
    const text = `a: "${"é".repeat(40)}"\n`; // 46 characters, 86 bytes
    expect(fatal(text, "f.yaml", { maxFileBytes: 86 })).toEqual([]);
    expect(fatal(text, "f.yaml", { maxFileBytes: 85 })).toEqual([["input-limit", `The text is 86 bytes, larger than 85 ${limit("maxFileBytes", "--max-file-bytes", 85)}`, 1, 1]]);
    expect(fatal(`{"a": "${"x".repeat(100)}"}`, "f.json", { maxFileBytes: 100 })[0]?.slice(0, 1)).toEqual(["input-limit"]);
  });
});

describe("decoding", () => {
  const text = "type: MOCK\n";
  it("reads UTF-8 with or without a BOM and UTF-16 LE/BE with a BOM", () => {
    expect(decodeText(Buffer.from(`\uFEFF${text}`, "utf8"))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]))).toBe(text);
  });

  it("reports invalid UTF-8 at its line and column, and NUL bytes without a BOM as binary", () => {
    const error = (bytes: Buffer) => {
      try {
        decodeText(bytes);
      } catch (e) {
        return e instanceof ReadError ? [e.message, e.line, e.column] : e;
      }
      return undefined;
    };
    expect(error(Buffer.concat([Buffer.from("a: 1\nb: \u00e9 "), Buffer.from([0xc3, 0x28])]))).toEqual(["Invalid UTF-8: byte 0xc3 at byte offset 11 is not valid UTF-8 (save the file as UTF-8)", 2, 6]);
    expect(error(Buffer.from([0x61, 0x00, 0x62]))).toEqual(["Cannot lint a binary file (it contains NUL bytes)", 1, 1]);
  });
});

describe("limits given to lintFiles (the CLI flags)", () => {
  it("a raised maxDepth lets a deep file load; the default stops it", async () => {
    const deep = `{"type": "MOCK", "x": ${"[".repeat(1500)}${"]".repeat(1500)}}`;
    const root = project({ "deep.json": deep });
    const fatalOf = async (limits?: { maxDepth: number }) => (await lintFiles(["deep.json"], { cwd: root, ...(limits ? { limits } : {}) }))[0]!.messages.filter((m) => m.fatal).map((m) => m.ruleId);
    expect(await fatalOf()).toEqual(["input-limit"]);
    expect(await fatalOf({ maxDepth: 2000 })).toEqual([]);
  });
});

describe("limits from the configuration file", () => {
  it("limits.maxFindingsPerFile applies, and the flag's value wins over it", async () => {
    const root = project({
      "apigw-lint.config.json": JSON.stringify({ limits: { maxFindingsPerFile: 1 } }),
      "a.json": '{"type": "MOCK", "timeoutInMillis": 10, "passthroughBehavior": "SOMETIMES"}',
    });
    const { loadConfig } = await import("../../src/config/load.js");
    const config = loadConfig(root)!;
    const [result] = await lintFiles(["a.json"], { cwd: root, config });
    expect(result!.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([
      "1 more findings in this file were not reported (limit maxFindingsPerFile = 1; raise it with --max-findings-per-file or the configuration key limits.maxFindingsPerFile)",
    ]);
    const [raised] = await lintFiles(["a.json"], { cwd: root, config, limits: { maxFindingsPerFile: 10 } });
    expect(raised!.messages.filter((m) => m.fatal)).toEqual([]);
  });
});
