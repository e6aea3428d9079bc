#!/usr/bin/env node
// Builds editors/vscode into a .vsix with the language server bundled: the apigw-lint package as npm would
// publish it (npm pack) is installed into a copy of the extension, then `vsce package` zips it.
// Usage: node scripts/package-vscode.mjs [out.vsix]   (default: editors/vscode/apigw-lint-<version>.vsix)
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const source = join(root, "editors", "vscode");
const manifest = JSON.parse(readFileSync(join(source, "package.json"), "utf8"));
const out = resolve(process.argv[2] ?? join(source, `apigw-lint-${manifest.version}.vsix`));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const quiet = { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" };

const work = mkdtempSync(join(tmpdir(), "apigw-lint-vsix-"));
const [packed] = JSON.parse(execFileSync(npm, ["pack", "--json", "--pack-destination", work], { ...quiet, cwd: root, env: { ...process.env, npm_config_foreground_scripts: "false" } }));
const extension = join(work, "extension");
cpSync(source, extension, { recursive: true, filter: (path) => !path.endsWith(".vsix") && !path.includes("node_modules") });
const copied = { ...manifest, dependencies: { ...manifest.dependencies, "apigw-lint": `file:${join(work, packed.filename)}` } };
writeFileSync(join(extension, "package.json"), JSON.stringify(copied, null, 2) + "\n");
execFileSync(npm, ["install", "--omit=dev", "--no-audit", "--no-fund", "--no-package-lock"], { ...quiet, cwd: extension });
execFileSync(process.execPath, [join(root, "node_modules", "@vscode", "vsce", "vsce"), "package", "--allow-missing-repository", "--out", out], { ...quiet, cwd: extension });
console.log(out);
