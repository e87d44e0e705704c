/**
 * "Triangulate: Import Articles…": saved web pages (picked in a file dialog) or what the
 * clipboard holds (HTML or text) become article files in a story folder, through the host
 * layer's importer, the one `triangulate import` uses; "Triangulate: Import Article from URL…"
 * fetches one page the person names. The result names each article written and the header
 * fields its page did not give; the first article opens in the editor.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ImportOutcome, ImportSource } from '../../server/src/host/import';
import { notificationText } from '../../server/src/lsp/shownText';
import { associationMatches } from './articleLike';
import type { Ctx } from './ctx';
import { ASKED_KEY, offerOnFirstRun } from './firstRun';
import { runUrlImport } from './urlImport';

type Importer = typeof import('../../server/src/host/import');
let importer: Importer | undefined;

/**
 * The host layer's importer, a bundle of its own beside this one (`client/out/importer.js`), read
 * the first time it is needed: Readability and linkedom are half a megabyte that activation
 * never has to parse.
 */
function loadImporter(): Importer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  importer ??= require(path.join(__dirname, 'importer.js')) as Importer;
  return importer;
}

const PAGE_FILTERS = { 'Saved web pages': ['html', 'htm', 'xhtml', 'shtml'] };

/** The workspace folder a path lies in, if any. */
function workspaceFolderOf(file: string): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file));
}

/** Where the articles go: a folder of the workspace the person names (a story), offered beside the pages or the active article. */
async function chooseStoryFolder(near: string | undefined): Promise<string | undefined> {
  const root = (near ? workspaceFolderOf(near) : undefined) ?? vscode.workspace.workspaceFolders?.[0];
  if (!root) {
    const picked = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, openLabel: 'Import Here', title: 'Folder of the story' });
    return picked?.[0]?.fsPath;
  }
  const base = root.uri.fsPath;
  const suggested = near && workspaceFolderOf(near) === root ? path.relative(base, near) : 'stories/imported';
  const answer = await vscode.window.showInputBox({
    title: 'Import into which story folder?',
    prompt: `A folder of ${root.name}; articles of one event belong in one folder. It is created if needed.`,
    value: suggested || '.',
    validateInput: (v) => {
      const target = path.resolve(base, v.trim() || '.');
      return target === base || target.startsWith(base + path.sep) ? undefined : `The folder must lie inside ${root.name}.`;
    },
  });
  return answer === undefined ? undefined : path.resolve(base, answer.trim() || '.');
}

/**
 * What to import: the pages picked, or the clipboard. The clipboard is read only when chosen (a
 * browser asks the person before a page reads it).
 */
async function chooseSources(): Promise<{ sources: ImportSource[]; near?: string } | undefined> {
  type Choice = vscode.QuickPickItem & { id: 'files' | 'clipboard' };
  const picked = await vscode.window.showQuickPick<Choice>(
    [
      { id: 'files', label: 'Saved web pages…', detail: 'Pages saved from a browser with "Save page as…" (.html)' },
      { id: 'clipboard', label: 'The clipboard', detail: 'HTML or text copied from a news page' },
    ],
    { title: 'Import articles from' },
  );
  if (picked?.id === 'clipboard') {
    const clip = (await vscode.env.clipboard.readText().then(undefined, () => '')).trim();
    if (!clip) {
      void vscode.window.showInformationMessage('The clipboard holds no text to import. Copy an article (or its page\'s HTML) first.');
      return undefined;
    }
    const active = vscode.window.activeTextEditor?.document;
    const near = active?.uri.scheme === 'file' ? path.dirname(active.uri.fsPath) : undefined;
    return { sources: [{ kind: 'text', text: clip, name: 'clipboard' }], near };
  }
  if (picked?.id !== 'files') return undefined;
  const pages = await vscode.window.showOpenDialog({
    canSelectMany: true,
    canSelectFiles: true,
    canSelectFolders: false,
    filters: PAGE_FILTERS,
    openLabel: 'Import',
    title: 'Saved web pages to import as articles',
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  if (!pages?.length) return undefined;
  return { sources: pages.map((u) => ({ kind: 'file', path: u.fsPath })), near: path.dirname(pages[0].fsPath) };
}

/** How a source is named in a message: a web address whole, a file by its name. */
function sourceName(source: string): string {
  return /^https?:\/\//i.test(source) ? source : path.basename(source);
}

/** The message after an import: what was written, what each page lacked, what was not imported. */
export function importSummary(outcome: ImportOutcome, folder: string): { text: string; warn: boolean } {
  const names = outcome.imported.map((i) => path.basename(i.file));
  const lines: string[] = [];
  if (names.length) lines.push(`Imported ${names.length} article${names.length === 1 ? '' : 's'} into ${path.basename(folder) || folder}: ${names.join(', ')}.`);
  for (const i of outcome.imported) for (const note of [...loadImporter().describeMissing(i.missing), ...i.notes]) lines.push(`${path.basename(i.file)}: ${note}.`);
  for (const f of outcome.failed) lines.push(`Not imported: ${sourceName(f.source)}: ${f.reason}.`);
  return { text: lines.join(' '), warn: outcome.failed.length > 0 || lines.length > 1 };
}

/**
 * Runs the import. `uris` (files given by another command or a test) skips the file dialog,
 * `folder` the question of where to put the articles.
 */
export async function importArticles(ctx: Ctx, uris?: unknown, folder?: unknown): Promise<ImportOutcome | undefined> {
  let chosen: { sources: ImportSource[]; near?: string } | undefined;
  if (Array.isArray(uris) && uris.every((u) => u instanceof vscode.Uri)) {
    chosen = { sources: uris.map((u: vscode.Uri) => ({ kind: 'file' as const, path: u.fsPath })), near: uris[0] ? path.dirname(uris[0].fsPath) : undefined };
  } else chosen = await chooseSources();
  if (!chosen?.sources.length) return undefined;
  const target = folder instanceof vscode.Uri ? folder.fsPath : await chooseStoryFolder(chosen.near);
  if (!target) return undefined;
  const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Triangulate: importing articles' }, () => loadImporter().importSources(chosen.sources, target));
  return reportImport(ctx, outcome, target);
}

/**
 * "Triangulate: Import Article from URL…": the page at an address the person types is fetched
 * and imported like a saved page. It asks for the address every time (an argument cannot give
 * one, so no other command or extension makes it fetch), and in Restricted Mode only says why it
 * is off (`urlImport.ts`).
 */
export async function importFromUrl(ctx: Ctx): Promise<ImportOutcome | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const near = active?.uri.scheme === 'file' ? path.dirname(active.uri.fsPath) : undefined;
  const done = await runUrlImport({
    get trusted() {
      return vscode.workspace.isTrusted;
    },
    refuse: (message) => {
      void vscode.window.showWarningMessage(message, MANAGE_TRUST).then((choice) => choice === MANAGE_TRUST && vscode.commands.executeCommand('workbench.trust.manage'));
    },
    askUrl: (validate) =>
      vscode.window.showInputBox({
        title: 'Import an article from the web',
        prompt: 'The http or https address of a news article. Triangulate fetches this one page (HTML or plain text) and nothing else.',
        placeHolder: 'https://',
        ignoreFocusOut: true,
        validateInput: validate,
      }),
    askFolder: () => chooseStoryFolder(near),
    fetchAndImport: (url, folder) =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: notificationText(`Triangulate: fetching ${url}`) }, () =>
        loadImporter().importSources([{ kind: 'url', url }], folder),
      ),
  });
  return done && reportImport(ctx, done.outcome, done.folder);
}

const MANAGE_TRUST = 'Manage Workspace Trust';

/** Logs and shows what an import did, opens the first article and offers to read it as one. */
async function reportImport(ctx: Ctx, outcome: ImportOutcome, target: string): Promise<ImportOutcome> {
  ctx.output.appendLine(`Import into ${target}:`);
  for (const i of outcome.imported) ctx.output.appendLine(`  ${i.source} → ${i.file}${i.missing.length ? ` (no ${i.missing.join(', ')})` : ''}`);
  for (const f of outcome.failed) ctx.output.appendLine(`  ${f.source}: not imported: ${f.reason}`);
  const summary = importSummary(outcome, target);
  const show = outcome.imported.length ? (summary.warn ? vscode.window.showWarningMessage : vscode.window.showInformationMessage) : vscode.window.showErrorMessage;
  void show(notificationText(`Triangulate: ${summary.text}`));
  const first = outcome.imported[0];
  if (!first) return outcome;
  await vscode.window.showTextDocument(vscode.Uri.file(first.file), { preview: false });
  // The articles are text files: when the editor does not read them as articles yet, offer to.
  const associations = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('associations') ?? {};
  const mapped = Object.entries(associations).some(([p, lang]) => lang === 'article' && associationMatches(p, vscode.Uri.file(first.file).path));
  if (!mapped && workspaceFolderOf(first.file)) await offerAfterImport(ctx, target);
  else if (!ctx.running) await ctx.start();
  return outcome;
}

/** After an import the question is asked even if the first run asked it: the person has just imported articles. */
async function offerAfterImport(ctx: Ctx, folder: string): Promise<void> {
  await ctx.extension.workspaceState.update(ASKED_KEY, false);
  await offerOnFirstRun(ctx, vscode.Uri.file(folder));
}
