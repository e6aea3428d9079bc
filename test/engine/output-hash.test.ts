import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../cli/run.js";

/**
 * The speed work (issue 14) changes how findings are made, not which: every id, message, position,
 * fingerprint and their order must stay as they were. The bench generator's 300-operation document
 * (deterministic for a given seed) is linted by the built CLI and the hash of its whole output is
 * compared with the hash recorded from the code before that work began.
 */
const GENERATOR = resolve(__dirname, "../../scripts/bench-gen.mjs");

const RECORDED: Record<string, { findings: number; json: string; text: string }> = {
  "api-300.yaml": {
    findings: 446,
    json: "d835fc2b47993f10b13b768854fbb2d911aa8f96207fc9e0e03f3508fd9623a6",
    text: "556cc5c7bfdf7be97b93fb710ba993a1449607b110cc35ec9f2fb7e918a207a5",
  },
  "api-300.json": {
    findings: 446,
    json: "8f5b76b86f754b066c01a74381a583e6fa8d03cccb23fbdf405076b190b575ce",
    text: "edb436c9b140aafd987c06f8b5789d3201c3c5298408b343ba1dd6a0baf2b793",
  },
};

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

describe("output of a generated 300-operation document is unchanged", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "apigw-lint-hash-"));
    const generated = spawnSync(process.execPath, [GENERATOR, "--out", dir, "--sizes", "300"], { encoding: "utf8" });
    expect(generated.status, generated.stderr).toBe(0);
  });

  for (const [file, recorded] of Object.entries(RECORDED)) {
    it(`${file}: JSON and text output hash as recorded`, () => {
      const json = run(["-f", "json", file], { cwd: dir });
      expect(json.stderr).toBe("");
      expect(json.code).toBe(1);
      const findings = (JSON.parse(json.stdout) as { messages: unknown[] }[])[0]!.messages.length;
      expect(findings).toBe(recorded.findings);
      expect(sha256(json.stdout)).toBe(recorded.json);
      const text = run(["-f", "text", file], { cwd: dir });
      expect(sha256(text.stdout)).toBe(recorded.text);
    });
  }
});
