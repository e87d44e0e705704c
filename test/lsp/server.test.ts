/**
 * Protocol tests: the bundled server, started over stdio as VS Code starts it, answers for the
 * seed story with semantic tokens, hovers, an outline, folding ranges and diagnostics.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentSymbol, FoldingRange, Hover, SemanticTokens } from 'vscode-languageserver-protocol/node';
import { analyzeArticle, HEADER_RULE, LineIndex } from '../../server/src/analysis';
import { decodeTokens, ROOT, SEED_A, SEED_B, startServer, uriOf, type DecodedToken, type TestClient } from './lspClient';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function textOf(text: string, t: DecodedToken): string {
  const index = new LineIndex(text);
  const start = index.lineStarts[t.line] + t.character;
  return text.slice(start, start + t.length);
}

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as { value?: string } | string;
  return typeof c === 'string' ? c : (c.value ?? '');
}

describe('language server on the seed story', () => {
  let client: TestClient;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };
  const textA = readFileSync(SEED_A, 'utf8');
  const textB = readFileSync(SEED_B, 'utf8');
  let uriA = '';
  let uriB = '';

  before(async () => {
    client = await startServer();
    uriA = await client.open(SEED_A);
    uriB = uriOf(SEED_B);
    // The sibling article is read from disk, not opened: its (possibly empty) diagnostics show
    // that the folder has been read, so cross-source answers are complete from here on.
    await client.waitForDiagnostics(uriB, () => true);
    const provider = client.initializeResult.capabilities.semanticTokensProvider;
    assert.ok(provider, 'the server offers semantic tokens');
    legend = provider.legend;
  });

  after(async () => {
    await client?.stop();
  });

  test('the token legend matches the types and modifiers declared in package.json', () => {
    const declaredTypes = manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id).sort();
    const declaredMods = manifest.contributes.semanticTokenModifiers.map((t: { id: string }) => t.id).sort();
    assert.deepEqual([...legend.tokenTypes].sort(), declaredTypes);
    assert.deepEqual([...legend.tokenModifiers].sort(), declaredMods);
  });

  test('semantic tokens mark the resolved dates and every name, without overlaps or line crossings', async () => {
    const result = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uriA } })) as SemanticTokens;
    const tokens = decodeTokens(result.data, legend.tokenTypes, legend.tokenModifiers);
    assert.ok(tokens.length > 0, 'no tokens at all');
    const dates = tokens.filter((t) => t.type === 'date').map((t) => textOf(textA, t));
    assert.ok(dates.some((d) => d.includes('Sunday')), `no date token on "Sunday": ${JSON.stringify(dates)}`);
    assert.ok(dates.some((d) => d.includes('Saturday')), `no date token on "Saturday": ${JSON.stringify(dates)}`);
    // Every name the core finds is coloured with its kind, at its exact place.
    const article = analyzeArticle(textA, { path: SEED_A });
    const index = new LineIndex(article.text);
    for (const m of article.mentions) {
      const p = index.positionAt(m.start);
      assert.ok(
        tokens.some((t) => t.line === p.line && t.character === p.character && t.length === m.end - m.start && t.type === m.kind),
        `no ${m.kind} token for "${m.text}" at ${p.line}:${p.character}`,
      );
    }
    // Tokens are sorted, never overlap and never run past their line.
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(b.line > a.line || b.character >= a.character + a.length, `tokens overlap at ${b.line}:${b.character}`);
    }
    for (const t of tokens) assert.ok(t.character + t.length <= index.lineContentEnd(t.line) - index.lineStarts[t.line], 'a token crosses a line end');
  });

  test('a range request returns only the tokens within the range', async () => {
    const full = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uriA } })) as SemanticTokens;
    const all = decodeTokens(full.data, legend.tokenTypes, legend.tokenModifiers);
    const lastLine = Math.max(...all.map((t) => t.line));
    const ranged = (await client.connection.sendRequest('textDocument/semanticTokens/range', {
      textDocument: { uri: uriA },
      range: { start: { line: lastLine, character: 0 }, end: { line: lastLine + 1, character: 0 } },
    })) as SemanticTokens;
    const some = decodeTokens(ranged.data, legend.tokenTypes, legend.tokenModifiers);
    assert.ok(some.length > 0 && some.length < all.length, `expected a proper subset, got ${some.length} of ${all.length}`);
    assert.ok(some.every((t) => t.line === lastLine));
  });

  test('hovering a relative date shows its calendar date', async () => {
    const index = new LineIndex(textA);
    const at = textA.indexOf('Sunday');
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriA }, position: index.positionAt(at + 2) })) as Hover | null;
    assert.match(hoverText(h), /Sunday 21 December 2025/);
    assert.ok(h?.range, 'the hover has a range');
  });

  test('hovering plain words gives no card', async () => {
    const index = new LineIndex(textA);
    const at = textA.indexOf('denied');
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriA }, position: index.positionAt(at + 1) })) as Hover | null;
    assert.equal(h, null);
  });

  test('the outline lists sections with the dates inside them', async () => {
    await client.open(SEED_B);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriB } })) as DocumentSymbol[];
    const sections = symbols.filter((s) => s.kind === 3 /* Namespace */).map((s) => s.name);
    assert.deepEqual(sections.slice(0, 2), ["What's Happening?", "Why It's Important?"]);
    const first = symbols.find((s) => s.name === "What's Happening?")!;
    // Under a section, the groups in their order, each only when it holds something.
    const groups = first.children?.map((c) => c.name) ?? [];
    const order = ['People', 'Organisations', 'Places', 'Quotes', 'Dates'];
    assert.deepEqual(groups, order.filter((g) => groups.includes(g)), JSON.stringify(groups));
    const date = first.children?.find((c) => c.name === 'Dates')?.children?.find((c) => c.name === 'February 2022');
    assert.ok(date, `no date symbol under the first section's Dates: ${JSON.stringify(first.children)}`);
    assert.equal(date.detail, 'February 2022');
  });

  test('folding ranges cover each section from its heading', async () => {
    const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: uriB } })) as FoldingRange[];
    const lines = textB.split(/\r\n|\n|\r/);
    const headingLines = ["What's Happening?", "Why It's Important?"].map((h) => lines.indexOf(h));
    for (const l of headingLines) assert.ok(ranges.some((r) => r.startLine === l && r.endLine > l), `no fold starting at line ${l}`);
  });

  test('a hover on a surname names the person, both spellings and the other outlet with a link', async () => {
    const index = new LineIndex(textA);
    const at = textA.indexOf('Ushakov also');
    assert.ok(at > 0);
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriA }, position: index.positionAt(at + 2) })) as Hover | null;
    const md = hoverText(h);
    assert.match(md, /person/);
    assert.match(md, /Yury Ushakov/);
    assert.match(md, /Yuri Ushakov/);
    assert.match(md, /\d+ mentions?/);
    // The other outlet's article, linked at a line of it.
    assert.match(md, /\]\(file:\/\/\/[^)]*000_3b96670c0742de4e\.txt#L\d+\)/);
    assert.deepEqual(h?.range?.start, index.positionAt(at));
  });

  test('a hover inside a quotation gives its speaker', async () => {
    const index = new LineIndex(textA);
    const at = textA.indexOf('seriously discussed');
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriA }, position: index.positionAt(at + 2) })) as Hover | null;
    const md = hoverText(h);
    assert.match(md, /quote/);
    assert.match(md, /Speaker\*: Yury Ushakov/);
  });

  test('quotations are coloured around the names inside them, and speakers are marked', async () => {
    const result = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uriA } })) as SemanticTokens;
    const tokens = decodeTokens(result.data, legend.tokenTypes, legend.tokenModifiers);
    const quoteTexts = tokens.filter((t) => t.type === 'quote').map((t) => textOf(textA, t));
    assert.ok(quoteTexts.some((q) => q.includes('no one has seriously discussed')), JSON.stringify(quoteTexts));
    const speaker = tokens.find((t) => textOf(textA, t) === 'Yury Ushakov');
    assert.equal(speaker?.type, 'person');
    assert.deepEqual(speaker?.modifiers, ['speaker']);
  });

  test('the outline has one symbol per person with a mention count, and quotes with their speaker', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriA } })) as DocumentSymbol[];
    const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const all = flat(symbols);
    const ushakov = all.filter((s) => s.kind === 13 /* Variable */ && /Ushakov/.test(s.name));
    assert.equal(ushakov.length, 1, JSON.stringify(ushakov.map((s) => s.name)));
    assert.match(ushakov[0].detail ?? '', /^person · [2-9] mentions$/);
    const quote = all.find((s) => s.kind === 15 /* String */ && s.name.includes('At present'));
    assert.equal(quote?.detail, 'Yury Ushakov');
  });

  test('an impossible header date is reported, and the report goes away once fixed', async () => {
    const uri = 'untitled:Untitled-7';
    await client.open('', 'date 2025-02-30 The council met on Monday.\n', uri);
    const d = await client.waitForDiagnostics(uri, (ds) => ds.some((x) => x.code === HEADER_RULE));
    assert.equal(d[0].source, 'Triangulate');
    assert.equal(d[0].range.start.line, 0);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 50 },
      contentChanges: [{ text: 'date 2025-02-28 The council met on Monday.\n' }],
    });
    await client.waitForDiagnostics(uri, (ds) => ds.length === 0);
  });

  test('ranges stay on the words after emoji and CRLF line ends', async () => {
    const uri = 'untitled:Untitled-11';
    const text = 'date 2025-12-21 \u{1F600}\u{1F30D} They met on Monday.\r\n\u{1F600} On Friday they left.\r\n';
    await client.open('', text, uri);
    const result = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
    const dates = decodeTokens(result.data, legend.tokenTypes, legend.tokenModifiers).filter((t) => t.type === 'date');
    const words = dates.map((t) => textOf(text, t));
    assert.ok(words.some((w) => /^(on )?Monday$/.test(w)), JSON.stringify(words));
    const friday = dates.find((t) => textOf(text, t).endsWith('Friday'));
    assert.ok(friday, JSON.stringify(words));
    assert.equal(friday.line, 1);
    assert.equal(text.split('\r\n')[1].slice(friday.character, friday.character + friday.length).endsWith('Friday'), true);
  });

  test('a burst of edits ends with the diagnostics of the last version, never a stale one', async () => {
    const uri = 'untitled:Untitled-9';
    await client.open('', 'date 2025-01-01 Calm.\n', uri);
    await client.waitForDiagnostics(uri, () => true);
    const before = client.published.length;
    // Versions 101..120 alternate between a valid and an impossible date; the last is impossible.
    // Sent together, as keys typed faster than the debounce: awaiting each send would let a
    // loaded machine space them out past it.
    const sends: Promise<void>[] = [];
    for (let v = 101; v <= 120; v++) {
      const text = v % 2 === 0 ? 'date 2025-02-31 Busy.\n' : 'date 2025-02-27 Busy.\n';
      sends.push(client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] }));
    }
    await Promise.all(sends);
    const d = await client.waitForDiagnostics(uri, (ds) => ds.length === 1 && client.diagnostics.get(uri)?.version === 120);
    assert.match(d[0].message, /2025-02-31/);
    const seen = client.published.slice(before).filter((p) => p.uri === uri);
    // The debounce folds the burst into few publications, and versions only ever go up.
    assert.ok(seen.length <= 3, `published ${seen.length} times for one burst`);
    for (let i = 1; i < seen.length; i++) assert.ok((seen[i].version ?? 0) >= (seen[i - 1].version ?? 0));
  });

  test('requests outside the text or for unknown documents are answered, not fatal', async () => {
    const far = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriA }, position: { line: 99999, character: 5 } })) as Hover | null;
    assert.equal(far, null);
    const unknown = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///nowhere/none.txt' } })) as SemanticTokens;
    assert.deepEqual(unknown.data, []);
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/none.txt' } });
    assert.deepEqual(symbols, []);
    // The server still works afterwards.
    const again = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uriA } })) as SemanticTokens;
    assert.ok(again.data.length > 0);
  });

  test('an edit is reflected at once in requests, before the debounce runs', async () => {
    const uri = 'untitled:Untitled-8';
    await client.open('', 'date 2025-12-21 Nothing here.\n', uri);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 60 },
      contentChanges: [{ range: { start: { line: 0, character: 16 }, end: { line: 0, character: 29 } }, text: 'They met on Sunday.' }],
    });
    const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 29 } })) as Hover | null;
    assert.match(hoverText(h), /Sunday 21 December 2025/);
  });
});

describe('language server reading a folder from disk', () => {
  let dir = '';
  let client: TestClient;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-lsp-'));
    writeFileSync(join(dir, 'good.txt'), 'date 2025-03-01 The mayor spoke on Friday.\n');
    writeFileSync(join(dir, 'big.txt'), `date 2025-03-01 ${'word '.repeat(600)}\n`);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x64, 0x61, 0x00, 0x01, 0x02, 0xff]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]));
    client = await startServer({ folders: [dir], settings: { maxFileSize: 1000 } });
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('reads good articles and skips large, binary and non-UTF-8 files with one message each', async () => {
    await client.waitForDiagnostics(uriOf(join(dir, 'good.txt')), () => true);
    const skipped = (name: string) => client.logs.filter((l) => l.includes('Skipped') && l.includes(name));
    assert.equal(skipped('big.txt').length, 1, client.logs.join('\n'));
    assert.match(skipped('big.txt')[0], /maxFileSize/);
    assert.equal(skipped('binary.txt').length, 1);
    assert.equal(skipped('latin1.txt').length, 1);
    assert.match(skipped('latin1.txt')[0], /UTF-8/);
    assert.equal(client.diagnostics.has(uriOf(join(dir, 'big.txt'))), false);
  });

  test('the status summary counts the articles and lists the skipped files', async () => {
    const deadline = Date.now() + 10_000;
    while (!client.statuses.some((s) => !s.reading) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const status = client.statuses.filter((s) => !s.reading).pop();
    assert.ok(status, 'no status after the folder was read');
    assert.equal(status.articles, 1);
    assert.deepEqual(status.skipped.map((s) => s.uri.split('/').pop()).sort(), ['big.txt', 'binary.txt', 'latin1.txt']);
  });

  test('an open document over the size limit is left out, with one message, and requests answer empty', async () => {
    const uri = uriOf(join(dir, 'pasted.txt'));
    const text = `date 2025-02-30 ${'On Sunday they met. '.repeat(100)}\n`;
    await client.open('', text, uri);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 500 }, contentChanges: [{ text: text + 'More.' }] });
    const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
    assert.deepEqual(tokens.data, []);
    assert.equal(client.logs.filter((l) => l.includes('Skipped') && l.includes('pasted.txt')).length, 1, client.logs.join('\n'));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('a larger triangulate.maxFileSize takes effect without a restart', async () => {
    const big = uriOf(join(dir, 'big.txt'));
    assert.equal(client.diagnostics.has(big), false);
    await client.setSettings({ maxFileSize: 1_000_000 });
    await client.waitForDiagnostics(big, () => true);
    await client.setSettings({ maxFileSize: 1000 });
  });

  test('follows files created and deleted on disk', async () => {
    const file = join(dir, 'later.txt');
    writeFileSync(file, 'date 2025-13-01 A new article.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    await client.waitForDiagnostics(uriOf(file), (ds) => ds.some((d) => d.code === HEADER_RULE));
    unlinkSync(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
    await client.waitForDiagnostics(uriOf(file), (ds) => ds.length === 0);
  });
});

describe('reading a large folder', () => {
  let dir = '';
  let client: TestClient;

  after(async () => {
    await client?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('shows work-done progress from start to end', async () => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-many-'));
    for (let i = 0; i < 120; i++) writeFileSync(join(dir, `a${i}.txt`), `date 2025-03-0${1 + (i % 9)} Report number ${i} came on Friday.\n`);
    client = await startServer({ folders: [dir], workDoneProgress: true });
    const deadline = Date.now() + 15_000;
    while (!client.progress.some((p) => p.kind === 'end') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const kinds = client.progress.map((p) => p.kind);
    assert.equal(kinds[0], 'begin', JSON.stringify(client.progress));
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.match(client.progress[0].title ?? '', /reading articles/);
    await client.waitForDiagnostics(uriOf(join(dir, 'a119.txt')), () => true);
  });
});

describe('an article opened from outside the workspace folders', () => {
  let dir = '';
  let client: TestClient;

  after(async () => {
    await client?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('is compared with the articles beside it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-loose-'));
    writeFileSync(join(dir, 'one.txt'), 'date 2025-03-01 Mayor Anna Lindqvist said the bridge would open.\n');
    writeFileSync(join(dir, 'two.txt'), 'date 2025-13-01 Mayor Anna Lindqvist spoke again.\n');
    client = await startServer({ folders: [] });
    await client.open(join(dir, 'one.txt'));
    // The sibling was read from disk: its header problem is reported without opening it.
    await client.waitForDiagnostics(uriOf(join(dir, 'two.txt')), (ds) => ds.some((d) => d.code === HEADER_RULE));
  });
});
