/**
 * Protocol tests of the session's edges, over stdio: what the server does with messages before
 * `initialize`, with a stream it can no longer read, and with command arguments of the wrong
 * shape.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { ROOT } from './lspClient';

/** Starts the bundled server over stdio, without the initialize handshake. */
function spawnServer(): { child: ChildProcessWithoutNullStreams; connection: ProtocolConnection; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [join(ROOT, 'server/out/server.js'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  return { child, connection, exit };
}

async function initialize(connection: ProtocolConnection): Promise<void> {
  await connection.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: [], capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
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

/** Resolves with the process's exit status, or with 'running' when it has not ended within `ms`. */
function exitWithin(exit: Promise<number | null>, ms: number): Promise<number | null | 'running'> {
  return Promise.race([exit, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), ms).unref())]);
}

/** Runs `body` with a fresh server, which is ended afterwards whatever happened. */
async function withServer(body: (server: ReturnType<typeof spawnServer>) => Promise<void>): Promise<void> {
  const server = spawnServer();
  try {
    await body(server);
  } finally {
    if (server.child.exitCode === null) server.child.kill();
    await server.exit;
    server.connection.dispose();
  }
}

describe('before initialize', () => {
  test('requests are refused with ServerNotInitialized and notifications dropped; initialize then works', async () => {
    await withServer(async ({ connection }) => {
      const uri = 'untitled:early.article';
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: 'Maria Lindqvist spoke on Friday.' } });
      assert.equal(await codeOf(connection, 'textDocument/documentSymbol', { textDocument: { uri } }), -32002);
      assert.equal(await codeOf(connection, 'workspace/symbol', { query: 'Lindqvist' }), -32002);
      assert.equal(await codeOf(connection, 'shutdown', undefined), -32002);
      assert.equal(await codeOf(connection, 'triangulate/claims', { uri }), -32002);
      await initialize(connection);
      // The document opened too early was never taken: it has no outline and no symbols.
      assert.deepEqual(await connection.sendRequest('workspace/symbol', { query: 'Lindqvist' }), []);
      // Opened now, it is.
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 2, text: 'Maria Lindqvist spoke on Friday.' } });
      // Its outline waits for its analysis; the workspace's symbols then include it.
      await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      const symbols = (await connection.sendRequest('workspace/symbol', { query: 'Lindqvist' })) as unknown[];
      assert.ok(symbols.length > 0);
    });
  });

  test('exit is obeyed before initialize (status 1)', async () => {
    await withServer(async ({ connection, exit }) => {
      await connection.sendNotification('exit');
      assert.equal(await exitWithin(exit, 10_000), 1);
    });
  });
});

describe('workspace/executeCommand', () => {
  test('arguments that are not a list are InvalidParams, not an internal error', async () => {
    await withServer(async ({ child, connection }) => {
      await initialize(connection);
      for (const args of [{ uri: 'file:///a.txt' }, 'file:///a.txt', 42]) {
      assert.equal(await codeOf(connection, 'workspace/executeCommand', { command: 'triangulate.reconcile', arguments: args }), -32602, JSON.stringify(args));
      }
      assert.equal(await codeOf(connection, 'workspace/executeCommand', { command: 'triangulate.reconcile', arguments: ['file:///a.txt'] }), -32602);
      assert.equal(child.exitCode, null);
    });
  });
});

describe('a broken stream', () => {
  const frames: [string, (body: string) => string][] = [
    ['a Content-Length that is not a number', (body) => `Content-Length: twelve\r\n\r\n${body}`],
    ['no Content-Length at all', (body) => `Content-Type: application/json\r\n\r\n${body}`],
    ['a Content-Length shorter than the body', (body) => `Content-Length: ${body.length - 5}\r\n\r\n${body}`],
  ];
  for (const [what, frame] of frames) {
    test(`${what} ends the process with a non-zero status`, async () => {
      await withServer(async ({ child, connection, exit }) => {
        await initialize(connection);
        const body = JSON.stringify({ jsonrpc: '2.0', id: 900, method: 'workspace/symbol', params: { query: 'a' } });
        child.stdin.write(frame(body));
        // A well-formed request after the broken one, as an editor would send next.
        child.stdin.write(`Content-Length: ${body.length}\r\n\r\n${body}`);
        const status = await exitWithin(exit, 10_000);
        assert.notEqual(status, 'running', 'the server must not stay alive on a stream it cannot read');
        assert.notEqual(status, 0);
      });
    });
  }
});
