import type { MessageTemplates } from "../rule-api.js";

const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;

/** A template split once: text, name, text, name, ..., text. */
interface CompiledTemplate {
  readonly texts: readonly string[];
  readonly names: readonly string[];
}

const compiled = new WeakMap<MessageTemplates, Map<string, CompiledTemplate>>();

/** How many message texts were written in this process (tests and the bench count them). */
export const messageStats = { written: 0 };

/** The `{{name}}` placeholders of a template, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...compile(template).names];
}

function compile(template: string): CompiledTemplate {
  const texts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    texts.push(template.slice(last, match.index));
    names.push(match[1]!);
    last = match.index + match[0].length;
  }
  texts.push(template.slice(last));
  return { texts, names };
}

function templateOf(ruleId: string, messages: MessageTemplates | undefined, messageId: string): CompiledTemplate {
  let byId = messages && compiled.get(messages);
  let found = byId?.get(messageId);
  if (found) return found;
  const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) throw new Error(`${ruleId} reported messageId '${messageId}', which its messages do not declare`);
  found = compile(template);
  if (!byId) compiled.set(messages!, (byId = new Map()));
  byId.set(messageId, found);
  return found;
}

/**
 * A rule's message text: its template `messageId` with each `{{name}}` replaced by `String(data.name)`, the
 * text `${name}` gives. A missing template or data key is a bug in the rule: it throws, never prints `{{x}}`.
 * Values are not scanned again, so a value that contains `{{x}}` is shown as it is.
 */
export function formatMessage(ruleId: string, messages: MessageTemplates | undefined, messageId: string, data: Readonly<Record<string, unknown>> | undefined): string {
  const { texts, names } = templateOf(ruleId, messages, messageId);
  let text = texts[0]!;
  for (let n = 0; n < names.length; n++) {
    const name = names[n]!;
    if (!data || !Object.hasOwn(data, name)) throw new Error(`${ruleId}: message '${messageId}' needs {{${name}}}, which the report's data does not give`);
    text += String(data[name]) + texts[n + 1]!;
  }
  messageStats.written++;
  return text;
}
