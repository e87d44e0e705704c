/** The Triangulate language server's entry point: creates the connection and wires handlers. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { wire } from './lsp/wire';

const connection = createConnection(ProposedFeatures.all);
wire(connection);
connection.listen();
