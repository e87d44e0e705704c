/**
 * Protocol tests of the server's fault handling: malformed requests are refused with
 * InvalidParams, a handler that throws is answered with InternalError, neither ends the process,
 * and shutdown and exit follow the protocol.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Hover,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/analysis';
import { ROOT, startServer, uriOf, type TestClient } from './lspClient';
import { NORTH, SOUTH } from './fireStory';

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents as { value?: string } | string;
  return typeof c === 'string' ? c : (c.value ?? '');
}

/** The error code a request was answered with, or 'answered' when it succeeded. */
async function codeOf(connection: ProtocolConnection, method: string, params: unknown): Promise<number | 'answered'> {
  try {
    await connection.sendRequest(method, params);
    return 'answered';
  } catch (err) {
    return (err as { code: number }).code;
  }
}

function makeStory(): { dir: string; north: string; south: string } {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-faults-'));
  const story = join(dir, 'fire');
  const north = join(story, 'north.txt');
  const south = join(story, 'south.txt');
  mkdirSync(story);
  writeFileSync(north, NORTH);
  writeFileSync(south, SOUTH);
  return { dir, north, south };
}

describe('faults in requests', () => {
  let client: TestClient;
  let dir = '';
  let uri = '';
  let at: { line: number; character: number };

  before(async () => {
    const story = makeStory();
    dir = story.dir;
    client = await startServer({ folders: [dir] });
    uri = await client.open(story.north);
    at = new LineIndex(NORTH).positionAt(NORTH.indexOf('Lindqvist,') + 3);
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'quantity-differs'));
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const hoverNow = async (): Promise<string> =>
    hoverText((await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at })) as Hover | null);

  test('malformed params are refused with InvalidParams, logged, and the server answers as before', async () => {
    const before = await hoverNow();
    assert.match(before, /Lindqvist/);
    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    const cases: [string, unknown][] = [
      ['textDocument/hover', { garbage: true }],
      ['textDocument/hover', null],
      ['textDocument/hover', [1, 2, 3]],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 0 } }],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: at }],
      ['textDocument/definition', { textDocument: { uri } }],
      ['textDocument/references', { position: at, context: { includeDeclaration: true } }],
      ['textDocument/documentHighlight', { textDocument: {}, position: at }],
      ['textDocument/documentSymbol', {}],
      ['textDocument/foldingRange', { textDocument: null }],
      ['textDocument/codeLens', { textDocument: 'north.txt' }],
      ['textDocument/semanticTokens/full', { garbage: true }],
      ['textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 0 } } }],
      ['textDocument/inlayHint', { textDocument: { uri } }],
      ['textDocument/codeAction', { textDocument: { uri }, range, context: {} }],
      ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [null] } }],
      ['workspace/symbol', {}],
      ['workspace/symbol', { query: 7 }],
      ['workspace/executeCommand', { arguments: [] }],
      ['triangulate/claims', {}],
      ['triangulate/storySources', { uri: null }],
      ['triangulate/exportAnnotations', { format: 'brat' }],
    ];
    for (const [method, params] of cases) {
      assert.equal(await codeOf(client.connection, method, params), -32602, `${method} ${JSON.stringify(params)}`);
    }
    // Each refusal is one line in the log, without a stack: nothing failed inside the server.
    const refusals = client.logs.filter((l) => l.startsWith('Refused '));
    assert.ok(refusals.length >= cases.length, refusals.join('\n'));
    assert.ok(!client.logs.some((l) => / failed: TypeError/.test(l)), 'no handler tripped over the params');
    assert.equal(client.process.exitCode, null, 'the server still runs');
    assert.equal(await hoverNow(), before);
    // Well-formed requests for the same methods are still answered.
    assert.equal(await codeOf(client.connection, 'workspace/symbol', { query: 'Lindqvist' }), 'answered');
    assert.equal(await codeOf(client.connection, 'textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), 'answered');
  });

  test('malformed notifications are dropped with a log line and change nothing', async () => {
    const before = await hoverNow();
    const bad: [string, unknown][] = [
      ['textDocument/didChange', null],
      ['textDocument/didChange', { textDocument: { uri, version: 99 }, contentChanges: [{ range: 'everything', text: '' }] }],
      ['textDocument/didChange', { textDocument: { uri, version: 99 }, contentChanges: [{ nothing: true }] }],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///x.txt' } }],
      ['textDocument/didClose', {}],
      ['workspace/didChangeWatchedFiles', { changes: 'all' }],
    ];
    for (const [method, params] of bad) await client.connection.sendNotification(method, params);
    assert.equal(await hoverNow(), before);
    assert.ok(client.logs.filter((l) => l.startsWith('Ignored ')).length >= bad.length, client.logs.join('\n'));
    assert.ok(!client.logs.some((l) => /notification handler|failed: TypeError/.test(l)), 'no notification handler failed');
  });
});

describe('a handler that throws', () => {
  let client: TestClient;
  let dir = '';

  before(async () => {
    const story = makeStory();
    dir = story.dir;
    // The server reads the variable when it starts; the hover and outline handlers then throw.
    process.env.TRIANGULATE_FAULTS = 'Hover,Outline';
    try {
      client = await startServer({ folders: [dir] });
    } finally {
      delete process.env.TRIANGULATE_FAULTS;
    }
  });

  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is answered with InternalError and logged; the process lives and other requests are answered', async () => {
    const story = join(dir, 'fire');
    const uri = await client.open(join(story, 'north.txt'));
    const position = new LineIndex(NORTH).positionAt(NORTH.indexOf('Lindqvist'));
    for (let i = 0; i < 20; i++) {
      assert.equal(await codeOf(client.connection, 'textDocument/hover', { textDocument: { uri }, position }), -32603);
    }
    assert.equal(await codeOf(client.connection, 'textDocument/documentSymbol', { textDocument: { uri } }), -32603);
    assert.ok(client.logs.some((l) => /^Hover failed: Error: fault injected/.test(l)), client.logs.join('\n'));
    assert.equal(client.process.exitCode, null);
    // The rest of the server works: folding, tokens and diagnostics.
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as unknown[];
    assert.ok(Array.isArray(folds));
    const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    assert.ok(tokens.data.length > 0);
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'quantity-differs'));
  });
});

/** Starts the bare server over stdio, initialized on an empty folder list. */
async function bareServer(): Promise<{ connection: ProtocolConnection; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, [join(ROOT, 'server/out/server.js'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: [], capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  return { connection, exit };
}

/** Waits for the process to end, or fails after a few seconds. */
function within<T>(p: Promise<T>, ms = 5000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms).unref())]);
}

describe('shutdown and exit', () => {
  test('after shutdown, requests are refused with InvalidRequest, and exit ends the process with status 0', async () => {
    const { connection, exit } = await bareServer();
    const uri = uriOf(join(tmpdir(), 'nowhere', 'a.txt'));
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: 'Maria Lindqvist spoke.' } });
    assert.equal(await codeOf(connection, 'textDocument/documentSymbol', { textDocument: { uri } }), 'answered');
    assert.equal(await connection.sendRequest('shutdown'), null);
    assert.equal(await codeOf(connection, 'textDocument/documentSymbol', { textDocument: { uri } }), -32600);
    assert.equal(await codeOf(connection, 'workspace/symbol', { query: '' }), -32600);
    assert.equal(await codeOf(connection, 'shutdown', undefined), -32600);
    await connection.sendNotification('exit');
    assert.equal(await within(exit), 0);
    connection.dispose();
  });

  test('exit without shutdown ends the process with status 1', async () => {
    const { connection, exit } = await bareServer();
    await connection.sendNotification('exit');
    assert.equal(await within(exit), 1);
    connection.dispose();
  });

  test('the editor closing the pipe without exit ends the process (status 1), after shutdown with 0', async () => {
    for (const [shutdownFirst, status] of [
      [false, 1],
      [true, 0],
    ] as const) {
      const child = spawn(process.execPath, [join(ROOT, 'server/out/server.js'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      connection.listen();
      await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
      if (shutdownFirst) await connection.sendRequest('shutdown');
      child.stdin.end();
      assert.equal(await within(exit), status);
      connection.dispose();
    }
  });
});
