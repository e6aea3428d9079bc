import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { placeholdersOf } from "../../src/engine/format-message.js";
import { defineRule, type Placeholders, type RuleContext } from "../../src/rule-api.js";

/**
 * Rules declare their messages as templates (issue 14) and report `{ messageId, data }`. Checked here: every
 * rule with a check declares them, each template is well formed, and each rule's test file runs ruleTester,
 * whose own check fails when a declared id is reported by none of the rule's cases nor its documented bad
 * example. At format time a placeholder without data throws (test/engine/format-message.test.ts); at compile
 * time `npm run typecheck` rejects a wrong id or a missing data key (the @ts-expect-error lines below).
 */

const ROOT = resolve(__dirname, "../..");

describe.each(rules.filter((rule) => rule.check).map((rule) => [rule.id, rule] as const))("%s: messages", (id, rule) => {
  it("declares its message templates", () => {
    expect(Object.keys(rule.messages ?? {}).length).toBeGreaterThan(0);
  });

  it("its templates are well formed: placeholders are names, no other {{ or }} is left", () => {
    for (const [messageId, template] of Object.entries(rule.messages ?? {})) {
      expect(messageId, "message ids are identifiers").toMatch(/^[a-z][A-Za-z0-9]*$/);
      const rest = template.replace(/\{\{\s*[A-Za-z_$][\w$]*\s*\}\}/g, "");
      expect(rest, `${messageId}: a malformed placeholder`).not.toMatch(/\{\{|\}\}/);
      expect(template.trim(), messageId).not.toBe("");
    }
  });

  it("its test file runs ruleTester (which checks every id is reported)", () => {
    const testFile = join(ROOT, "test", "rules", `${id}.test.ts`);
    expect(existsSync(testFile)).toBe(true);
    expect(readFileSync(testFile, "utf8")).toMatch(/\bruleTester\(rule,/);
  });

  it("reports only ids it declares (each messageId in its source is a key of messages)", () => {
    const source = readFileSync(join(ROOT, "rules", `${id}.ts`), "utf8");
    const reported = new Set([...source.matchAll(/messageId: "([^"]+)"/g)].map((match) => match[1]!));
    expect([...reported].filter((messageId) => !Object.hasOwn(rule.messages ?? {}, messageId))).toEqual([]);
  });
});

describe("message typing", () => {
  it("placeholders are read as the engine reads them", () => {
    const template = "a {{verb}} b ${{{name}}} c {{verb}}";
    const names: Placeholders<typeof template>[] = ["verb", "name"];
    expect(new Set(placeholdersOf(template))).toEqual(new Set(names));
  });

  it("a wrong id or a missing data key does not compile (npm run typecheck)", () => {
    const probe = defineRule({
      id: "probe",
      severity: "info",
      reads: { fields: [] },
      docs: undefined as never,
      messages: { notPost: "not '{{verb}}'", plain: "plain" },
      check(integration, context) {
        context.report({ at: integration.ref, messageId: "notPost", data: { verb: "GET" } });
        context.report({ at: integration.ref, messageId: "plain" });
        // @ts-expect-error an id the rule does not declare
        context.report({ at: integration.ref, messageId: "notDeclared" });
        // @ts-expect-error the template needs {{verb}}
        context.report({ at: integration.ref, messageId: "notPost", data: {} });
        // @ts-expect-error the template needs data
        context.report({ at: integration.ref, messageId: "notPost" });
        // @ts-expect-error a text instead of a declared message
        context.report({ at: integration.ref, message: "written out" });
      },
    });
    const seen: unknown[] = [];
    const context: RuleContext = { options: {}, report: (descriptor) => seen.push(descriptor.messageId) };
    probe.check!({ ref: {} } as never, context);
    expect(seen).toEqual(["notPost", "plain", "notDeclared", "notPost", "notPost", undefined]);
  });
});
