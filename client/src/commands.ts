/**
 * The command table. Every command behaves sensibly when the server is down: it says so and
 * offers to restart it instead of failing silently.
 */
import * as vscode from 'vscode';
import {
  ADD_ALIAS_COMMAND,
  CHECK_WORKSPACE,
  EXPORT_ANNOTATIONS,
  OPEN_LOCATION_COMMAND,
  STORY_SOURCES,
  type CheckWorkspaceResult,
  type ExportAnnotationsResult,
  type StorySource,
} from '../../server/src/lsp/protocol';
import { iconFreeText, notificationText } from '../../server/src/lsp/shownText';
import type { Ctx } from './ctx';
import { treatTextAsArticles } from './firstRun';
import { importArticles, importFromUrl } from './importCommand';
import { showStoryBoard } from './storyBoard';

type Command = (ctx: Ctx) => (...args: unknown[]) => unknown;

/**
 * Says that the server is down and offers to restart it or show its output. The command that
 * called it finishes at once rather than waiting for the person to answer the message.
 */
function serverDown(ctx: Ctx): undefined {
  void vscode.window.showWarningMessage('The Triangulate language server is not running.', 'Restart Server', 'Show Output').then(async (choice) => {
    if (choice === 'Restart Server') await ctx.restart();
    else if (choice === 'Show Output') ctx.output.show(true);
  });
  return undefined;
}

/** The article in the active editor, or a message saying one is needed. */
function activeArticle(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && doc.languageId === 'article') return doc.uri;
  void vscode.window.showInformationMessage('Open an article first: Triangulate works on the story of the article in the editor.');
  return undefined;
}

/** Commands by id; each id is declared in package.json under `contributes.commands`. */
export const COMMANDS: Record<string, Command> = {
  'triangulate.restartServer': (ctx) => async () => {
    const ok = await ctx.restart();
    if (ok) void vscode.window.setStatusBarMessage('Triangulate: server restarted', 3000);
  },
  'triangulate.showOutput': (ctx) => () => ctx.output.show(true),
  'triangulate.showSources': (ctx) => async () => {
    const client = ctx.running;
    if (!client) return serverDown(ctx);
    const uri = activeArticle();
    if (!uri) return undefined;
    const sources = await client.sendRequest<StorySource[]>(STORY_SOURCES, { uri: uri.toString() });
    const picked = await vscode.window.showQuickPick(
      sources.map((s) => ({
        label: iconFreeText(s.outlet),
        description: [s.date, s.findings ? `${s.findings} finding${s.findings === 1 ? '' : 's'}` : ''].filter(Boolean).join(' · '),
        detail: iconFreeText(s.title),
        uri: s.uri,
      })),
      { title: `The story's ${sources.length} source${sources.length === 1 ? '' : 's'}`, matchOnDetail: true },
    );
    if (picked) await vscode.window.showTextDocument(vscode.Uri.parse(picked.uri));
    return sources;
  },
  'triangulate.openStoryBoard': (ctx) => async () => {
    if (!ctx.running) return serverDown(ctx);
    const uri = activeArticle();
    if (!uri) return undefined;
    return showStoryBoard(ctx, uri);
  },
  'triangulate.exportAnnotations': (ctx) => async (format?: unknown) => {
    const client = ctx.running;
    if (!client) return serverDown(ctx);
    const uri = activeArticle();
    if (!uri) return undefined;
    let chosen = format === 'brat' || format === 'webannotation' ? format : undefined;
    if (!chosen) {
      const pick = await vscode.window.showQuickPick(
        [
          { label: 'brat standoff', description: '.ann beside each article', format: 'brat' as const },
          { label: 'W3C Web Annotation', description: '.jsonld beside each article', format: 'webannotation' as const },
        ],
        { title: 'Export the annotations of this story as' },
      );
      chosen = pick?.format;
    }
    if (!chosen) return undefined;
    // The exporter reads the files on disk, so unsaved edits are saved first.
    await vscode.workspace.saveAll(false);
    const result = await client.sendRequest<ExportAnnotationsResult>(EXPORT_ANNOTATIONS, { uri: uri.toString(), format: chosen });
    if (result.ok) void vscode.window.showInformationMessage(notificationText(`Triangulate: ${result.message}`));
    else void vscode.window.showErrorMessage(notificationText(`Triangulate could not export: ${result.message}`));
    return result;
  },
  // Both work without the server: the import is the host layer's, run in the extension.
  'triangulate.importArticles': (ctx) => (uris?: unknown, folder?: unknown) => importArticles(ctx, uris, folder),
  // Takes no argument: the address is always typed by the person (see importCommand.ts).
  'triangulate.importFromUrl': (ctx) => () => importFromUrl(ctx),
  'triangulate.treatTextAsArticles': (ctx) => () => treatTextAsArticles(ctx),
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

/** Commands the server's code actions invoke; they are not listed in the palette. */
export const INTERNAL_COMMANDS: Record<string, Command> = {
  [ADD_ALIAS_COMMAND]: () => async (names: unknown) => {
    if (!Array.isArray(names) || names.length < 2 || !names.every((n) => typeof n === 'string')) return;
    const config = vscode.workspace.getConfiguration('triangulate');
    const current = config.get<unknown>('aliases');
    const groups: string[][] = Array.isArray(current) ? current.filter((g): g is string[] => Array.isArray(g)) : [];
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    // Merge into a group that already names one of these spellings, so each entity has one entry.
    const existing = groups.find((g) => g.some((n) => typeof n === 'string' && wanted.has(n.toLowerCase())));
    if (existing) {
      for (const n of names) if (!existing.some((e) => e.toLowerCase() === n.toLowerCase())) existing.push(n);
    } else {
      groups.push([...names]);
    }
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('aliases', groups, target);
    void vscode.window.setStatusBarMessage(iconFreeText(`Triangulate: ${names.join(' = ')} added to triangulate.aliases`), 4000);
  },
  [OPEN_LOCATION_COMMAND]: () => async (uri: unknown, range: unknown) => {
    if (typeof uri !== 'string') return;
    const r = range as { start: { line: number; character: number }; end: { line: number; character: number } } | undefined;
    const selection = r ? new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) : undefined;
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preview: true });
  },
};

/** Registers every command of the table. */
export function registerCommands(ctx: Ctx): void {
  for (const [id, make] of Object.entries({ ...COMMANDS, ...INTERNAL_COMMANDS })) {
    const run = make(ctx);
    ctx.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await run(...args);
        } catch (err) {
          const message = err instanceof Error ? err.message : String(err);
          ctx.output.appendLine(`${id} failed: ${message}`);
          void vscode.window.showErrorMessage(notificationText(`Triangulate: ${message}`));
          return undefined;
        }
      }),
    );
  }
}
