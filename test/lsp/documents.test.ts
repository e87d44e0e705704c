/**
 * Protocol tests of how the server follows documents: every change of text is analysed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { startServer, uriOf, type TestClient } from './lspClient';

const NORTH = [
  'Harbour fire closes the port',
  '',
  'date: 2025-03-14',
  '',
  'Maria Lindqvist, the harbour master, said on Friday that 40 people were evacuated from the docks.',
  '"We acted as fast as we could," Lindqvist said.',
  '',
].join('\n');
const SOUTH = [
  'Port shut after harbour blaze',
  '',
  'date: 2025-03-14',
  '',
  'Maria Lindqvist, the harbour master, said on Friday that 60 people were evacuated from the docks.',
  '',
].join('\n');

const differs = (d: Diagnostic[]) => d.some((x) => x.code === 'quantity-differs');

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
