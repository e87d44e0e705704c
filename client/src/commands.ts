/**
 * The command table. Every command behaves sensibly when the server is down: it says so and
 * offers to restart it instead of failing silently.
 */
import * as vscode from 'vscode';
import { CHECK_WORKSPACE, type CheckWorkspaceResult } from '../../server/src/lsp/protocol';
import type { Ctx } from './ctx';

type Command = (ctx: Ctx) => (...args: unknown[]) => unknown;

async function serverDown(ctx: Ctx): Promise<void> {
  const choice = await vscode.window.showWarningMessage('The Triangulate language server is not running.', 'Restart Server', 'Show Output');
  if (choice === 'Restart Server') await ctx.restart();
  else if (choice === 'Show Output') ctx.output.show(true);
}

/** Commands by id; each id is declared in package.json under `contributes.commands`. */
export const COMMANDS: Record<string, Command> = {
  'triangulate.restartServer': (ctx) => async () => {
    const ok = await ctx.restart();
    if (ok) void vscode.window.setStatusBarMessage('Triangulate: server restarted', 3000);
  },
  'triangulate.showOutput': (ctx) => () => ctx.output.show(true),
  'triangulate.checkWorkspace': (ctx) => async () => {
    const client = ctx.running;
    if (!client) return serverDown(ctx);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Triangulate: checking the workspace' },
      () => client.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE),
    );
    const skipped = result.skipped ? `, ${result.skipped} skipped (see output)` : '';
    void vscode.window.showInformationMessage(
      `Triangulate checked ${result.articles} article${result.articles === 1 ? '' : 's'} in ${result.stories} stor${result.stories === 1 ? 'y' : 'ies'}: ${result.findings} finding${result.findings === 1 ? '' : 's'}${skipped}.`,
    );
    if (result.findings) await vscode.commands.executeCommand('workbench.actions.view.problems');
    return result;
  },
};

/** Registers every command of the table. */
export function registerCommands(ctx: Ctx): void {
  for (const [id, make] of Object.entries(COMMANDS)) {
    const run = make(ctx);
    ctx.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await run(...args);
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          ctx.output.appendLine(`${id} failed: ${message}`);
          void vscode.window.showErrorMessage(`Triangulate: ${message}`);
          return undefined;
        }
      }),
    );
  }
}
