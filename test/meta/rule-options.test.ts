import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { ruleSettingsSchema } from "../../src/config/rules-schema.js";

const ROOT = resolve(__dirname, "../..");

describe("rule options schemas", () => {
  it("schemas/rule-settings.json is current (npm run docs)", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "schemas/rule-settings.json"), "utf8"))).toEqual(ruleSettingsSchema(rules));
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))("%s declares every option it reads", (id, rule) => {
    const source = readFileSync(join(ROOT, "rules", `${id}.ts`), "utf8");
    const read = [...source.matchAll(/\boptions\.([A-Za-z_$][\w$]*)/g)].map((match) => match[1]!);
    expect(read.filter((name) => !(name in (rule.optionsSchema?.properties ?? {})))).toEqual([]);
  });
});
