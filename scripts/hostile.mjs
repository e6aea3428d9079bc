// `npm run hostile`: every hostile input of issue 10 through the built CLI, as a table of exit code,
// stderr, wall time and peak RSS, and whether each matched what test/hostile/hostile.test.ts asserts.
import { HOSTILE_CASES } from "./hostile-cases.mjs";
import { runCase } from "./hostile-run.mjs";

const rows = [];
for (const hostileCase of HOSTILE_CASES) {
  const result = runCase(hostileCase);
  if (!result) {
    rows.push([hostileCase.name, "-", "skipped: needs an unprivileged user (setpriv as root)", "-", "-", "-"]);
    continue;
  }
  const ok = result.code === hostileCase.code && result.stderr === result.expectedStderr && (!hostileCase.stdout || hostileCase.stdout.test(result.stdout));
  const message = result.stderr.trim().split("\n")[0] || "(none)";
  rows.push([hostileCase.name, String(result.signal ?? result.code), message.length > 110 ? `${message.slice(0, 109)}…` : message, `${result.seconds.toFixed(2)} s`, `${result.peakRssMb.toFixed(0)} MB`, ok ? "ok" : "UNEXPECTED"]);
}
const header = ["case", "exit", "stderr (first line)", "time", "peak RSS", "as expected"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
process.exitCode = rows.some((r) => r[5] === "UNEXPECTED") ? 1 : 0;
