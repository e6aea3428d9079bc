import type { Rule } from "../../src/rule-api.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The message ids `rule` reports while `body` runs (its check is wrapped meanwhile). */
export function messageIdsReported(rule: Rule, body: () => void): Set<string> {
  const ids = new Set<string>();
  const check = rule.check;
  if (!check) return ids;
  (rule as Mutable<Rule>).check = (integration, context) =>
    check(integration, { options: context.options, report: (descriptor) => (ids.add(descriptor.messageId), context.report(descriptor)) });
  try {
    body();
  } finally {
    (rule as Mutable<Rule>).check = check;
  }
  return ids;
}
