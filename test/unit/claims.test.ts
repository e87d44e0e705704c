import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClaimIndex, type ActClaim, type DateClaim, type QuantityClaim, type QuoteClaim, type RoleClaim } from '../../server/src/analysis/compare';
import { parseRole } from '../../server/src/analysis/compare/claimsRoles';
import { rangeOf } from '../../server/src/analysis/compare/alignQuantities';
import { diffWords } from '../../server/src/analysis/compare/diff';
import { fixtureStory } from './rules/fixture';
import { boundMs } from '../support/timing';

test('roles are read as a head noun with rank, domain and institutions, and owners apart', () => {
  const text = 'Russian President Vladimir Putin’s foreign policy adviser';
  const r = parseRole(text, { start: 0, end: text.length }, [{ start: 18, end: 32, kind: 'person' }]);
  assert.equal(r.head, 'adviser');
  assert.deepEqual(r.domain, ['foreign', 'policy']);
  assert.deepEqual(r.ownerPeople, [0]);
  assert.deepEqual(r.institutions.map((i) => [i.country, i.level]), [['RU', 'executive']]);
  const d = parseRole('the city’s deputy mayor', { start: 0, end: 23 }, []);
  assert.equal(d.head, 'mayor');
  assert.deepEqual(d.ranks, ['deputy']);
  assert.equal(parseRole('senior aide', { start: 0, end: 11 }, []).head, 'adviser', 'an aide is an adviser');
});

test('a story\'s claims are indexed by key: person, speaker, unit, event verb, subject', () => {
  const { articles, link } = fixtureStory({
    's/a.txt':
      '[[Kremlin adviser|role|u]] [[Yury Ushakov|person|u]] said [[“no talks are planned”|quote|u]]. Russia launched [[about 1,300 drones|qty|1300|drone|about]] at Ukraine. The council of [[Velmora|place]] approved the bridge [[on Thursday|date|2025-03-13]]. [[Velmora Transit|organization|vt]] denied that it would fund the bridge.',
    's/b.txt': 'The bridge will cost [[€80 million|qty|80000000|EUR]].',
  });
  const index = buildClaimIndex(articles, link);
  const role = index.byKey.get('role:u')?.[0] as RoleClaim;
  assert.equal(role.text, 'Kremlin adviser');
  const quote = index.byKey.get('quote:u')?.[0] as QuoteClaim;
  assert.equal(quote.direct, true);
  assert.ok(quote.stems.includes('plann') || quote.stems.includes('plan'), quote.stems.join());
  const drones = index.all.find((c) => c.kind === 'quantity' && c.unit === 'drone') as QuantityClaim;
  assert.equal(drones.hedge, 'about');
  assert.ok(index.byKey.get(`quantity:${drones.unitKey}`)?.includes(drones));
  assert.ok(drones.context.includes('ukrain') || drones.context.includes('ukraine'), drones.context.join());
  const money = index.byKey.get('quantity:money')?.[0] as QuantityClaim;
  assert.equal(money.currency, 'EUR');
  const date = index.all.find((c) => c.kind === 'date') as DateClaim;
  assert.ok(date.verbs.includes('approv'), `verbs: ${date.verbs.join()}`);
  assert.ok(index.byKey.get('date:approv')?.includes(date));
  const act = index.byKey.get('act:vt')?.[0] as ActClaim;
  assert.equal(act.positive, false);
  assert.equal(act.object[0], 'fund');
  assert.equal(index.byEntity.get('u')?.length, 2, 'the role and the quote are both about the speaker');
});

test('hedges widen a number to the range it allows', () => {
  assert.deepEqual(rangeOf(1300, 'about').map(Math.round), [1170, 1430]);
  assert.deepEqual(rangeOf(1200, 'more than').map(Math.round), [1200, 1500]);
  assert.deepEqual(rangeOf(1200, 'nearly').map(Math.round), [1020, 1200]);
  const [lo, hi] = rangeOf(80, null);
  assert.ok(lo < 80 && hi > 80 && hi - lo < 1);
});

test('the word difference of two renderings names the changed words only', () => {
  assert.deepEqual(diffWords('will connect the town', 'will link the town'), [
    { op: 'same', text: 'will' },
    { op: 'removed', text: 'connect' },
    { op: 'added', text: 'link' },
    { op: 'same', text: 'the town' },
  ]);
  assert.deepEqual(diffWords('', ''), []);
});

test('claims never throw on odd input: empty, binary-looking, or unbalanced', () => {
  const { articles, link } = fixtureStory({ 's/a.txt': '', 's/b.txt': '\u0000\u0001 “ [[x|person]] denied', 's/c.txt': 'did not' });
  assert.doesNotThrow(() => buildClaimIndex(articles, link));
});

test('one huge sentence full of names, numbers, dates and denials is read in bounded time', () => {
  // About 250 KB with no full stop: every claim must read a window, not the whole sentence.
  const unit = '[[Acme|organization|acme]] did not fund [[5 drones|qty|5|drone]] [[on Monday|date|2025-03-10]] and denied it, ';
  const { articles, link } = fixtureStory({ 's/a.txt': `date 2025-03-14 ${unit.repeat(3000)}`, 's/b.txt': `date 2025-03-14 ${unit.repeat(3000)}` });
  const started = Date.now();
  const index = buildClaimIndex(articles, link);
  const elapsed = Date.now() - started;
  assert.ok(index.all.length > 10_000, `claims: ${index.all.length}`);
  assert.ok(elapsed < boundMs(8000), `took ${elapsed} ms`);
});

test('a hyphenated rank or time word counts as the rank it is', () => {
  const text = 'ex-Deputy Prime Minister';
  const r = parseRole(text, { start: 0, end: text.length }, []);
  assert.equal(r.head, 'prime minister');
  assert.deepEqual(r.ranks, ['deputy']);
  const v = parseRole('vice-chair', { start: 0, end: 10 }, []);
  assert.equal(v.head, 'chairman');
  assert.deepEqual(v.ranks, ['vice']);
});
