// The hostile inputs of issue 10, generated at run time (no large committed files), each with what the CLI
// must do: its exit code and its exact stderr. Used by test/hostile/hostile.test.ts (assertions) and by
// scripts/hostile.mjs (`npm run hostile`, a table with time and peak RSS).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const LIMIT = (name, flag, what, value) => `${what} (limit ${name} = ${value}; raise it with ${flag} or the configuration key limits.${name})`;

/** 9 levels of 9 aliases: 342 bytes that expand to 387 million nodes. */
function billionLaughs(prefix) {
  const lines = [...prefix, "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]"];
  let previous = "a";
  for (const name of "bcdefghi") {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]`);
    previous = name;
  }
  return `${lines.join("\n")}\n`;
}

const putIntegration = (extra = "") => `{\n  "type": "MOCK",\n  "timeoutInMillis": 10${extra}\n}\n`;
const mockTemplate = (template) => JSON.stringify({ type: "MOCK", requestTemplates: { "application/json": template } });

/** A one-line OpenAPI document of about `bytes`, two findings per operation. */
function minifiedSpec(bytes) {
  const paths = {};
  const operation = { get: { "x-amazon-apigateway-integration": { type: "http", httpMethod: "GET", uri: "http://example.com", timeoutInMillis: 10 } } };
  const count = Math.ceil(bytes / 130);
  for (let i = 0; i < count; i++) paths[`/p${i}`] = operation;
  return JSON.stringify({ openapi: "3.0.1", info: { title: "t", version: "1" }, paths });
}

const write = (dir, files) => {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
};

const isRoot = process.getuid?.() === 0;

/**
 * Each case: `setup(dir)` writes its files and returns the CLI arguments (and options); `code` and
 * `stderr` (a string: exact; a function of the dir) are what the run must give; `stdout` optionally a
 * RegExp it must match. `asUser` runs the CLI as an unprivileged user (permission cases; root reads all).
 */
export const HOSTILE_CASES = [
  {
    name: "billion laughs in an OpenAPI file",
    setup: (dir) => (write(dir, { "laughs.yaml": billionLaughs(["openapi: 3.0.1", "paths: {}"]) }), { args: ["laughs.yaml"] }),
    code: 2,
    stderr: `laughs.yaml:8:8: ${LIMIT("maxAliasNodes", "--max-alias-nodes", "YAML aliases expand to more than 100000 nodes", 100000)}\n`,
  },
  {
    name: "billion laughs as the -c configuration",
    setup: (dir) => (write(dir, { "c.yaml": billionLaughs([]), "i.json": putIntegration() }), { args: ["-c", "c.yaml", "i.json"] }),
    code: 2,
    stderr: `c.yaml:6:8: ${LIMIT("maxAliasNodes", "--max-alias-nodes", "YAML aliases expand to more than 100000 nodes", 100000)}\n`,
  },
  {
    name: "VTL: #if nested 22,000 deep, 290 KB (under AWS's limit)",
    setup: (dir) => (write(dir, { "t.json": mockTemplate(`${"#if($a)\n".repeat(22_000)}x\n${"#end\n".repeat(22_000)}`) }), { args: ["t.json"] }),
    code: 0,
    stderr: "",
    stdout: /was not checked: it nests #if, #foreach or parentheses more than 200 levels deep/,
  },
  {
    name: "VTL: 290 KB of flat #set lines",
    setup: (dir) => (write(dir, { "t.json": mockTemplate("#set($x = $input.path('$.a'))\n".repeat(9_800)) }), { args: ["t.json"] }),
    code: 0,
    stderr: "",
  },
  {
    name: "VTL: 390 KB of parentheses (over 300 KB: not parsed)",
    setup: (dir) => (write(dir, { "t.json": mockTemplate(`#set($x = ${"(".repeat(195_000)}1${")".repeat(195_000)})`) }), { args: ["t.json"] }),
    code: 0,
    stderr: "",
    stdout: /is 381 KB; the maximum is 300 KB/,
  },
  {
    name: "VTL: 800 KB nested template (not parsed)",
    setup: (dir) => (write(dir, { "t.json": mockTemplate(`${"#if($a)(\n".repeat(50_000)}x\n${")#end\n".repeat(50_000)}`) }), { args: ["t.json"] }),
    code: 0,
    stderr: "",
    stdout: /the maximum is 300 KB/,
  },
  {
    name: "minified 5 MB OpenAPI, 77,000 findings",
    setup: (dir) => (write(dir, { "min.json": minifiedSpec(5_000_000) }), { args: ["--max-findings-per-file", "100000", "-f", "json", "min.json"] }),
    code: 1,
    stderr: "",
  },
  {
    // git skips a symlinked .gitignore; the walk must not read the device behind it.
    name: "a .gitignore that links to /dev/zero, in a folder walk",
    setup: (dir) => {
      write(dir, { "d/api.json": putIntegration() });
      symlinkSync("/dev/zero", join(dir, "d/.gitignore"));
      return { args: ["d"] };
    },
    code: 1,
    stderr: "",
  },
  {
    name: "glob through a symlink loop",
    setup: (dir) => {
      write(dir, { "d/a/x.yaml": "type: MOCK\ntimeoutInMillis: 10\n" });
      symlinkSync("..", join(dir, "d/a/up"));
      return { args: ["d/**/*.yaml"] };
    },
    code: 1,
    stderr: "",
  },
  {
    name: "$ref to /dev/zero (with --project-root /)",
    setup: (dir) => (write(dir, { "api.yaml": "openapi: 3.0.1\npaths:\n  /a:\n    $ref: /dev/zero\n" }), { args: ["--project-root", "/", "-f", "json", "api.yaml"] }),
    code: 0,
    stderr: "",
    stdout: /cannot read \/dev\/zero: not a regular file/,
  },
  {
    name: "$ref to a FIFO",
    setup: (dir) => {
      write(dir, { "api.yaml": "openapi: 3.0.1\npaths:\n  /a:\n    $ref: ./fifo\n" });
      execFileSync("mkfifo", [join(dir, "fifo")]);
      return { args: ["-f", "json", "api.yaml"] };
    },
    code: 0,
    stderr: "",
    stdout: /cannot read \.\/fifo: not a regular file/,
  },
  {
    name: "$ref to /etc/passwd from a run in /",
    setup: (dir) => (write(dir, { "api.yaml": "openapi: 3.0.1\npaths:\n  /a:\n    $ref: /etc/passwd\n" }), { args: ["-f", "json", join(dir, "api.yaml")], cwd: "/" }),
    code: 0,
    stderr: "",
    stdout: /the reference leaves the project root/,
  },
  {
    name: "$ref //host/x",
    setup: (dir) => (write(dir, { "api.yaml": "openapi: 3.0.1\npaths:\n  /a:\n    $ref: //example.com/x.yaml\n" }), { args: ["api.yaml"] }),
    code: 0,
    stderr: "",
    stdout: /4:11 {2}warning {2}\$ref '\/\/example\.com\/x\.yaml' is a remote URL.* {2}ref-remote\n/,
  },
  {
    name: "--cache-location /proc/x",
    setup: (dir) => (write(dir, { "i.json": putIntegration() }), { args: ["--cache-location", "/proc/x", "i.json"] }),
    code: 1,
    stderr: "apigw-lint: warning: cannot write the cache /proc/x/cache.json (no such file or directory): the cache is off for this run\n",
  },
  {
    name: "nesting 5,000 deep (JSON)",
    setup: (dir) => (write(dir, { "deep.json": `{"openapi": "3.0.1", "x": ${"[".repeat(5000)}${"]".repeat(5000)}}` }), { args: ["deep.json"] }),
    code: 2,
    stderr: `deep.json:1:1026: ${LIMIT("maxDepth", "--max-depth", "Objects and arrays nest deeper than 1000 levels", 1000)}\n`,
  },
  {
    name: "nesting 20,000 deep (Terraform HCL)",
    setup: (dir) => (write(dir, { "deep.tf": `locals {\n  x = ${"[".repeat(20000)}${"]".repeat(20000)}\n}\n` }), { args: ["deep.tf"] }),
    code: 2,
    stderr: `deep.tf:2:1006: ${LIMIT("maxDepth", "--max-depth", "Blocks and collections nest deeper than 1000 levels", 1000)}\n`,
  },
  {
    name: "a 29 MB one-line Terraform file (over maxHclBytes: not parsed)",
    setup: (dir) => {
      const attributes = Array.from({ length: 1_500_000 }, (_, i) => `a${i} = "${i}"`).join(" ");
      write(dir, { "wide.tf": `resource "aws_api_gateway_integration" "i" { type = "MOCK" ${attributes} }\n` });
      return { args: ["wide.tf"] };
    },
    code: 2,
    stderr: `wide.tf:1:1: ${LIMIT("maxHclBytes", "--max-hcl-bytes", "The HCL file is 29277841 bytes, larger than 4194304", 4194304)}\n`,
  },
  {
    name: "nesting 5,000 deep (YAML block)",
    setup: (dir) => {
      let text = "openapi: 3.0.1\n";
      for (let i = 0; i < 5000; i++) text += `${" ".repeat(i)}k:\n`;
      return write(dir, { "deep.yaml": `${text}${" ".repeat(5000)}x\n` }), { args: ["deep.yaml"] };
    },
    code: 2,
    stderr: `deep.yaml:1002:1001: ${LIMIT("maxDepth", "--max-depth", "Maps and lists nest deeper than 1000 levels", 1000)}\n`,
  },
  {
    name: "JSON syntax error mid-file",
    setup: (dir) => (write(dir, { "bad.json": '{\n  "type": "MOCK",\n  "uri": x,\n  "a": 1\n}\n\n\n' }), { args: ["bad.json"] }),
    code: 2,
    stderr: "bad.json:3:10: Invalid JSON: Unexpected token\n",
  },
  {
    name: "baseline with a JSON syntax error",
    setup: (dir) => (write(dir, { "b.json": '{\n  "format": 1,\n  "entries": [x]\n}\n', "i.json": putIntegration() }), { args: ["--baseline", "b.json", "i.json"] }),
    code: 2,
    stderr: (dir) => `${join(dir, "b.json")}:3:15: The baseline is not valid JSON: Unexpected token\n`,
  },
  {
    name: "UTF-16 LE with BOM (PowerShell redirect)",
    setup: (dir) => (writeFileSync(join(dir, "ps.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(putIntegration(), "utf16le")])), { args: ["ps.json"] }),
    code: 1,
    stderr: "",
    stdout: /3:22 {2}error {2}Timeout should be between 50 ms and 29000 ms: got 10/,
  },
  {
    name: "UTF-16 BE with BOM",
    setup: (dir) => (writeFileSync(join(dir, "be.json"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(putIntegration(), "utf16le").swap16()])), { args: ["be.json"] }),
    code: 1,
    stderr: "",
  },
  {
    name: "invalid UTF-8",
    setup: (dir) => (writeFileSync(join(dir, "latin1.yaml"), Buffer.from("type: MOCK\ndescription: caf\xe9\n", "latin1")), { args: ["latin1.yaml"] }),
    code: 2,
    stderr: "latin1.yaml:2:17: Invalid UTF-8: byte 0xe9 at byte offset 27 is not valid UTF-8 (save the file as UTF-8)\n",
  },
  {
    name: "duplicate path hides the only integration",
    setup: (dir) => (write(dir, { "dup.yaml": "openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n  /a:\n    get: {summary: x}\n" }), { args: ["dup.yaml"] }),
    code: 0,
    stderr: "",
    stdout: /\n {2}6:3 {2}warning {2}Duplicate key "\/a".*holds an API Gateway integration/,
  },
  {
    name: "-o into /proc",
    setup: (dir) => (write(dir, { "i.json": putIntegration() }), { args: ["-o", "/proc/x/r.txt", "i.json"] }),
    code: 2,
    stderr: "apigw-lint: cannot write the report to /proc/x/r.txt: the folder /proc/x does not exist\n",
  },
  {
    name: "-o onto a folder",
    setup: (dir) => (write(dir, { "i.json": putIntegration(), "out/keep": "" }), { args: ["-o", "out", "i.json"] }),
    code: 2,
    stderr: "apigw-lint: cannot write the report to out: it is a folder\n",
  },
  {
    name: "a 30 KB selection pattern is cut in the message",
    setup: (dir) => (write(dir, { "p.json": JSON.stringify({ type: "MOCK", integrationResponses: { 200: { statusCode: "200", selectionPattern: `(${"a".repeat(30_000)}` } } }) }), { args: ["p.json"] }),
    code: 0,
    stderr: "",
    stdout: /^p\.json\n {2}1:86 {2}warning {2}The selection pattern '\(a{576}\u2026 \(\d+ characters cut\) \u2026[^\n]{300} {2}selection-pattern-invalid\n/,
  },
  {
    name: "file over --max-file-bytes",
    setup: (dir) => (write(dir, { "big.json": putIntegration(" ".repeat(2000)) }), { args: ["--max-file-bytes", "1000", "big.json"] }),
    code: 2,
    stderr: `big.json:1:1: ${LIMIT("maxFileBytes", "--max-file-bytes", "The file is 2046 bytes, larger than 1000", 1000)}\n`,
  },
  {
    name: "findings over --max-findings-per-file",
    setup: (dir) => (write(dir, { "min.json": minifiedSpec(5_000) }), { args: ["--max-findings-per-file", "5", "min.json"] }),
    code: 2,
    stderr: `min.json:1:1: ${LIMIT("maxFindingsPerFile", "--max-findings-per-file", "73 more findings in this file were not reported", 5)}\n`,
  },
  {
    name: "wall time over --max-file-millis (the file is reported and skipped)",
    setup: (dir) => (write(dir, { "min.json": minifiedSpec(2_000_000) }), { args: ["--max-file-millis", "1", "min.json"] }),
    code: 2,
    stderr: `min.json:1:1: ${LIMIT("maxFileMillis", "--max-file-millis", "Linting this file took longer than 1 ms; it was skipped", 1)}\n`,
  },
  {
    name: "a device named as input",
    setup: () => ({ args: ["/dev/zero"] }),
    code: 2,
    stderr: "/dev/zero:1:1: Not a regular file or folder (a device, FIFO or socket): not read\n",
  },
  {
    // The reporters that quote source lines read the file again: they must not read the device either.
    name: "a device named as input, with -f codeframe",
    setup: () => ({ args: ["-f", "codeframe", "/dev/zero"] }),
    code: 2,
    stderr: "/dev/zero:1:1: Not a regular file or folder (a device, FIFO or socket): not read\n",
  },
  {
    name: "an unreadable subfolder (as an unprivileged user)",
    asUser: true,
    setup: (dir) => {
      write(dir, { "ok/x.yaml": "type: MOCK\ntimeoutInMillis: 10\n", "locked/y.yaml": "type: MOCK\n" });
      execFileSync("chmod", ["-R", "a+rwX", dir]);
      execFileSync("chmod", ["000", join(dir, "locked")]);
      return { args: ["."] };
    },
    code: 2,
    stderr: "locked:1:1: Cannot read this folder: permission denied (its files are not linted)\n",
    stdout: /ok\/x\.yaml\n {2}2:18 {2}error/,
  },
  {
    name: "--cache in a read-only folder (as an unprivileged user)",
    asUser: true,
    setup: (dir) => {
      write(dir, { "i.json": putIntegration() });
      execFileSync("chmod", ["-R", "a+rX", dir]);
      execFileSync("chmod", ["555", dir]);
      return { args: ["--cache", "i.json"] };
    },
    code: 1,
    stderr: (dir) => `apigw-lint: warning: cannot write the cache ${join(dir, "node_modules/.cache/apigw-lint/cache.json")} (permission denied): the cache is off for this run\n`,
  },
];

/** A fresh folder for one case (world-readable, so that an unprivileged user can use it). */
export function caseFolder() {
  const dir = mkdtempSync(join(tmpdir(), "apigw-lint-hostile-"));
  execFileSync("chmod", ["755", dir]);
  return dir;
}

/** How to run as an unprivileged user, or undefined when this is not possible here. */
export function unprivilegedPrefix() {
  if (!isRoot) return [];
  try {
    execFileSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]);
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];
  } catch {
    return undefined;
  }
}
