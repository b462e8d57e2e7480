import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VettedServer } from './lsp/vettedServer';

// The transport (--stdio, --node-ipc, --socket=N) is chosen from the command line by createConnection.
new VettedServer(createConnection(ProposedFeatures.all)).listen();
