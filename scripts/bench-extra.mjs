// Two more cases for scripts/bench.mjs, each timed as whole processes beside its own floor:
//  - a deployed API as `aws apigateway get-resources --embed methods` prints it (thousands of methods),
//    built from the generated OpenAPI document; floor: JSON.parse of the same file;
//  - a pre-commit style re-run with --cache over an unchanged tree: the second run parses no file
//    (checked through APIGW_LINT_DEBUG=cache) and its wall time is a ratio to the first run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** OpenAPI operation -> get-method shape: the method, its declared parameters and responses, its integration. */
export function toGetResources(openapi) {
  const items = [{ id: "root", path: "/" }];
  let n = 0;
  for (const [path, pathItem] of Object.entries(openapi.paths ?? {})) {
    const resourceMethods = {};
    for (const [key, operation] of Object.entries(pathItem)) {
      const integration = operation?.["x-amazon-apigateway-integration"];
      if (!integration || integration.$ref) continue;
      const verb = key === "x-amazon-apigateway-any-method" ? "ANY" : key.toUpperCase();
      const requestParameters = {};
      for (const name of path.match(/\{([^}+]+)\+?\}/g) ?? []) requestParameters[`method.request.path.${name.replace(/[{}+]/g, "")}`] = true;
      for (const p of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
        const param = p.$ref ? openapi.components?.parameters?.[p.$ref.split("/").pop()] : p;
        const where = { path: "path", query: "querystring", header: "header" }[param?.in];
        if (where) requestParameters[`method.request.${where}.${param.name}`] = Boolean(param.required);
      }
      const methodResponses = {};
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const responseParameters = Object.fromEntries(Object.keys(response.headers ?? {}).map((h) => [`method.response.header.${h}`, false]));
        methodResponses[status] = { statusCode: status, responseParameters };
      }
      const { responses, type, passthroughBehavior, ...rest } = integration;
      const integrationResponses = {};
      for (const [pattern, response] of Object.entries(responses ?? {})) {
        integrationResponses[String(response.statusCode)] = { ...response, statusCode: String(response.statusCode), ...(pattern === "default" ? {} : { selectionPattern: pattern }) };
      }
      // AWS returns enums in uppercase (the OpenAPI import stores them so).
      const methodIntegration = { type: String(type).toUpperCase(), ...(passthroughBehavior ? { passthroughBehavior: String(passthroughBehavior).toUpperCase() } : {}), ...rest, integrationResponses };
      resourceMethods[verb] = { httpMethod: verb, authorizationType: "NONE", requestParameters, methodResponses, methodIntegration };
      n++;
    }
    items.push({ id: `r${items.length}`, path, resourceMethods });
  }
  return { document: { items }, methods: n };
}

export function getResourcesCase({ docs, cli, measure, median, rounds, size }) {
  const source = join(docs, `api-${size}.json`);
  const file = join(docs, `get-resources-${size}.json`);
  if (!existsSync(source)) return [];
  const { document, methods } = toGetResources(JSON.parse(readFileSync(source, "utf8")));
  writeFileSync(file, JSON.stringify(document, null, 2));
  const floorScript = "const t=require('fs').readFileSync(process.argv[1],'utf8');const d=JSON.parse(t);let n=0;for(const i of d.items)for(const m in i.resourceMethods||{})n++;console.log(n)";
  const lint = [];
  const floor = [];
  for (let round = 0; round < rounds; round++) {
    const pair = [() => lint.push(measure([cli, "-f", "json", file])), () => floor.push(measure(["-e", floorScript, file]))];
    if (round % 2) pair.reverse();
    for (const go of pair) go();
  }
  const ratio = median(lint.map((l, i) => l.wall / floor[i].wall));
  return [
    `get-resources: ${methods} methods (${(readFileSync(file).length / 1e6).toFixed(1)} MB), as \`aws apigateway get-resources --embed methods\` prints a deployed API`,
    "",
    "| command | wall ms | RSS MB |",
    "|---|---:|---:|",
    `| floor: JSON.parse + walk the methods | ${median(floor.map((s) => s.wall)).toFixed(0)} | ${median(floor.map((s) => s.rss)).toFixed(0)} |`,
    `| apigw-lint -f json | ${median(lint.map((s) => s.wall)).toFixed(0)} | ${median(lint.map((s) => s.rss)).toFixed(0)} |`,
    "",
    `lint ÷ floor (median of per-round ratios): ${ratio.toFixed(2)}×`,
  ];
}

export function cacheCase({ dir, cli, median, rounds }) {
  const first = [];
  const second = [];
  let parsedOnSecond = [];
  for (let round = 0; round < rounds; round++) {
    const location = mkdtempSync(join(tmpdir(), "apigw-lint-cache-"));
    const once = () => {
      const started = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [cli, "-f", "json", "--cache", "--cache-location", location, dir], { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, APIGW_LINT_DEBUG: "cache" } });
      return { wall: Number(process.hrtime.bigint() - started) / 1e6, stats: /cache: (\d+) hits, (\d+) files parsed of (\d+)/.exec(r.stderr) };
    };
    first.push(once());
    const again = once();
    second.push(again);
    parsedOnSecond.push(Number(again.stats?.[2] ?? NaN));
    rmSync(location, { recursive: true, force: true });
  }
  const ratio = median(second.map((s, i) => s.wall / first[i].wall));
  return [
    `cache: the same directory linted twice with --cache (a fresh cache each round)`,
    "",
    `first run ${median(first.map((s) => s.wall)).toFixed(0)} ms, second run ${median(second.map((s) => s.wall)).toFixed(0)} ms: second ÷ first ${ratio.toFixed(2)}×; files parsed on the second run: ${parsedOnSecond.join(", ")} (must be 0)`,
  ];
}
