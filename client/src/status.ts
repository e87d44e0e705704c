/**
 * The status-bar item: the workspace's finding count, a note when files were skipped, and a
 * spinner while the server reads a large folder. Clicking it opens the Problems view.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem('triangulate.status', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'Triangulate';
    this.item.command = 'workbench.actions.view.problems';
  }

  /** Shows the server's latest summary. */
  update(status: StatusParams): void {
    const findings = `${status.findings} finding${status.findings === 1 ? '' : 's'}`;
    const icon = status.reading ? '$(sync~spin)' : status.skipped.length ? '$(warning)' : '$(checklist)';
    this.item.text = `${icon} ${status.reading ? 'Reading articles…' : findings}`;
    const lines = [
      `Triangulate: ${status.articles} article${status.articles === 1 ? '' : 's'} in ${status.stories} stor${status.stories === 1 ? 'y' : 'ies'}, ${findings}.`,
    ];
    if (status.skipped.length) {
      lines.push('', 'Skipped:');
      for (const s of status.skipped) lines.push(`- ${vscode.Uri.parse(s.uri).path.split('/').pop()}: ${s.reason}`);
    }
    this.item.tooltip = lines.join('\n');
    this.item.show();
  }

  /** Shows that the server is not running. */
  stopped(): void {
    this.item.text = '$(circle-slash) Triangulate';
    this.item.tooltip = 'The Triangulate language server is not running. Run "Triangulate: Restart Server".';
    this.item.command = 'triangulate.restartServer';
    this.item.show();
  }

  /** Shows that the server is running again. */
  started(): void {
    this.item.command = 'workbench.actions.view.problems';
  }

  dispose(): void {
    this.item.dispose();
  }
}
