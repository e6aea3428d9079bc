import { describe, expect, it } from "vitest";
import { formatMessage, placeholdersOf } from "../../src/engine/format-message.js";

const messages = {
  notPost: "Lambda integrations must call the function with POST, not '{{verb}}'.",
  twice: "{{name}} and {{name}} again, then {{ other }}.",
  braces: "Fn::Sub cannot resolve ${{{name}}}: write ${!{{name}}}.",
  plain: "No placeholder here.",
};

describe("formatMessage", () => {
  it("fills each placeholder with String(value), as a template literal writes it", () => {
    expect(formatMessage("r", messages, "notPost", { verb: "GET" })).toBe("Lambda integrations must call the function with POST, not 'GET'.");
    expect(formatMessage("r", messages, "twice", { name: 42, other: undefined })).toBe("42 and 42 again, then undefined.");
    expect(formatMessage("r", messages, "plain", undefined)).toBe("No placeholder here.");
  });

  it("reads {{{name}}} as a brace, a placeholder and a brace", () => {
    expect(formatMessage("r", messages, "braces", { name: "stageVariables.x" })).toBe("Fn::Sub cannot resolve ${stageVariables.x}: write ${!stageVariables.x}.");
    expect(placeholdersOf(messages.braces)).toEqual(["name", "name"]);
  });

  it("does not read placeholders inside a value, nor treat $ in a value as a replacement pattern", () => {
    expect(formatMessage("r", messages, "notPost", { verb: "{{verb}} $& $1" })).toBe("Lambda integrations must call the function with POST, not '{{verb}} $& $1'.");
  });

  it("throws on a placeholder without data, never prints {{x}}", () => {
    expect(() => formatMessage("r", messages, "notPost", {})).toThrow("r: message 'notPost' needs {{verb}}, which the report's data does not give");
    expect(() => formatMessage("r", messages, "notPost", undefined)).toThrow(/needs \{\{verb\}\}/);
  });

  it("throws on a message id the rule does not declare (or one inherited from Object.prototype)", () => {
    expect(() => formatMessage("r", messages, "nope", {})).toThrow("r reported messageId 'nope', which its messages do not declare");
    expect(() => formatMessage("r", messages, "toString", {})).toThrow(/do not declare/);
    expect(() => formatMessage("r", undefined, "notPost", { verb: "GET" })).toThrow(/do not declare/);
  });
});
