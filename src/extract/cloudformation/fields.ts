import type { JsonPath } from "../../load/types.js";
import { UNKNOWN_PART, type Field, type FieldName, type IntegrationResponse, type NodeRef } from "../../model/integration.js";
import { LazyField, type Evaluate } from "../../model/fields.js";
import { FieldTable, type RecordFields } from "../../model/record.js";
import { isNoValue } from "./evaluate.js";
import { isObject, type Template } from "./template.js";

/** Builds model fields from PascalCase CloudFormation properties. */
export class FieldReader {
  constructor(
    readonly template: Template,
    readonly evaluate: Evaluate,
  ) {}

  /** The template's integrations' fields. */
  private readonly table = new FieldTable();

  /** The field for `key` of `object` at `base`, unless absent or `!Ref AWS::NoValue`. */
  field(base: JsonPath, object: Record<string, unknown>, key: string): Field | undefined {
    if (!(key in object) || isNoValue(object[key])) return undefined;
    return new LazyField(key, object[key], { doc: this.template.doc, path: base }, this.evaluate, key);
  }

  /** An integration's fields, named by a PascalCase -> canonical table, written to the template's record. */
  fields(base: JsonPath, object: Record<string, unknown>, names: Readonly<Record<string, FieldName>>): RecordFields {
    const at: NodeRef = { doc: this.template.doc, path: base };
    const row = this.table.row(this.evaluate);
    for (const key in names) {
      if (key in object && !isNoValue(object[key])) row.member(names[key]!, key, object, at);
    }
    return row.done();
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
