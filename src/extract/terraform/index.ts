import type { Integration } from "../../model/integration.js";
import { extractors, registerExtractor } from "../index.js";
import type { ExtractContext, Extractor } from "../types.js";
import { TerraformValues } from "./evaluate.js";
import { TerraformFieldReader } from "./fields.js";
import { Linker } from "./links.js";
import { isTerraformConfig, TerraformModule } from "./module.js";
import { httpIntegrations, restIntegrations } from "./resources.js";
import { restApiBodyIntegrations } from "./body.js";
import { terraformPlanExtractor } from "./plan.js";

/**
 * Terraform / OpenTofu configuration (`.tf` read as Terraform JSON, and `.tf.json`): API Gateway
 * resources linked by reference across the files of the module. Only the integrations written in the
 * linted document are reported from it; the other files of the folder are its context.
 */
export const terraformExtractor: Extractor = {
  name: "terraform",
  textMarkers: /\baws_api_gateway_|\baws_apigatewayv2_/,
  detect(doc) {
    return isTerraformConfig(doc.value);
  },
  extract(doc, context: ExtractContext): Integration[] {
    const module = TerraformModule.around(doc, context);
    const values = new TerraformValues(module);
    const readers = { module, reader: new TerraformFieldReader(values), linker: new Linker(module, values), input: "terraform" as const };
    const owned = [...module.resources.values()].filter((r) => r.doc === doc);
    return [...restIntegrations(owned, readers), ...httpIntegrations(owned, readers), ...restApiBodyIntegrations(owned, readers, context)];
  },
};

registerExtractor(terraformExtractor, extractors[0]?.name);
registerExtractor(terraformPlanExtractor, "terraform");
