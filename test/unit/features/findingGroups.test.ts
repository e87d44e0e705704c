/** Findings told once per difference: `groupFindings` puts back together the copies placed on each article. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atLeast, groupFindings, type FindingLike } from '../../../server/src/analysis';
import { fixture, wordsAt } from './fixture';

const BRIDGE = `
//- s/herald.txt
Mayor Aleksandr Petrov said the bridge will cost €80 million.
//- s/wire.txt
Mayor Aleksandr Petrov said the bridge will cost $137 million.
//- s/daily.txt
Deputy mayor Alexander Petrov said the bridge will cost 85 million euros.
`;

test('a difference placed on three articles is one group naming the three places, warnings before information', () => {
  const f = fixture(BRIDGE);
  const story = f.snapshot.storyOf('s/herald.txt')!;
  const groups = groupFindings(story.findings);
  const figures = groups.filter((g) => g.rule === 'quantity-differs');
  assert.equal(figures.length, 1, 'one difference of figures');
  assert.equal(figures[0].findings.length, 3, 'its three copies');
  assert.deepEqual(
    figures[0].places.map((p) => `${p.path} ${wordsAt(f, p.path, p)}`),
    ['s/daily.txt 85 million euros', 's/herald.txt €80 million', 's/wire.txt $137 million'],
  );
  // Every finding of the story is in exactly one group.
  assert.equal(groups.reduce((n, g) => n + g.findings.length, 0), story.findings.length);
  const ranks = groups.map((g) => ['error', 'warning', 'information', 'hint'].indexOf(g.severity));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'most pressing first');
  assert.ok(groups.some((g) => g.rule === 'name-variant'), 'the spelling is its own group');
});

test('findings with one message on places that never meet stay two differences; other rules on the same words stay apart', () => {
  const at = (path: string, start: number, related: [string, number][], rule = 'quantity-differs'): FindingLike => ({
    rule,
    severity: 'warning',
    message: 'The figures differ.',
    path,
    start,
    end: start + 2,
    related: related.map(([p, s]) => ({ path: p, start: s, end: s + 2 })),
  });
  const groups = groupFindings([at('a', 0, [['b', 0]]), at('b', 0, [['a', 0]]), at('a', 10, [['c', 4]]), at('c', 4, [['a', 10]]), at('a', 0, [['b', 0]], 'age-differs')]);
  assert.deepEqual(
    groups.map((g) => `${g.rule} ${g.findings.length} ${g.places.map((p) => `${p.path}@${p.start}`).join(',')}`),
    ['age-differs 1 a@0,b@0', 'quantity-differs 2 a@0,b@0', 'quantity-differs 2 a@10,c@4'],
  );
  assert.deepEqual(groupFindings([]), []);
});

test('severity thresholds: an error passes every threshold, a hint only its own', () => {
  assert.ok(atLeast('error', 'warning'));
  assert.ok(atLeast('warning', 'warning'));
  assert.ok(!atLeast('information', 'warning'));
  assert.ok(atLeast('hint', 'hint'));
  assert.ok(!atLeast('hint', 'information'));
});
