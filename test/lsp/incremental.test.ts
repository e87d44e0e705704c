/**
 * Protocol tests of what an edit republishes: a keystroke that only moves the article's words
 * republishes that article alone, with its findings where the words now are; an edit that moves
 * words another article's diagnostics point at republishes that article too; an edit that
 * changes a figure changes the other sources' findings.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { storyDir, storyText } from '../support/fixtures';
import { startServer, uriOf, type TestClient } from './lspClient';

const cost = (d: Diagnostic) => d.code === 'quantity-differs' && /\bcost\b/.test(d.message);

describe('republishing after an edit', () => {
  let dir = '';
  let client: TestClient;
  let herald = '';
  let wire = '';
  let daily = '';
  let text = '';
  let version = 1;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-incremental-'));
    cpSync(storyDir('harbour-bridge'), dir, { recursive: true });
    client = await startServer({ folders: [dir] });
    const path = join(dir, 'coastal-herald.txt');
    text = readFileSync(path, 'utf8');
    herald = await client.open(path);
    wire = uriOf(join(dir, 'north-sea-wire.txt'));
    daily = uriOf(join(dir, 'velmora-daily.txt'));
    for (const uri of [herald, wire, daily]) await client.waitForDiagnostics(uri, (d) => d.some(cost), 30_000);
  });

  after(async () => {
    await client?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Replaces the whole text of the open article and waits until its diagnostics for the new version arrive. */
  async function edit(next: string): Promise<Diagnostic[]> {
    text = next;
    version++;
    const v = version;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: herald, version: v }, contentChanges: [{ text }] });
    return client.waitForDiagnostics(herald, () => client.diagnostics.get(herald)?.version === v, 10_000);
  }

  /** Waits until the server has been quiet for a moment, so every publication of an edit is in. */
  async function settle(): Promise<void> {
    let count = -1;
    while (count !== client.published.length) {
      count = client.published.length;
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  test('a word typed on a line without findings republishes only the edited article', async () => {
    await settle();
    const before = client.diagnostics.get(herald)!.diagnostics;
    const from = client.published.length;
    const at = text.indexOf('This is a fictional story') + 'This is a '.length;
    const diagnostics = await edit(`${text.slice(0, at)}short ${text.slice(at)}`);
    await settle();
    const uris = client.published.slice(from).map((p) => p.uri);
    assert.deepEqual([...new Set(uris)], [herald], 'the other sources point at lines the edit did not touch');
    // Every finding is on a later line, so each keeps its line and column.
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range]),
      before.map((d) => [d.code, d.range]),
    );
  });

  test('a word typed before a figure moves it, and the sources that point at it follow', async () => {
    await settle();
    const line = text.split('\n').findIndex((l) => l.includes('€80 million'));
    const column = text.split('\n')[line].indexOf('€80 million');
    const at = text.indexOf('The bridge will cost');
    const diagnostics = await edit(`${text.slice(0, at)}Officially, ${text.slice(at)}`);
    const mine = diagnostics.find(cost);
    assert.deepEqual(mine?.range.start, { line, character: column + 'Officially, '.length });
    // The wire's finding names the Herald's figure among the other sources, at its new place.
    const theirs = await client.waitForDiagnostics(wire, (ds) =>
      ds.some((d) => cost(d) && (d.relatedInformation ?? []).some((r) => r.location.uri === herald && r.location.range.start.character === column + 'Officially, '.length)),
    );
    assert.ok(theirs.some(cost));
  });

  test('changing a figure changes what the other sources are told', async () => {
    await settle();
    await edit(text.replace('€80 million', '€95 million'));
    const theirs = await client.waitForDiagnostics(daily, (ds) => ds.some((d) => cost(d) && d.message.includes('€95 million')));
    assert.ok(!theirs.some((d) => d.message.includes('€80 million')));
  });
});

describe('the status while the workspace is read', () => {
  test('says the workspace is still being read until every article is in, even after an opened article is checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-reading-'));
    const sample = storyText('harbour-bridge', 'coastal-herald.txt');
    const total = 150;
    for (let i = 0; i < total; i++) writeFileSync(join(dir, `outlet-${String(i).padStart(3, '0')}.txt`), sample.replace('€80 million', `€${80 + (i % 7)} million`));
    // A slow answer to the settings request delays the reading, while the opened article is checked at once.
    const client = await startServer({ folders: [dir], configurationDelayMs: 500 });
    try {
      const uri = await client.open(join(dir, 'outlet-000.txt'));
      await client.waitForDiagnostics(uri, (d) => d.length > 0, 60_000);
      const deadline = Date.now() + 60_000;
      while (!client.statuses.some((s) => !s.reading) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const done = client.statuses.find((s) => !s.reading);
      assert.ok(done, 'the server says when the workspace is read');
      assert.equal(done.articles, total);
      // Every status sent before it said the reading was still going on.
      for (const s of client.statuses.slice(0, client.statuses.indexOf(done))) assert.equal(s.reading, true);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
