import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignClaims, buildClaimIndex, counterparts } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

const STORY = {
  's/herald.txt':
    'date 2025-03-14 The city council of [[Velmora|place]] [[on Thursday|date|2025-03-13]] approved the construction of a new harbour bridge. The bridge will cost [[€80 million|qty|80000000|EUR]]. [[Mayor|role|petrov]] [[Aleksandr Petrov|person|petrov]] spoke.',
  's/daily.txt':
    'date 2025-03-14 [[Velmora|place]]’s city council voted [[on Wednesday|date|2025-03-12]] to build a harbour bridge. The bridge will cost [[85 million euros|qty|85000000|EUR]]. [[Alexander Petrov|person|petrov]], [[the deputy mayor|role|petrov]], spoke.',
};

test('a hover over a number finds what the other outlet gives for the same thing', () => {
  const { articles, link } = fixtureStory(STORY);
  const index = buildClaimIndex(articles, link);
  const herald = articles[0];
  const at = herald.text.indexOf('€80');
  const found = counterparts(index, 's/herald.txt', at);
  assert.ok(found, 'the number has counterparts');
  assert.equal(found.group.kind, 'quantity');
  assert.deepEqual(found.others.map((c) => c.text), ['85 million euros']);
});

test('a hover over a date finds the other outlet\'s date for the same event; roles group by person and post', () => {
  const { articles, link } = fixtureStory(STORY);
  const index = buildClaimIndex(articles, link);
  const found = counterparts(index, 's/daily.txt', articles[1].text.indexOf('on Wednesday') + 3);
  assert.equal(found?.group.kind, 'date');
  assert.deepEqual(found?.others.map((c) => c.text), ['on Thursday']);
  const roles = alignClaims(index).filter((g) => g.kind === 'role');
  assert.equal(roles.length, 1);
  assert.equal(roles[0].entity, 'petrov');
  assert.equal(roles[0].claims.length, 2);
});

test('words that no other outlet states have no counterparts', () => {
  const { articles, link } = fixtureStory({
    's/a.txt': 'Farmers bought [[12 drones|qty|12|drone]] for spraying.',
    's/b.txt': 'The mayor opened a school.',
  });
  const index = buildClaimIndex(articles, link);
  assert.equal(counterparts(index, 's/a.txt', articles[0].text.indexOf('12')), null);
  assert.deepEqual(alignClaims(index), []);
});
