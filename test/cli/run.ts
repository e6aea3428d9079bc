import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

/** The installed command (package.json `bin`): the bundle `npm run build` writes (scripts/build-bundle.mjs). */
export const CLI = resolve(__dirname, "../../dist/bundle/apigw-lint.js");

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI (npm test builds first) as a user would: its own process, cwd and stdin. */
export function run(args: readonly string[], options: { cwd: string; input?: string; env?: Record<string, string> }): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
