import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lintText } from "../../src/engine/lint.js";
import { CLI } from "../cli/run.js";
import { ENGINE_RUNS, RUNS, SEED, corpusFiles, mutate, mutation, reportSlowestAfterAll, settings, timed, TIMEOUT } from "./fuzz-support.js";

const corpus = corpusFiles();
const file = fc.constantFrom(...(corpus.length ? corpus : [{ name: "openapi/fallback.yaml", text: "openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: {type: mock}\n" }]));
const edits = fc.array(mutation, { minLength: 0, maxLength: 4 });

/** The CLI costs a process per case: a thousandth of the runs, at least 5. */
const CLI_RUNS = Math.max(5, Math.floor(RUNS / 1000));

describe(`extractors and CLI on mutated corpus files (seed ${SEED})`, () => {
  it(`the OpenAPI and CloudFormation extractors and every rule: no exception, no internal error (${ENGINE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(file, edits, ({ name, text }, changes) =>
        timed("engine-mutated", () => {
          const results = lintText(mutate(text, changes), basename(name), { cwd: "/nonexistent-project" });
          for (const result of results) {
            for (const message of result.messages) {
              expect(message.message).not.toMatch(/Internal error/);
              expect(message.line).toBeGreaterThanOrEqual(1);
              if (message.fatal) expect(message.message).not.toMatch(/\n/);
            }
          }
        }),
      ),
      settings(ENGINE_RUNS),
    );
  }, TIMEOUT);

  it(`the CLI: exit 0, 1 or 2, and stderr holds only one-line diagnostics (${CLI_RUNS} runs)`, () => {
    const dir = mkdtempSync(join(tmpdir(), "apigw-lint-fuzz-"));
    fc.assert(
      fc.property(file, edits, ({ name, text }, changes) =>
        timed("cli-mutated", () => {
          const target = join(dir, basename(name));
          writeFileSync(target, mutate(text, changes));
          const run = spawnSync(process.execPath, [CLI, "--no-config-lookup", basename(name)], { cwd: dir, encoding: "utf8", timeout: 60_000, env: { ...process.env, NO_COLOR: "1" } });
          expect(run.signal).toBeNull();
          expect([0, 1, 2]).toContain(run.status);
          for (const line of run.stderr.split("\n").filter(Boolean)) expect(line).toMatch(/^[^\n]+:\d+:\d+: (?!Internal error)\S/);
        }),
      ),
      settings(CLI_RUNS),
    );
  }, TIMEOUT);
});

reportSlowestAfterAll();
