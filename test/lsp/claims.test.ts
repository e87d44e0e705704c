/** Protocol test of the claim ledger on the seed story. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIMS, type LedgerClaim } from '../../server/src/lsp/protocol';
import { SEED_A, SEED_B, startServer, uriOf, type TestClient } from './lspClient';

let client: TestClient;
before(async () => {
  client = await startServer();
  await client.open(SEED_A);
  await client.waitForDiagnostics(uriOf(SEED_B), () => true);
});
after(async () => {
  await client?.stop();
});

test("the ledger lists Dmitriev's role in both outlets, marked as differing, differing claims first", async () => {
  const ledger = (await client.connection.sendRequest(CLAIMS, { uri: uriOf(SEED_A) })) as LedgerClaim[];
  assert.ok(ledger.length > 0);
  const role = ledger.find((c) => c.kind === 'role' && /Dmitriev/.test(c.label));
  assert.ok(role, JSON.stringify(ledger.map((c) => c.label)));
  assert.deepEqual(new Set(role.entries.map((e) => e.uri)), new Set([uriOf(SEED_A), uriOf(SEED_B)]));
  assert.ok(role.differing >= 1);
  assert.deepEqual(role.silent, []);
  // Sorted: every claim with a difference comes before any claim without one.
  const firstCalm = ledger.findIndex((c) => c.differing === 0);
  assert.ok(firstCalm === -1 || ledger.slice(firstCalm).every((c) => c.differing === 0));
  // A claim only one outlet makes names the other as silent.
  const single = ledger.find((c) => new Set(c.entries.map((e) => e.outlet)).size === 1);
  if (single) assert.equal(single.silent.length, 1);
});
