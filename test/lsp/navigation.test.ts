/**
 * Protocol tests of navigation across sources on the seed story: definition, references,
 * highlights, workspace symbols, inlay hints after relative dates, and the story code lens.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CodeLens, DocumentHighlight, InlayHint, Location, SymbolInformation } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/analysis';
import { SEED_A, SEED_B, startServer, uriOf, type TestClient } from './lspClient';

describe('navigation across the sources of a story', () => {
  let client: TestClient;
  const textA = readFileSync(SEED_A, 'utf8');
  const indexA = new LineIndex(textA);
  let uriA = '';
  const uriB = uriOf(SEED_B);
  const at = (words: string, shift = 1) => indexA.positionAt(textA.indexOf(words) + shift);

  before(async () => {
    client = await startServer();
    uriA = await client.open(SEED_A);
    await client.waitForDiagnostics(uriB, () => true);
  });

  after(async () => {
    await client?.stop();
  });

  test('Find All References on a surname lists the mentions in both outlets', async () => {
    const refs = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uriA },
      position: at('Ushakov also'),
      context: { includeDeclaration: true },
    })) as Location[];
    const uris = new Set(refs.map((r) => r.uri));
    assert.ok(uris.has(uriA) && uris.has(uriB), JSON.stringify([...uris]));
    const here = refs.filter((r) => r.uri === uriA).map((r) => textA.slice(indexA.offsetAt(r.range.start.line, r.range.start.character), indexA.offsetAt(r.range.end.line, r.range.end.character)));
    assert.ok(here.includes('Yury Ushakov') && here.includes('Ushakov'), JSON.stringify(here));
  });

  test('Go to Definition opens the first mention in the story', async () => {
    const loc = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriA }, position: at('Ushakov also') })) as Location;
    assert.ok(loc && (loc.uri === uriA || loc.uri === uriB));
    const refs = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uriA },
      position: at('Ushakov also'),
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(loc, refs[0]);
  });

  test('document highlights mark every mention of the person in this article only', async () => {
    const hl = (await client.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri: uriA }, position: at('Ushakov also') })) as DocumentHighlight[];
    const words = hl.map((h) => textA.slice(indexA.offsetAt(h.range.start.line, h.range.start.character), indexA.offsetAt(h.range.end.line, h.range.end.character)));
    assert.ok(words.length >= 2, JSON.stringify(words));
    assert.ok(words.every((w) => /Ushakov$/.test(w)), JSON.stringify(words));
    const none = (await client.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri: uriA }, position: at('denied') })) as DocumentHighlight[];
    assert.deepEqual(none, []);
  });

  test('workspace symbols find a person across the story, and quotes by their speaker', async () => {
    const people = (await client.connection.sendRequest('workspace/symbol', { query: 'ushakov' })) as SymbolInformation[];
    const person = people.filter((s) => s.kind === 13 /* Variable */);
    assert.equal(person.length, 1, JSON.stringify(people.map((s) => s.name)));
    assert.match(person[0].containerName ?? '', /in 2 sources/);
    assert.ok(people.some((s) => s.kind === 15 /* String */ && s.name.includes('At present')));
  });

  test('workspace symbols also find organisations and places, each with its kind', async () => {
    const orgs = (await client.connection.sendRequest('workspace/symbol', { query: 'kremlin' })) as SymbolInformation[];
    assert.ok(
      orgs.some((s) => s.kind === 5 /* Class */ && s.name === 'Kremlin'),
      JSON.stringify(orgs.map((s) => [s.name, s.kind])),
    );
    const places = (await client.connection.sendRequest('workspace/symbol', { query: 'miami' })) as SymbolInformation[];
    const miami = places.find((s) => s.kind === 2 /* Module */ && s.name === 'Miami');
    assert.ok(miami, JSON.stringify(places.map((s) => [s.name, s.kind])));
    assert.match(miami.containerName ?? '', /in 2 sources/);
    // A query that names nothing in the story finds nothing.
    assert.deepEqual(await client.connection.sendRequest('workspace/symbol', { query: 'zzqx' }), []);
  });

  test('relative dates get an inlay hint with their calendar date; absolute ones do not', async () => {
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: uriA },
      range: { start: { line: 0, character: 0 }, end: { line: indexA.lineCount, character: 0 } },
    })) as InlayHint[];
    const labels = hints.map((h) => h.label);
    assert.ok(labels.includes('‹Dec 21›'), JSON.stringify(labels));
    assert.ok(labels.includes('‹Dec 20›'), JSON.stringify(labels));
    const sunday = hints.find((h) => h.label === '‹Dec 21›')!;
    const end = indexA.offsetAt(sunday.position.line, sunday.position.character);
    assert.ok(textA.slice(0, end).endsWith('Sunday'), 'the hint sits right after the date');
    const b = (await client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: uriB },
      range: { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } },
    })) as InlayHint[];
    assert.ok(!b.some((h) => String(h.label).includes('2022')), 'no hint after "February 2022"');
  });

  test('inlay hints can be switched off in settings', async () => {
    await client.setSettings({ inlayHints: { dates: false } });
    const params = { textDocument: { uri: uriA }, range: { start: { line: 0, character: 0 }, end: { line: indexA.lineCount, character: 0 } } };
    const deadline = Date.now() + 5000;
    let hints = (await client.connection.sendRequest('textDocument/inlayHint', params)) as InlayHint[];
    while (hints.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      hints = (await client.connection.sendRequest('textDocument/inlayHint', params)) as InlayHint[];
    }
    assert.deepEqual(hints, []);
    await client.setSettings({});
  });

  test('a code lens at the top summarises the story', async () => {
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uriA } })) as CodeLens[];
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 0);
    assert.match(lenses[0].command?.title ?? '', /^2 sources · \d+ people · \d+ differing claims?$/);
  });
});
