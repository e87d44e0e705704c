/**
 * The first run in a folder of plain-text news: when `.txt` files look like articles and the
 * editor does not read them as such, offer once to do so, by adding `files.associations`
 * patterns to the workspace settings. The answer is remembered in the workspace state, so the
 * question is not asked again; "Triangulate: Treat Text Files Here as Articles" does the same on
 * demand. The decision itself is `articleLike.ts`, which is tested without the editor.
 */
import * as vscode from 'vscode';
import { HEAD_BYTES, associationPlan, shouldOffer, withPatterns, type AssociationPlan, type TextFile } from './articleLike';
import type { Ctx } from './ctx';

/** The workspace-state key recording that the first-run question was asked here. */
export const ASKED_KEY = 'triangulate.firstRun.asked';

/** Text files looked at, at most: enough to see what a folder holds without reading a large tree. */
const MAX_FILES = 100;

/** Larger text files are not read to decide: a news article is far smaller, and the check runs at start-up. */
const MAX_BYTES = 1_000_000;

/** Folders never searched for articles, as the server skips them. */
const EXCLUDE = '{**/node_modules/**,**/.*/**,**/out/**,**/dist/**,**/build/**}';

const YES = 'Treat as Articles';
const NO = 'Not Now';

/** The workspace's `.txt` files with their first bytes, below `folder` when one is given. */
async function textFiles(folder?: vscode.Uri): Promise<TextFile[]> {
  const include = folder ? new vscode.RelativePattern(folder, '**/*.txt') : '**/*.txt';
  const uris = await vscode.workspace.findFiles(include, EXCLUDE, MAX_FILES);
  const files: TextFile[] = [];
  for (const uri of uris) {
    const root = vscode.workspace.getWorkspaceFolder(uri);
    if (!root || uri.scheme !== 'file') continue;
    try {
      // Only regular files (a named pipe would never finish reading), and only small ones.
      const stat = await vscode.workspace.fs.stat(uri);
      if (!(stat.type & vscode.FileType.File) || stat.size > MAX_BYTES) continue;
      const bytes = await vscode.workspace.fs.readFile(uri);
      files.push({ path: uri.path, root: root.uri.path, head: new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES)) });
    } catch {
      // A file that went away or cannot be read is no article to offer.
    }
  }
  return files;
}

function currentAssociations(): Record<string, unknown> {
  const value = vscode.workspace.getConfiguration('files').get<unknown>('associations');
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Adds the plan's patterns to the workspace's `files.associations`, keeping those already there, and starts the server. */
async function associate(ctx: Ctx, plan: AssociationPlan): Promise<void> {
  const config = vscode.workspace.getConfiguration('files');
  const workspaceValue = config.inspect<Record<string, unknown>>('associations')?.workspaceValue ?? {};
  await config.update('associations', withPatterns(workspaceValue, plan.patterns), vscode.ConfigurationTarget.Workspace);
  if (!ctx.running) await ctx.start();
  void vscode.window.setStatusBarMessage(`Triangulate: ${plan.articles.length} text file${plan.articles.length === 1 ? '' : 's'} now read as articles`, 5000);
}

function describe(plan: AssociationPlan): string {
  const n = plan.articles.length;
  const name = plan.articles[0].slice(plan.articles[0].lastIndexOf('/') + 1);
  return n === 1 ? `The text file ${name} looks like a news article.` : `${n} text files here look like news articles (${name} and others).`;
}

/**
 * Offers, once per workspace, to read the text files that look like articles as articles. Does
 * nothing when the question was asked before or no such file is there. Returns the plan offered.
 */
export async function offerOnFirstRun(ctx: Ctx, folder?: vscode.Uri): Promise<AssociationPlan | undefined> {
  const state = ctx.extension.workspaceState;
  if (state.get<boolean>(ASKED_KEY)) return undefined;
  const plan = associationPlan(await textFiles(folder), currentAssociations());
  if (!shouldOffer(false, plan)) return undefined;
  // Asked once: the answer, or a notification closed unanswered, is not asked for again.
  await state.update(ASKED_KEY, true);
  const choice = await vscode.window.showInformationMessage(
    `${describe(plan)} Compare them with Triangulate? This adds ${plan.patterns.map((p) => `"${p}"`).join(', ')} to files.associations in the workspace settings.`,
    YES,
    NO,
  );
  if (choice === YES) await associate(ctx, plan);
  return plan;
}

/**
 * "Triangulate: Treat Text Files Here as Articles": associates the text files that look like
 * articles (every text file, when none does) without asking, and says so.
 */
export async function treatTextAsArticles(ctx: Ctx, folder?: vscode.Uri): Promise<AssociationPlan> {
  await ctx.extension.workspaceState.update(ASKED_KEY, true);
  const files = await textFiles(folder);
  let plan = associationPlan(files, currentAssociations());
  if (!plan.articles.length) plan = associationPlan(files, currentAssociations(), true);
  if (!plan.articles.length) {
    void vscode.window.showInformationMessage(files.length ? 'Triangulate already reads the text files here as articles.' : 'There are no .txt files in this workspace.');
    return plan;
  }
  await associate(ctx, plan);
  return plan;
}

/**
 * True when the workspace has articles for the server to read: an article open, an `.article`
 * file, or a `files.associations` pattern mapping files to articles.
 */
export async function articlesExpected(): Promise<boolean> {
  if (vscode.workspace.textDocuments.some((d) => d.languageId === 'article')) return true;
  if (Object.values(currentAssociations()).includes('article')) return true;
  return (await vscode.workspace.findFiles('**/*.article', EXCLUDE, 1)).length > 0;
}
