// The VS Code face of apigw-lint: a thin client that starts the language server bundled with the
// extension (the apigw-lint package in its node_modules) and passes the editor's settings on.
const path = require("node:path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

const SECTION = "apigw-lint";
let client;

/** The server's entry point inside the bundled apigw-lint package (its exports expose package.json only). */
function serverModule() {
  const root = path.dirname(require.resolve("apigw-lint/package.json"));
  return path.join(root, "dist", "bundle", "apigw-lint-lsp.js");
}

function settings() {
  const config = vscode.workspace.getConfiguration(SECTION);
  const picked = {};
  for (const key of ["apiKind", "endpointType", "maxTimeout", "configFile", "debounceMs"]) {
    const value = config.get(key);
    if (value !== null && value !== undefined) picked[key] = value;
  }
  return picked;
}

async function activate(context) {
  const module = serverModule();
  const serverOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--inspect=6019"] } },
  };
  const clientOptions = {
    documentSelector: [
      { scheme: "file", language: "yaml" },
      { scheme: "file", language: "json" },
      { scheme: "file", language: "jsonc" },
      // Untitled buffers are linted too (as a file of their language, with the first folder's configuration).
      { scheme: "untitled", language: "yaml" },
      { scheme: "untitled", language: "json" },
      { scheme: "untitled", language: "jsonc" },
    ],
    initializationOptions: settings(),
    synchronize: {
      configurationSection: SECTION,
      // Configuration files and $ref'd / AWS::Include'd files: the server lints their users again.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher("**/*.{json,yaml,yml}"),
        vscode.workspace.createFileSystemWatcher("**/.apigw-lintrc"),
      ],
    },
  };
  client = new LanguageClient(SECTION, "apigw-lint", serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
