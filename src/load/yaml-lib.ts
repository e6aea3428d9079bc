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

type LexerClass = YamlModule["Lexer"];
let lexer: LexerClass | undefined;

/**
 * Only `yaml`'s Lexer, for the fast loader: its module and the CST helpers it needs load in a third of
 * the time of the whole package (6 vs 17 ms), which a one-file pre-commit run notices. The path is
 * inside the pinned package; should it move, the whole package is used instead.
 */
export function yamlLexer(): LexerClass {
  if (lexer) return lexer;
  const require = createRequire(import.meta.url);
  try {
    const main = require.resolve("yaml");
    lexer = (require(`${main.slice(0, main.lastIndexOf("/"))}/parse/lexer.js`) as { Lexer: LexerClass }).Lexer;
  } catch {
    lexer = yamlLib().Lexer;
  }
  return lexer;
}
