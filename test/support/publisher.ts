/**
 * A diagnostics publisher over a corpus, with no editor: every file it sends is recorded, in
 * order, and no document is open.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { Corpus } from '../../server/src/analysis';
import { DiagnosticsPublisher } from '../../server/src/lsp/handlers/diagnostics';
import type { Workspace } from '../../server/src/lsp/workspace';

export function publisherOver(corpus: Corpus, uriOf: (key: string) => string = (key) => key): { publisher: DiagnosticsPublisher; sent: { uri: string; diagnostics: Diagnostic[] }[] } {
  const sent: { uri: string; diagnostics: Diagnostic[] }[] = [];
  const connection = {
    sendDiagnostics: (p: { uri: string; diagnostics: Diagnostic[] }) => {
      sent.push({ uri: p.uri, diagnostics: p.diagnostics });
      return Promise.resolve();
    },
    console: { error: () => undefined },
  } as unknown as Connection;
  const workspace = {
    reading: false,
    snapshot: () => corpus.snapshot(),
    storiesAwaitingArticles: () => new Set<string>(),
    documentOf: () => undefined,
    versionOf: () => undefined,
    uriOf,
    noticeOf: () => undefined,
  } as unknown as Workspace;
  return { publisher: new DiagnosticsPublisher(connection, workspace), sent };
}
