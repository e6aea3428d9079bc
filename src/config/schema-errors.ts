/** An error of an ajv-compiled validator (schemas/generated/*.cjs). */
export interface SchemaError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** A problem in a JSON/YAML file: where (a path, at its key or its value) and what, in words. */
export interface Problem {
  readonly path: (string | number)[];
  readonly part: "key" | "value";
  readonly message: string;
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), data);
}

/** A schema error in words, at the place it is about (`whole` names the document when the path is empty). */
export function describeSchemaError(error: SchemaError, data: unknown, whole: string): Problem {
  const path = pointerToPath(error.instancePath);
  const where = path.length ? path.join(".") : whole;
  const actual = JSON.stringify(valueAt(data, path));
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      return { path: [...path, key], part: "key", message: `Unknown property '${key}' in ${where}` };
    }
    case "required":
      return { path, part: "value", message: `${where} needs the property '${String(error.params.missingProperty)}'` };
    case "enum":
      return { path, part: "value", message: `${where} must be one of ${(error.params.allowedValues as unknown[]).join(", ")}, got ${actual}` };
    case "const":
      return { path, part: "value", message: `${where} must be ${JSON.stringify(error.params.allowedValue)}, got ${actual}` };
    case "type":
      return { path, part: "value", message: `${where} must be ${article(String(error.params.type))}, got ${actual}` };
    case "minimum":
      return { path, part: "value", message: `${where} must be at least ${String(error.params.limit)}, got ${actual}` };
    case "pattern":
      return { path, part: "value", message: `${where} must match ${String(error.params.pattern)}, got ${actual}` };
    default:
      return { path, part: "value", message: `${where} ${error.message ?? "is invalid"}, got ${actual}` };
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
