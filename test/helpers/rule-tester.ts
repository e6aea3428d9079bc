import { describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/lint.js";
import type { LintOptions } from "../../src/engine/types.js";
import type { Rule, Severity } from "../../src/rule-api.js";

export interface ExpectedMessage {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity?: Severity;
}

export interface RuleCase {
  readonly name: string;
  /** The file name decides the format (`.json`, `.yaml`); content decides the input kind. */
  readonly filename?: string;
  readonly code: string;
  readonly options?: LintOptions;
}

export interface InvalidCase extends RuleCase {
  readonly errors: readonly ExpectedMessage[];
}

/**
 * ESLint-style table test for one rule: valid cases produce none of its messages; invalid cases produce
 * exactly the listed ones (id, message, start and end), nothing more.
 */
export function ruleTester(rule: Rule, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(messagesOf(rule, c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const expected = c.errors.map((e) => ({ ruleId: rule.id, severity: e.severity ?? rule.severity, message: e.message, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn }));
        expect(messagesOf(rule, c)).toEqual(expected);
      });
    }
  });
}

export function messagesOf(rule: Rule, c: RuleCase) {
  const filename = c.filename ?? (c.code.trimStart().startsWith("{") ? "input.json" : "input.yaml");
  const results = lintText(c.code, filename, { cwd: process.cwd(), ...c.options });
  return results.flatMap((r) => r.messages).filter((m) => m.ruleId === rule.id).map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn }));
}
