import { describe, expect, it } from "vitest";
// @ts-expect-error plain ES module shared with `npm run hostile`
import { HOSTILE_CASES } from "../../scripts/hostile-cases.mjs";
// @ts-expect-error plain ES module shared with `npm run hostile`
import { runCase } from "../../scripts/hostile-run.mjs";

interface HostileCase {
  readonly name: string;
  readonly code: number;
  readonly stdout?: RegExp;
}

interface CaseResult {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly expectedStderr: string;
  readonly peakRssMb: number;
}

/** Loose on purpose (the real numbers are in `npm run hostile`): far above normal, far below a runaway. */
const MAX_PEAK_RSS_MB = 1536;

/**
 * Every hostile input of issue 10, generated in a fresh folder and run through the built CLI: the exit
 * code and the exact stderr, bounded memory, and no hang (the run is killed after 120 s and then fails).
 */
describe("hostile inputs", () => {
  for (const hostileCase of HOSTILE_CASES as HostileCase[]) {
    it(hostileCase.name, (context) => {
      const result = runCase(hostileCase) as CaseResult | undefined;
      if (!result) return context.skip("needs an unprivileged user (setpriv as root)");
      expect(result.signal).toBeNull();
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: hostileCase.code, stderr: result.expectedStderr });
      if (hostileCase.stdout) expect(result.stdout).toMatch(hostileCase.stdout);
      expect(result.peakRssMb).toBeLessThan(MAX_PEAK_RSS_MB);
    }, 180_000);
  }
});
