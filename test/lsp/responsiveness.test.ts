/**
 * Protocol tests of the server's responsiveness while a long article is analysed: other files
 * are still answered at once, a keystroke does not throw away an analysis that was under way,
 * and an analysis over the time limit is stopped and reported instead of holding the server.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/analysis';
import { storyNames, storyTexts } from '../support/fixtures';
import { startServer, uriOf, type StartOptions, type TestClient } from './lspClient';
import { differs, NORTH, SOUTH } from './fireStory';
import { boundMs } from '../support/timing';

/** About `size` characters of ordinary news: the fixture stories' articles, one after another. */
function longArticle(size: number): string {
  const bodies = storyNames().flatMap((name) => [...storyTexts(name).values()].map((t) => t.replace(/^\uFEFF/, '')));
  let text = 'date 2025-12-21\n\n';
  for (let i = 0; text.length < size; i++) text += `${bodies[i % bodies.length]}\n\n`;
  return text;
}

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as { value?: string } | string;
  return typeof c === 'string' ? c : (c.value ?? '');
}

/** Polls until `done` holds, or fails after `timeoutMs`. */
async function until(done: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A server on a workspace with a two-outlet story and a folder for a long article of its own,
 * started before the suite's tests and stopped after them.
 */
function serverOnStory(options: StartOptions = {}): { client: TestClient; dir: string; north: string; long: string } {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-responsive-'));
  mkdirSync(join(dir, 'fire'));
  mkdirSync(join(dir, 'long'));
  writeFileSync(join(dir, 'fire', 'north.txt'), NORTH);
  writeFileSync(join(dir, 'fire', 'south.txt'), SOUTH);
  const it = { client: null as unknown as TestClient, dir, north: join(dir, 'fire', 'north.txt'), long: join(dir, 'long', 'long.txt') };
  before(async () => {
    it.client = await startServer({ ...options, folders: [dir] });
  });
  after(async () => {
    await it.client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return it;
}

describe('while a long article is analysed', () => {
  const story = serverOnStory();

  test('hovers on another article are answered at once, and edits of it analysed', async (t) => {
    const { client, north, long } = story;
    const northUri = await client.open(north, NORTH);
    await client.waitForDiagnostics(northUri, differs);
    const position = new LineIndex(NORTH).positionAt(NORTH.indexOf('Lindqvist,') + 3);
    const hover = async (): Promise<number> => {
      const sent = Date.now();
      const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: northUri }, position })) as Hover | null;
      assert.match(hoverText(h), /Lindqvist/);
      return Date.now() - sent;
    };
    await hover();

    const text = longArticle(200_000);
    const longUri = uriOf(long);
    const opened = Date.now();
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: longUri, languageId: 'article', version: 1, text } });
    // The other article is edited meanwhile: its figure now agrees with the other outlet's.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: northUri, version: 2 }, contentChanges: [{ text: NORTH.replace('40 people', '60 people') }] });
    let editedAt = 0;
    let longAt = 0;
    const latencies: number[] = [];
    while (!longAt) {
      latencies.push(await hover());
      if (!editedAt && client.diagnostics.get(northUri)?.version === 2 && !differs(client.diagnostics.get(northUri)!.diagnostics)) editedAt = Date.now();
      if (client.diagnostics.has(longUri)) longAt = Date.now();
      assert.ok(Date.now() - opened < 120_000, 'the long article is analysed within two minutes');
    }
    const took = longAt - opened;
    const slowest = Math.max(...latencies);
    const summary = `long article published after ${took} ms; ${latencies.length} hovers meanwhile, slowest ${slowest} ms; edit published after ${editedAt ? editedAt - opened : 'more than ' + took} ms`;
    t.diagnostic(summary);
    assert.ok(latencies.length >= 3, summary);
    // Generous: the slowest hover took under a third of the time the long article took.
    assert.ok(slowest < took / 3, summary);
    // The edit of the other article did not wait for the long one.
    assert.ok(editedAt && editedAt <= longAt, summary);
  });

  test('a keystroke while the article is analysed does not throw that analysis away', async () => {
    const { client, dir } = story;
    const uri = uriOf(join(dir, 'long', 'typed.txt'));
    const text = longArticle(200_000);
    const since = client.published.length;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await until(() => client.diagnostics.get(uri)?.version === 2, 'the diagnostics of the last version');
    const versions = client.published.slice(since).filter((p) => p.uri === uri).map((p) => p.version);
    // The first text's analysis was published while the second was analysed.
    assert.deepEqual(versions.slice(0, 1), [1], JSON.stringify(versions));
  });
});

describe('an article whose analysis takes longer than the time limit', () => {
  // A fifth of a second on an unloaded machine, scaled to the load: an ordinary article stays
  // well within it and a 200 KB one well past it, however busy the machine is.
  const limit = Math.max(0.2, Math.round(boundMs(200) / 100) / 10);
  const story = serverOnStory({ settings: { analysisTimeLimit: limit } });

  test('is stopped, left out with a warning on it and a log line, and analysed once the limit allows', async () => {
    const { client, north, long } = story;
    const northUri = await client.open(north, NORTH);
    await client.waitForDiagnostics(northUri, differs);
    const longUri = await client.open(long, longArticle(200_000));
    const [notice] = await client.waitForDiagnostics(longUri, (d) => d.some((x) => x.code === 'not-analysed'), 60_000);
    assert.equal(notice.severity, 2);
    assert.equal(notice.range.start.line, 0);
    assert.match(notice.message, new RegExp(`longer than ${limit} s`.replace('.', '\\.')));
    assert.ok(client.logs.some((l) => l.startsWith('Left out ') && l.includes('long.txt') && l.includes(`longer than ${limit} s`)), client.logs.join('\n'));
    // The server goes on: the other article is answered, and its story is whole.
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: northUri } })) as unknown[];
    assert.ok(symbols.length > 0);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: longUri }, position: { line: 2, character: 3 } })) as Hover | null;
    assert.equal(hover, null, 'nothing is answered from an article left out');

    await client.setSettings({ analysisTimeLimit: 120 });
    await client.waitForDiagnostics(longUri, (d) => !d.some((x) => x.code === 'not-analysed'), 120_000);
    await until(() => client.statuses.at(-1)?.skipped.length === 0, 'the status no longer lists the article as left out');
  });
});
