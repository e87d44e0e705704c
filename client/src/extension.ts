/** The extension's entry point: creates the context, registers the commands, starts the server. */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { ClaimsView } from './claimsView';

let ctx: Ctx | null = null;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  // Commands first, so "Restart Server" and "Show Output" work even if the start fails.
  registerCommands(ctx);
  const current = ctx;
  current.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (current.config.requiresRestart(e)) void current.restart();
    }),
  );
  const claims = new ClaimsView(current);
  current.push(claims);
  current.push(current.onDidCheck.event(() => claims.refresh()));
  const started = await current.start();
  // The Explorer shows the claim ledger only where the extension runs.
  await vscode.commands.executeCommand('setContext', 'triangulate.active', true);
  if (started) claims.refresh();
}

export async function deactivate(): Promise<void> {
  const c = ctx;
  ctx = null;
  await c?.stop();
}
