/** Protocol test of the claim ledger on the seed story. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LineIndex } from '../../server/src/analysis';
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
  assert.ok(single, 'the seed story has claims that only one outlet makes');
  assert.equal(single.silent.length, 1);
  assert.notEqual(single.silent[0], single.entries[0].outlet);
});

test('each entry gives the outlet\'s own wording at the range the view opens', async () => {
  const ledger = (await client.connection.sendRequest(CLAIMS, { uri: uriOf(SEED_A) })) as LedgerClaim[];
  const texts = new Map([
    [uriOf(SEED_A), new LineIndex(readFileSync(SEED_A, 'utf8'))],
    [uriOf(SEED_B), new LineIndex(readFileSync(SEED_B, 'utf8'))],
  ]);
  const raw = new Map([
    [uriOf(SEED_A), readFileSync(SEED_A, 'utf8')],
    [uriOf(SEED_B), readFileSync(SEED_B, 'utf8')],
  ]);
  const entries = ledger.flatMap((c) => c.entries);
  assert.ok(entries.length > 0);
  for (const e of entries) {
    const index = texts.get(e.uri)!;
    const at = raw.get(e.uri)!.slice(index.offsetAt(e.range.start.line, e.range.start.character), index.offsetAt(e.range.end.line, e.range.end.character));
    // Long statements are shortened with an ellipsis for the view; the words before it must match.
    const shown = e.text.replace(/…$/, '');
    assert.ok(shown.length > 0 && (at.includes(shown) || shown.includes(at)), `${e.outlet}: range gives ${JSON.stringify(at)}, entry says ${JSON.stringify(e.text)}`);
  }
  // Where outlets differ, the ledger shows each outlet's own words.
  const role = ledger.find((c) => c.kind === 'role' && /Dmitriev/.test(c.label))!;
  const differing = role.entries.filter((e) => e.differs);
  assert.ok(new Set(differing.map((e) => e.text)).size >= 2, JSON.stringify(role.entries));
});

test('labels quote the articles\' words, not the stems the claims are indexed by', async () => {
  const ledger = (await client.connection.sendRequest(CLAIMS, { uri: uriOf(SEED_A) })) as LedgerClaim[];
  const story = readFileSync(SEED_A, 'utf8') + readFileSync(SEED_B, 'utf8');
  const dates = ledger.filter((c) => c.kind === 'date');
  const numbers = ledger.filter((c) => c.kind === 'quantity');
  assert.ok(dates.length > 0 && numbers.length > 0, JSON.stringify(ledger.map((c) => c.label)));
  for (const c of dates) {
    // 'Date of "denied": The Kremlin on Sunday…', or the clause alone for an irregular verb.
    const [, verb, clause] = /^Date(?: of "(.+?)")?: (.+?)…?$/.exec(c.label) ?? [];
    assert.ok(clause && story.includes(clause) && (verb === undefined || story.includes(verb)), c.label);
  }
  assert.ok(dates.some((c) => c.label.startsWith('Date of "denied"')), JSON.stringify(dates.map((c) => c.label)));
  assert.ok(numbers.some((c) => c.label === 'Number of drones'), JSON.stringify(numbers.map((c) => c.label)));
  for (const c of numbers) {
    const unit = /^Number of (.+)$/.exec(c.label)?.[1];
    assert.ok(unit && c.entries.some((e) => e.text.includes(unit)), `${c.label}: ${JSON.stringify(c.entries.map((e) => e.text))}`);
  }
});
