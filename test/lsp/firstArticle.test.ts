/**
 * Protocol tests of the server's start: a thread to analyse articles loads at `initialize`,
 * before any article is opened, and the article opened first is published as soon as it is
 * analysed, before the rest of its story has been read.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/bench/generate';
import { startServer, uriOf, type TestClient } from './lspClient';

/** Polls until `done` holds, or fails after `timeoutMs`. */
async function until(done: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('the server at its start', () => {
  const dirs: string[] = [];
  const clients: TestClient[] = [];
  after(async () => {
    for (const c of clients) await c.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  test('a thread to analyse articles loads at initialize, before any article is opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-warm-'));
    dirs.push(dir);
    const client = await startServer({ folders: [dir] });
    clients.push(client);
    await until(() => client.logs.some((l) => /thread to analyse articles is ready/.test(l)), 'a thread ready without any article');
    assert.equal(client.published.length, 0, 'nothing was opened or read');
  });

  test('the article opened first is published before the rest of its story is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-first-'));
    dirs.push(dir);
    // One story of 60 articles: reading and analysing it takes a second or more.
    const [folder] = generateCorpus(dir, 60, { storySize: 60 });
    const names = readdirSync(folder).sort();
    // The last by name, so that an order by path would publish it last.
    const opened = join(folder, names[names.length - 1]);
    const client = await startServer({ folders: [dir] });
    clients.push(client);
    const uri = await client.open(opened);
    const others = new Set(names.slice(0, -1).map((n) => uriOf(join(folder, n))));
    await until(() => client.published.some((p) => p.uri === uri), 'the opened article published');
    const at = client.published.findIndex((p) => p.uri === uri);
    const before = client.published.slice(0, at).filter((p) => others.has(p.uri)).length;
    assert.equal(before, 0, `${before} other articles of the story were published before the opened one`);
    assert.ok(client.statuses.every((s) => s.reading), 'the folder was still being read when the opened article was published');
    // The story is published whole once read, the opened article again with it.
    await until(() => client.statuses.some((s) => !s.reading) && [...others].every((o) => client.diagnostics.has(o)), 'the whole story published');
    assert.ok(client.published.filter((p) => p.uri === uri).length >= 1);
  });
});
