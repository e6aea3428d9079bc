import { describe, expect, it } from "vitest";
import { vtlProblem } from "../../src/rules-support/vtl.js";

/**
 * Text without `#`, `$` or NUL skips the parser (src/rules-support/vtl.ts): the skip must not hide what
 * the parser reports. NUL is the one character velocityjs cannot lex outside VTL syntax.
 */
describe("vtlProblem's pre-check for text without VTL syntax", () => {
  it("accepts plain text, with or without JSON, parentheses and backslashes", () => {
    expect(vtlProblem('{ "TableName": "orders", "Limit": 25 }')).toBeUndefined();
    expect(vtlProblem("((((a))))\\\\\n\r\n")).toBeUndefined();
    expect(vtlProblem("")).toBeUndefined();
  });

  it("still parses text with a NUL and reports velocityjs's lexical error", () => {
    expect(vtlProblem("a\u0000b")).toEqual({ description: "Velocity syntax error: unexpected '?'", start: 0, end: 3 });
  });

  it("still parses text with # or $", () => {
    expect(vtlProblem("#if($a)")).toEqual({ description: "Velocity syntax error: #if is never closed with #end", start: 0, end: 7 });
    expect(vtlProblem("a # b, cost: 5$")).toBeUndefined();
  });
});
