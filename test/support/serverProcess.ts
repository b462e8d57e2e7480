import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { DocumentStatusNotification, DocumentStatusParams } from '../../server/src/protocol';
import { SERVER_EXEC_ARGV } from '../../server/src/serverLaunch';

export const SERVER_BUNDLE = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

/**
 * The built language server as a real child process over stdio, driven by a JSON-RPC client the
 * way an editor drives it.
 */
export class ServerProcess {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  readonly messages: { type: number; message: string }[] = [];
  /** `vetted/documentStatus` notifications, oldest first. */
  readonly statuses: DocumentStatusParams[] = [];
  stderr = '';

  private constructor() {
    this.child = spawn(process.execPath, [...SERVER_EXEC_ARGV, SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => (this.stderr += d));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const w of this.waiters.splice(0)) w();
    });
    this.connection.onNotification(ShowMessageNotification.type, (m) => {
      this.messages.push(m);
    });
    this.connection.onRequest(ShowMessageRequest.type, (m) => {
      this.messages.push(m);
      return null;
    });
    this.connection.onNotification(LogMessageNotification.type, () => undefined);
    this.connection.onNotification(DocumentStatusNotification, (status) => {
      this.statuses.push(status);
    });
    this.connection.listen();
  }

  /**
   * `initializationOptions` replaces the usual `{ settings: { debounceMs: 20, ...settings } }` as
   * sent, for clients that send something else (or nothing: `null`).
   */
  static async start(
    options: { settings?: object; workspaceFolder?: string; initializationOptions?: unknown } = {},
  ): Promise<ServerProcess> {
    const server = new ServerProcess();
    await server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: options.workspaceFolder ? [{ uri: fileUri(options.workspaceFolder), name: 'ws' }] : null,
      initializationOptions:
        'initializationOptions' in options ? options.initializationOptions : { settings: { debounceMs: 20, ...options.settings } },
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  open(uri: string, languageId: string, text: string, version = 1): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** `contentChanges` may be invalid on purpose: the server must reject those. */
  change(uri: string, version: number, contentChanges: object[]): void {
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: contentChanges as TextDocumentContentChangeEvent[],
    });
  }

  /**
   * Sends a request with parameters that need not match its type: the tests of malformed input
   * use this. The method name still comes from the descriptor.
   */
  requestUnchecked(type: { method: string }, params: unknown): Promise<unknown> {
    return this.connection.sendRequest(type.method, params);
  }

  /** Sends a notification with parameters that need not match its type (see requestUnchecked). */
  notifyUnchecked(type: { method: string }, params: unknown): void {
    void this.connection.sendNotification(type.method, params);
  }

  /** Waits for a publishDiagnostics for `uri` (optionally for a given version) and returns its diagnostics. */
  async diagnostics(uri: string, version?: number, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = [...this.published].reverse().find((p) => p.uri === uri && (version === undefined || p.version === version));
      if (found) return found.diagnostics;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** All publishDiagnostics received for `uri`, oldest first. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    this.connection.dispose();
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** The server's process id (the benchmark reads its memory use). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return this.child.exitCode === null;
  }
}

export function fileUri(p: string): string {
  return pathToFileURL(path.resolve(p)).href;
}
