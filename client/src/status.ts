/**
 * The status-bar item: the finding count of the active article's story (the workspace's totals in
 * its tooltip), a note when files were skipped, a warning when part of the comparison failed, and
 * a spinner while the server reads a large folder. Clicking it opens the Problems view.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

/** The active article's story as the status bar shows it. */
export interface StoryCount {
  /** Findings shown on the story's articles, hints and reconciled findings excluded. */
  findings: number;
  /** How many articles (sources) the story has. */
  sources: number;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private last: StatusParams | undefined;
  private story: StoryCount | undefined;
  private running = false;

  constructor() {
    this.item = vscode.window.createStatusBarItem('triangulate.status', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'Triangulate';
    this.item.command = 'workbench.actions.view.problems';
  }

  /** The text the item shows now, for tests and for the extension's API. */
  get text(): string {
    return this.item.text;
  }

  /** Shows the server's latest summary. */
  update(status: StatusParams): void {
    this.last = status;
    this.running = true;
    this.render();
  }

  /** Shows the finding count of the active article's story, or the workspace's when undefined. */
  setStory(story: StoryCount | undefined): void {
    this.story = story;
    if (this.running) this.render();
  }

  private render(): void {
    const status = this.last;
    if (!status) return;
    const total = plural(status.findings, 'finding', 'findings');
    // A failed comparison means missing findings: the count alone would read as agreement.
    const failed = status.problemCount ?? 0;
    const icon = status.reading ? '$(sync~spin)' : failed ? '$(error)' : status.skipped.length ? '$(warning)' : '$(checklist)';
    // While a large folder is read, the counts are still growing, so the item says so instead.
    const shown = status.reading ? 'Reading articles…' : this.story ? `Story: ${plural(this.story.findings, 'finding', 'findings')}` : total;
    this.item.text = `${icon} ${shown}${failed && !status.reading ? ` (${plural(failed, 'check', 'checks')} failed)` : ''}`;
    this.item.backgroundColor = failed ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const lines: string[] = [];
    if (this.story) {
      lines.push(`This story: ${plural(this.story.sources, 'source', 'sources')}, ${plural(this.story.findings, 'finding', 'findings')}.`);
    }
    lines.push(
      `Workspace: ${plural(status.articles, 'article', 'articles')} in ${plural(status.stories, 'story', 'stories')}, ${total}.`,
    );
    if (failed) {
      lines.push('', `Failed, so findings may be missing (details in "Triangulate: Show Output"):`);
      for (const p of status.problems ?? []) lines.push(`- ${p}`);
      if (failed > (status.problems?.length ?? 0)) lines.push(`- and ${failed - (status.problems?.length ?? 0)} more`);
    }
    if (status.skipped.length) {
      lines.push('', 'Skipped:');
      for (const s of status.skipped) lines.push(`- ${vscode.Uri.parse(s.uri).path.split('/').pop()}: ${s.reason}`);
    }
    this.item.tooltip = lines.join('\n');
    this.item.show();
  }

  /** Shows that the server is not running. */
  stopped(): void {
    this.running = false;
    // The counts of the stopped server are stale; a restarted one sends its own.
    this.last = undefined;
    this.story = undefined;
    this.item.backgroundColor = undefined;
    this.item.text = '$(circle-slash) Triangulate';
    this.item.tooltip = 'The Triangulate language server is not running. Run "Triangulate: Restart Server".';
    this.item.command = 'triangulate.restartServer';
    this.item.show();
  }

  /** Shows that the server is running again. */
  started(): void {
    this.running = true;
    this.item.command = 'workbench.actions.view.problems';
    if (this.last) {
      this.render();
    } else {
      this.item.text = '$(sync~spin) Triangulate';
      this.item.tooltip = 'The Triangulate language server is starting.';
      this.item.show();
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
