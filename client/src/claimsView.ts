/**
 * The claim ledger view in the Explorer ("Triangulate: Claims"): for the story of the article in
 * the editor, each claim with the outlets that state it (those that differ marked), and those
 * silent on it. Selecting a statement opens the article at its words.
 */
import * as vscode from 'vscode';
import { CLAIMS, OPEN_LOCATION_COMMAND, type LedgerClaim, type LedgerEntry } from '../../server/src/lsp/protocol';
import type { Ctx } from './ctx';

/** One row of the view: a claim, one outlet's statement of it, the silent outlets, or a message. */
export type ClaimNode = { claim: LedgerClaim } | { entry: LedgerEntry } | { silent: string[] } | { message: string };
type Node = ClaimNode;

const ICONS: Record<string, string> = { role: 'person', quote: 'quote', quantity: 'symbol-number', date: 'calendar', act: 'check' };

export class ClaimsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private article: vscode.Uri | undefined;

  constructor(private readonly ctx: Ctx) {
    this.disposables.push(
      this.changed,
      vscode.window.registerTreeDataProvider('triangulate.claims', this),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e?.document.languageId === 'article' && e.document.uri.toString() !== this.article?.toString()) {
          this.article = e.document.uri;
          this.refresh();
        }
      }),
    );
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId === 'article') this.article = doc.uri;
  }

  /** Asks the view to fetch the ledger again (after the server re-checked the stories). */
  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const client = this.ctx.running;
      if (!client) return [{ message: 'The Triangulate server is not running.' }];
      if (!this.article) return [{ message: 'Open an article to see the claims of its story.' }];
      const ledger = await client.sendRequest<LedgerClaim[]>(CLAIMS, { uri: this.article.toString() });
      return ledger.length ? ledger.map((claim) => ({ claim })) : [{ message: 'No claims found in this story.' }];
    }
    if ('claim' in node) {
      const children: Node[] = node.claim.entries.map((entry) => ({ entry }));
      if (node.claim.silent.length) children.push({ silent: node.claim.silent });
      return children;
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('claim' in node) {
      const c = node.claim;
      const item = new vscode.TreeItem(c.label, vscode.TreeItemCollapsibleState.Collapsed);
      const outlets = new Set(c.entries.map((e) => e.outlet)).size;
      item.description = `${outlets} source${outlets === 1 ? '' : 's'}${c.differing ? ` · ${c.differing} differ` : ''}`;
      item.iconPath = new vscode.ThemeIcon(ICONS[c.kind] ?? 'circle-outline', c.differing ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined);
      return item;
    }
    if ('entry' in node) {
      const e = node.entry;
      const item = new vscode.TreeItem(e.outlet, vscode.TreeItemCollapsibleState.None);
      item.description = e.text;
      item.tooltip = `${e.outlet}: ${e.text}${e.differs ? '\n(differs from another source)' : ''}`;
      item.iconPath = new vscode.ThemeIcon(e.differs ? 'warning' : 'pass');
      item.command = { title: 'Open', command: OPEN_LOCATION_COMMAND, arguments: [e.uri, e.range] };
      return item;
    }
    if ('silent' in node) {
      const item = new vscode.TreeItem('Silent', vscode.TreeItemCollapsibleState.None);
      item.description = node.silent.join(', ');
      item.iconPath = new vscode.ThemeIcon('circle-slash');
      return item;
    }
    return new vscode.TreeItem(node.message, vscode.TreeItemCollapsibleState.None);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
