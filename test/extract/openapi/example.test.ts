import { expect, it } from "vitest";
import { lintFiles } from "../../../src/engine/lint.js";

it("examples/openapi reports its four planted defects, and no other error or warning", async () => {
  const results = await lintFiles(["examples/openapi"], { cwd: process.cwd() });
  expect(results.map((r) => [r.filePath, r.integrationCount])).toEqual([["examples/openapi/orders-api.yaml", 5]]);
  expect(results[0]!.messages.filter((m) => m.severity !== "info").map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`)).toEqual([
    "23:21 warning lambda-method-not-post",
    "34:14 error credentials-missing",
    "70:52 error request-parameter-undeclared",
    "87:25 error vpc-link-connection-id-missing",
  ]);
});
