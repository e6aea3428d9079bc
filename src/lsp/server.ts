import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection, type Diagnostic, type InitializeParams,
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { lintText } from "../engine/lint.js";
import { prepareHclParser } from "../load/index.js";
import { INPUT_EXTENSIONS } from "../discover/input-kinds.js";
import { clearRelatedFileCache } from "../engine/related.js";
import { ConfigError } from "../config/types.js";
import { CONFIG_FILE_NAMES } from "../config/load.js";
import { fixText } from "../fix/fix-text.js";
import { toolVersion } from "../config/package-root.js";
import { SOURCE, toDiagnostic } from "./diagnostics.js";
import { FIX_ALL_KIND, minimalEdits, quickFixes } from "./code-actions.js";
import { readSettings, Workspace, type ServerSettings } from "./workspace.js";
import { isLintable, lintTarget, pathsOf } from "./buffers.js";
import { IncrementalLoads } from "../load/yaml-incremental.js";

const DEFAULT_DEBOUNCE_MS = 50;

/**
 * The language server: lints open documents from their unsaved text with the CLI's engine and publishes
 * the same findings as diagnostics; offers the rules' fixes as code actions. Transport (stdio, node-ipc,
 * socket) comes from the command line, as vscode-languageserver reads it.
 */
export function startServer(connection: Connection = createConnection()): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  /** Each open document's last load: an edit re-reads only the entry it touched. */
  const loads = new IncrementalLoads();
  let initSettings: ServerSettings = {};
  let settings: ServerSettings = {};
  let pullConfiguration = false;
  const timers = new Map<string, NodeJS.Timeout>();
  /** Open document -> absolute paths of the files it read ($ref, AWS::Include). */
  const dependencies = new Map<string, Set<string>>();
  /** File URI -> (open document URI that found them -> diagnostics): a shared file shows what every user found. */
  const published = new Map<string, Map<string, Diagnostic[]>>();

  const log = (message: string) => connection.console.error(`apigw-lint: ${message}`);
  const guarded = <A extends unknown[], R>(what: string, handler: (...args: A) => R, fallback: R) => (...args: A): R => {
    try {
      return handler(...args);
    } catch (error) {
      log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  const publish = (fileUri: string, fromUri: string, diagnostics: Diagnostic[]) => {
    const bySource = published.get(fileUri) ?? new Map<string, Diagnostic[]>();
    if (diagnostics.length) bySource.set(fromUri, diagnostics);
    else bySource.delete(fromUri);
    if (bySource.size) published.set(fileUri, bySource);
    else published.delete(fileUri);
    const version = documents.get(fileUri)?.version;
    void connection.sendDiagnostics({ uri: fileUri, ...(version !== undefined ? { version } : {}), diagnostics: [...bySource.values()].flat() });
  };

  /** Publishes what a document found, in its own file and in the files it references; clears what went away. */
  const lintDocument = guarded("linting", (document: TextDocument) => {
    if (!isLintable(document)) return;
    const found = new Map<string, Diagnostic[]>([[document.uri, []]]);
    const related = new Set<string>();
    try {
      const { file, options } = lintTarget(document, workspace, settings, documents.all())!;
      const cwd = options.cwd!;
      const results = lintText(document.getText(), file, options, { relatedLoaded: (loaded) => related.add(loaded.absolutePath) }, loads.loaderFor(document.uri));
      for (const result of results) {
        const own = resolve(cwd, result.filePath) === file;
        const uri = own ? document.uri : pathToFileURL(resolve(cwd, result.filePath)).href;
        found.set(uri, result.messages.map((m) => toDiagnostic(m, own ? document.version : undefined)));
      }
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      found.set(document.uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: SOURCE, code: "config-error", message: `Configuration: ${error.diagnostic}` }]);
    }
    dependencies.set(document.uri, related);
    for (const [uri, bySource] of published) if (!found.has(uri) && bySource.has(document.uri)) publish(uri, document.uri, []);
    for (const [uri, diagnostics] of found) publish(uri, document.uri, diagnostics);
  }, undefined);

  /**
   * Debounce with a leading edge: an edit after a quiet spell is linted at once (the same tick's changes
   * still coalesce); an edit in a burst of typing waits until the burst pauses for `debounceMs`.
   */
  const lastChange = new Map<string, number>();
  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri));
    const wait = settings.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    const now = performance.now();
    const quiet = now - (lastChange.get(document.uri) ?? -Infinity) >= wait;
    lastChange.set(document.uri, now);
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) lintDocument(current);
    }, quiet ? 0 : wait));
  };

  /** The documents that read `uri`'s file ($ref, AWS::Include) are linted again: with its buffer while open, else the disk. */
  const scheduleUsersOf = (uri: string) => {
    const paths = pathsOf(uri);
    for (const document of documents.all()) {
      if (document.uri !== uri && paths.some((path) => dependencies.get(document.uri)?.has(path))) schedule(document);
    }
  };

  const relintAll = () => {
    clearRelatedFileCache();
    for (const document of documents.all()) lintDocument(document);
  };

  const refreshSettings = async () => {
    let fromClient: unknown;
    if (pullConfiguration) {
      try {
        fromClient = await connection.workspace.getConfiguration(SOURCE);
      } catch (error) {
        log(`workspace/configuration failed: ${String(error)}`);
      }
    }
    settings = { ...initSettings, ...readSettings(fromClient) };
  };

  connection.onInitialize(async (params: InitializeParams) => {
    // Terraform buffers are parsed by a WebAssembly grammar that loads asynchronously, once.
    await prepareHclParser();
    initSettings = readSettings(params.initializationOptions);
    settings = initSettings;
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.setFolders(folders);
    const watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const configRegistration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    connection.onInitialized(async () => {
      if (watchRegistration) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/*.{${INPUT_EXTENSIONS.join(",")}}` }, ...CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` }))] });
      if (configRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: SOURCE });
      await refreshSettings();
      relintAll();
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SOURCE, version: toolVersion() },
    };
  });

  connection.onDidChangeConfiguration(guarded("configuration change", async (change: { settings: unknown }) => {
    const section = (change.settings as Record<string, unknown> | null)?.[SOURCE];
    if (section !== undefined) initSettings = { ...initSettings, ...readSettings(section) };
    await refreshSettings();
    workspace.forgetConfigs();
    relintAll();
  }, Promise.resolve()));

  connection.onDidChangeWatchedFiles(guarded("watched files", (change) => {
    const paths = change.changes.filter((c) => c.uri.startsWith("file:")).map((c) => fileURLToPath(c.uri));
    if (paths.some((path) => CONFIG_FILE_NAMES.some((name) => path.endsWith(`/${name}`) || path.endsWith(`\\${name}`)))) {
      workspace.forgetConfigs();
      relintAll();
      return;
    }
    const changed = new Set(paths);
    clearRelatedFileCache();
    for (const document of documents.all()) {
      if ([...(dependencies.get(document.uri) ?? [])].some((path) => changed.has(path))) lintDocument(document);
    }
  }, undefined));

  documents.onDidOpen(guarded("open", (event) => {
    lintDocument(event.document);
    scheduleUsersOf(event.document.uri);
  }, undefined));
  documents.onDidChangeContent(guarded("change", (event) => {
    schedule(event.document);
    scheduleUsersOf(event.document.uri);
  }, undefined));
  documents.onDidClose(guarded("close", (event) => {
    // Its users read the disk again, which may have changed while the buffer was open.
    clearRelatedFileCache();
    scheduleUsersOf(event.document.uri);
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    lastChange.delete(event.document.uri);
    loads.forget(event.document.uri);
    dependencies.delete(event.document.uri);
    for (const [uri, bySource] of [...published]) if (bySource.has(event.document.uri)) publish(uri, event.document.uri, []);
  }, undefined));

  connection.onCodeAction(guarded("code actions", (params): CodeAction[] => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions = wants(CodeActionKind.QuickFix) ? quickFixes(document, params.context.diagnostics) : [];
    const target = wants(FIX_ALL_KIND) ? lintTarget(document, workspace, settings, documents.all()) : undefined;
    if (target) {
      const edits = minimalEdits(document, fixText(document.getText(), target.file, target.options).output);
      if (edits.length) actions.push({ title: "Fix all auto-fixable apigw-lint problems", kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
    }
    return actions;
  }, []));

  documents.listen(connection);
  connection.listen();
}
