/**
 * Places named inside an organisation's name (a nested layer beside the names themselves), on
 * invented names: each rule with a case it must find and one it must not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, placesInName, type EntityKind } from '../../server/src/analysis';

/** The places inside `text` read as a name of `kind` starting at offset 10. */
function inside(text: string, kind: EntityKind = 'organization'): string[] {
  return placesInName({ start: 10, text, kind }).map((p) => `${p.text}@${p.start - 10}`);
}

test("a country, a region or a large city inside an organisation's name is a place", () => {
  assert.deepEqual(inside('University of Nebraska'), ['Nebraska@14']);
  assert.deepEqual(inside('U.S. Bureau of Fisheries'), ['U.S.@0']);
  assert.deepEqual(inside('Portugal Daily Courier'), ['Portugal@0']);
  assert.deepEqual(inside('Bank of Rotterdam and Chile'), ['Rotterdam@8', 'Chile@22']);
  // A possessive stays outside the place.
  assert.deepEqual(inside("Kenya's Ministry of Water"), ['Kenya@0']);
});

test('the longest place is taken: a two-word region, not its last word', () => {
  assert.deepEqual(inside('South Carolina Lumber Guild'), ['South Carolina@0']);
  assert.deepEqual(inside('New Zealand Rowing Union'), ['New Zealand@0']);
});

test('no places: a place standing for its government or team, other kinds, demonyms, person-like cities', () => {
  // "North Korea said ..." as an organisation is one place, not "Korea" inside a name.
  assert.deepEqual(inside('North Korea'), []);
  assert.deepEqual(inside('the Netherlands'), []);
  // A place's own parts are not places it is in; a person's name is not read.
  assert.deepEqual(inside('Panama City', 'place'), []);
  assert.deepEqual(inside('Georgia Brandt', 'person'), []);
  // Adjectives of nationality are not places ("Peruvian", "National").
  assert.deepEqual(inside('Peruvian National Orchestra'), []);
  // A city whose name is also a person's or a common word is read as the person or the word.
  assert.deepEqual(inside('Lincoln Debating Society'), []);
  assert.deepEqual(inside('Mobile Phone Makers Association'), []);
  // Lower-case words are not names.
  assert.deepEqual(inside('Friends of china Painting'), []);
});

test('found on analysed text: the organisation stays one name and its place is nested in it', () => {
  const text = 'Researchers at the University of Nebraska said the harvest would fall.';
  const a = analyzeArticle(text);
  const org = a.mentions.find((m) => m.text === 'University of Nebraska');
  assert.equal(org?.kind, 'organization');
  assert.ok(!a.mentions.some((m) => m.text === 'Nebraska'), 'the place is not a second highlight');
  assert.deepEqual(placesInName(org!).map((p) => text.slice(p.start, p.end)), ['Nebraska']);
});
