import { createRequire } from "node:module";
import type { Language, Parser, Tree } from "web-tree-sitter";

/**
 * The HCL parser: web-tree-sitter with the tree-sitter-hcl grammar's Terraform dialect, both compiled to
 * WebAssembly and shipped in their npm packages (no native build, nothing downloaded at install or run time).
 * WebAssembly is instantiated asynchronously, so the parser is prepared once with `prepareHclParser()`
 * before any `.tf` file is loaded; parsing itself is synchronous, as the other loaders are.
 */
let parser: Parser | undefined;
let preparing: Promise<void> | undefined;

export function prepareHclParser(): Promise<void> {
  preparing ??= (async () => {
    const { Parser: ParserClass, Language: LanguageClass } = await import("web-tree-sitter");
    const require = createRequire(import.meta.url);
    await ParserClass.init();
    const language: Language = await LanguageClass.load(require.resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm"));
    const instance = new ParserClass();
    instance.setLanguage(language);
    parser = instance;
  })();
  return preparing;
}

export function hclParserReady(): boolean {
  return parser !== undefined;
}

/** Parses HCL text; the caller must `delete()` the tree (it lives in WebAssembly memory). */
export function parseHcl(text: string): Tree {
  if (!parser) throw new Error("the HCL parser is not prepared: await prepareHclParser() first");
  const tree = parser.parse(text);
  if (!tree) throw new Error("the HCL parser returned no tree");
  return tree;
}
