#!/usr/bin/env node
// npm run bench:lsp (also the last part of `npm run bench`): the language server as an editor sees it.
//
//   node scripts/bench-lsp.mjs [--operations 1000] [--edits 1000]
//
// Starts the built server over stdio (vscode-jsonrpc), opens a generated OpenAPI YAML document of N
// operations, then makes one-character edits one after another (a summary's last letter toggles), each
// sent as an incremental didChange; the latency is from sending the change to receiving the diagnostics
// published for that document version (the debounce included). Reports median and p95, and the server's
// resident memory (/proc/<pid>/status VmRSS) after 100 edits and after all of them. Not a test: numbers.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = { operations: 1000, edits: 1000 };
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i].slice(2);
  if (!(flag in args)) throw new Error(`unknown option ${process.argv[i]} (options: --operations N --edits N)`);
  args[flag] = Number(process.argv[++i]);
}
const server = join(root, "dist", "bundle", "apigw-lint-lsp.js");
if (!existsSync(server)) throw new Error("dist/ is missing: run `npm run build` first");

const docs = join(root, "bench", "out", "docs");
const file = join(docs, `api-${args.operations}.yaml`);
if (!existsSync(file)) {
  mkdirSync(docs, { recursive: true });
  const shared = resolve(root, "..", "shared", "bench", "gen.mjs");
  spawnSync(process.execPath, [existsSync(shared) ? shared : join(root, "scripts", "bench-gen.mjs"), "--out", docs, "--sizes", String(args.operations)], { stdio: "inherit" });
}
const text = readFileSync(file, "utf8");
const uri = pathToFileURL(file).href;
// The character edited: the last letter of the first `summary:` line.
const summaryLine = text.split("\n").findIndex((line) => /^\s+summary: \S/.test(line));
const character = text.split("\n")[summaryLine].length - 1;
const original = text.split("\n")[summaryLine][character];

// The real server, in a process that can also be asked (SIGUSR2) for its heap after a full collection:
// resident memory alone moves with V8's lazy heap growth and says little about a leak.
const heapFile = join(root, "bench", "out", `lsp-heap-${process.pid}.json`);
const wrapper = `process.argv.splice(1, Infinity, "apigw-lint-lsp", "--stdio"); process.on("SIGUSR2", () => { globalThis.gc(); globalThis.gc(); require("node:fs").writeFileSync(${JSON.stringify(heapFile)}, JSON.stringify(process.memoryUsage())); }); import(${JSON.stringify(pathToFileURL(server).href)});`;
const child = spawn(process.execPath, ["--expose-gc", "-e", wrapper], { stdio: ["pipe", "pipe", "inherit"] });
const heapMb = async () => {
  rmSync(heapFile, { force: true });
  child.kill("SIGUSR2");
  while (!existsSync(heapFile)) await new Promise((done) => setTimeout(done, 20));
  await new Promise((done) => setTimeout(done, 20));
  return JSON.parse(readFileSync(heapFile, "utf8")).heapUsed / 1024 / 1024;
};
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
let findings = 0;
connection.onNotification("textDocument/publishDiagnostics", (params) => {
  if (params.uri !== uri) return;
  findings = params.diagnostics.length;
  waiting.get(params.version)?.();
  waiting.delete(params.version);
});
connection.listen();
const published = (version) => new Promise((done) => waiting.set(version, done));
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))[1]) / 1024;

await connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(docs).href, capabilities: {}, initializationOptions: {} });
await connection.sendNotification("initialized", {});
const opened = published(1);
const openStart = performance.now();
await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text } });
await opened;
const openMs = performance.now() - openStart;

const latencies = [];
let rssAfter100, heapAfter100;
for (let edit = 1; edit <= args.edits; edit++) {
  const version = edit + 1;
  const letter = edit % 2 ? "X" : original;
  const done = published(version);
  const start = performance.now();
  await connection.sendNotification("textDocument/didChange", {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: summaryLine, character }, end: { line: summaryLine, character: character + 1 } }, text: letter }],
  });
  await done;
  latencies.push(performance.now() - start);
  if (edit === 100) {
    rssAfter100 = rssMb();
    heapAfter100 = await heapMb();
  }
}
const rssAfterAll = rssMb();
const heapAfterAll = heapAfter100 !== undefined ? await heapMb() : undefined;
rmSync(heapFile, { force: true });
await connection.sendRequest("shutdown");
await connection.sendNotification("exit");
connection.dispose();

const sorted = [...latencies].sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmt = (n) => n.toFixed(1);
const change = (before, after) => `${after >= before ? "+" : ""}${fmt((after / before - 1) * 100)}%`;
console.log([
  `language server: ${args.operations}-operation YAML (${(text.length / 1024).toFixed(0)} KB, ${findings} findings), ${args.edits} one-character edits`,
  "",
  "| measure | value |",
  "|---|---:|",
  `| open -> diagnostics | ${fmt(openMs)} ms |`,
  `| edit -> diagnostics, median | ${fmt(at(0.5))} ms |`,
  `| edit -> diagnostics, p95 | ${fmt(at(0.95))} ms |`,
  `| edit -> diagnostics, max | ${fmt(sorted[sorted.length - 1])} ms |`,
  ...(rssAfter100 !== undefined ? [
    `| server RSS after 100 edits | ${fmt(rssAfter100)} MB |`,
    `| server RSS after ${args.edits} edits | ${fmt(rssAfterAll)} MB (${change(rssAfter100, rssAfterAll)}) |`,
    `| server heap after full GC, after 100 edits | ${fmt(heapAfter100)} MB |`,
    `| server heap after full GC, after ${args.edits} edits | ${fmt(heapAfterAll)} MB (${change(heapAfter100, heapAfterAll)}) |`,
  ] : []),
  "",
  "An edit after a quiet spell is linted at once; edits in a burst wait for a 50 ms pause (`debounceMs`).",
].join("\n"));
