#!/usr/bin/env node
// Floors for scripts/bench.mjs, each a whole process like the CLI run it is compared with:
//   node scripts/bench-floors.mjs lexer FILE   the `yaml` Lexer token pass over the file (what the fast YAML loader reads)
//   node scripts/bench-floors.mjs json FILE    JSON.parse + a walk of every x-amazon-apigateway-integration block
// Prints one JSON line (tokens or blocks/nodes) so the work cannot be optimised away.
import { readFileSync } from "node:fs";

const [kind, file] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
if (kind === "lexer") {
  const { Lexer } = await import("yaml");
  let tokens = 0;
  for (const token of new Lexer().lex(text)) tokens += token.length > 0 ? 1 : 0;
  process.stdout.write(JSON.stringify({ tokens }) + "\n");
} else if (kind === "json") {
  const doc = JSON.parse(text);
  let blocks = 0;
  let nodes = 0;
  const walk = (v) => {
    nodes++;
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v !== null && typeof v === "object") for (const k in v) { nodes++; walk(v[k]); }
  };
  for (const pathItem of Object.values(doc.paths ?? {})) {
    if (pathItem === null || typeof pathItem !== "object") continue;
    for (const op of Object.values(pathItem)) {
      const integration = op && typeof op === "object" ? op["x-amazon-apigateway-integration"] : undefined;
      if (integration === undefined) continue;
      blocks++;
      walk(integration);
    }
  }
  process.stdout.write(JSON.stringify({ blocks, nodes }) + "\n");
} else {
  throw new Error(`unknown floor ${kind}`);
}
