#!/usr/bin/env node
// npm run bench: whole-process timings of the CLI beside floors measured in the same run.
//
//   node scripts/bench.mjs [--sizes 100,1000,5000,20000] [--rounds 3] [--quick] [--no-many] [--many-files N] [--no-peers] [--peers-max N]
//
// 1. Generates (deterministically, no network) OpenAPI docs of N operations in YAML and JSON into
//    bench/out/docs with ../shared/bench/gen.mjs, or the vendored scripts/bench-gen.mjs.
// 2. Interleaved rounds (the order of the commands rotates every round): `node -e 0`, the floor
//    (yaml Lexer token pass for YAML, JSON.parse + walk for JSON) and `node dist/bundle/apigw-lint.js -f json
//    FILE`; wall time around the whole process, peak RSS from /usr/bin/time -f %M (else the child's
//    resourceUsage through a small wrapper). Medians over rounds.
// 3. Checks our findings against the generator's truth (recall and precision, scripts/bench-truth.mjs).
// 4. Many files: 1,000 small templates in one directory, default (worker pool) vs APIGW_LINT_WORKERS=1.
// 5. The same document as a Terraform module (scripts/bench-terraform.mjs) against a web-tree-sitter parse.
// 5. A get-resources dump of a deployed API (thousands of methods) against JSON.parse; a second --cache
//    run over an unchanged tree against the first (scripts/bench-extra.mjs).
// 6. Spectral and Redocly on the same documents up to --peers-max operations (5,000), installed on first use
//    into bench/peers/ from ../shared/bench/package.json and its lock (scripts/bench-peers.mjs); --no-peers: never.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { score } from "./bench-truth.mjs";
import { cacheCase, getResourcesCase } from "./bench-extra.mjs";
import { terraformCase } from "./bench-terraform.mjs";
import { peerCommands, peerVersions, preparePeers } from "./bench-peers.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "bench", "out");
const docs = join(out, "docs");
const sharedBench = resolve(root, "..", "shared", "bench");

const args = { sizes: "100,1000,5000,20000", rounds: "3", quick: false, many: true, peers: true, manyFiles: "1000", peersMax: "5000" };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === "--quick") args.quick = true;
  else if (a === "--no-many") args.many = false;
  else if (a === "--no-peers") args.peers = false;
  else if (a === "--peers-max") args.peersMax = process.argv[++i];
  else if (a === "--sizes" || a === "--rounds" || a === "--many-files") args[a === "--many-files" ? "manyFiles" : a.slice(2)] = process.argv[++i];
  else throw new Error(`unknown option ${a} (options: --sizes LIST --rounds N --quick --no-many --many-files N --no-peers --peers-max N)`);
}
if (args.quick) {
  if (!process.argv.includes("--sizes")) args.sizes = "100,1000";
  if (!process.argv.includes("--rounds")) args.rounds = "2";
  if (!process.argv.includes("--many-files")) args.manyFiles = "300";
}
const sizes = args.sizes.split(",").map(Number);
const rounds = Number(args.rounds);
// The installed command (bin.js: main.js behind the compile cache where Node has one).
// The installed command (package.json bin): the esbuild bundle `npm run build` writes.
const cli = join(root, "dist", "bundle", "apigw-lint.js");
if (!existsSync(cli)) throw new Error("dist/ is missing: run `npm run build` first");
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

// ------------------------------------------------------------------------------------------ inputs
mkdirSync(docs, { recursive: true });
const generator = existsSync(join(sharedBench, "gen.mjs")) ? join(sharedBench, "gen.mjs") : join(root, "scripts", "bench-gen.mjs");
const missing = sizes.filter((n) => !["yaml", "json", "truth.json"].every((ext) => existsSync(join(docs, `api-${n}.${ext}`))));
if (missing.length) {
  log(`generating ${missing.join(", ")} operations with ${generator}`);
  run(process.execPath, [generator, "--out", docs, "--sizes", missing.join(",")]);
}

// ------------------------------------------------------------------------------------------ measuring
function log(line) {
  process.stderr.write(line + "\n");
}

function run(command, argv, options = {}) {
  const result = spawnSync(command, argv, { encoding: "utf8", maxBuffer: 1 << 30, ...options });
  if (result.error) throw result.error;
  return result;
}

/** One whole-process run: wall ms, peak RSS MB, stdout, exit status. */
function measure(argv, env = {}) {
  const started = process.hrtime.bigint();
  const result = timeBin
    ? run(timeBin, ["-f", "%M", process.execPath, ...argv], { env: { ...process.env, ...env } })
    : run(process.execPath, ["--import", pathToFileURL(join(root, "scripts", "bench-rss.mjs")).href, ...argv], { env: { ...process.env, ...env } });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const rssKb = Number(/(\d+)\s*$/.exec(result.stderr)?.[1] ?? NaN);
  return { wall, rss: rssKb / 1024, stdout: result.stdout, status: result.status, stderr: result.stderr };
}

/** A lint run must print a JSON report (exit 0 or 1); a crash is retried once, then stops the bench. */
function measureLint(argv, file) {
  for (let attempt = 1; ; attempt++) {
    const m = measure(argv);
    let valid = m.status === 0 || m.status === 1;
    try {
      valid &&= Array.isArray(JSON.parse(m.stdout));
    } catch {
      valid = false;
    }
    if (valid) return m;
    if (attempt === 2) throw new Error(`lint failed on ${file} (exit ${m.status}): ${m.stderr.slice(0, 800)}`);
    log(`lint failed on ${file} (exit ${m.status}), retrying once: ${m.stderr.slice(0, 300)}`);
    spawnSync("sleep", ["5"]);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

const peers = args.peers ? preparePeers({ root, sharedBench, log }) : undefined;

// Each cell: a list of commands measured together, interleaved, in an order that rotates per round.
const cells = [];
for (const n of sizes) {
  for (const format of ["yaml", "json"]) {
    const file = join(docs, `api-${n}.${format}`);
    const commands = [
      { name: "start", argv: ["-e", "0"] },
      { name: "floor", argv: [join(root, "scripts", "bench-floors.mjs"), format === "yaml" ? "lexer" : "json", file] },
      // The generated 20,000-op document has ~28,000 findings, above the default per-file cap (10,000).
      { name: "lint", argv: [cli, "-f", "json", "--max-findings-per-file", "1000000", file] },
    ];
    if (peers && n <= Number(args.peersMax)) commands.push(...peerCommands(peers, sharedBench, file));
    cells.push({ n, format, file, commands, samples: Object.fromEntries(commands.map((c) => [c.name, []])), output: undefined });
  }
}

for (let round = 0; round < rounds; round++) {
  for (const cell of cells) {
    const order = cell.commands.map((_, i) => cell.commands[(i + round) % cell.commands.length]);
    for (const command of order) {
      const m = command.name === "lint" ? measureLint(command.argv, cell.file) : measure(command.argv, command.env);
      cell.samples[command.name].push(m);
      if (command.name === "lint" && !cell.output) cell.output = m.stdout;
    }
    log(`round ${round + 1}/${rounds} ${cell.format} ${cell.n}: lint ${Math.round(cell.samples.lint.at(-1).wall)} ms`);
  }
}

// ------------------------------------------------------------------------------------------ report
const rows = cells.map((cell) => {
  const wall = (name) => median(cell.samples[name]?.map((s) => s.wall) ?? []);
  const rss = (name) => median(cell.samples[name]?.map((s) => s.rss) ?? []);
  // Ratios are taken per round (same round, same load on the machine), then the median.
  const ratio = (a, b) => median(cell.samples[a].map((s, i) => s.wall / cell.samples[b][i].wall));
  const docText = readFileSync(cell.file, "utf8");
  const quality = score(cell.output, docText, cell.format, cell.file.replace(/\.(yaml|json)$/, ".truth.json"));
  return {
    n: cell.n, format: cell.format, start: wall("start"), floor: wall("floor"), lint: wall("lint"),
    minLint: Math.min(...cell.samples.lint.map((s) => s.wall)), maxLint: Math.max(...cell.samples.lint.map((s) => s.wall)),
    ratio: ratio("lint", "floor"), usPerOp: ((wall("lint") - wall("start")) * 1000) / cell.n,
    rssStart: rss("start"), rssFloor: rss("floor"), rssLint: rss("lint"),
    spectral: wall("spectral"), redocly: wall("redocly"), rssSpectral: rss("spectral"), rssRedocly: rss("redocly"),
    spectralRatio: cell.samples.spectral ? ratio("spectral", "lint") : NaN, redoclyRatio: cell.samples.redocly ? ratio("redocly", "lint") : NaN, quality,
  };
});

const withPeers = cells.some((cell) => cell.commands.length > 3);
const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : "–");
const lines = [];
lines.push(`apigw-lint bench: ${rounds} interleaved rounds, medians; node ${process.version}; ${new Date().toISOString()}`);
lines.push("");
lines.push("| N | format | node -e 0 ms | floor ms | apigw-lint ms (min–max) | lint ÷ floor | µs/op | RSS start MB | RSS floor MB | RSS lint MB | RSS ÷ floor | recall | precision |" + (withPeers ? " Spectral ms (MB) | Redocly ms (MB) | Spectral ÷ lint | Redocly ÷ lint |" : ""));
lines.push("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + (withPeers ? "---:|---:|---:|---:|" : ""));
for (const r of rows) {
  lines.push(`| ${r.n} | ${r.format} | ${fmt(r.start)} | ${fmt(r.floor)} | ${fmt(r.lint)} (${fmt(r.minLint)}–${fmt(r.maxLint)}) | ${fmt(r.ratio, 2)}× | ${fmt(r.usPerOp, 1)} | ${fmt(r.rssStart)} | ${fmt(r.rssFloor)} | ${fmt(r.rssLint)} | ${fmt(r.rssLint / r.rssFloor, 2)}× | ${fmt(r.quality.recall, 3)} | ${fmt(r.quality.precision, 3)} |` + (withPeers ? ` ${fmt(r.spectral)} (${fmt(r.rssSpectral)}) | ${fmt(r.redocly)} (${fmt(r.rssRedocly)}) | ${fmt(r.spectralRatio, 2)}× | ${fmt(r.redoclyRatio, 2)}× |` : ""));
}
lines.push("");
lines.push("floor: YAML = `yaml` Lexer token pass over the file; JSON = JSON.parse + walk of every integration block (both whole processes).");
lines.push("µs/op = (apigw-lint − node start-up) ÷ operations.");
if (withPeers) lines.push(`peers (${peerVersions(peers)}, rulesets of ../shared/bench) up to ${args.peersMax} operations; peer ÷ lint is the median of per-round ratios of wall times: above 1 means apigw-lint is faster.`);
for (const format of ["yaml", "json"]) {
  const small = rows.find((r) => r.format === format && r.n === 1000);
  const big = rows.find((r) => r.format === format && r.n === Math.max(...sizes));
  if (small && big && big.n !== small.n) lines.push(`scaling ${format} 1000 -> ${big.n}: µs/op ${fmt(small.usPerOp, 1)} -> ${fmt(big.usPerOp, 1)} (${fmt(big.usPerOp / small.usPerOp, 2)}× of linear)`);
}
for (const r of rows) {
  const q = r.quality;
  if (q.fn || q.fp) lines.push(`truth ${r.format} ${r.n}: ${q.tp}/${q.truth} found, ${q.fp} extra; missed e.g. ${q.misses.join("; ") || "-"}; extra e.g. ${q.extras.join("; ") || "-"}`);
}

lines.push("", ...getResourcesCase({ docs, cli, measure, median, rounds, size: sizes.includes(5000) ? 5000 : Math.max(...sizes) }));
lines.push("", ...terraformCase({ docs, out, cli, measure, median, rounds, size: sizes.includes(5000) ? 5000 : Math.max(...sizes) }));
if (args.many) {
  lines.push("", ...manyFiles(Number(args.manyFiles)));
  lines.push("", ...cacheCase({ dir: join(out, `many-${args.manyFiles}`), cli, median, rounds }));
}
// The language server (scripts/bench-lsp.mjs): edit -> diagnostics latency and memory over many edits.
lines.push("", run(process.execPath, [join(root, "scripts", "bench-lsp.mjs"), ...(args.quick ? ["--edits", "200"] : [])]).stdout.trimEnd());
const report = lines.join("\n") + "\n";
process.stdout.write(report);
writeFileSync(join(out, "latest.md"), report);
writeFileSync(join(out, "latest.json"), JSON.stringify(rows, null, 2));

// ------------------------------------------------------------------------------------------ many files
function manyFiles(count) {
  const dir = join(out, `many-${count}`);
  if (!existsSync(dir) || readdirSync(dir).length !== count) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const seed = join(out, "many-seed");
    run(process.execPath, [generator, "--out", seed, "--sizes", "10", "--prefix", "small"]);
    for (let i = 0; i < count; i++) copyFileSync(join(seed, "small-10.yaml"), join(dir, `template-${String(i).padStart(4, "0")}.yaml`));
  }
  const pooled = [];
  const single = [];
  for (let round = 0; round < rounds; round++) {
    const pair = [
      () => pooled.push(measure([cli, "-f", "json", dir])),
      () => single.push(measure([cli, "-f", "json", dir], { APIGW_LINT_WORKERS: "1" })),
    ];
    if (round % 2) pair.reverse();
    for (const go of pair) go();
  }
  const speedUp = median(pooled.map((p, i) => single[i].wall / p.wall));
  const same = pooled[0].stdout === single[0].stdout;
  return [
    `many files: ${count} small YAML templates (${(readFileSync(join(dir, "template-0000.yaml")).length / 1024).toFixed(0)} KB each) in one directory`,
    "",
    "| threads | wall ms (min–max) | RSS MB |",
    "|---|---:|---:|",
    `| one (APIGW_LINT_WORKERS=1) | ${fmt(median(single.map((s) => s.wall)))} (${fmt(Math.min(...single.map((s) => s.wall)))}–${fmt(Math.max(...single.map((s) => s.wall)))}) | ${fmt(median(single.map((s) => s.rss)))} |`,
    `| pool (default) | ${fmt(median(pooled.map((s) => s.wall)))} (${fmt(Math.min(...pooled.map((s) => s.wall)))}–${fmt(Math.max(...pooled.map((s) => s.wall)))}) | ${fmt(median(pooled.map((s) => s.rss)))} |`,
    "",
    `speed-up (median of per-round ratios): ${fmt(speedUp, 2)}×; outputs identical: ${same}`,
  ];
}
