/**
 * The extension's context: owns the language client, the output channel and every disposable,
 * and knows how to start, stop and restart the server.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { Config } from './config';
import { RestartPolicy } from './restartPolicy';
import { StatusItem } from './status';
import { STATUS, STORY_SOURCES, type StatusParams, type StorySource } from '../../server/src/lsp/protocol';
import { notificationText } from '../../server/src/lsp/shownText';
import { serverEnvironment, serverNodeOptions } from '../../server/src/lsp/nodeOptions';

/** Files the server reads as articles; their changes on disk are sent to it. */
export const ARTICLE_GLOB = '**/*.{article,txt}';

/** The editorial decisions file; the server re-reads it when it changes. */
export const DECISIONS_GLOB = '**/.triangulate/decisions.json';

export class Ctx implements vscode.Disposable {
  readonly config = new Config();
  readonly output: vscode.OutputChannel;
  readonly status = new StatusItem();
  /** Fires after the server re-checked stories, so views can refresh. */
  readonly onDidCheck = new vscode.EventEmitter<void>();
  private client: LanguageClient | null = null;
  private readonly disposables: vscode.Disposable[] = [];
  /** Disposables that live as long as one run of the server (watchers, listeners). */
  private session: vscode.Disposable[] = [];
  /** Decides whether a crashed server is started again, and when the user hears of it. */
  private readonly crashes = new RestartPolicy();
  /** Counts requests for the story's findings, so an answer to an older one is dropped. */
  private storyRequests = 0;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Triangulate');
    this.disposables.push(
      this.output,
      this.status,
      this.onDidCheck,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refreshStoryCount()),
    );
  }

  /**
   * Asks the server for the sources of the active article's story and shows their finding count
   * in the status bar; without an article (or a server) the bar shows the workspace's count.
   */
  async refreshStoryCount(): Promise<void> {
    const request = ++this.storyRequests;
    const client = this.running;
    const doc = vscode.window.activeTextEditor?.document;
    if (!client || doc?.languageId !== 'article') {
      this.status.setStory(undefined);
      return;
    }
    try {
      const sources = await client.sendRequest<StorySource[]>(STORY_SOURCES, { uri: doc.uri.toString() });
      if (request !== this.storyRequests) return;
      this.status.setStory(
        sources.length ? { sources: sources.length, findings: sources.reduce((sum, s) => sum + s.findings, 0) } : undefined,
      );
    } catch (err) {
      // A server stopping in the middle of the request is not worth a message; the bar says it is down.
      this.output.appendLine(`Could not count the story's findings: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** The running client, or null when the server is down. */
  get running(): LanguageClient | null {
    return this.client && this.client.state === State.Running ? this.client : null;
  }

  /** Registers a disposable to be released with the extension. */
  push(d: vscode.Disposable): void {
    this.disposables.push(d);
  }

  /** Starts the language server. Failures are shown to the user and logged, not thrown. */
  async start(): Promise<boolean> {
    if (this.client) return true;
    const module = this.extension.asAbsolutePath('server/out/server.js');
    // The server's own Node options first (its young generation), then the user's, which win;
    // its environment variables (how the C library keeps memory) beside the editor's own.
    const execArgv = serverNodeOptions(this.config.serverExtraArgs);
    const env = serverEnvironment();
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv, env } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6019'], env } },
    };
    const watcher = vscode.workspace.createFileSystemWatcher(ARTICLE_GLOB);
    const decisionsWatcher = vscode.workspace.createFileSystemWatcher(DECISIONS_GLOB);
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { language: 'article', scheme: 'file' },
        { language: 'article', scheme: 'untitled' },
      ],
      synchronize: { fileEvents: [watcher, decisionsWatcher] },
      outputChannel: this.output,
      // A crashed server is restarted at most four times in three minutes; the user is told of
      // the first crash and of giving up, never once per crash.
      errorHandler: {
        error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
        closed: () => this.serverClosed(),
      },
    };
    const client = new LanguageClient('triangulate', 'Triangulate', serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
      this.session.push(watcher, decisionsWatcher);
      this.session.push(
        client.onNotification(STATUS, (status: StatusParams) => {
          this.status.update(status);
          void this.refreshStoryCount();
          this.onDidCheck.fire();
        }),
      );
      this.session.push(
        client.onDidChangeState((e) => {
          if (e.newState === State.Stopped) this.status.stopped();
          else if (e.newState === State.Running) this.status.started();
        }),
      );
      this.status.started();
      return true;
    } catch (err) {
      watcher.dispose();
      decisionsWatcher.dispose();
      this.client = null;
      this.status.stopped();
      const message = err instanceof Error ? err.message : String(err);
      this.output.appendLine(`The Triangulate language server could not start: ${message}`);
      void vscode.window.showErrorMessage(notificationText(`Triangulate could not start its language server: ${message}`), 'Show Output').then((choice) => {
        if (choice) this.output.show(true);
      });
      return false;
    }
  }

  /** Stops the server if it runs. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = null;
    for (const d of this.session.splice(0)) d.dispose();
    if (!client) return;
    try {
      await client.stop(2000);
    } catch (err) {
      this.output.appendLine(`The server did not stop cleanly: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Applies the restart policy when the server's connection closes without being asked to. */
  private serverClosed(): CloseHandlerResult {
    const decision = this.crashes.crashed(Date.now());
    if (decision.message) {
      const actions = decision.restart ? ['Show Output'] : ['Restart Server', 'Show Output'];
      const shown = decision.restart ? vscode.window.showWarningMessage(decision.message, ...actions) : vscode.window.showErrorMessage(decision.message, ...actions);
      void shown.then((choice) => {
        if (choice === 'Show Output') this.output.show(true);
        else if (choice === 'Restart Server') void this.restart();
      });
    }
    return {
      action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart,
      message: decision.restart ? 'The server stopped unexpectedly; starting it again.' : (decision.message ?? undefined),
      // The message above, if any, is the only one the user sees.
      handled: true,
    };
  }

  async restart(): Promise<boolean> {
    this.crashes.reset();
    await this.stop();
    return this.start();
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
