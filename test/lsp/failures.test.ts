/**
 * Protocol test: a comparison rule that fails in the server is logged and reported in the
 * status notification (which the status bar shows as a warning), and the other rules' findings
 * are still published.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { ROOT, startServer, uriOf, type TestClient } from './lspClient';

const STORY = join(ROOT, 'test', 'fixtures', 'report', 'harbour');

/** Polls the status notifications until one satisfies `check`. */
async function statusWhere(client: TestClient, check: (s: StatusParams) => boolean, timeoutMs = 10_000): Promise<StatusParams> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = client.statuses.find(check);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no such status within ${timeoutMs} ms; last: ${JSON.stringify(client.statuses.at(-1) ?? null)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a comparison rule that throws in the server', () => {
  let client: TestClient;

  before(async () => {
    // The server reads the variable when it starts; the rule quote-differs then throws.
    process.env.TRIANGULATE_FAULTS = 'quote-differs';
    try {
      client = await startServer({ folders: [STORY] });
    } finally {
      delete process.env.TRIANGULATE_FAULTS;
    }
  });

  after(async () => {
    await client?.stop();
  });

  test('is logged once, reported in the status notification, and the other findings are published', async () => {
    const uri = uriOf(join(STORY, 'north-post.txt'));
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'quantity-differs'));
    assert.ok(diagnostics.some((d) => d.code === 'polarity-differs'));
    assert.ok(!diagnostics.some((d) => d.code === 'quote-differs'));
    const status = await statusWhere(client, (s) => !s.reading && s.problemCount > 0);
    assert.equal(status.problemCount, 1);
    assert.deepEqual(status.problems, ['rule quote-differs failed on story "harbour" (fault injected into rule quote-differs); its findings are missing']);
    const logged = client.logs.filter((l) => l.startsWith('Comparison failed: rule quote-differs failed'));
    assert.equal(logged.length, 1, client.logs.join('\n'));
    assert.ok(logged[0].includes(STORY), logged[0]);

    // Checked again, the story still reports the failure, and the log does not repeat it.
    const before = client.statuses.length;
    await client.connection.sendRequest('triangulate/checkWorkspace');
    const again = await statusWhere(client, (s) => client.statuses.indexOf(s) >= before && !s.reading);
    assert.equal(again.problemCount, 1);
    assert.equal(client.logs.filter((l) => l.startsWith('Comparison failed')).length, 1, client.logs.join('\n'));
  });
});

describe('a server whose rules all run', () => {
  test('reports no problems in its status', async () => {
    const client = await startServer({ folders: [STORY] });
    try {
      const status = await statusWhere(client, (s) => !s.reading && s.findings > 0);
      assert.equal(status.problemCount, 0);
      assert.deepEqual(status.problems, []);
      assert.ok(!client.logs.some((l) => l.startsWith('Comparison failed')), client.logs.join('\n'));
    } finally {
      await client.stop();
    }
  });
});
