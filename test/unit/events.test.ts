import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeMatch,
  GroupMemories,
  groupEvents,
  isEventNoun,
  lemmaOf,
  predicateKeys,
  relatePredicates,
  sameEvent,
  type EventClause,
} from '../../server/src/analysis/compare/events';
import { boundMs } from '../support/timing';
import { storyFindings } from '../support/story';

const verb = (word: string) => ({ word, pos: 'verb' as const });
const noun = (word: string) => ({ word, pos: 'noun' as const });

test('lemmas: regular and irregular verb forms, plural nouns, verbs with a particle', () => {
  assert.equal(lemmaOf('thwarted', 'verb'), 'thwart');
  assert.equal(lemmaOf('broke', 'verb'), 'break');
  assert.equal(lemmaOf('slain', 'verb'), 'slay');
  assert.equal(lemmaOf('stopped', 'verb'), 'stop');
  assert.equal(lemmaOf('broke out', 'verb'), 'break out');
  assert.equal(lemmaOf('floods', 'noun'), 'flood');
});

test('predicates of one event: the same lemma, WordNet synonyms, a direct hypernym', () => {
  assert.equal(relatePredicates(verb('arrested'), verb('arrests')), 'same');
  assert.equal(relatePredicates(verb('foiled'), verb('thwarted')), 'synonym');
  assert.equal(relatePredicates(noun('quake'), noun('earthquake')), 'synonym');
  assert.equal(relatePredicates(verb('murdered'), verb('killed')), 'hypernym');
  assert.equal(relatePredicates(noun('bombings'), verb('bombed')), 'synonym');
});

test('a verb of going with "back" is returning; other phrases with "back" are not', () => {
  assert.equal(relatePredicates(verb('moved back'), verb('returned')), 'same');
  assert.equal(relatePredicates(verb('flew back'), verb('came back')), 'same');
  assert.equal(relatePredicates(verb('moved'), verb('returned')), null);
  assert.equal(relatePredicates(verb('pulled back'), verb('returned')), null);
  assert.equal(relatePredicates(verb('paid back'), verb('returned')), null);
});

test('predicates of different acts are not related', () => {
  assert.equal(relatePredicates(verb('walked'), verb('sang')), null);
  assert.equal(relatePredicates(verb('resigned'), verb('arrived')), null);
  // Two words that only share a very general ancestor ("move", "change") are not one act.
  assert.equal(relatePredicates(verb('walked'), verb('ran')), null);
});

test('related predicates share an index key, so grouping finds them without testing all pairs', () => {
  const a = new Set(predicateKeys(verb('foiled')));
  assert.ok(predicateKeys(verb('thwarted')).some((k) => a.has(k)));
  const m = new Set(predicateKeys(verb('murdered')));
  assert.ok(predicateKeys(verb('killed')).some((k) => m.has(k)));
});

test('event nouns: acts and happenings, and nouns of a verb', () => {
  assert.ok(isEventNoun('bombings'));
  assert.ok(isEventNoun('attacks'));
  assert.ok(!isEventNoun('teapots'));
});

const clause = (over: Partial<EventClause>): EventClause => ({ predicates: [verb('thwarted')], participants: [], words: [], ...over });

test('same event: related predicates and a shared participant, with a reason in one line', () => {
  const a = clause({ predicates: [verb('foiled')], participants: ['place:gulf', 'org:navy'], words: ['pirat', 'attack', 'vessel'] });
  const b = clause({ predicates: [verb('thwarted')], participants: ['place:gulf'], words: ['attack', 'pirat'] });
  const m = sameEvent(a, b);
  assert.ok(m);
  assert.equal(m.relation, 'synonym');
  assert.deepEqual(m.participants, ['place:gulf']);
  const why = describeMatch(m, (id) => (id === 'place:gulf' ? 'Gulf of Tessa' : id));
  assert.match(why, /"foiled" and "thwarted" name one act \(synonyms\)/);
  assert.match(why, /both name Gulf of Tessa/);
  assert.ok(!why.includes('\n'));
});

test('not the same event: different people, different moods, years far apart, unrelated acts', () => {
  const base = clause({ predicates: [verb('arrested')], participants: ['person:ada'], words: ['police', 'station'] });
  assert.equal(sameEvent(base, clause({ predicates: [verb('arrested')], participants: ['person:ben'], words: ['police', 'station'] })), null);
  assert.equal(sameEvent({ ...base, mood: 'past' }, { ...base, mood: 'future' }), null);
  assert.equal(sameEvent({ ...base, year: 2001 }, { ...base, year: 2009 }), null);
  assert.equal(sameEvent(base, { ...base, predicates: [verb('married')] }), null);
});

test('a clause that names nobody needs several words in common', () => {
  const named = clause({ predicates: [verb('broke out')], participants: ['place:elm-street'], words: ['fire', 'roof', 'store'] });
  const few = clause({ predicates: [verb('broke out')], words: ['roof'] });
  const many = clause({ predicates: [verb('broke out')], words: ['fire', 'roof', 'store'] });
  assert.equal(sameEvent(named, few), null);
  assert.ok(sameEvent(named, many));
});

interface Item {
  source: string;
  id: string;
  clause: EventClause;
}

const item = (source: string, id: string, over: Partial<EventClause>): Item => ({ source, id, clause: clause(over) });

test('grouping keeps one clause per source and compares only clauses matched directly', () => {
  const items: Item[] = [
    item('a', 'a1', { predicates: [verb('thwarted')], participants: ['place:gulf'], words: ['attack'] }),
    item('a', 'a2', { predicates: [verb('thwarted')], participants: ['place:gulf'], words: ['attack'] }),
    item('b', 'b1', { predicates: [verb('foiled')], participants: ['place:gulf', 'org:navy'], words: ['attack'] }),
    // c shares the navy with b but not the gulf with a: b–c match, a–c do not.
    item('c', 'c1', { predicates: [verb('foiled')], participants: ['org:navy'], words: ['patrol'] }),
    item('d', 'd1', { predicates: [verb('sang')], participants: ['place:gulf'], words: ['attack'] }),
  ];
  const groups = groupEvents(items, { clauseOf: (i) => i.clause, sourceOf: (i) => i.source, keyOf: (i) => i.id });
  assert.equal(groups.length, 1);
  const g = groups[0];
  assert.deepEqual(g.members.map((m) => m.source).sort(), ['a', 'b', 'c']);
  const pairs = g.edges.map((e) => [e.a.source, e.b.source].sort().join('-')).sort();
  assert.deepEqual(pairs, ['a-b', 'b-c']);
});

test('items with one key are tested once: thousands of retellings cost their distinct clauses', () => {
  const items: Item[] = [];
  for (let i = 0; i < 4000; i++) items.push(item(`s${i}`, i % 2 ? 'odd' : 'even', { predicates: [verb(i % 2 ? 'foiled' : 'thwarted')], participants: ['place:gulf'], words: ['attack'] }));
  let calls = 0;
  const t0 = Date.now();
  const groups = groupEvents(items, {
    clauseOf: (i) => {
      calls++;
      return i.clause;
    },
    sourceOf: (i) => i.source,
    keyOf: (i) => i.id,
  });
  assert.equal(calls, 2);
  assert.equal(groups.length, 1);
  assert.equal(groups[0].members.length, 4000);
  assert.ok(Date.now() - t0 < 5000);
});

test('a long chain of matched clauses is grouped in time linear in its matches, not in the square of its classes', () => {
  // Each clause shares a predicate with the next one only, so every predicate key holds two
  // classes and all of them form one event: the weights and edges of that event must come from
  // its matches, not from testing every two of its classes.
  const n = 3000;
  const items: Item[] = [];
  for (let i = 0; i < n; i++) items.push(item(`s${i}`, `c${i}`, { predicates: [verb(`vx${i}`), verb(`vx${i + 1}`)], participants: ['place:gulf'], words: ['attack'] }));
  const t0 = Date.now();
  const groups = groupEvents(items, { clauseOf: (i) => i.clause, sourceOf: (i) => i.source, keyOf: (i) => i.id });
  const ms = Date.now() - t0;
  assert.equal(groups.length, 1);
  assert.equal(groups[0].members.length, n);
  // One edge per neighbouring pair; all are equally close, so they keep the order of the kept
  // classes: the best connected (inner) classes first.
  assert.equal(groups[0].edges.length, n - 1);
  assert.deepEqual([groups[0].edges[0].a.id, groups[0].edges[0].b.id], ['c1', 'c2']);
  assert.ok(ms < boundMs(1500), `${ms} ms`);
});

/** What a grouping says: its members and its edges, with what each edge's match names. */
const outcome = (groups: ReturnType<typeof groupEvents<Item>>) =>
  groups.map((g) => ({ members: g.members.map((m) => m.id), edges: g.edges.map((e) => [e.a.id, e.b.id, e.match.relation, e.match.predicates.join('/'), e.match.participants.join(','), e.match.words.join(','), e.match.score]) }));

test('a grouping kept from before gives what a fresh grouping gives after the items change', () => {
  const options = (memory?: GroupMemories) => ({ clauseOf: (i: Item) => i.clause, sourceOf: (i: Item) => i.source, keyOf: (i: Item) => i.id, memory });
  const before: Item[] = [
    item('a', 'k1', { predicates: [verb('thwarted')], participants: ['place:gulf'], words: ['attack'] }),
    item('b', 'k2', { predicates: [verb('foiled')], participants: ['place:gulf', 'org:navy'], words: ['attack'] }),
    item('c', 'k3', { predicates: [verb('foiled')], participants: ['org:navy'], words: ['patrol'] }),
    item('d', 'k4', { predicates: [verb('arrested')], participants: ['person:ann-lee'], words: ['border'] }),
    item('e', 'k5', { predicates: [verb('arrests')], participants: ['person:ann-lee'], words: ['border'] }),
  ];
  const memory = new GroupMemories();
  groupEvents(before, options(memory));
  // The classes come in another order, one is gone, one is new, one clause of a kept key now
  // spans two sources, and one key's predicate is written otherwise.
  const after: Item[] = [
    item('e', 'k5', { predicates: [verb('Arrests')], participants: ['person:ann-lee'], words: ['border'] }),
    item('c', 'k3', { predicates: [verb('foiled')], participants: ['org:navy'], words: ['patrol'] }),
    item('f', 'k3', { predicates: [verb('foiled')], participants: ['org:navy'], words: ['patrol'] }),
    item('a', 'k1', { predicates: [verb('thwarted')], participants: ['place:gulf'], words: ['attack'] }),
    item('d', 'k4', { predicates: [verb('arrested')], participants: ['person:ann-lee'], words: ['border'] }),
    item('g', 'k6', { predicates: [verb('intercepted')], participants: ['org:navy', 'place:gulf'], words: ['attack'] }),
  ];
  const fresh = outcome(groupEvents(after, options()));
  assert.ok(fresh.length >= 2);
  assert.deepEqual(outcome(groupEvents(after, options(memory))), fresh);
  // Grouped again as it is, nothing but the clauses that span two sources is tested again.
  let tests = 0;
  const counted = after.map((i) => ({ ...i, clause: { ...i.clause, get mood() { tests++; return undefined; } } }));
  groupEvents(counted, options(memory));
  tests = 0;
  assert.deepEqual(outcome(groupEvents(counted, options(memory))), fresh);
  assert.equal(tests, 1);
  // Without a memory every pair that shares a predicate key is tested.
  tests = 0;
  groupEvents(counted, options());
  assert.ok(tests > 1, `${tests} tests`);
});

test('a grouping kept is forgotten when one of its sources is let go, and only then', () => {
  const options = (memory?: GroupMemories) => ({ clauseOf: (i: Item) => i.clause, sourceOf: (i: Item) => i.source, keyOf: (i: Item) => i.id, memory });
  let tests = 0;
  const counted = (items: Item[]) => items.map((i) => ({ ...i, clause: { ...i.clause, get mood() { tests++; return undefined; } } }));
  const items = counted([
    item('one.txt', 'a', { predicates: [verb('thwarted')], participants: ['place:gulf'], words: ['attack'] }),
    item('two.txt', 'b', { predicates: [verb('foiled')], participants: ['place:gulf', 'org:navy'], words: ['attack'] }),
    item('three.txt', 'c', { predicates: [verb('foiled')], participants: ['org:navy'], words: ['patrol'] }),
  ]);
  const memory = new GroupMemories();
  const fresh = outcome(groupEvents(items, options()));
  groupEvents(items, options(memory));
  // Another story's sources leave the grouping kept: nothing is tested again.
  memory.forget(new Set(['elsewhere.txt']));
  tests = 0;
  assert.deepEqual(outcome(groupEvents(items, options(memory))), fresh);
  assert.equal(tests, 0);
  // One of its own sources forgets it: every pair is tested again, with the same outcome.
  memory.forget(new Set(['two.txt']));
  tests = 0;
  assert.deepEqual(outcome(groupEvents(items, options(memory))), fresh);
  assert.ok(tests > 0, `${tests} tests`);
});

test('the lexicon is data kept in the repository within its size budget', () => {
  const file = join(__dirname, '..', '..', '..', 'server', 'src', 'analysis', 'data', 'eventLexicon.json');
  assert.ok(statSync(file).size < 320_000, `${statSync(file).size} bytes`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  assert.match(data.notice, /WordNet/);
  assert.match(data.license, /Princeton University/);
});

test('shared participants and words are distinct and in the first clause\'s order, for short and long lists alike', () => {
  const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  for (const n of [2, 30]) {
    const a: EventClause = { predicates: [verb('arrested'), noun('arrest')], participants: ['person:lee', 'place:oslo', 'person:lee', ...many('org:x', n)], words: ['harbour', 'night', 'harbour', 'arrest', ...many('w', n)] };
    const b: EventClause = { predicates: [verb('arrests')], participants: [...many('org:x', n).reverse(), 'place:oslo', 'person:lee'], words: ['night', 'harbour', ...many('w', n).reverse()] };
    const m = sameEvent(a, b);
    assert.ok(m);
    assert.deepEqual(m.participants, ['person:lee', 'place:oslo', ...many('org:x', n)]);
    // "arrest" is a predicate's stem, not a word of what the event is about.
    assert.deepEqual(m.words, ['harbour', 'night', ...many('w', n)]);
    // The same answer whichever clause is asked first, up to the order of the lists.
    const back = sameEvent(b, a);
    assert.ok(back);
    assert.equal(back.score, m.score);
    assert.deepEqual([...back.participants].sort(), [...m.participants].sort());
  }
});

test('two scheduled acts of one kind that share a word and name nobody are one event, less surely: a date a day apart is information', () => {
  const found = storyFindings({
    'a.txt': 'date 2026-05-04\nThe two mayors will meet for talks on June 9 at the city hall in their first summit.',
    'b.txt': 'date 2026-05-04\nThe mayors are due to meet on June 10, aides said, and a joint statement is expected.',
  }, { rule: 'date-differs' });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  // Acts already held (not scheduled) that share a word and name nobody are not taken for one.
  assert.deepEqual(storyFindings({
    'a.txt': 'date 2026-06-20\nThe two mayors met for talks on June 9 at the city hall in their first summit.',
    'b.txt': 'date 2026-06-20\nThe mayors met on June 10, aides said, and a joint statement followed.',
  }, { rule: 'date-differs' }), []);
});
