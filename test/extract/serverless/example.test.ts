import { expect, it } from "vitest";
import { lintFiles } from "../../../src/engine/lint.js";

it("examples/serverless reports its planted defects in events.http and resources, and nothing else", async () => {
  const results = await lintFiles(["examples/serverless"], { cwd: process.cwd() });
  expect(results.map((r) => [r.filePath, r.integrationCount])).toEqual([["examples/serverless/serverless.yml", 5]]);
  expect(results[0]!.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`)).toEqual([
    // events.http
    "27:24 info passthrough-behavior-unsupported-media-type",
    "33:26 warning selection-pattern-lambda-status-code",
    "44:27 error vpc-link-connection-id-missing",
    "54:28 error timeout-out-of-range",
    // resources
    "89:16 error credentials-missing",
    "92:28 error timeout-out-of-range",
  ]);
});
