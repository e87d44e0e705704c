/**
 * Protocol tests of findings: diagnostics on every article of the seed story with the rule id,
 * the source and the other outlet's words as related information; code actions on them; and
 * marking a finding reconciled, which records it in `.triangulate/decisions.json` and hides it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/analysis';
import { SEED_DIR, startServer, uriOf, type TestClient } from './lspClient';
import { EXPORT_ANNOTATIONS, STORY_SOURCES, type ExportAnnotationsResult, type StorySource } from '../../server/src/lsp/protocol';

const A = '003_f8e5167f93d04d44.txt';
const B = '000_3b96670c0742de4e.txt';
const isVariant = (d: Diagnostic) => d.code === 'name-variant' && /Ushakov/.test(d.message);

describe('findings as diagnostics, and reconciling them', () => {
  let dir = '';
  let client: TestClient;
  let uriA = '';
  let uriB = '';

  before(async () => {
    // A copy, so the decisions file is written outside the repository.
    dir = mkdtempSync(join(tmpdir(), 'triangulate-findings-'));
    cpSync(join(SEED_DIR, A), join(dir, A));
    cpSync(join(SEED_DIR, B), join(dir, B));
    uriA = uriOf(join(dir, A));
    uriB = uriOf(join(dir, B));
    client = await startServer({ folders: [dir] });
    await client.open(join(dir, A));
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the spelling difference is reported on both articles, pointing at the other', async () => {
    const onA = (await client.waitForDiagnostics(uriA, (ds) => ds.some(isVariant))).filter(isVariant)[0];
    const onB = (await client.waitForDiagnostics(uriB, (ds) => ds.some(isVariant))).filter(isVariant)[0];
    assert.equal(onA.source, 'Triangulate');
    assert.equal(onA.severity, 3 /* Information */);
    const textA = readFileSync(join(dir, A), 'utf8');
    const textB = readFileSync(join(dir, B), 'utf8');
    const ia = new LineIndex(textA);
    const ib = new LineIndex(textB);
    const slice = (text: string, index: LineIndex, r: Diagnostic['range']) => text.slice(index.offsetAt(r.start.line, r.start.character), index.offsetAt(r.end.line, r.end.character));
    assert.equal(slice(textA, ia, onA.range), 'Yury Ushakov');
    assert.equal(slice(textB, ib, onB.range), 'Yuri Ushakov');
    const related = onA.relatedInformation ?? [];
    assert.ok(related.length >= 1, 'no related information');
    assert.equal(related[0].location.uri, uriB);
    assert.equal(slice(textB, ib, related[0].location.range), 'Yuri Ushakov');
  });

  test('a difference in roles is a warning', async () => {
    const ds = await client.waitForDiagnostics(uriA, (d) => d.some((x) => x.code === 'role-differs'));
    const role = ds.find((x) => x.code === 'role-differs')!;
    assert.equal(role.severity, 2 /* Warning */);
    assert.match(role.message, /Dmitriev/);
  });

  test('hover cards say how the sources differ, with word-level changes for a reworded quote', async () => {
    const textA = readFileSync(join(dir, A), 'utf8');
    const index = new LineIndex(textA);
    const hoverAt = async (words: string) => {
      const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriA }, position: index.positionAt(textA.indexOf(words) + 2) })) as Hover | null;
      return (h?.contents as { value: string } | undefined)?.value ?? '';
    };
    // What a reader sees: the Markdown with its escapes removed.
    const shown = (md: string) => md.replace(/\\(.)/g, '$1');
    const quote = await hoverAt('seriously discussed');
    assert.match(shown(quote), /quote-differs/);
    assert.match(shown(quote), /paraphrases/);
    assert.match(shown(quote), /Wording\*: .*→/);
    assert.ok(quote.includes(`](${uriB}#L`), quote);
    const person = await hoverAt('Kirill Dmitriev');
    assert.match(shown(person), /role-differs/);
    assert.match(shown(person), /Russian special envoy/);
  });

  test('code actions offer to reconcile, add an alias and open the other source', async () => {
    const diagnostic = client.diagnostics.get(uriA)!.diagnostics.find(isVariant)!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uriA },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => /reconciled/.test(t)), JSON.stringify(titles));
    const alias = actions.find((a) => a.title.startsWith('Add alias'));
    assert.deepEqual([...(alias?.command?.arguments?.[0] as string[])].sort(), ['Yuri Ushakov', 'Yury Ushakov']);
    const open = actions.find((a) => a.title.startsWith('Open '));
    assert.equal(open?.command?.arguments?.[0], uriB);
  });

  test('marking a finding reconciled writes the decisions file and hides the finding', async () => {
    const diagnostic = client.diagnostics.get(uriA)!.diagnostics.find(isVariant)!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uriA },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const reconcile = actions.find((a) => /reconciled/.test(a.title))!;
    await client.connection.sendRequest('workspace/executeCommand', { command: reconcile.command!.command, arguments: reconcile.command!.arguments });
    const file = join(dir, '.triangulate', 'decisions.json');
    assert.ok(existsSync(file));
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.reconciled[0].rule, 'name-variant');
    assert.deepEqual(saved.reconciled[0].paths, [B, A].sort());
    // The note says what was reconciled, in the finding's own words.
    assert.equal(saved.reconciled[0].note, diagnostic.message);
    // Gone from both articles; other findings stay.
    await client.waitForDiagnostics(uriA, (ds) => !ds.some(isVariant) && ds.some((d) => d.code === 'role-differs'));
    await client.waitForDiagnostics(uriB, (ds) => !ds.some(isVariant));
  });

  test('the story sources request lists each outlet with its finding count', async () => {
    const sources = (await client.connection.sendRequest(STORY_SOURCES, { uri: uriA })) as StorySource[];
    assert.deepEqual(sources.map((x) => x.uri).sort(), [uriA, uriB].sort());
    const a = sources.find((x) => x.uri === uriA)!;
    assert.equal(a.date, '2025-12-21');
    assert.ok(a.findings >= 1);
  });

  test('exporting writes brat and Web Annotation files beside the articles', async () => {
    const brat = (await client.connection.sendRequest(EXPORT_ANNOTATIONS, { uri: uriA, format: 'brat' })) as ExportAnnotationsResult;
    assert.ok(brat.ok, brat.message);
    const ann = readFileSync(join(dir, A.replace(/\.txt$/, '.ann')), 'utf8');
    assert.match(ann, /^T\d+\tPerson \d+ \d+\tYury Ushakov$/m);
    assert.ok(existsSync(join(dir, B.replace(/\.txt$/, '.ann'))));
    const wa = (await client.connection.sendRequest(EXPORT_ANNOTATIONS, { uri: uriA, format: 'webannotation' })) as ExportAnnotationsResult;
    assert.ok(wa.ok, wa.message);
    assert.ok(JSON.parse(readFileSync(join(dir, A.replace(/\.txt$/, '.jsonld')), 'utf8')));
    const bad = (await client.connection.sendRequest(EXPORT_ANNOTATIONS, { uri: 'untitled:Untitled-1', format: 'brat' })) as ExportAnnotationsResult;
    assert.equal(bad.ok, false);
  });

  test('rule settings switch a rule off or change its severity, without a restart', async () => {
    await client.setSettings({ rules: { 'name-variant': 'off', 'role-differs': 'error' } });
    const ds = await client.waitForDiagnostics(uriA, (d) => !d.some((x) => x.code === 'name-variant') && d.some((x) => x.code === 'role-differs' && x.severity === 1));
    assert.ok(ds.length > 0);
    await client.setSettings({});
    await client.waitForDiagnostics(uriA, (d) => d.some((x) => x.code === 'role-differs' && x.severity === 2));
  });

  test('removing the decisions file brings the finding back', async () => {
    const file = join(dir, '.triangulate', 'decisions.json');
    rmSync(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
    await client.waitForDiagnostics(uriA, (ds) => ds.some(isVariant));
  });
});

describe('related information only for clients that show it', () => {
  let client: TestClient;

  after(async () => {
    await client?.stop();
  });

  test('no relatedInformation when the client does not advertise it', async () => {
    client = await startServer({ relatedInformation: false });
    const uri = await client.open(join(SEED_DIR, A));
    const ds = await client.waitForDiagnostics(uri, (d) => d.some(isVariant));
    assert.ok(ds.every((d) => d.relatedInformation === undefined));
  });
});
