import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A fresh folder holding the given files (path -> content); returns its absolute path. */
export function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "apigw-lint-test-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** An OpenAPI document with one integration per entry (path -> timeout); line numbers are predictable. */
export function openapi(timeouts: Record<string, number>, comment: (path: string) => string = () => ""): string {
  const lines = ["openapi: 3.0.1", 'info: { title: pets, version: "1" }', "paths:"];
  for (const [path, timeout] of Object.entries(timeouts)) {
    lines.push(
      `  ${path}:`,
      "    get:",
      '      responses: { "200": { description: ok } }',
      "      x-amazon-apigateway-integration:",
      "        type: http_proxy",
      "        httpMethod: GET",
      "        uri: https://example.com/pets",
      `${comment(path)}        timeoutInMillis: ${timeout}`,
    );
  }
  return lines.join("\n") + "\n";
}

/** A PutIntegration body (JSON) with the given timeout. */
export function putIntegration(timeout: number): string {
  return JSON.stringify({ type: "HTTP_PROXY", httpMethod: "GET", uri: "https://example.com/pets", timeoutInMillis: timeout }, null, 2) + "\n";
}
