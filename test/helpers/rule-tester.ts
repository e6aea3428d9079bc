import { describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/lint.js";
import type { LintOptions } from "../../src/engine/types.js";
import type { Rule, Severity } from "../../src/rule-api.js";
import { withEveryRuleEverywhere } from "./read-recorder.js";
import { messageIdsReported } from "./message-recorder.js";

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
    it("reports every message id it declares, in one of these cases or in its documented bad example", () => {
      const bad = rule.docs.bad;
      const used = messageIdsReported(rule, () => {
        for (const c of [...cases.valid, ...cases.invalid]) allMessagesOf(c);
        if (!bad.fileName) lintText(bad.code, `example.${bad.language}`, { cwd: process.cwd() });
      });
      expect(Object.keys(rule.messages ?? {}).filter((id) => !used.has(id)), "declared message ids that no case reports").toEqual([]);
    });
    it("every rule reads only what it declares, and skipping by the declarations hides no finding (rule-reads)", () => {
      for (const c of [...cases.valid, ...cases.invalid]) {
        const skipping = allMessagesOf(c);
        const { result: unskipped, violations } = withEveryRuleEverywhere(() => allMessagesOf(c));
        expect(violations, c.name).toEqual([]);
        expect(unskipped, c.name).toEqual(skipping);
      }
    });
  });
}

function allMessagesOf(c: RuleCase) {
  const filename = c.filename ?? (c.code.trimStart().startsWith("{") ? "input.json" : "input.yaml");
  return lintText(c.code, filename, { cwd: process.cwd(), ...c.options });
}

export function messagesOf(rule: Rule, c: RuleCase) {
  return allMessagesOf(c).flatMap((r) => r.messages).filter((m) => m.ruleId === rule.id).map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn }));
}
