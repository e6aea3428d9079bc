import type { MessageTemplates } from "../rule-api.js";

const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;

/** The `{{name}}` placeholders of a template, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * A rule's message text: its template `messageId` with each `{{name}}` replaced by `String(data.name)`, the
 * text `${name}` gives. A missing template or data key is a bug in the rule: it throws, never prints `{{x}}`.
 * Values are not scanned again, so a value that contains `{{x}}` is shown as it is.
 */
export function formatMessage(ruleId: string, messages: MessageTemplates | undefined, messageId: string, data: Readonly<Record<string, unknown>> | undefined): string {
  const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) throw new Error(`${ruleId} reported messageId '${messageId}', which its messages do not declare`);
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!data || !Object.hasOwn(data, name)) throw new Error(`${ruleId}: message '${messageId}' needs {{${name}}}, which the report's data does not give`);
    return String(data[name]);
  });
}
