// The parts of the extension that live in the client, checked through the `vscode` API: the claim
// ledger view and the article it opens, the quick fixes that open the other source, add an alias
// and mark a finding reconciled, the status bar's count for the story, and the commands while the
// server is down (last, because it stops the server). The workspace is a copy of the test stories.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TriangulateApi } from '../../client/src/extension';
import type { ClaimNode } from '../../client/src/claimsView';

const EXTENSION_ID = 'triangulate.triangulate';
const SEED_A = '003_f8e5167f93d04d44.txt';
const SEED_B = '000_3b96670c0742de4e.txt';

/** Resolves with `probe()`'s value once it is truthy; rejects after `timeout` ms. */
async function waitFor<T>(probe: () => PromiseLike<T | undefined | null | false> | T | undefined | null | false, what: string, timeout = 30000): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Rejects when `promise` takes longer than `ms`: a command must not wait for a person's answer. */
function within<T>(promise: Thenable<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    Promise.resolve(promise),
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)),
  ]);
}

function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the stories folder is not open as the workspace');
  return vscode.Uri.joinPath(folder.uri, 'kremlin-talks', name);
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

/** The Triangulate findings the Problems pane shows for a file (hints are not listed there). */
function shownFindings(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Triangulate' && d.severity !== vscode.DiagnosticSeverity.Hint);
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

suite('Client views and commands', () => {
  let api: TriangulateApi;
  let docA: vscode.TextDocument;

  suiteSetup(async () => {
    docA = await vscode.workspace.openTextDocument(seedUri(SEED_A));
    await vscode.window.showTextDocument(docA);
    const extension = vscode.extensions.getExtension<TriangulateApi>(EXTENSION_ID)!;
    api = await extension.activate();
    await waitFor(() => api.serverRunning, 'the server to run');
    await waitFor(() => shownFindings(seedUri(SEED_B)).length > 0, 'findings on the other seed article');
  });

  test('the claim ledger lists each claim with its outlets, and an entry opens the article at its words', async () => {
    await vscode.window.showTextDocument(docA);
    const roots = await waitFor(async () => {
      const nodes = (await api.claims.getChildren()) ?? [];
      return nodes.some((n) => 'claim' in n) ? nodes : null;
    }, 'claims in the view');
    const items = await Promise.all(roots.map((n) => api.claims.getTreeItem(n)));
    const role = roots.findIndex((n, i) => 'claim' in n && n.claim.kind === 'role' && /Dmitriev/.test(labelOf(items[i])));
    assert.ok(role >= 0, JSON.stringify(items.map(labelOf)));
    assert.match(String(items[role].description), /2 sources · \d+ differ/);
    assert.equal(items[role].collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);

    const children = (await api.claims.getChildren(roots[role])) ?? [];
    const entries = children.filter((n): n is Extract<ClaimNode, { entry: unknown }> => 'entry' in n);
    assert.equal(new Set(entries.map((e) => e.entry.uri)).size, 2, 'one statement from each outlet');
    const fromB = entries.find((e) => e.entry.uri.endsWith(SEED_B))!;
    const item = await api.claims.getTreeItem(fromB);
    assert.equal(item.description, fromB.entry.text, 'the row shows the outlet\'s own wording');
    assert.ok(item.command, 'selecting the row runs a command');

    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith(SEED_B) ? e : null;
    }, 'the other article to open');
    const selected = editor.document.getText(editor.selection);
    assert.ok(selected.length > 0 && fromB.entry.text.replace(/…$/, '').startsWith(selected.slice(0, 20)), `selected ${JSON.stringify(selected)}`);

    // A claim stated by one outlet only names the other one as silent.
    const single = roots.find((n) => 'claim' in n && new Set(n.claim.entries.map((e) => e.outlet)).size === 1);
    assert.ok(single && 'claim' in single);
    const silent = ((await api.claims.getChildren(single)) ?? []).find((n) => 'silent' in n);
    assert.ok(silent, 'the claim has a row for the silent outlet');
    assert.equal(labelOf(await api.claims.getTreeItem(silent)), 'Silent');
  });

  test('the quick fix "Open … at" opens the other source at the differing words', async () => {
    await vscode.window.showTextDocument(docA);
    const variant = await waitFor(() => shownFindings(docA.uri).find((d) => codeOf(d) === 'name-variant'), 'the name-variant finding');
    const actions = await waitFor(async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', docA.uri, variant.range, vscode.CodeActionKind.QuickFix.value);
      return a && a.some((x) => x.title.startsWith('Open ')) ? a : null;
    }, 'an action opening the other source');
    const open = actions.find((a) => a.title.startsWith('Open '))!;
    await vscode.commands.executeCommand(open.command!.command, ...(open.command!.arguments ?? []));
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith(SEED_B) ? e : null;
    }, 'the other article to open');
    assert.equal(editor.document.getText(editor.selection), 'Yuri Ushakov');
  });

  test('the quick fix "Add alias" writes both spellings into triangulate.aliases', async () => {
    await vscode.window.showTextDocument(docA);
    const config = () => vscode.workspace.getConfiguration('triangulate');
    const variant = await waitFor(() => shownFindings(docA.uri).find((d) => codeOf(d) === 'name-variant'), 'the name-variant finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', docA.uri, variant.range, vscode.CodeActionKind.QuickFix.value);
    const alias = actions.find((a) => a.title.startsWith('Add alias'));
    assert.ok(alias, JSON.stringify(actions.map((a) => a.title)));
    try {
      await vscode.commands.executeCommand(alias.command!.command, ...(alias.command!.arguments ?? []));
      const groups = await waitFor(() => {
        const g = config().inspect<string[][]>('aliases')?.workspaceValue;
        return g && g.length ? g : null;
      }, 'the alias in the workspace settings');
      assert.deepEqual(groups.map((g) => [...g].sort()), [['Yuri Ushakov', 'Yury Ushakov']]);
      // Running it again merges into the same group instead of adding a second one.
      await vscode.commands.executeCommand(alias.command!.command, ...(alias.command!.arguments ?? []));
      assert.equal(config().inspect<string[][]>('aliases')?.workspaceValue?.length, 1);
    } finally {
      await config().update('aliases', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the quick fix "Mark as reconciled" records the decision and the finding goes', async () => {
    await vscode.window.showTextDocument(docA);
    const variant = await waitFor(() => shownFindings(docA.uri).find((d) => codeOf(d) === 'name-variant'), 'the name-variant finding');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', docA.uri, variant.range, vscode.CodeActionKind.QuickFix.value);
    const reconcile = actions.find((a) => a.title.startsWith('Mark as reconciled'));
    assert.ok(reconcile, JSON.stringify(actions.map((a) => a.title)));
    await vscode.commands.executeCommand(reconcile.command!.command, ...(reconcile.command!.arguments ?? []));
    // Gone from both articles of the story, since both report the same difference.
    await waitFor(
      () => ![docA.uri, seedUri(SEED_B)].some((uri) => shownFindings(uri).some((d) => codeOf(d) === 'name-variant')),
      'the name-variant finding to leave both articles',
    );
    const file = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.triangulate', 'decisions.json');
    const recorded = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8'));
    assert.deepEqual(recorded.reconciled.map((d: { rule: string }) => d.rule), ['name-variant']);
  });

  test('the status bar counts the findings of the active article\'s story, as the Problems pane lists them', async () => {
    await vscode.window.showTextDocument(docA);
    const expected = () => shownFindings(seedUri(SEED_A)).length + shownFindings(seedUri(SEED_B)).length;
    const text = await waitFor(() => {
      const t = api.statusText;
      const n = Number(/Story: (\d+) findings?/.exec(t)?.[1]);
      return n > 0 && n === expected() ? t : null;
    }, `the status bar to show the story's findings (${expected()}), not "${api.statusText}"`);
    assert.match(text, /\$\(checklist\)|\$\(warning\)/);
    // Another story has its own count.
    const other = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'harbour-bridge', 'velmora-daily.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'harbour-bridge');
    const harbour = () =>
      vscode.languages
        .getDiagnostics()
        .filter(([uri]) => uri.path.startsWith(`${folder.path}/`))
        .reduce((sum, [uri]) => sum + shownFindings(uri).length, 0);
    await waitFor(() => Number(/Story: (\d+) findings?/.exec(api.statusText)?.[1]) === harbour() && harbour() > 0, `the harbour story's count (${harbour()}), not "${api.statusText}"`);
  });

  test('with the server down, each command says so and returns at once; Restart Server brings it back', async () => {
    await vscode.window.showTextDocument(docA);
    await api.stopServer();
    assert.equal(api.serverRunning, false);
    assert.match(api.statusText, /circle-slash/);
    for (const id of ['triangulate.checkWorkspace', 'triangulate.showSources', 'triangulate.exportAnnotations']) {
      assert.equal(await within(vscode.commands.executeCommand(id), 5000, id), undefined, id);
    }
    await within(vscode.commands.executeCommand('triangulate.showOutput'), 5000, 'triangulate.showOutput');
    const rows = (await api.claims.getChildren()) ?? [];
    assert.deepEqual(rows, [{ message: 'The Triangulate server is not running.' }]);

    await vscode.commands.executeCommand('triangulate.restartServer');
    await waitFor(() => api.serverRunning, 'the server to run again');
    // The bar counts again once the new server has read the folder, and the commands answer.
    await waitFor(() => /Story: \d+ finding/.test(api.statusText), `the status bar to count again, not "${api.statusText}"`);
    const result = await vscode.commands.executeCommand<{ articles: number }>('triangulate.checkWorkspace');
    assert.ok(result && result.articles >= 5, JSON.stringify(result));
  });
});
