/**
 * The story board ("Triangulate: Open Story Board"): a webview beside the article with one row
 * per difference or claim of its story and one column per outlet. The server lays the board out
 * (`triangulate/storyBoard`); this module owns the panel, asks again when the server re-checks
 * the stories or another article becomes active, and opens an article at the words a cell names.
 *
 * The page loads nothing remote: its content security policy allows only the stylesheet and the
 * script shipped in `client/media/`, the script only with this page's nonce, and the script
 * builds the table with DOM calls from plain data (no HTML from article text is ever parsed).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { STORY_BOARD, type PlainRange, type StoryBoardData } from '../../server/src/lsp/protocol';
import type { Ctx } from './ctx';

/** What the page sends: that it is ready for data, or that a cell was chosen. */
type PageMessage = { type: 'ready' } | { type: 'open'; uri: string; range: PlainRange };

/** What the page is sent: a board to show, or a message instead of one. */
export type BoardMessage = { type: 'board'; article: string; board: StoryBoardData } | { type: 'message'; text: string };

const boards = new WeakMap<Ctx, StoryBoardPanel>();

/** Opens the story board of an article beside it, or shows the open board on that article's story. */
export async function showStoryBoard(ctx: Ctx, article: vscode.Uri): Promise<StoryBoardData | undefined> {
  let board = boards.get(ctx);
  if (!board) {
    board = new StoryBoardPanel(ctx, () => boards.delete(ctx));
    boards.set(ctx, board);
    ctx.push(board);
  }
  return board.show(article);
}

/** A nonce for the page's script: 128 random bits. */
function nonce(): string {
  return randomBytes(16).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

class StoryBoardPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private article: vscode.Uri | undefined;
  /** The column of the article the board was opened beside, where chosen cells open. */
  private articleColumn: vscode.ViewColumn | undefined;
  /** Counts requests for the board, so an answer to an older one is dropped. */
  private requests = 0;
  private ready = false;

  constructor(
    private readonly ctx: Ctx,
    private readonly onClosed: () => void,
  ) {
    const media = vscode.Uri.joinPath(ctx.extension.extensionUri, 'client', 'media');
    this.panel = vscode.window.createWebviewPanel(
      'triangulate.storyBoard',
      'Story Board',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false },
    );
    this.panel.iconPath = vscode.Uri.joinPath(ctx.extension.extensionUri, 'images', 'icon.png');
    this.panel.webview.html = this.html(media);
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((m: PageMessage) => void this.received(m)),
      // The board follows the edits: the server says when it re-checked the stories.
      ctx.onDidCheck.event(() => void this.refresh()),
      // And the article in the editor: another story's article shows that story's board.
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e?.document.languageId !== 'article' || e.document.uri.toString() === this.article?.toString()) return;
        this.article = e.document.uri;
        this.articleColumn = e.viewColumn;
        void this.refresh();
      }),
      // A hidden page loses its content; shown again, it asks for the board anew.
      this.panel.onDidChangeViewState((e) => {
        if (!e.webviewPanel.visible) this.ready = false;
      }),
    );
  }

  async show(article: vscode.Uri): Promise<StoryBoardData | undefined> {
    this.article = article;
    this.articleColumn = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === article.toString())?.viewColumn ?? this.articleColumn;
    if (!this.panel.visible) this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.refresh();
  }

  /** Asks the server for the board of the current article's story and sends it to the page. */
  async refresh(): Promise<StoryBoardData | undefined> {
    const request = ++this.requests;
    const article = this.article;
    const client = this.ctx.running;
    if (!article) return undefined;
    if (!client) {
      this.post({ type: 'message', text: 'The Triangulate server is not running: run "Triangulate: Restart Server" to see the board.' });
      return undefined;
    }
    try {
      const board = await client.sendRequest<StoryBoardData>(STORY_BOARD, { uri: article.toString() });
      if (request !== this.requests) return board;
      this.panel.title = `Story Board: ${vscode.workspace.asRelativePath(vscode.Uri.joinPath(article, '..'), false)}`;
      this.post({ type: 'board', article: article.toString(), board });
      return board;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.ctx.output.appendLine(`Could not lay out the story board: ${message}`);
      if (request === this.requests) this.post({ type: 'message', text: `The story board could not be laid out: ${message}` });
      return undefined;
    }
  }

  private last: BoardMessage | undefined;

  private post(message: BoardMessage): void {
    this.last = message;
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private async received(m: PageMessage): Promise<void> {
    if (m?.type === 'ready') {
      this.ready = true;
      if (this.last) void this.panel.webview.postMessage(this.last);
      else void this.refresh();
      return;
    }
    if (m?.type !== 'open' || typeof m.uri !== 'string' || !m.range) return;
    const uri = vscode.Uri.parse(m.uri);
    // Only the story's own articles are opened, whatever a page might send.
    if (this.last?.type !== 'board' || !this.last.board.outlets.some((o) => o.uri === m.uri)) return;
    const r = m.range;
    const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === m.uri)?.viewColumn ?? this.articleColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(uri, { selection, viewColumn: column, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private html(media: vscode.Uri): string {
    const webview = this.panel.webview;
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'board.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'board.css'));
    const n = nonce();
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${n}'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Story Board</title>
</head>
<body>
<main>
<h1 id="heading">Story board</h1>
<p id="status" role="status" aria-live="polite">Laying out the story…</p>
<ul id="problems" role="alert"></ul>
<div id="board"></div>
</main>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.onClosed();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
