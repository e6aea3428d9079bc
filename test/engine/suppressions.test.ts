import { describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/lint.js";
import type { LintOptions } from "../../src/engine/types.js";
import { openapi } from "../config/fixtures.js";

/** Visible findings as "line:col rule" and suppressed ones as "line rule (kind: reason)". */
function lint(text: string, options: LintOptions = {}, file = "api.yaml") {
  const [result] = lintText(text, file, { cwd: "/tmp", ...options });
  return {
    shown: result!.messages.map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId} ${m.severity}${m.ruleId.includes("suppression") ? `: ${m.message}` : ""}`),
    suppressed: (result!.suppressedMessages ?? []).map((m) => `${m.line} ${m.ruleId} (${m.suppressions.map((s) => `${s.kind}: ${s.justification}`).join("; ")})`),
  };
}

// Timeout lines: /a on 11, /b on 19 (see openapi()); 30000 and 10 are errors (no raised quota declared).
describe("YAML comment directives", () => {
  it("without a directive both findings show", () => {
    expect(lint(openapi({ "/a": 30000, "/b": 10 })).shown).toEqual(["11:26-31 timeout-out-of-range error", "19:26-28 timeout-out-of-range error"]);
  });

  it("disable-next-line with a reason", () => {
    const text = openapi({ "/a": 30000, "/b": 10 }, (p) => (p === "/b" ? "        # apigw-lint-disable-next-line timeout-out-of-range -- sandbox only\n" : ""));
    expect(lint(text)).toEqual({ shown: ["11:26-31 timeout-out-of-range error"], suppressed: ["20 timeout-out-of-range (directive: sandbox only)"] });
  });

  it("disable-next-line with several ids, and with none (every rule)", () => {
    const several = openapi({ "/a": 10 }, () => "        # apigw-lint-disable-next-line http-uri-invalid, timeout-out-of-range\n");
    expect(lint(several).shown).toEqual([
      "11:9-78 unused-suppression warning: Unused apigw-lint-disable-next-line for 'http-uri-invalid': there is no such finding on line 12.",
    ]);
    const all = openapi({ "/a": 10 }, () => "        # apigw-lint-disable-next-line\n");
    expect(lint(all)).toEqual({ shown: [], suppressed: ["12 timeout-out-of-range (directive: )"] });
  });

  it("disable-line as a trailing comment", () => {
    const text = openapi({ "/a": 30000 }).replace("timeoutInMillis: 30000", "timeoutInMillis: 30000 # apigw-lint-disable-line timeout-out-of-range -- quota raised");
    expect(lint(text)).toEqual({ shown: [], suppressed: ["11 timeout-out-of-range (directive: quota raised)"] });
  });

  it("disable ... enable covers the lines between, and only those", () => {
    const text = openapi({ "/a": 10, "/b": 10, "/c": 10 }, (p) =>
      p === "/a" ? "# apigw-lint-disable timeout-out-of-range -- legacy block\n" : p === "/b" ? "# apigw-lint-enable timeout-out-of-range\n" : "",
    );
    // /a's timeout is on line 12 (after the disable comment), /b's on 21 (after the enable), /c's on 29.
    expect(lint(text)).toEqual({
      shown: ["21:26-28 timeout-out-of-range error", "29:26-28 timeout-out-of-range error"],
      suppressed: ["12 timeout-out-of-range (directive: legacy block)"],
    });
  });

  it("a disable without enable runs to the end of the file", () => {
    const text = "# apigw-lint-disable timeout-out-of-range\n" + openapi({ "/a": 10, "/b": 10 });
    expect(lint(text).shown).toEqual([]);
    expect(lint(text).suppressed).toHaveLength(2);
  });

  it("a # inside a string is not a directive", () => {
    const text = openapi({ "/a": 10 }).replace("uri: https://example.com/pets", 'uri: "https://example.com/pets# apigw-lint-disable-line timeout-out-of-range"');
    expect(lint(text).shown).toContain("11:26-28 timeout-out-of-range error");
  });

  it("never silences a syntax error", () => {
    const text = "# apigw-lint-disable\nopenapi: 3.0.1\npaths: [\n";
    expect(lint(text).shown.map((s) => s.split(" ")[1])).toEqual(["syntax-error"]);
  });
});

describe("unused suppressions and reasons", () => {
  it("an unused disable-line, an unknown rule id, an enable without disable", () => {
    const text = openapi({ "/a": 100 }).replace("timeoutInMillis: 100", "timeoutInMillis: 100 # apigw-lint-disable-line timeout-out-of-range, no-such-rule") + "# apigw-lint-enable timeout-out-of-range\n";
    expect(lint(text).shown).toEqual([
      "11:30-90 unused-suppression warning: apigw-lint-disable-line names an unknown rule 'no-such-rule'.",
      "11:30-90 unused-suppression warning: Unused apigw-lint-disable-line for 'timeout-out-of-range': there is no such finding on line 11.",
      "12:1-41 unused-suppression warning: apigw-lint-enable has no matching apigw-lint-disable above it.",
    ]);
  });

  it("an unused blanket disable range", () => {
    expect(lint("# apigw-lint-disable\n" + openapi({ "/a": 100 })).shown).toEqual(["1:1-21 unused-suppression warning: Unused apigw-lint-disable: there is no finding in its range."]);
  });

  it("requireSuppressionReason reports directives without `-- reason`", () => {
    const text = openapi({ "/a": 10, "/b": 10 }, (p) => (p === "/a" ? "        # apigw-lint-disable-next-line timeout-out-of-range\n" : "        # apigw-lint-disable-next-line timeout-out-of-range -- ok\n"));
    expect(lint(text, { requireSuppressionReason: true }).shown).toEqual([
      "11:9-60 suppression-reason-missing warning: apigw-lint-disable-next-line has no reason: add ' -- <why>' after the rule ids.",
    ]);
    expect(lint(text).shown).toEqual([]);
  });

  it("the reports follow the configured severity, and can be switched off", () => {
    const text = "# apigw-lint-disable\n" + openapi({ "/a": 100 });
    expect(lint(text, { rules: { "unused-suppression": "error" } }).shown[0]).toMatch(/unused-suppression error/);
    expect(lint(text, { rules: { "unused-suppression": "off" } }).shown).toEqual([]);
  });
});

describe("JSON pointers in configuration overrides", () => {
  const spec = JSON.stringify({
    openapi: "3.0.1",
    info: { title: "pets", version: "1" },
    paths: {
      "/pets": { get: { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "http_proxy", httpMethod: "GET", uri: "https://example.com/pets", timeoutInMillis: 10 } } },
      "/cats": { get: { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "http_proxy", httpMethod: "GET", uri: "https://example.com/cats", timeoutInMillis: 10 } } },
    },
  }, null, 2);

  it("off under a pointer silences only there", () => {
    const result = lint(spec, { pointerOverrides: [{ pointers: [["paths", "/pets", "get"]], rules: { "timeout-out-of-range": { severity: "off" } } }] }, "api.json");
    expect(result.shown).toEqual(["34:30-32 timeout-out-of-range error"]);
    expect(result.suppressed).toEqual(["19 timeout-out-of-range (configuration: )"]);
  });

  it("a severity under a pointer changes it there", () => {
    const result = lint(spec, { pointerOverrides: [{ pointers: [["paths", "/cats"]], rules: { "timeout-out-of-range": { severity: "info" } } }] }, "api.json");
    expect(result.shown).toEqual(["19:30-32 timeout-out-of-range error", "34:30-32 timeout-out-of-range info"]);
  });

  it("a rule off for the file can be switched on under a pointer", () => {
    const result = lint(spec, { rules: { "timeout-out-of-range": "off" }, pointerOverrides: [{ pointers: [["paths", "/cats"]], rules: { "timeout-out-of-range": { severity: "warning" } } }] }, "api.json");
    expect(result.shown).toEqual(["34:30-32 timeout-out-of-range warning"]);
  });
});

describe("CloudFormation Metadata", () => {
  const template = (metadata: string, timeout = 10) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: pets }
  GetPets:
    Type: AWS::ApiGateway::Method
${metadata}    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: MOCK
        TimeoutInMillis: ${timeout}
`;

  it("ignore + reason silences the resource's findings", () => {
    const result = lint(template("    Metadata:\n      apigw-lint: { ignore: [timeout-out-of-range], reason: load test stub }\n"));
    expect(result).toEqual({ shown: [], suppressed: ["17 timeout-out-of-range (metadata: load test stub)"] });
  });

  it("without Metadata the finding shows", () => {
    expect(lint(template("")).shown).toEqual(["15:26-28 timeout-out-of-range error"]);
  });

  it("an unused ignore entry and a missing reason are reported at the Metadata", () => {
    const result = lint(template("    Metadata:\n      apigw-lint:\n        ignore: [timeout-out-of-range, http-uri-invalid]\n", 100), { requireSuppressionReason: true });
    expect(result.shown).toEqual([
      "9:7-17 suppression-reason-missing warning: Metadata apigw-lint of resource GetPets has no reason: add 'reason: <why>'.",
      "10:18-38 unused-suppression warning: Unused Metadata apigw-lint ignore for 'timeout-out-of-range': resource GetPets has no such finding.",
      "10:40-56 unused-suppression warning: Unused Metadata apigw-lint ignore for 'http-uri-invalid': resource GetPets has no such finding.",
    ]);
  });
});
