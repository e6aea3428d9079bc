// Spectral and Redocly for `npm run bench`, installed on first use into bench/peers/ (git-ignored) from
// ../shared/bench/package.json and its lock file (../shared is read-only: both are copied, then `npm ci`).
// Their rulesets stay in ../shared/bench (spectral/.spectral.yaml, redocly/redocly.yaml), read in place.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const PEER_ENV = { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", SCARF_ANALYTICS: "false", DO_NOT_TRACK: "1", NO_COLOR: "1" };

/**
 * The folder holding the peers' node_modules/.bin, installing them when missing; undefined (after saying
 * why on stderr) when the shared bench folder is absent or the install fails: the bench goes on without them.
 */
export function preparePeers({ root, sharedBench, log }) {
  const folder = join(root, "bench", "peers");
  const bin = join(folder, "node_modules", ".bin");
  const installed = () => existsSync(join(bin, "spectral")) && existsSync(join(bin, "redocly"));
  const wanted = ["package.json", "package-lock.json"].map((name) => join(sharedBench, name));
  if (!wanted.every((file) => existsSync(file))) {
    log(`peers: ${sharedBench} has no package.json and package-lock.json; Spectral and Redocly are not run`);
    return undefined;
  }
  mkdirSync(folder, { recursive: true });
  const sameLock = existsSync(join(folder, "package-lock.json")) && readFileSync(join(folder, "package-lock.json"), "utf8") === readFileSync(wanted[1], "utf8");
  if (installed() && sameLock) return folder;
  for (const file of wanted) copyFileSync(file, join(folder, file.slice(sharedBench.length + 1)));
  log(`peers: installing Spectral and Redocly into ${folder} (npm ci, first use only)`);
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: folder, encoding: "utf8", timeout: 600_000, maxBuffer: 1 << 26 });
  if (result.status !== 0 || !installed()) {
    const why = result.error?.message ?? (result.stderr || result.stdout || "").trim().split("\n").slice(-6).join("\n");
    log(`peers: npm ci failed (exit ${result.status}); Spectral and Redocly are not run:\n${why}`);
    return undefined;
  }
  return folder;
}

/** The peers' command lines on one document (each bin is a node script, run through node like our CLI). */
export function peerCommands(folder, sharedBench, file) {
  const bin = join(folder, "node_modules", ".bin");
  return [
    { name: "spectral", argv: [join(bin, "spectral"), "lint", file, "-r", join(sharedBench, "spectral", ".spectral.yaml"), "-f", "json"], env: PEER_ENV },
    // Redocly stops at 100 problems unless told otherwise.
    { name: "redocly", argv: [join(bin, "redocly"), "lint", file, "--config", join(sharedBench, "redocly", "redocly.yaml"), "--format", "json", "--max-problems", "1000000"], env: PEER_ENV },
  ];
}

/** Versions, for the table's caption. */
export function peerVersions(folder) {
  const version = (name) => {
    try {
      return JSON.parse(readFileSync(join(folder, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return "?";
    }
  };
  return `Spectral ${version("@stoplight/spectral-cli")}, Redocly ${version("@redocly/cli")}`;
}
