/** The extension's entry point: creates the context, registers the commands, starts the server. */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { ClaimsView, type ClaimNode } from './claimsView';
import { articlesExpected, offerOnFirstRun } from './firstRun';

let ctx: Ctx | null = null;

/**
 * What `activate` returns, reachable as `vscode.extensions.getExtension(…).exports`: a window on
 * the parts a person sees, so the integration tests can check them through the `vscode` API.
 */
export interface TriangulateApi {
  /** The tree behind the Explorer view "Triangulate: Claims". */
  readonly claims: vscode.TreeDataProvider<ClaimNode>;
  /** True while the language server runs. */
  readonly serverRunning: boolean;
  /** The text of the status-bar item. */
  readonly statusText: string;
  /** Stops the language server, as a crash would; "Triangulate: Restart Server" starts it again. */
  stopServer(): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<TriangulateApi> {
  const current = new Ctx(context);
  ctx = current;
  context.subscriptions.push(current);
  // Commands first, so "Restart Server" and "Show Output" work even if the start fails.
  registerCommands(current);
  current.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (current.config.requiresRestart(e)) void current.restart();
    }),
  );
  const claims = new ClaimsView(current);
  current.push(claims);
  current.push(current.onDidCheck.event(() => claims.refresh()));
  // A folder of plain text activates the extension for the first-run offer only; the server
  // starts once there are articles (the offer accepted, an article opened, an import).
  const started = (await articlesExpected()) ? await current.start() : false;
  if (!started) {
    current.push(vscode.workspace.onDidOpenTextDocument((d) => void (d.languageId === 'article' && !current.running && current.start())));
    void offerOnFirstRun(current).catch((err) => current.output.appendLine(`First-run check failed: ${err instanceof Error ? err.message : String(err)}`));
  }
  // The Explorer shows the claim ledger only where the extension runs.
  await vscode.commands.executeCommand('setContext', 'triangulate.active', true);
  if (started) claims.refresh();
  return {
    claims,
    get serverRunning() {
      return current.running !== null;
    },
    get statusText() {
      return current.status.text;
    },
    stopServer: async () => {
      await current.stop();
      current.status.stopped();
      claims.refresh();
    },
  };
}

export async function deactivate(): Promise<void> {
  const c = ctx;
  ctx = null;
  await c?.stop();
}
