// The language features as the workbench sees them: the samples' .txt files open as articles,
// and semantic tokens, hovers, the outline, folding and diagnostics come from the server.
// Every wait polls with a deadline; nothing sleeps for a fixed time.
import * as assert from 'assert';
import * as vscode from 'vscode';

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

/** The URI of a seed article: in the opened stories folder, or in the repository's test copy. */
function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return vscode.Uri.joinPath(folder.uri, 'kremlin-talks', name);
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  return vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', 'stories', 'kremlin-talks', name);
}

function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

interface Token {
  line: number;
  character: number;
  length: number;
  type: string;
}

function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  let line = 0;
  let character = 0;
  const d = tokens.data;
  for (let i = 0; i + 4 < d.length; i += 5) {
    line += d[i];
    character = d[i] === 0 ? character + d[i + 1] : d[i + 1];
    out.push({ line, character, length: d[i + 2], type: legend.tokenTypes[d[i + 3]] });
  }
  return out;
}

suite('Article language features', () => {
  let docA: vscode.TextDocument;

  suiteSetup(async () => {
    docA = await vscode.workspace.openTextDocument(seedUri(SEED_A));
    await vscode.window.showTextDocument(docA);
    await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension to activate');
  });

  test('a sample .txt file opens with the article language', () => {
    assert.equal(docA.languageId, 'article');
  });

  test('every palette command is declared in the manifest and registered', async () => {
    const all = await vscode.commands.getCommands(true);
    const declared = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string; category: string }[]);
    const ids = declared.map((c) => c.command).sort();
    assert.deepEqual(ids, [
      'triangulate.checkWorkspace',
      'triangulate.exportAnnotations',
      'triangulate.importArticles',
      'triangulate.importFromUrl',
      'triangulate.openStoryBoard',
      'triangulate.restartServer',
      'triangulate.showOutput',
      'triangulate.showSources',
      'triangulate.treatTextAsArticles',
    ]);
    for (const c of declared) {
      assert.equal(c.category, 'Triangulate', `${c.command} is listed as "Triangulate: …"`);
      assert.ok(all.includes(c.command), `${c.command} is not registered`);
    }
  });

  test('semantic tokens mark the resolved dates with the custom date type', async () => {
    const legend = await waitFor(
      () => vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', docA.uri),
      'the semantic token legend',
    );
    assert.deepEqual([...legend.tokenTypes], ['quote', 'person', 'organization', 'place', 'date', 'quantity']);
    const dates = await waitFor(async () => {
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', docA.uri);
      if (!tokens) return null;
      const found = decode(tokens, legend)
        .filter((t) => t.type === 'date')
        .map((t) => docA.getText(new vscode.Range(t.line, t.character, t.line, t.character + t.length)));
      return found.some((d) => d.includes('Sunday')) ? found : null;
    }, 'a date token on "Sunday"');
    assert.ok(dates.some((d) => d.includes('Saturday')), JSON.stringify(dates));
  });

  test('hovering a relative date shows its calendar date', async () => {
    const position = docA.positionAt(docA.getText().indexOf('Sunday') + 2);
    const text = await waitFor(async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', docA.uri, position));
      return t.includes('December 2025') ? t : null;
    }, 'a hover on "Sunday"');
    assert.match(text, /Sunday 21 December 2025/);
  });

  test('hovering a surname names both spellings and the other outlet', async () => {
    const position = docA.positionAt(docA.getText().indexOf('Ushakov also') + 2);
    const text = await waitFor(async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', docA.uri, position));
      // The other article is read from disk in the background; wait until the card names it.
      return t.includes('000_3b96670c0742de4e') ? t : null;
    }, 'a cross-source hover on "Ushakov"');
    assert.match(text, /Yury Ushakov/);
    assert.match(text, /Yuri Ushakov/);
  });

  test('Find All References on a name lists both articles', async () => {
    const position = docA.positionAt(docA.getText().indexOf('Ushakov also') + 2);
    const files = await waitFor(async () => {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', docA.uri, position);
      const names = new Set((refs ?? []).map((r) => r.uri.path.split('/').pop()));
      return names.size >= 2 ? names : null;
    }, 'references in two articles');
    assert.ok(files.has(SEED_A) && files.has(SEED_B), JSON.stringify([...files]));
  });

  test('relative dates show their calendar date as an inlay hint', async () => {
    const range = new vscode.Range(0, 0, docA.lineCount, 0);
    const labels = await waitFor(async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', docA.uri, range);
      const l = (hints ?? []).map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
      return l.length ? l : null;
    }, 'inlay hints');
    assert.ok(labels.includes('‹Dec 21›'), JSON.stringify(labels));
  });

  test('the outline lists the sections, with the dates grouped inside them', async () => {
    const docB = await vscode.workspace.openTextDocument(seedUri(SEED_B));
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', docB.uri);
      return s && s.length ? s : null;
    }, 'document symbols');
    const sections = symbols.filter((s) => s.kind === vscode.SymbolKind.Namespace).map((s) => s.name);
    assert.deepEqual(sections.slice(0, 2), ["What's Happening?", "Why It's Important?"]);
    const first = symbols.find((s) => s.name === "What's Happening?")!;
    const dates = first.children.find((c) => c.name === 'Dates');
    assert.ok(dates?.children.some((c) => c.name === 'February 2022' && c.detail === 'February 2022'), JSON.stringify(first.children.map((c) => c.name)));
  });

  test('sections fold', async () => {
    const docB = await vscode.workspace.openTextDocument(seedUri(SEED_B));
    const heading = docB.getText().split(/\r\n|\n|\r/).indexOf("What's Happening?");
    const ranges = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', docB.uri);
      return r && r.some((x) => x.start === heading) ? r : null;
    }, 'a folding range at the first heading');
    assert.ok(ranges.find((x) => x.start === heading)!.end > heading);
  });

  test('a header problem appears in the Problems pane and goes once fixed', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'article', content: 'date 2025-02-30 The council met on Monday.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const problems = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Triangulate');
      return d.length ? d : null;
    }, 'a diagnostic on the impossible date');
    assert.equal(problems[0].range.start.line, 0);
    assert.match(problems[0].message, /2025-02-30/);
    await editor.edit((e) => e.replace(new vscode.Range(0, 5, 0, 15), '2025-02-28'));
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Triangulate').length === 0, 'the diagnostic to clear');
  });

  test('differences between the outlets are in the Problems pane, pointing at the other article', async () => {
    const variant = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(docA.uri).find((x) => x.source === 'Triangulate' && diagnosticCode(x) === 'name-variant');
      return d && d.relatedInformation?.length ? d : null;
    }, 'the name-variant finding with related information');
    assert.equal(docA.getText(variant.range), 'Yury Ushakov');
    assert.ok(variant.relatedInformation!.some((r) => r.location.uri.path.endsWith(SEED_B)));
  });

  test('a finding offers a quick fix to mark it reconciled', async () => {
    const variant = vscode.languages.getDiagnostics(docA.uri).find((x) => diagnosticCode(x) === 'name-variant')!;
    const actions = await waitFor(async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', docA.uri, variant.range, vscode.CodeActionKind.QuickFix.value);
      return a && a.length ? a : null;
    }, 'code actions on the finding');
    assert.ok(actions.some((a) => /reconciled/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
  });

  test('workspace symbols find a person across the story', async () => {
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Ushakov');
      return s && s.some((x) => x.kind === vscode.SymbolKind.Variable) ? s : null;
    }, 'a workspace symbol for Ushakov');
    assert.ok(symbols.some((x) => x.kind === vscode.SymbolKind.Variable && /Ushakov/.test(x.name)));
  });

  test('checking the workspace reports the articles it read', async () => {
    // The command shows a message and answers with the counts, which is what is checked here.
    const result = await vscode.commands.executeCommand<{ articles: number; stories: number; findings: number }>('triangulate.checkWorkspace');
    assert.ok(result && result.articles >= 2, JSON.stringify(result));
    assert.ok(result.stories >= 1);
    // The count it reports is what the Problems pane lists: Triangulate's findings, hints left out.
    const listed = () =>
      vscode.languages
        .getDiagnostics()
        .flatMap(([uri, list]) => (uri.scheme === 'file' ? list : []))
        .filter((d) => d.source === 'Triangulate' && d.severity !== vscode.DiagnosticSeverity.Hint).length;
    await waitFor(() => listed() === result.findings, `the Problems pane to list ${result.findings} findings (lists ${listed()})`);
  });
});
