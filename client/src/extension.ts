import * as path from 'path';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { VSCODE_LANGUAGE_IDS } from '../../server/src/engine/languages';
import { SERVER_EXEC_ARGV } from '../../server/src/serverLaunch';
import { registerCommands } from './commands';
import { DocumentStatuses } from './documentStatus';
import { explainCommandHandlers, registerExplanationDocuments } from './explainCommand';
import { acceptCommandHandlers } from './provenance/acceptCommands';
import { registerPasteProvenance } from './provenance/pasteProvenance';
import { ProvenanceDecorations } from './provenance/decorations';
import { provenanceCommandHandlers, showAcceptNotices } from './provenance/provenanceCommands';
import { ProvenanceTracker } from './provenance/provenanceTracker';
import { readSettings } from './settings';
import { FindingsStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/**
 * The extension is deliberately thin: it starts the Vetted language server, passes settings and
 * workspace trust to it, and shows what it reports. All analysis lives in the server.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const activated = performance.now();
  let firstDiagnosticsLogged = false;
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: VSCODE_LANGUAGE_IDS.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: { settings: readSettings() },
    outputChannelName: 'Vetted',
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        // How long a user waited for the first squiggles (a start-up cost worth seeing in the log).
        if (!firstDiagnosticsLogged) {
          firstDiagnosticsLogged = true;
          client?.info(`first diagnostics ${Math.round(performance.now() - activated)} ms after the extension activated`);
        }
        next(uri, diagnostics);
      },
    },
  };
  client = new LanguageClient('vetted', 'Vetted', serverOptions, clientOptions);

  const pushSettings = () => client?.sendNotification(DidChangeConfigurationNotification.type, { settings: { vetted: readSettings() } });
  // Provenance lives in one store per repository, shared with `vetted hook` and the CLI (never sent
  // anywhere); earlier versions kept it in the window's own storage, migrated from there once.
  const legacyStore = context.storageUri ? path.join(context.storageUri.fsPath, 'provenance.json') : undefined;
  await client.start();
  const tracker = new ProvenanceTracker(client, { persist: true, legacyStore });
  const statuses = new DocumentStatuses(client);
  context.subscriptions.push(
    statuses,
    tracker,
    new ProvenanceDecorations(tracker),
    registerPasteProvenance(tracker),
    showAcceptNotices(client),
    registerExplanationDocuments(client),
    ...registerCommands({
      ...explainCommandHandlers,
      ...acceptCommandHandlers(tracker),
      ...provenanceCommandHandlers(tracker),
      restartServer: () => client?.restart(),
      showOutput: () => client?.outputChannel.show(),
    }),
    new FindingsStatusBar(tracker, statuses),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('vetted')) void pushSettings();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void pushSettings()),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
