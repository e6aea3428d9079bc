/**
 * CloudFormation short-form intrinsic tags and their long forms. Shared by every YAML loader so that
 * `!Sub x` and `{"Fn::Sub": "x"}` reach the extractors as the same data.
 */
const SHORT_TAGS = new Set([
  "Ref", "Condition", "Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select",
  "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or",
  // AWS::LanguageExtensions
  "ToJsonString", "Length", "ForEach",
]);

/** The long-form key for a short tag (`!Ref` -> `Ref`, `!Sub` -> `Fn::Sub`), or undefined if unknown. */
export function longFormKey(tag: string): string | undefined {
  const name = tag.startsWith("!") ? tag.slice(1) : tag;
  if (!SHORT_TAGS.has(name)) return undefined;
  if (name === "Ref" || name === "Condition") return name;
  return `Fn::${name}`;
}

/** `!GetAtt Fn.Arn` is split at the first dot only: `["Fn", "Arn"]`; `a.b.c` -> `["a", "b.c"]`. */
export function splitGetAtt(value: string): [string, string] | string {
  const dot = value.indexOf(".");
  return dot === -1 ? value : [value.slice(0, dot), value.slice(dot + 1)];
}

/** Tags the YAML core schema knows; anything else that is not a CFN tag is reported. */
export function isStandardTag(tag: string): boolean {
  return tag.startsWith("tag:yaml.org,2002:") || tag === "!" || tag.startsWith("!!");
}

/**
 * Where a node's tag is written: the tag precedes the value it applies to (`!Reff Name`, on the same line
 * or the one before), so a finding about the tag starts there. Falls back to the value's offset.
 */
export function tagStart(text: string, tag: string, valueStart: number): number {
  const at = text.lastIndexOf(tag, valueStart);
  return at !== -1 && valueStart - at <= 400 && !text.slice(at + tag.length, valueStart).includes("#") ? at : valueStart;
}
