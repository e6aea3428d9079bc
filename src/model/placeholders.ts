import { UNKNOWN_PART } from "./integration.js";
import type { Evaluate } from "./fields.js";

/**
 * Placeholders that sample files leave for a script or a person to fill in before deploy
 * (`arn:aws:lambda:YOUR_AWS_REGION:YOUR_ACCOUNT_ID:function:f`, `https://<api-id>.execute-api.<region>.amazonaws.com`,
 * `REPLACE_ME`). They are unknown values, like a CloudFormation intrinsic: rules stay silent about them.
 *
 * - `<name>`: angle brackets round a name (`<region>`, `<account-id>`, `<Your API ID>`);
 * - `YOUR_...` in any case (`your_account_id` is as common), and `REPLACE_...`, `CHANGE_...`, `REPLACEME`,
 *   `CHANGEME`, `TODO` in capitals: whole words only (not part of `MY_TODO`; lower-case `todo-api` or
 *   `change-request` name real functions);
 * - `xxxxxxxxxxxx`: twelve x's where an account id goes.
 *
 * Mapping templates are not searched (a value with a line break, or markup with `</` or `/>`): `## TODO` in
 * VTL and `<stage>` in an XML template are text, and the template checks must still see them.
 */
const PREFIXED = "(?<![\\w-])(?:[Yy][Oo][Uu][Rr][_-][A-Za-z0-9_-]*|(?:REPLACE|CHANGE)[_-][A-Z0-9_-]*)[A-Za-z0-9](?![\\w-])";
const WORD = "(?<![\\w-])(?:REPLACEME|CHANGEME|TODO|[Xx]{12})(?![\\w-])";
const SAMPLE_PLACEHOLDER = new RegExp(`<[A-Za-z][\\w .:-]*>|${PREFIXED}|${WORD}`, "g");

function isTemplateText(text: string): boolean {
  return text.includes("\n") || text.includes("</") || text.includes("/>");
}

/** The text with every placeholder (the built-in shapes, then the project's own patterns) made unknown. */
export function withoutPlaceholders(text: string, projectPatterns: readonly RegExp[] = []): string {
  let out = isTemplateText(text) ? text : text.replace(SAMPLE_PLACEHOLDER, UNKNOWN_PART);
  for (const pattern of projectPatterns) out = out.replace(pattern, UNKNOWN_PART);
  return out;
}

/** An evaluator that also reads placeholders as unknown. */
export function recognisingPlaceholders(evaluate: Evaluate, projectPatterns: readonly RegExp[] = []): Evaluate {
  return (raw) => {
    const text = evaluate(raw);
    return text === undefined ? undefined : withoutPlaceholders(text, projectPatterns);
  };
}

/**
 * Compiles a project's placeholder patterns (config `placeholders`: regular expressions, matched anywhere in
 * a value). Throws a SyntaxError naming the pattern when one does not compile.
 */
export function compilePlaceholderPatterns(sources: readonly string[] | undefined): RegExp[] {
  return (sources ?? []).map((source) => {
    try {
      const pattern = new RegExp(source, "gu");
      if (pattern.test("")) throw new SyntaxError("it matches the empty string");
      return pattern;
    } catch (error) {
      throw new SyntaxError(`Invalid placeholder pattern /${source}/: ${(error as Error).message}`);
    }
  });
}
