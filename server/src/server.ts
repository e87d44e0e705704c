/** The Triangulate language server's entry point: creates the connection and wires handlers. */
import { openConnection, survive } from './lsp/transport';
import { wire } from './lsp/wire';
import { tuneHeap } from './lsp/memory';

tuneHeap();

const connection = openConnection();
survive(connection);
wire(connection);
connection.listen();
