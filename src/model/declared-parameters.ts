import type { DeclaredParameter, NodeRef } from "./integration.js";

/**
 * A method's `requestParameters` map (`method.request.path.id: true`) as declared parameters. CloudFormation
 * and Terraform both take a boolean or the strings "true"/"false"; anything else leaves `required` unknown.
 */
export function declaredParametersOf(value: Readonly<Record<string, unknown>>, refOf: (name: string) => NodeRef): Map<string, DeclaredParameter> {
  const declared = new Map<string, DeclaredParameter>();
  for (const [name, required] of Object.entries(value)) {
    declared.set(name, {
      name,
      required: typeof required === "boolean" ? required : required === "true" ? true : required === "false" ? false : undefined,
      raw: required,
      ref: refOf(name),
    });
  }
  return declared;
}
