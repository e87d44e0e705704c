/**
 * Connects the protocol to the workspace and the feature handlers. Every request runs guarded:
 * an exception in one handler is logged and answered as an error, never fatal to the server.
 */
import {
  DidChangeConfigurationNotification,
  ResponseError,
  ErrorCodes,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientFeatures, serverCapabilities, type ClientFeatures } from './capabilities';
import {
  CHECK_WORKSPACE,
  CLAIMS,
  EXPORT_ANNOTATIONS,
  RECONCILE_COMMAND,
  STATUS,
  STORY_BOARD,
  STORY_SOURCES,
  type CheckWorkspaceResult,
  type LedgerClaim,
  type ExportAnnotationsParams,
  type ExportAnnotationsResult,
  type StatusParams,
  type StoryBoardData,
  type StorySource,
} from './protocol';
import { basename } from 'node:path';
import { describeProblem, type StoryProblem } from '../analysis';
import { DecisionStore, isDecisionsFile } from '../host';
import { exportStory } from './export';
import { notificationText } from './shownText';
import { DEFAULT_SETTINGS, corpusOptionsOf, pullSettings, settingsDiffer, type Settings } from './settings';
import { Workspace, keyOf } from './workspace';
import { AnalysisPool } from './analysisPool';
import { requestHold } from './requestHold';
import {
  DiagnosticsPublisher,
  claimLedger,
  codeActions,
  codeLenses,
  findingAtSpan,
  definition,
  documentHighlights,
  documentSymbols,
  foldingRanges,
  hover,
  inlayHints,
  references,
  semanticTokens,
  storyBoardData,
  workspaceSymbols,
} from './handlers';

/**
 * Handlers named in the environment variable `TRIANGULATE_FAULTS` (comma-separated, as in
 * "Hover,Outline") throw instead of answering: the reliability tests use it to check that a
 * failing handler is logged and answered as an error while the server goes on.
 */
const INJECTED_FAULTS = new Set((process.env.TRIANGULATE_FAULTS ?? '').split(',').map((s) => s.trim()).filter(Boolean));

/** Per connection, what a request must wait for before it is handled (see `requestHold.ts`). */
const holds = new WeakMap<Connection, (params: unknown) => Promise<void> | null>();

/**
 * Runs a request handler, turning a thrown error into a logged error response. A request about
 * a document whose text is still being analysed is handled once that text is.
 */
function guarded<P, R>(connection: Connection, name: string, run: (params: P) => R): (params: P) => R | ResponseError<void> | Promise<R | ResponseError<void>> {
  const answer = (params: P): R | ResponseError<void> => {
    try {
      if (INJECTED_FAULTS.has(name)) throw new Error(`fault injected into ${name} by TRIANGULATE_FAULTS`);
      return run(params);
    } catch (err) {
      connection.console.error(`${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (params: P) => {
    const wait = holds.get(connection)?.(params);
    return wait ? wait.then(() => answer(params)) : answer(params);
  };
}

/** The last part of a path, as the status bar names a story or an article. */
const baseName = (path: string): string => basename(path) || path;

/**
 * Registers every handler on the connection. `analysisScript` is the script that analysis
 * threads run (the server's bundle); without it, articles are analysed on this thread.
 */
export function wire(connection: Connection, options: { analysisScript?: string } = {}): void {
  // Background work (reading files, pulling settings) runs detached from any request; a
  // failure there is logged, never left as an unhandled rejection that would end the process.
  const background = (name: string, work: Promise<unknown>): void => {
    work.catch((err) => connection.console.error(`${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`));
  };
  const documents = new TextDocuments(TextDocument);
  const pool = new AnalysisPool({
    script: options.analysisScript ?? null,
    timeLimitMs: DEFAULT_SETTINGS.analysisTimeLimit * 1000,
    log: (m) => connection.console.warn(m),
    info: (m) => connection.console.info(m),
  });
  connection.onShutdown(() => pool.dispose());
  const workspace = new Workspace({ info: (m) => connection.console.info(m), warn: (m) => connection.console.warn(m) }, pool);
  holds.set(connection, (params) => requestHold(workspace, params));
  const publisher = new DiagnosticsPublisher(connection, workspace);
  const decisions = new DecisionStore();
  // A decisions file that cannot be used is an error the user sees, once per distinct error,
  // not only a line in the log: until it is fixed, findings the team reconciled show again.
  const shownDecisionErrors = new Set<string>();
  const loadDecisions = async (): Promise<void> => {
    const reads = await decisions.load(workspace.folderPaths);
    for (const r of reads) {
      for (const p of r.problems) connection.console.warn(p);
      if (r.error) connection.console.error(r.error);
      if (r.error && !shownDecisionErrors.has(r.error)) void connection.window.showErrorMessage(notificationText(`Triangulate: ${r.error}`));
    }
    shownDecisionErrors.clear();
    for (const e of decisions.errors) shownDecisionErrors.add(e);
  };
  publisher.keep = (f) => decisions.keep(f);
  let features: ClientFeatures = clientFeatures({});
  let settings: Settings = DEFAULT_SETTINGS;
  let folders: string[] = [];

  workspace.onDidChange = (keys) => publisher.schedule(keys);

  // Reading a large folder shows as work-done progress in the editor's status bar, when the
  // client supports progress started by the server.
  let progress: { report(percentage: number, message: string): void; done(): void } | null = null;
  let progressStarting = false;
  workspace.onProgress = (done, total) => {
    if (done >= total) {
      progress?.done();
      progress = null;
      return;
    }
    if (!features.workDoneProgress || progress || progressStarting) {
      progress?.report(Math.floor((done / total) * 100), `${done} of ${total} articles`);
      return;
    }
    progressStarting = true;
    connection.window
      .createWorkDoneProgress()
      .then((p) => {
        p.begin('Triangulate: reading articles', Math.floor((done / total) * 100), `${done} of ${total} articles`);
        progress = p;
      })
      .catch(() => undefined)
      .finally(() => {
        progressStarting = false;
        if (!workspace.reading) {
          progress?.done();
          progress = null;
        }
      });
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // A thread loads while the client and the server exchange settings and the folders are
    // listed, so the article opened first is analysed without waiting for one.
    pool.warm();
    features = clientFeatures(params.capabilities);
    publisher.setRelatedSupport(features.relatedInformation);
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!folders.length && params.rootUri) folders = [params.rootUri];
    // Until the folders are read the status says so, even when an article opened at once is
    // checked first: its story may still be missing articles.
    if (folders.length) workspace.reading = true;
    return { capabilities: serverCapabilities(features), serverInfo: { name: 'Triangulate' } };
  });

  const applySettings = async (): Promise<void> => {
    const next = await pullSettings(connection, features.configuration);
    const sizeChanged = next.maxFileSize !== settings.maxFileSize;
    // The editor reports every settings change, most of them someone else's: only ours count,
    // because reconfiguring the corpus re-checks every story.
    if (!settingsDiffer(next, settings)) return;
    settings = next;
    workspace.configure(corpusOptionsOf(settings), settings.maxFileSize, settings.analysisTimeLimit * 1000);
    if (sizeChanged) await workspace.rescan();
    publisher.scheduleAll();
    refreshViews();
  };

  // Inlay hints and code lenses depend on settings and on the whole story; ask the client to
  // fetch them again when either changes, if it can.
  const refreshViews = (): void => {
    if (features.inlayHintRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (features.codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };
  // A failure in the comparison is logged once, and shown in the status bar while it lasts.
  const logged = new WeakSet<StoryProblem>();
  const sendStatus = (): void => {
    const snapshot = workspace.snapshot();
    const stories = snapshot.stories();
    let findings = 0;
    const problems: string[] = [];
    let problemCount = 0;
    for (const story of stories) {
      for (const f of story.findings ?? []) if (f.severity !== 'hint' && decisions.keep(f)) findings++;
      for (const p of story.problems ?? []) {
        if (!logged.has(p)) {
          logged.add(p);
          connection.console.error(`Comparison failed: ${describeProblem(p)}`);
        }
        if (problemCount++ < 20) problems.push(describeProblem(p, baseName));
      }
    }
    const skipped = [...workspace.skipped].slice(0, 20).map(([key, reason]) => ({ uri: workspace.uriOf(key), reason }));
    const status: StatusParams = { articles: snapshot.paths().length, stories: stories.length, findings, skipped, reading: workspace.reading, problems, problemCount };
    void connection.sendNotification(STATUS, status).catch(() => undefined);
  };
  publisher.onDidPublish = () => {
    refreshViews();
    sendStatus();
  };

  connection.onInitialized(async () => {
    if (features.configuration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'triangulate' }).catch(() => undefined);
    }
    if (features.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
        background(
          'Reading the workspace folders',
          workspace.setFolders(folders).then(async () => {
            await loadDecisions();
            publisher.scheduleAll();
          }),
        );
      });
    }
    try {
      settings = await pullSettings(connection, features.configuration);
      workspace.configure(corpusOptionsOf(settings), settings.maxFileSize, settings.analysisTimeLimit * 1000);
      await workspace.setFolders(folders);
      await loadDecisions();
      connection.console.info(`Triangulate read ${workspace.snapshot().paths().length} articles.`);
    } catch (err) {
      workspace.reading = false;
      connection.console.error(`Could not read the workspace: ${err instanceof Error ? err.message : String(err)}`);
    }
    // Every story read is published as it is compared; what is left is to publish the stories
    // still waiting for articles. Files already published are sent again only when a recorded
    // decision may hide some of their findings: the decisions are read after the folders, and
    // until then every finding was shown.
    publisher.scheduleAll(true, decisions.size > 0);
  });

  connection.onDidChangeConfiguration(() => {
    background('Reading the settings', applySettings());
  });

  documents.onDidOpen((e) => workspace.didOpen(e.document));
  documents.onDidChangeContent((e) => {
    // The first content event of a document is its opening, handled above.
    if (workspace.documentOf(keyOf(e.document.uri))) workspace.didChange(e.document);
  });
  documents.onDidClose((e) => background('Closing a document', workspace.didClose(e.document)));
  connection.onDidChangeWatchedFiles((params) => {
    background('Reading changed files', workspace.didChangeFiles(params.changes));
    // A decisions file edited by hand, or by a teammate's commit, changes what is shown.
    if (params.changes.some((c) => isDecisionsFile(c.uri))) {
      background(
        'Reading the decisions',
        loadDecisions().then(() => publisher.scheduleAll()),
      );
    }
  });

  connection.languages.semanticTokens.on(
    guarded(connection, 'Semantic tokens', (params) => semanticTokens(workspace.snapshot().article(keyOf(params.textDocument.uri)))),
  );
  connection.languages.semanticTokens.onRange(
    guarded(connection, 'Semantic tokens', (params) => semanticTokens(workspace.snapshot().article(keyOf(params.textDocument.uri)), params.range)),
  );
  connection.onHover(
    guarded(connection, 'Hover', (params) => hover(workspace.snapshot(), keyOf(params.textDocument.uri), params.position, (k) => workspace.uriOf(k), (f) => decisions.keep(f))),
  );
  connection.onDocumentSymbol(
    guarded(connection, 'Outline', (params) => {
      const snapshot = workspace.snapshot();
      const key = keyOf(params.textDocument.uri);
      return documentSymbols(snapshot.article(key), snapshot.storyOf(key));
    }),
  );
  connection.onFoldingRanges(guarded(connection, 'Folding', (params) => foldingRanges(workspace.snapshot().article(keyOf(params.textDocument.uri)))));

  const uriOf = (k: string) => workspace.uriOf(k);
  connection.onDefinition(guarded(connection, 'Definition', (p) => definition(workspace.snapshot(), keyOf(p.textDocument.uri), p.position, uriOf)));
  connection.onReferences(guarded(connection, 'References', (p) => references(workspace.snapshot(), keyOf(p.textDocument.uri), p.position, uriOf)));
  connection.onDocumentHighlight(guarded(connection, 'Highlights', (p) => documentHighlights(workspace.snapshot(), keyOf(p.textDocument.uri), p.position)));
  connection.onWorkspaceSymbol(guarded(connection, 'Workspace symbols', (p) => workspaceSymbols(workspace.snapshot(), p.query, uriOf)));
  connection.languages.inlayHint.on(
    guarded(connection, 'Inlay hints', (p) => (settings.inlayHintsDates ? inlayHints(workspace.snapshot().article(keyOf(p.textDocument.uri)), p.range) : [])),
  );
  connection.onCodeLens(guarded(connection, 'Code lens', (p) => (settings.codeLens ? codeLenses(workspace.snapshot().storyOf(keyOf(p.textDocument.uri))) : [])));

  connection.onCodeAction(guarded(connection, 'Code actions', (p) => codeActions(workspace.snapshot(), keyOf(p.textDocument.uri), p, uriOf)));
  connection.onExecuteCommand(async (params) => {
    if (params.command !== RECONCILE_COMMAND) return null;
    const [uri, rule, start, end] = (params.arguments ?? []) as [unknown, unknown, unknown, unknown];
    if (typeof uri !== 'string' || typeof rule !== 'string' || typeof start !== 'number' || typeof end !== 'number') {
      return new ResponseError(ErrorCodes.InvalidParams, 'Mark as reconciled needs a document, a rule and a span.');
    }
    await workspace.whenAnalysed(keyOf(uri));
    const finding = findingAtSpan(workspace.snapshot(), keyOf(uri), rule, start, end);
    if (!finding) {
      void connection.window.showWarningMessage('That finding is no longer reported; nothing was recorded.');
      return null;
    }
    try {
      // The finding's own message is the default note, so a reviewer reading the file (or its
      // diff) sees what was reconciled, not only a fingerprint.
      const result = await decisions.reconcile(finding, finding.message);
      if ('error' in result) {
        void connection.window.showErrorMessage(notificationText(`Triangulate could not record the decision: ${result.error}`));
        return null;
      }
      for (const p of result.problems) connection.console.warn(p);
      connection.console.info(`Recorded in ${result.file}: ${finding.rule} reconciled.`);
      publisher.scheduleAll(true);
      return { file: result.file };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      void connection.window.showErrorMessage(notificationText(`Triangulate could not write the decisions file: ${message}`));
      return new ResponseError(ErrorCodes.InternalError, message);
    }
  });

  connection.onRequest(
    CLAIMS,
    guarded(connection, 'Claims', (p: { uri: string }): LedgerClaim[] =>
      claimLedger(workspace.snapshot().storyOf(keyOf(p.uri)), uriOf, (f) => decisions.keep(f)),
    ),
  );

  connection.onRequest(
    STORY_BOARD,
    guarded(connection, 'Story board', (p: { uri: string }): StoryBoardData =>
      storyBoardData(workspace.snapshot().storyOf(keyOf(p.uri)), uriOf, (f) => decisions.keep(f)),
    ),
  );

  connection.onRequest(
    STORY_SOURCES,
    guarded(connection, 'Story sources', (p: { uri: string }): StorySource[] => {
      const story = workspace.snapshot().storyOf(keyOf(p.uri));
      if (!story) return [];
      return story.articles.map((a) => ({
        uri: workspace.uriOf(a.path),
        outlet: a.outlet,
        title: a.title,
        date: a.header.date,
        findings: (story.findings ?? []).filter((f) => f.path === a.path && f.severity !== 'hint' && decisions.keep(f)).length,
      }));
    }),
  );

  // The export writes the story the server holds, analysed with the user's settings, through
  // the same writer as the command line's.
  connection.onRequest(EXPORT_ANNOTATIONS, async (p: ExportAnnotationsParams): Promise<ExportAnnotationsResult> => {
    try {
      // The export writes the whole story: every analysis under way ends first.
      await workspace.settled();
      return await exportStory(workspace.snapshot(), keyOf(p?.uri ?? ''), p?.format, settings.maxFileSize);
    } catch (err) {
      connection.console.error(`Export failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  });

  connection.onRequest(CHECK_WORKSPACE, async (): Promise<CheckWorkspaceResult> => {
    await workspace.rescan();
    publisher.scheduleAll();
    const findings = publisher.publishNow();
    const snapshot = workspace.snapshot();
    return { articles: snapshot.paths().length, stories: snapshot.stories().length, findings, skipped: workspace.skipped.size };
  });

  documents.listen(connection);
}
