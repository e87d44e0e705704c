/**
 * Ages of a person the outlets describe without naming ("a 34-year-old man was killed" vs
 * "killing a 36-year-old man"), compared as information when each article describes one such
 * person and no article counts more than one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, compareStory, linkEntities } from '../../server/src/analysis';
import { extractPeople } from '../../server/src/analysis/compare/framesPeople';

function describedAges(files: Record<string, string>) {
  const articles = Object.entries(files).map(([path, text]) => analyzeArticle(text, { path }));
  return compareStory(articles, linkEntities(articles)).findings.filter((f) => f.rule === 'age-differs' && /unnamed/.test(f.message));
}

test('a severity adverb between the verb and "wounded" keeps what happened to the person', () => {
  const text = 'A 52-year-old clerk was critically wounded on Monday. A 30-year-old man was fatally shot.';
  const people = extractPeople(text, [{ start: 0, end: 52 }, { start: 53, end: text.length }], []);
  assert.deepEqual(people.descriptors.map((d) => [d.role, d.age, d.noun]), [['wounded', 52, 'clerk'], ['killed', 30, 'man']]);
});

test('one unnamed victim given two ages by two outlets is shown as information', () => {
  const found = describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was killed and two women were hurt in a shooting in Ardmore on Saturday night, police said.\nNo arrests have been made.',
    'b.txt': 'date 2026-02-01\nPolice in Ardmore are looking for a gunman who opened fire outside a bar on Saturday, killing a 36-year-old man.\nTwo women were also injured.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /34/);
  assert.match(found[0].message, /36/);
});

test('no unnamed-age finding when the story counts two people killed, when an article recalls an earlier incident, or when the ages are far apart', () => {
  // Two men killed: the descriptions may be of two people.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was killed in a shooting in Ardmore on Saturday, police said.',
    'b.txt': 'date 2026-02-01\nTwo men were killed in a shooting in Ardmore on Saturday. Police said a 36-year-old man was killed near the door and the other died in hospital.',
  }), []);
  // An earlier incident the article recalls.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was wounded in a shooting in Ardmore on Saturday, police said.',
    'b.txt': 'date 2026-02-01\nA shooting in Ardmore on Saturday left one man hurt. Last year a 36-year-old man was wounded in a similar attack on the same street.',
  }), []);
  // A girl of 12 and a man of 34 are not one person; nor are 34 and 50.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was killed in a shooting in Ardmore on Saturday.',
    'b.txt': 'date 2026-02-01\nA 50-year-old man was killed in a shooting in Ardmore on Saturday.',
  }), []);
  // The same age is no difference.
  assert.deepEqual(describedAges({
    'a.txt': 'date 2026-02-01\nA 34-year-old man was killed in a shooting in Ardmore on Saturday.',
    'b.txt': 'date 2026-02-01\nThe shooting in Ardmore on Saturday left a 34-year-old man dead. Police said a 34-year-old man was killed.',
  }), []);
});
