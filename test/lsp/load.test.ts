/**
 * A small load run over stdio (the full one is `npm run load`): edits and hovers on a generated
 * story end with the diagnostics a fresh server gives for the final texts, every request is
 * answered, and the server's memory does not run away.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runLoad } from '../../scripts/load/run';
import { ROOT } from './lspClient';

test('edits and hovers on an 8-article story end with the diagnostics of a fresh analysis', { timeout: 120_000 }, async () => {
  const result = await runLoad({
    serverPath: join(ROOT, 'server/out/server.js'),
    articles: 8,
    operations: 120,
    openDocuments: 3,
    sampleEvery: 30,
    seed: 11,
    maxSeconds: 90,
    quietMs: 1500,
  });
  assert.equal(result.stoppedEarly, false, `only ${result.operations} operations within the time limit`);
  assert.equal(result.operations, 120);
  assert.ok(result.edits > 30 && result.hovers > 30, `${result.edits} edits, ${result.hovers} hovers`);
  assert.deepEqual(result.errors, []);
  assert.equal(result.diagnostics.filesCompared, 8);
  assert.ok(result.diagnostics.fresh > 0, 'the story has findings to compare');
  assert.deepEqual(result.diagnostics.differences, []);
  // Memory: the last sample is within a generous bound of the first after warm-up.
  const warm = result.samples[1].rssMb;
  const last = result.samples[result.samples.length - 1].rssMb;
  assert.ok(last < warm * 1.5 + 50, `server memory grew from ${warm} MB to ${last} MB: ${JSON.stringify(result.samples)}`);
});
