import { fork, spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node.js";

/** The installed `apigw-lint-lsp` (package.json `bin`): the bundle `npm run build` writes. */
export const SERVER = resolve(import.meta.dirname, "../../dist/bundle/apigw-lint-lsp.js");

export interface PublishedDiagnostics {
  readonly uri: string;
  readonly diagnostics: readonly {
    readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
    readonly severity: number;
    readonly source: string;
    readonly code: string;
    readonly codeDescription?: { href: string };
    readonly message: string;
    readonly tags?: number[];
    readonly data?: unknown;
  }[];
}

/** The built server in its own process, spoken to over its stdin/stdout as an editor does. */
export class TestClient {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly logs: string[] = [];
  private readonly published: PublishedDiagnostics[] = [];
  private waiters: (() => void)[] = [];

  /** stdio: the server's stdin/stdout; node-ipc: Node's IPC channel, as VS Code starts it. */
  constructor(server = SERVER, transport: "stdio" | "node-ipc" = "stdio", args: readonly string[] = []) {
    if (transport === "stdio") {
      this.child = spawn(process.execPath, [server, ...args, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
      this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    } else {
      this.child = fork(server, ["--node-ipc"], { stdio: ["ignore", "ignore", "pipe", "ipc"] });
      this.connection = createMessageConnection(new IPCMessageReader(this.child), new IPCMessageWriter(this.child));
    }
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishedDiagnostics) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification("window/logMessage", (params: { message: string }) => this.logs.push(params.message));
    this.connection.listen();
  }

  /** Waits for the next diagnostics published for `uri` that satisfy `accept` (those already seen count). */
  async diagnostics(uri: string, accept: (d: PublishedDiagnostics) => boolean = () => true, timeoutMs = 20_000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.published.findIndex((p) => p.uri === uri && accept(p));
      if (index >= 0) return this.published.splice(0, index + 1).pop()!;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} in ${timeoutMs} ms; seen: ${JSON.stringify(this.published.map((p) => [p.uri, p.diagnostics.map((d) => d.code)]))}`);
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 200);
      });
    }
  }

  forget(): void {
    this.published.length = 0;
  }

  async initialize(rootUri: string, initializationOptions: unknown = {}, capabilities: Record<string, unknown> = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>("initialize", {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: "test" }], capabilities, initializationOptions,
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }

  async open(uri: string, text: string, languageId = "yaml", version = 1): Promise<void> {
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
  }

  /** Shuts the server down as an editor does; resolves with its exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((done) => this.child.once("exit", (code) => done(code)));
    await this.connection.sendRequest("shutdown");
    await this.connection.sendNotification("exit");
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
