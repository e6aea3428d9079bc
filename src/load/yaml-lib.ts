import { createRequire } from "node:module";

/**
 * The `yaml` package, loaded on first use: a run over JSON files only (PutIntegration bodies, CDK synth
 * output, get-resources dumps) never pays for its import. Loading stays synchronous (`loadText` is sync),
 * through the package's CommonJS build.
 */
type YamlModule = typeof import("yaml");

let yaml: YamlModule | undefined;

export function yamlLib(): YamlModule {
  yaml ??= createRequire(import.meta.url)("yaml") as YamlModule;
  return yaml;
}
