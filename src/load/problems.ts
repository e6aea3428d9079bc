import type { LoadProblem, SourceRange } from "./types.js";
import { HIDDEN_INTEGRATION_NOTE } from "./hidden-integration.js";
import { cut } from "./limits.js";

/** The one wording of a duplicate key, for every loader. */
export function duplicateKeyProblem(key: string, range: SourceRange, hidesIntegration: boolean): LoadProblem {
  return {
    code: "duplicate-key",
    message: `Duplicate key "${cut(key)}": this value silently replaces the one given earlier for the same key.${hidesIntegration ? HIDDEN_INTEGRATION_NOTE : ""}`,
    range,
    fatal: false,
    ...(hidesIntegration ? { hidesIntegration } : {}),
  };
}
