import type { Rule } from "../rule-api.js";

const severity = { $ref: "#/definitions/severity" };

function settingWithOptions(options: Record<string, unknown>): Record<string, unknown> {
  return {
    anyOf: [
      severity,
      { type: "array", minItems: 1, maxItems: 2, items: [severity, options] },
      { type: "object", additionalProperties: false, properties: { severity, options } },
    ],
  };
}

/**
 * The rules' settings for the configuration schema: one entry per rule under `rules`, whose options must match
 * the rule's own options schema (rules that declare none take none: one shared definition). `npm run docs`
 * writes it to schemas/rule-settings.json; scripts/build-validators.mjs merges it into the configuration
 * schema before compiling it, so the validator checks every rule's options.
 */
export function ruleSettingsSchema(rules: readonly Rule[]): Record<string, unknown> {
  const noOptions = { type: "object", additionalProperties: false, description: "This rule takes no options." };
  const properties = Object.fromEntries(
    [...rules].sort((a, b) => a.id.localeCompare(b.id)).map((rule) => {
      const description = `${rule.docs.summary} Default: ${rule.severity}. See docs/rules/${rule.id}.md.`;
      const setting = rule.optionsSchema ? settingWithOptions({ description: "The rule's options (see its page).", ...rule.optionsSchema }) : { allOf: [{ $ref: "#/definitions/ruleSettingWithoutOptions" }] };
      return [rule.id, { description, ...setting }];
    }),
  );
  return { definitions: { ruleSettingWithoutOptions: settingWithOptions(noOptions) }, properties };
}
