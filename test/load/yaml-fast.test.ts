import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadYamlFast } from "../../src/load/yaml-fast.js";
import { loadYamlDocuments, yamlComments } from "../../src/load/yaml.js";
import { LineIndex } from "../../src/load/line-index.js";
import { loadText } from "../../src/load/index.js";
import { snapshot } from "./snapshot.js";

const repoRoot = resolve(import.meta.dirname, "..", "..");
const corpus = resolve(repoRoot, "..", "shared", "corpus");

function yamlFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(yamlFiles(path));
    else if (/\.ya?ml$/i.test(name)) out.push(path);
  }
  return out.sort();
}

/** The reference loader's complete output, as plain comparable data. */
function reference(text: string) {
  const lines = new LineIndex(text);
  const { documents, problems } = loadYamlDocuments("f.yaml", text, lines);
  return { documents: documents.map((d) => ({ index: d.index, nodes: snapshot(d.value), root: d.locateAll([{ path: [], part: "value" }]) })), problems, comments: yamlComments(text, lines) };
}

function fast(text: string) {
  let reason = "";
  const result = loadYamlFast("f.yaml", text, new LineIndex(text), (why) => (reason = why));
  if (!result) return { declined: reason };
  const { documents, problems, comments } = result;
  return { documents: documents.map((d) => ({ index: d.index, nodes: snapshot(d.value), root: d.locateAll([{ path: [], part: "value" }]) })), problems, comments };
}

/** Either the fast loader declines, or its output equals the reference loader's in every detail. */
function expectSameOrDeclined(text: string): boolean {
  const got = fast(text);
  if ("declined" in got) return false;
  expect(got).toEqual(reference(text));
  return true;
}

function expectSame(text: string): void {
  const got = fast(text);
  expect(got, "the fast loader declined").not.toHaveProperty("declined");
  expect(got).toEqual(reference(text));
}

describe("fast YAML loader: differential against the reference loader", () => {
  it("matches on every corpus file it accepts, and accepts most of them", () => {
    const files = yamlFiles(corpus);
    expect(files.length).toBeGreaterThan(50);
    let accepted = 0;
    for (const file of files) {
      const raw = readFileSync(file, "utf8");
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      try {
        if (expectSameOrDeclined(text)) accepted++;
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`);
      }
    }
    expect(accepted / files.length).toBeGreaterThan(0.9);
  });

  it("matches on corpus files with comment lines, blank lines and trailing comments added anywhere", () => {
    const files = yamlFiles(corpus);
    let seed = 20240601;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let accepted = 0;
    for (let n = 0; n < 300; n++) {
      const lines = readFileSync(files[Math.floor(random() * files.length)]!, "utf8").replace(/^\ufeff/, "").split("\n");
      for (let m = 0; m < 3; m++) {
        const at = Math.floor(random() * lines.length);
        const kind = Math.floor(random() * 3);
        if (kind === 0) lines.splice(at, 0, `${" ".repeat(Math.floor(random() * 10))}# added`);
        else if (kind === 1) lines.splice(at, 0, "");
        else lines[at] = `${lines[at] ?? ""} # tail`;
      }
      const text = lines.join(random() < 0.2 ? "\r\n" : "\n");
      try {
        if (expectSameOrDeclined(text)) accepted++;
      } catch (error) {
        throw new Error(`variant ${n}: ${(error as Error).message}\n${text}`);
      }
    }
    expect(accepted).toBeGreaterThan(200);
  });

  const handled: Record<string, string> = {
    "nested maps and sequences": "a: 1\nb:\n  - x\n  - y\nc:\n  d: e\n  f:\n    - g: 1\n      h: 2\n    - - i\n      - j\n",
    "sequence at the key's indentation": "a:\n- 1\n- 2\nb: 3\n",
    "plain scalars of the core schema": "n1: ~\nn2: null\nn3: NULL\nn4:\nb1: true\nb2: False\ni1: 12\ni2: -7\ni3: +3\ni4: 0o17\ni5: 0x1F\nf1: 1.5\nf2: .5\nf3: 1e3\nf4: -.inf\nf5: .NaN\nf6: 1.\ns1: 1_000\ns2: yes\ns3: 0777\ns4: 2010-09-09\ns5: 12:30\n",
    "keys resolve like values, then become strings": "1: a\ntrue: b\nnull: c\n0x10: d\n1.0: e\n'quoted': f\n\"dq\": g\n",
    "quoted scalars with escapes": "a: \"tab\\tnew\\nline \\u00e9 \\x41 \\\"q\\\"\"\nb: 'it''s'\nc: \"\"\nd: ''\n",
    "multi-line scalars fold": "a: one\n  two\n\n  three\nb: \"x\n  y\n\n  z\"\nc: 'p\n  q'\nd: x   \n",
    "block scalars with chomping and indentation indicators": "a: |\n  line 1\n   line 2\n\nb: |-\n  keep\n\n\nc: |+\n  all\n\n\nd: >\n  folded\n  text\n\n  para\n    more\ne: >-\n  x\nf: |2\n    two\ng: |\nh: 1\n",
    "CloudFormation short tags": "A: !Ref Name\nB: !Sub 'arn:${AWS::Region}'\nC: !GetAtt Fn.Arn\nD: !GetAtt a.b.c\nE: !Join\n  - ''\n  - [a, !Ref B]\nF: !If [Cond, !Ref X, !Ref AWS::NoValue]\nG: !Sub\n  - x${Y}\n  - Y: !Ref Z\nH: !Base64 |\n  script\nI: !Equals [1, 1]\n",
    "unknown tags are reported": "a: !Foo bar\nb: !Bar\n  c: 1\n",
    "duplicate keys are reported": "a: 1\nb: 2\na: 3\nm: {x: 1, x: 2}\n",
    "flow collections": "a: {b: 1, c: [2, 3], 'd': \"e\"}\nf: []\ng: {}\nh: [a, {i: j}, [k]]\nj: {\"k\": 1, \"l\": [true, null]}\nm: [\n    1,\n    2,\n  ]\n",
    "comments everywhere": "# head\na: 1 # after\n# own line\nb:\n  # before item\n  - x # item\n    # indented\n  - y\n\n# between\nc: |  # header comment\n  body # not a comment\nd: 'q' # c\n",
    "trailing comments stay with the collection they are indented into": "R:\n  A:\n    P:\n      X: 1\n      # c6\n    # c4\n  # c2\nZ: 1\n",
    "less indented trailing comments move to the parent": "R:\n  # x\n  A:\n    T: 1\n    P:\n      X: 1\n\n  # The function\n  F:\n    T: 2\n    # trailing\n  # t2\n# t3\nZ: 1\n",
    "comments after sequences and compact maps": "s:\n  - a: 1\n    # c\n  - b\n    # d\n  - - n\n    # e\nt: 1\n",
    "indented comments after flow and scalars": "m:\n  w: {a: 1}\n      # c\n  v: 1\n      # d\n\n      # e\nz: 1\n",
    "empty values": "a:\nb:   \nc:\n  d:\n\ne: 1\nf:\n",
    "documents end without a newline": "a:\n  b: [1, 2]",
    "root sequence and root flow": "- a\n- b: 1\n  c: 2\n",
    "root flow map": "{\"a\": 1, \"b\": [1, 2], \"c\": {\"d\": null}}\n",
    "CRLF line ends": "a: 1\r\nb:\r\n  - x\r\n  - y # c\r\nc: |\r\n  t\r\n  u\r\n",
    "keys with spaces before the colon": "a : 1\nb   : x\n",
    "multi-document streams": "a: 1\n---\nb: 2\n...\n---\n- c\n",
    "explicit first document": "---\na: 1\n",
    "comment-only stream": "# nothing\n\n# here\n",
    "tagged sequences at the key's indentation": "a: !Join\n- ','\n- [x, y]\nb: 1\n",
    "a trail that stays keeps the next line's indentation": "R:\n  A:\n    P:\n      X: 1\n\n# c0\n       # c7\n# c0\n  B: 1\n",
  };
  for (const [name, text] of Object.entries(handled)) {
    it(`handles: ${name}`, () => expectSame(text));
  }

  const declined: Record<string, string> = {
    "anchors and aliases": "a: &x 1\nb: *x\n",
    "explicit keys": "? a\n: 1\n",
    "directives": "%YAML 1.2\n---\na: 1\n",
    "tabs in indentation": "a:\n\tb: 1\n",
    "standard tags": "a: !!str 1\n",
    "syntax errors": "a: b: c\n",
    "bad indentation": "a:\n  b: 1\n c: 2\n",
    "unterminated quote": "a: \"x\n",
    "flow pair in a sequence": "a: [b: 1]\n",
    "empty document": "a: 1\n---\n",
  };
  for (const [name, text] of Object.entries(declined)) {
    it(`declines (the reference loader decides): ${name}`, () => {
      expect(fast(text)).toHaveProperty("declined");
      // And loadText still answers, through the reference loader.
      expect(() => loadText("f.yaml", "/f.yaml", text)).not.toThrow();
    });
  }
});

describe("loadText uses the fast loader and falls back", () => {
  it("reports the same syntax error as before for invalid YAML", () => {
    const loaded = loadText("f.yaml", "/f.yaml", "a: b: c\n");
    expect(loaded.problems.some((p) => p.code === "syntax-error" && p.fatal)).toBe(true);
  });

  it("strips a BOM and keeps offsets of the text after it", () => {
    const loaded = loadText("f.yaml", "/f.yaml", "\ufeffa: 1\nb: [x]\n");
    expect(loaded.documents[0]!.value).toEqual({ a: 1, b: ["x"] });
    expect(loaded.documents[0]!.locateAll([{ path: ["b", 0], part: "value" }])).toEqual([{ start: { line: 2, column: 5 }, end: { line: 2, column: 6 } }]);
  });

  it("gives every document of a stream its index and file-global positions", () => {
    const loaded = loadText("f.yaml", "/f.yaml", "a: 1\n---\nb: !Ref X\n");
    expect(loaded.documents.map((d) => [d.index, d.value])).toEqual([[0, { a: 1 }], [1, { b: { Ref: "X" } }]]);
    expect(loaded.documents[1]!.locateAll([{ path: ["b"], part: "key" }])).toEqual([{ start: { line: 3, column: 1 }, end: { line: 3, column: 2 } }]);
  });

  it("collects comments with their position and whether they stand on their own line", () => {
    const loaded = loadText("f.yaml", "/f.yaml", "# top\na: 1 # trailing\n");
    expect(loaded.comments).toEqual([
      { text: " top", line: 1, column: 1, ownLine: true },
      { text: " trailing", line: 2, column: 6, ownLine: false },
    ]);
  });
});
