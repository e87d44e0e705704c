import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';

// Placeholder until the LSP layer lands: a server that starts and answers initialize.
const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: {} }));
connection.listen();
