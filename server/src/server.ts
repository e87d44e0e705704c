/** The Triangulate language server's entry point: creates the connection and wires handlers. */
import { isMainThread, workerData } from 'node:worker_threads';
import { openConnection, survive } from './lsp/transport';
import { wire } from './lsp/wire';
import { tuneHeap } from './lsp/memory';
import { isAnalysisWorkerData, runAnalysisWorker } from './lsp/analysisWorker';

if (!isMainThread && isAnalysisWorkerData(workerData)) {
  // This file also runs as the threads that analyse articles.
  runAnalysisWorker();
} else {
  tuneHeap();
  const connection = openConnection();
  survive(connection);
  wire(connection, { analysisScript: __filename });
  connection.listen();
}
