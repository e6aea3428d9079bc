#!/usr/bin/env node
// The Terraform case of scripts/bench.mjs: the generated OpenAPI document of N operations written as a
// Terraform module (one aws_api_gateway_resource per path segment, a method, an integration, method and
// integration responses per operation; split over files of 500 operations, as one folder = one module),
// linted as a folder beside a floor: web-tree-sitter parsing every file of the folder and walking the trees.
//   node scripts/bench-terraform.mjs floor DIR    the floor alone (one JSON line: files, nodes)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { toGetResources } from "./bench-extra.mjs";

const OPERATIONS_PER_FILE = 500;

/** An HCL string literal: escapes, and `${` / `%{` kept literal. */
const hcl = (value) => `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/\$\{/g, "$${").replace(/%\{/g, "%%{")}"`;
const map = (object, indent) => `{\n${Object.entries(object).map(([k, v]) => `${indent}  ${hcl(k)} = ${typeof v === "boolean" || typeof v === "number" ? v : hcl(v)}`).join("\n")}\n${indent}}`;

const INTEGRATION_ARGUMENTS = {
  type: "type", httpMethod: "integration_http_method", uri: "uri", credentials: "credentials", connectionType: "connection_type",
  connectionId: "connection_id", passthroughBehavior: "passthrough_behavior", contentHandling: "content_handling",
  timeoutInMillis: "timeout_milliseconds", cacheNamespace: "cache_namespace",
};

/** The module's files: name -> text; and how many integrations it holds. */
export function toTerraform(openapi) {
  const { document, methods } = toGetResources(openapi);
  const head = ['resource "aws_api_gateway_rest_api" "api" {\n  name = "bench"\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}\n'];
  const resources = new Map([["/", "aws_api_gateway_rest_api.api.root_resource_id"]]);
  const resourceOf = (path) => {
    if (resources.has(path)) return resources.get(path);
    const cut = path.lastIndexOf("/");
    const parent = resourceOf(cut <= 0 ? "/" : path.slice(0, cut));
    const name = `r${resources.size}`;
    head.push(`resource "aws_api_gateway_resource" "${name}" {\n  rest_api_id = aws_api_gateway_rest_api.api.id\n  parent_id   = ${parent}\n  path_part   = ${hcl(path.slice(cut + 1))}\n}\n`);
    resources.set(path, `aws_api_gateway_resource.${name}.id`);
    return resources.get(path);
  };
  const files = { "main.tf": "" };
  let blocks = [];
  let n = 0;
  for (const item of document.items) {
    for (const [verb, method] of Object.entries(item.resourceMethods ?? {})) {
      const id = `m${n}`;
      const where = `  rest_api_id = aws_api_gateway_rest_api.api.id\n  resource_id = ${resourceOf(item.path)}\n  http_method = aws_api_gateway_method.${id}.http_method\n`;
      blocks.push(`resource "aws_api_gateway_method" "${id}" {\n  rest_api_id   = aws_api_gateway_rest_api.api.id\n  resource_id   = ${resourceOf(item.path)}\n  http_method   = ${hcl(verb)}\n  authorization = "NONE"\n  request_parameters = ${map(method.requestParameters, "  ")}\n}\n`);
      const integration = method.methodIntegration;
      const args = Object.entries(INTEGRATION_ARGUMENTS).filter(([key]) => integration[key] !== undefined).map(([key, name]) => `  ${name} = ${typeof integration[key] === "number" ? integration[key] : hcl(integration[key])}\n`);
      if (integration.requestParameters) args.push(`  request_parameters = ${map(integration.requestParameters, "  ")}\n`);
      if (integration.requestTemplates) args.push(`  request_templates = ${map(integration.requestTemplates, "  ")}\n`);
      if (integration.cacheKeyParameters) args.push(`  cache_key_parameters = [${integration.cacheKeyParameters.map(hcl).join(", ")}]\n`);
      blocks.push(`resource "aws_api_gateway_integration" "${id}" {\n${where}${args.join("")}}\n`);
      for (const [status, response] of Object.entries(method.methodResponses ?? {})) {
        blocks.push(`resource "aws_api_gateway_method_response" "${id}_${status}" {\n${where}  status_code = ${hcl(status)}\n  response_parameters = ${map(response.responseParameters, "  ")}\n}\n`);
      }
      for (const [status, response] of Object.entries(integration.integrationResponses ?? {})) {
        const parts = [`  status_code = ${hcl(status)}\n`];
        if (response.selectionPattern !== undefined) parts.push(`  selection_pattern = ${hcl(response.selectionPattern)}\n`);
        if (response.responseParameters) parts.push(`  response_parameters = ${map(response.responseParameters, "  ")}\n`);
        if (response.responseTemplates) parts.push(`  response_templates = ${map(response.responseTemplates, "  ")}\n`);
        blocks.push(`resource "aws_api_gateway_integration_response" "${id}_${status}" {\n${where}${parts.join("")}}\n`);
      }
      n++;
      if (n % OPERATIONS_PER_FILE === 0) {
        files[`operations-${String(n / OPERATIONS_PER_FILE).padStart(2, "0")}.tf`] = blocks.join("\n");
        blocks = [];
      }
    }
  }
  if (blocks.length) files[`operations-${String(Math.ceil(n / OPERATIONS_PER_FILE)).padStart(2, "0")}.tf`] = blocks.join("\n");
  files["main.tf"] = head.join("\n");
  return { files, integrations: methods };
}

export function terraformCase({ docs, out, cli, measure, median, rounds, size }) {
  const source = join(docs, `api-${size}.json`);
  if (!existsSync(source)) return [];
  const dir = join(out, `terraform-${size}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { files, integrations } = toTerraform(JSON.parse(readFileSync(source, "utf8")));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const bytes = Object.values(files).reduce((sum, text) => sum + text.length, 0);
  const lint = [];
  const floor = [];
  for (let round = 0; round < rounds; round++) {
    const pair = [() => lint.push(measure([cli, "-f", "json", dir])), () => floor.push(measure([new URL(import.meta.url).pathname, "floor", dir]))];
    if (round % 2) pair.reverse();
    for (const go of pair) go();
  }
  const findings = JSON.parse(lint[0].stdout).reduce((sum, result) => sum + result.messages.length, 0);
  const ratio = median(lint.map((l, i) => l.wall / floor[i].wall));
  return [
    `terraform: the ${size}-operation document as a Terraform module, ${Object.keys(files).length} .tf files (${(bytes / 1e6).toFixed(1)} MB), ${integrations} aws_api_gateway_integration resources`,
    "",
    "| command | wall ms | RSS MB |",
    "|---|---:|---:|",
    `| floor: web-tree-sitter parse + walk of every file | ${median(floor.map((s) => s.wall)).toFixed(0)} | ${median(floor.map((s) => s.rss)).toFixed(0)} |`,
    `| apigw-lint -f json DIR | ${median(lint.map((s) => s.wall)).toFixed(0)} | ${median(lint.map((s) => s.rss)).toFixed(0)} |`,
    "",
    `lint ÷ floor (median of per-round ratios): ${ratio.toFixed(2)}×; ${findings} findings. One folder is one module: its files are linted on one thread, which reads each file once (a file linted on its own and loaded as a sibling share one load).`,
  ];
}

if (process.argv[2] === "floor") {
  const dir = process.argv[3];
  const require = createRequire(import.meta.url);
  const { Parser, Language } = await import("web-tree-sitter");
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm")));
  let nodes = 0;
  const names = readdirSync(dir).filter((name) => name.endsWith(".tf"));
  for (const name of names) {
    const tree = parser.parse(readFileSync(join(dir, name), "utf8"));
    const cursor = tree.walk();
    // Depth-first over every node, as a loader must visit them.
    for (let more = true; more; ) {
      nodes++;
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          more = false;
          break;
        }
      }
    }
    tree.delete();
  }
  process.stdout.write(JSON.stringify({ files: names.length, nodes }) + "\n");
}
