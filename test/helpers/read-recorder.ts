import { rules } from "../../rules/index.js";
import { mayFire } from "../../src/engine/rule-plan.js";
import type { Integration, MethodPart, Rule, RuleContext, RuleReads } from "../../src/rule-api.js";

/**
 * Checks the rules' `reads` declarations (issue 14): while `body` runs, the engine runs every rule on every
 * integration (no skipping), each rule sees the integration wrapped so that every read of `fields.X`,
 * `responses`, `method.X` and `extra` is recorded, and two things are collected as violations: a read the rule
 * does not declare, and a report on an integration where the engine, going by the declaration, would not
 * have run the rule (the finding that skipping would hide).
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const METHOD_PARTS: readonly MethodPart[] = ["httpMethod", "resourcePath", "requestParameters", "methodResponses", "ref"];
/** What the engine is told while recording: every rule reads everything and may fire anywhere. */
const EVERYTHING: RuleReads = { fields: "all", responses: true, method: METHOD_PARTS, extra: true, firesOn: "always" };

export function withEveryRuleEverywhere<T>(body: () => T): { result: T; violations: string[] } {
  const violations = new Set<string>();
  const saved = rules.filter((rule) => rule.check).map((rule) => ({ rule: rule as Mutable<Rule>, check: rule.check!, reads: rule.reads }));
  for (const { rule, check, reads } of saved) {
    rule.reads = EVERYTHING;
    rule.check = (integration, context) => {
      const readsSeen = new Set<string>();
      let reported = false;
      const recording: RuleContext = { options: context.options, report: (d) => ((reported = true), context.report(d)) };
      check(recorded(integration, readsSeen), recording);
      const where = `${integration.ref.doc.file}#/${integration.ref.path.join("/")}`;
      for (const read of readsSeen) if (!declares(reads, read)) violations.add(`${rule.id} reads ${read} but does not declare it (${where})`);
      if (reported && !mayFire(reads, integration)) violations.add(`${rule.id} reported where its declaration would skip it (${where})`);
    };
  }
  try {
    return { result: body(), violations: [...violations] };
  } finally {
    for (const { rule, check, reads } of saved) Object.assign(rule, { check, reads });
  }
}

function declares(reads: RuleReads, read: string): boolean {
  const [what, name] = read.split(".") as [string, string | undefined];
  if (what === "fields") return reads.fields === "all" || (name !== "*" && reads.fields.includes(name as never));
  if (what === "method") return reads.method?.includes(name as MethodPart) ?? false;
  if (what === "responses") return reads.responses === true;
  if (what === "extra") return reads.extra === true;
  return false;
}

/** The integration with its fields, responses, method context and extra reported to `seen` as they are read. */
function recorded(integration: Integration, seen: Set<string>): Integration {
  const fields = new Proxy(integration.fields, {
    get(target, key) {
      if (typeof key === "string") seen.add(`fields.${key}`);
      return Reflect.get(target, key);
    },
    has(target, key) {
      if (typeof key === "string") seen.add(`fields.${key}`);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      seen.add("fields.*");
      return Reflect.ownKeys(target);
    },
  });
  const method = new Proxy(integration.method, {
    get(target, key) {
      if (typeof key === "string") seen.add(`method.${key}`);
      return Reflect.get(target, key);
    },
    ownKeys(target) {
      for (const part of METHOD_PARTS) seen.add(`method.${part}`);
      return Reflect.ownKeys(target);
    },
  });
  const wrapped = { ...integration, fields, method };
  for (const key of ["responses", "extra"] as const) {
    Object.defineProperty(wrapped, key, {
      enumerable: true,
      get: () => {
        seen.add(key);
        return integration[key];
      },
    });
  }
  return wrapped;
}
