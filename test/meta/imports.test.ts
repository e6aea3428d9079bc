import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, it } from "vitest";

/** The module graph has no cycles, and rules reach the rest of the code through src/rule-api.ts only. */
const ROOT = resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

/** Runtime imports (type-only imports vanish at build time and cannot form a cycle). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.[^"]+)"|^import\s+"(\.[^"]+)"/gm)].map((m) => m[1] ?? m[2]!);
  return specifiers.map((s) => resolve(dirname(file), s.replace(/\.js$/, ".ts")));
}

const files = [...sources(join(ROOT, "src")), ...sources(join(ROOT, "rules"))];
const graph = new Map(files.map((file) => [file, runtimeImports(file)]));

it("no import cycles", () => {
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  const visit = (file: string, stack: string[]) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(ROOT, f)).join(" -> "));
      else if (!state.has(next)) visit(next, stack);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file, []);
  expect(cycles).toEqual([]);
});

it("rule files import only src/rule-api.ts (and nothing else of ours)", () => {
  const api = join(ROOT, "src", "rule-api.ts");
  const offenders = files
    .filter((file) => file.startsWith(join(ROOT, "rules")) && !file.endsWith("index.ts"))
    .flatMap((file) => runtimeImports(file).filter((target) => target !== api).map((target) => `${relative(ROOT, file)} -> ${relative(ROOT, target)}`));
  expect(offenders).toEqual([]);
});
