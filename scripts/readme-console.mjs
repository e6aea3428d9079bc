// The README's runnable examples are its ```console blocks: each `$ command` line is run with bash in a clean
// copy of the repository, and the lines up to the next `$ ` are what it prints (stdout and stderr, as a terminal
// shows them). The commands of one block run in order in one shell session, so a block can set up a file and
// `echo $?` shows the exit code of the command before it. `npm run docs` refreshes the outputs shown;
// test/meta/readme-console.test.ts fails when one differs from what the command prints.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const FENCE = "```console";
const SEPARATOR = "--8<-- readme step --8<--";

/** Every console block: the line of its fence (1-based) and its steps, each a command and the output shown. */
export function consoleBlocks(readme) {
  const blocks = [];
  const lines = readme.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== FENCE) continue;
    const line = i + 1;
    const steps = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) {
      if (lines[i].startsWith("$ ")) steps.push({ command: lines[i].slice(2), output: [] });
      else if (steps.length) steps[steps.length - 1].output.push(lines[i]);
      else throw new Error(`README.md:${i + 1}: a console block starts with a \`$ \` command line`);
    }
    blocks.push({ line, steps: steps.map((step) => ({ command: step.command, output: step.output.join("\n") })) });
  }
  return blocks;
}

/**
 * A clean copy of the repository as a fresh clone has it after `npm ci`: the files git tracks or would track
 * (new files that are not ignored), the built dist/, and node_modules (linked). No caches, no earlier outputs.
 */
export function cleanCopy(root) {
  const copy = mkdtempSync(join(tmpdir(), "apigw-lint-readme-"));
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  cpSync(join(root, "dist"), join(copy, "dist"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}

/** Runs a block's commands in one bash session (NO_COLOR, stderr with stdout); returns what each printed. */
export function runSteps(cwd, commands) {
  // After each command: keep its status, print a separator, and restore the status for a following `echo $?`.
  const script = commands.map((command) => `{ ${command}\n} 2>&1; __status=$?; printf '\\n%s\\n' '${SEPARATOR}'; (exit $__status)`).join("\n");
  const result = spawnSync("bash", ["-c", script], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  return result.stdout.split(`\n${SEPARATOR}\n`).slice(0, commands.length).map((output) => output.replace(/^\n+|\n+$/g, ""));
}

/** The README with every console block's outputs replaced by what its commands print now. */
export function refreshConsoleBlocks(readme, copy) {
  const lines = readme.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (lines[i] !== FENCE) continue;
    const commands = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) if (lines[i].startsWith("$ ")) commands.push(lines[i].slice(2));
    const outputs = runSteps(copy, commands);
    commands.forEach((command, n) => out.push(`$ ${command}`, ...(outputs[n] ? [outputs[n]] : [])));
    out.push("```");
  }
  return out.join("\n");
}
