#!/usr/bin/env node
// Where one file's time and memory go, in process: loading (parse + positions) vs linting (extract,
// rules, positions of findings, fingerprints). For bench/README.md's profile section.
//   node --expose-gc scripts/bench-phases.mjs FILE
import { resolve } from "node:path";
import { loadFile } from "../dist/src/load/index.js";
import "../dist/src/extract/register.js";
import { lintLoadedFile } from "../dist/src/engine/lint-document.js";

const collect = globalThis.gc ?? (() => {});
const heapMb = () => Math.round(process.memoryUsage().heapUsed / 1048576);
const file = resolve(process.argv[2]);
collect();
const before = heapMb();
let started = performance.now();
const loaded = await loadFile(file, "/");
const loadMs = performance.now() - started;
collect();
const afterLoad = heapMb();
started = performance.now();
const results = lintLoadedFile(loaded, {}, "/");
const lintMs = performance.now() - started;
const peakHeap = heapMb();
console.log(JSON.stringify({
  file: process.argv[2], loadMs: Math.round(loadMs), loadRetainedMb: afterLoad - before, lintMs: Math.round(lintMs),
  heapBeforeGcMb: peakHeap, findings: results.reduce((n, r) => n + r.messages.length, 0), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
