import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function run(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).findings.filter((f) => f.rule === 'date-differs');
}

test('the council vote dated Thursday in one outlet and Wednesday in another is a difference on both', () => {
  const found = run({
    's/herald.txt': 'date 2025-03-14 The city council of [[Velmora|place]] [[on Thursday|date|2025-03-13]] approved the construction of a new harbour bridge.',
    's/daily.txt': 'date 2025-03-14 [[Velmora|place]]’s city council voted [[on Wednesday|date|2025-03-12]] to build a harbour bridge.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /"on Wednesday" = 2025-03-12 \(daily\) vs "on Thursday" = 2025-03-13 \(herald\)|"on Thursday" = 2025-03-13 \(herald\) vs "on Wednesday" = 2025-03-12 \(daily\)/);
});

test('the same day, or a month and a day within it, is agreement', () => {
  const found = run({
    's/a.txt': 'date 2025-03-14 The city council of [[Velmora|place]] [[on Thursday|date|2025-03-13]] approved the new harbour bridge.',
    's/b.txt': 'date 2025-03-14 The city council of [[Velmora|place]] approved the new harbour bridge [[in March|date|2025-03]].',
    's/c.txt': 'date 2025-03-14 The city council of [[Velmora|place]] approved the new harbour bridge [[on March 13|date|2025-03-13]].',
  });
  assert.deepEqual(found, []);
});

test('different events with different dates are not compared', () => {
  const found = run({
    's/a.txt': 'date 2025-03-14 The city council of [[Velmora|place]] approved the harbour bridge [[on Thursday|date|2025-03-13]].',
    's/b.txt': 'date 2025-03-14 Construction of the harbour bridge will begin [[in September|date|2025-09]], the city council said.',
  });
  assert.deepEqual(found, []);
});

test('relative dates in articles written on different days are not compared: the difference may be the calendar', () => {
  const found = run({
    's/a.txt': 'date 2025-03-14 The city council of [[Velmora|place]] [[on Thursday|date|2025-03-13]] approved the construction of a new harbour bridge.',
    's/b.txt': 'date 2025-03-21 The city council of [[Velmora|place]] [[on Thursday|date|2025-03-20]] approved the construction of a new harbour bridge.',
  });
  assert.deepEqual(found, []);
});

test('two clauses that share a name but date different acts are not one event', () => {
  // The tagger reads the "Ford" of a clinic's name as a verb; a capitalised word inside a
  // sentence is a name, and the verbs nearest each date (crashed, checked) differ.
  const found = run({
    's/a.txt': 'date 2013-05-03 Her stay at the Betty Ford clinic comes after [[Lena Hart|person|hart]] crashed her car near the Ford garage [[on June 8|date|2012-06-08]].',
    's/b.txt': 'date 2013-05-03 Actress [[Lena Hart|person|hart]] finally checked into the Betty Ford clinic near the Ford garage [[late Thursday|date|2013-05-02]].',
  });
  assert.deepEqual(found, []);
});

test('a day named by the moment of writing that is one day off is an observation, not a difference', () => {
  const found = run({
    's/a.txt': 'date 2007-04-10 A gunman killed one man and wounded two others at an accounting firm in [[Southfield|place]] [[this morning|date|2007-04-10]], police said.',
    's/b.txt': 'date 2007-04-10 A gunman killed one man and wounded two others at an accounting firm in [[Southfield|place]] [[on Monday|date|2007-04-09]], police said.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'), found.map((f) => f.severity).join());
  assert.match(found[0].message, /may be dated a day apart/);
  assert.match(found[0].message, /time zone/);
});

test('a day named by the moment of writing that is several days off is still a difference', () => {
  const found = run({
    's/a.txt': 'date 2007-04-10 A gunman killed one man and wounded two others at an accounting firm in [[Southfield|place]] [[this morning|date|2007-04-10]], police said.',
    's/b.txt': 'date 2007-04-10 A gunman killed one man and wounded two others at an accounting firm in [[Southfield|place]] [[on Friday|date|2007-04-06]], police said.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /dated differently/);
});
