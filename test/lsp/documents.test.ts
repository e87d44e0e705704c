/**
 * Protocol tests of how the server follows documents: every change of text is analysed, and the
 * articles read from a folder outside the workspace are let go once no open document needs them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { startServer, uriOf, type TestClient } from './lspClient';
import { differs, NORTH, SOUTH } from './fireStory';


/** Writes the two-outlet story into `dir/fire` and returns the paths of its articles. */
function writeStory(dir: string): { north: string; south: string } {
  const story = join(dir, 'fire');
  mkdirSync(story, { recursive: true });
  const north = join(story, 'north.txt');
  const south = join(story, 'south.txt');
  writeFileSync(north, NORTH);
  writeFileSync(south, SOUTH);
  return { north, south };
}

/** Polls until a publication for `uri` after the first `since` ones satisfies `check`. */
async function publishedAfter(client: TestClient, since: number, uri: string, check: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!client.published.slice(since).some((p) => p.uri === uri && check(p))) {
    if (Date.now() > deadline) throw new Error(`no matching publication for ${uri} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Names the server finds for a workspace symbol query. */
async function symbolNames(client: TestClient, query: string): Promise<string[]> {
  const found = (await client.connection.sendRequest('workspace/symbol', { query })) as { name: string }[] | null;
  return (found ?? []).map((s) => s.name);
}

describe('a change that repeats the document version', () => {
  let client: TestClient;
  let dir = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-documents-'));
    writeStory(dir);
    client = await startServer({ folders: [dir] });
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is analysed: the diagnostics and the symbols follow the text applied', async () => {
    const uri = uriOf(join(dir, 'fire', 'north.txt'));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 7, text: NORTH } });
    await client.waitForDiagnostics(uri, differs);
    // The same version again, with text that agrees with the other outlet and renames the master.
    const text = NORTH.replace('40 people', '60 people').replace(/Lindqvist/g, 'Holmgren');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ text }] });
    await client.waitForDiagnostics(uri, (d) => !differs(d));
    assert.ok((await symbolNames(client, 'Holmgren')).length > 0, 'the new name is known');
  });
});

describe('an article opened from a folder outside the workspace', () => {
  let client: TestClient;
  let workspace = '';
  let outside = '';

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'triangulate-workspace-'));
    outside = mkdtempSync(join(tmpdir(), 'triangulate-outside-'));
    client = await startServer({ folders: [workspace] });
  });

  after(async () => {
    await client?.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('is let go with the articles beside it, and their diagnostics, once its document closes', async () => {
    const { north, south } = writeStory(outside);
    const uri = await client.open(north, NORTH);
    const southUri = uriOf(south);
    // The article beside it was read and compared: both carry the finding.
    await client.waitForDiagnostics(uri, differs);
    await client.waitForDiagnostics(southUri, differs);
    assert.ok((await symbolNames(client, 'Lindqvist')).length > 0);

    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.waitForDiagnostics(southUri, (d) => d.length === 0);
    assert.deepEqual(await symbolNames(client, 'Lindqvist'), [], 'no article of that folder is kept');

    // Opened again, the folder is read again.
    await client.open(north, NORTH);
    await client.waitForDiagnostics(southUri, differs);
  });

  test('stays while another document of that folder is open', async () => {
    const { north, south } = writeStory(join(outside, 'again'));
    const northUri = await client.open(north, NORTH);
    const southUri = await client.open(south, SOUTH);
    await client.waitForDiagnostics(southUri, differs);
    const since = client.published.length;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: northUri } });
    // The closed article is read from disk again (published without a document version), and
    // its story stays whole.
    await publishedAfter(client, since, northUri, (p) => p.version === undefined && differs(p.diagnostics));
    assert.ok(differs(client.diagnostics.get(southUri)?.diagnostics ?? []));
    const symbols = (await client.connection.sendRequest('workspace/symbol', { query: 'Lindqvist' })) as { location: { uri: string } }[];
    assert.ok(symbols.some((s) => s.location.uri === northUri), 'the closed article is still known from disk');
  });
});
