#!/usr/bin/env node
// How many cores two threads really get on this machine (bench/README.md, "Pool"): a CPU-bound loop and an
// allocation-bound loop, each run alone and then two at once in separate processes.
//   node scripts/bench-cores.mjs
import { spawn } from "node:child_process";

const LOOPS = {
  cpu: "let x = 0; for (let i = 0; i < 6e8; i++) x = (x * 31 + i) | 0; if (x === 0.5) console.log(x);",
  allocation: "let keep = []; for (let i = 0; i < 3e7; i++) { keep.push({ a: i, b: [i] }); if (keep.length > 1e5) keep = []; }",
};

function run(code) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    spawn(process.execPath, ["-e", code], { stdio: "inherit" }).on("exit", (status) =>
      status === 0 ? resolve(performance.now() - started) : reject(new Error(`exit ${status}`)),
    );
  });
}

for (const [name, code] of Object.entries(LOOPS)) {
  const alone = await run(code);
  const together = await Promise.all([run(code), run(code)]);
  const pair = Math.max(...together);
  console.log(`${name}: alone ${alone.toFixed(0)} ms, two at once ${together.map((t) => t.toFixed(0)).join(" / ")} ms: throughput ${((2 * alone) / pair).toFixed(2)}x`);
}
