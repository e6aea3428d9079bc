import type { JsonPath } from "../../load/types.js";
import { UNKNOWN_PART, type Field, type FieldName, type IntegrationResponse } from "../../model/integration.js";
import { makeField, type Evaluate } from "../../model/fields.js";
import { isNoValue } from "./evaluate.js";
import { isObject, type Template } from "./template.js";

/** Builds model fields from PascalCase CloudFormation properties. */
export class FieldReader {
  constructor(
    readonly template: Template,
    readonly evaluate: Evaluate,
  ) {}

  /** The field for `key` of `object` at `base`, unless absent or `!Ref AWS::NoValue`. */
  field(base: JsonPath, object: Record<string, unknown>, key: string): Field | undefined {
    if (!(key in object) || isNoValue(object[key])) return undefined;
    return makeField(this.template.doc, [...base, key], key, object[key], this.evaluate);
  }

  /** Fields named by a PascalCase -> canonical table. */
  fields(base: JsonPath, object: Record<string, unknown>, names: Readonly<Record<string, FieldName>>): Partial<Record<FieldName, Field>> {
    const out: Partial<Record<FieldName, Field>> = {};
    for (const [key, name] of Object.entries(names)) {
      const f = this.field(base, object, key);
      if (f) out[name] = f;
    }
    return out;
  }

  text(raw: unknown): string | undefined {
    return isNoValue(raw) ? undefined : this.evaluate(raw);
  }

  /**
   * `IntegrationResponses` (REST Method): a list; CloudFormation coerces `StatusCode: 200` to "200".
   * Undefined when something only known at deploy time stands for the list (an intrinsic, a Serverless
   * Framework variable): rules then say nothing about responses.
   */
  integrationResponses(base: JsonPath, value: unknown): IntegrationResponse[] | undefined {
    const intrinsic = isObject(value) && Object.keys(value).some((key) => key.startsWith("Fn::") || key === "Ref");
    if (intrinsic || (typeof value === "string" && value.includes(UNKNOWN_PART))) return undefined;
    if (!Array.isArray(value)) return [];
    return value.flatMap((response, index) => {
      if (!isObject(response)) return [];
      const path = [...base, index];
      const parts: Partial<Record<ResponseFieldName, Field>> = {};
      for (const [key, name] of RESPONSE_FIELDS) {
        const f = this.field(path, response, key);
        if (f) parts[name] = f;
      }
      return [{ ref: { doc: this.template.doc, path }, ...parts }];
    });
  }
}

type ResponseFieldName = "statusCode" | "selectionPattern" | "responseParameters" | "responseTemplates" | "contentHandling";

const RESPONSE_FIELDS: readonly [string, ResponseFieldName][] = [
  ["StatusCode", "statusCode"],
  ["SelectionPattern", "selectionPattern"],
  ["ResponseParameters", "responseParameters"],
  ["ResponseTemplates", "responseTemplates"],
  ["ContentHandling", "contentHandling"],
];
