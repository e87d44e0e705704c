/** Where an entity is named across the story, and what is under the cursor. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definitionAt, findSymbols, fuzzyMatch, highlightsAt, itemAt, referencesAt, type PlaceInStory } from '../../../server/src/analysis';
import { fixture, wordsAt, type Fixture } from './fixture';

const STORY_TEXT = `
//- s/north.txt
Mayor Aleksandr Petrov opened the session. The council of Velmora approved the bridge.
Petrov said: "This bridge will connect our city for a century."
//- s/south.txt
Deputy mayor Alexander Petrov said: "This bridge will link our city for a hundred years."
`;

/** The story, with the cursor at the `|` of `cursorIn` (words of the story with a `|` in them). */
function story(cursorIn: string): string {
  const words = cursorIn.replace('|', '');
  assert.ok(STORY_TEXT.includes(words), `"${words}" is in the story`);
  return STORY_TEXT.replace(words, () => cursorIn.replace('|', '$0'));
}

function places(f: Fixture, list: PlaceInStory[]): string[] {
  return list.map((p) => `${p.path}: ${wordsAt(f, p.path, p)}`);
}

/** Checks the references of the entity at the cursor, in story order. */
function checkReferences(input: string, expected: string[]): void {
  const f = fixture(input);
  assert.deepEqual(places(f, referencesAt(f.snapshot, f.path, f.offset)), expected);
}

test('references: every mention of the person in every source, whatever the spelling', () => {
  const all = ['s/north.txt: Aleksandr Petrov', 's/north.txt: Petrov', 's/south.txt: Alexander Petrov'];
  checkReferences(story('Alexander Pe|trov'), all);
  checkReferences(story('Pet|rov said'), all);
});

test('definition: the first mention in the story; highlights: the mentions in this article', () => {
  const f = fixture(story('Alexander Pe|trov'));
  assert.deepEqual(places(f, [definitionAt(f.snapshot, f.path, f.offset)!]), ['s/north.txt: Aleksandr Petrov']);
  const g = fixture(story('Pet|rov said'));
  assert.deepEqual(
    highlightsAt(g.snapshot, g.path, g.offset).map((s) => wordsAt(g, g.path, s)),
    ['Aleksandr Petrov', 'Petrov'],
  );
});

test('off a name, there is nothing to navigate to', () => {
  const f = fixture(story('opened| the'));
  assert.equal(wordsAt(f, f.path, { start: f.offset - 6, end: f.offset }), 'opened');
  assert.equal(definitionAt(f.snapshot, f.path, f.offset), null);
  assert.deepEqual(referencesAt(f.snapshot, f.path, f.offset), []);
  assert.deepEqual(highlightsAt(f.snapshot, f.path, f.offset), []);
  assert.deepEqual(referencesAt(f.snapshot, 's/missing.txt', 0), []);
});

test('under the cursor: a name wins over the quote around it, then dates, numbers and quotes', () => {
  const f = fixture(`
//- s/a.txt
date 2025-03-14 "Anna Berg paid €5 million on Monday for nothing," said Lena Holt.
`);
  const text = f.texts.get('s/a.txt')!;
  const article = f.snapshot.article('s/a.txt')!;
  const at = (words: string) => {
    const item = itemAt(article, text.indexOf(words) + 1);
    return item && `${item.kind} ${text.slice(item.span.start, item.span.end)}`;
  };
  assert.equal(at('Anna'), 'mention Anna Berg');
  assert.equal(at('€5'), 'quantity €5 million');
  assert.equal(at('Monday'), 'date Monday');
  assert.equal(at('nothing'), 'quote "Anna Berg paid €5 million on Monday for nothing,"');
  assert.equal(at('said'), null);
});

test('workspace symbols: one per entity at its first mention, and quotes by their words or speaker', () => {
  const f = fixture(story('Velmora|'));
  const found = (query: string) => findSymbols(f.snapshot, query).map((s) => `${s.kind} ${s.name} [${s.container}] ${s.path}: ${wordsAt(f, s.path, s)}`);
  assert.deepEqual(found('petrov'), [
    'person Aleksandr Petrov [3 mentions in 2 sources] s/north.txt: Aleksandr Petrov',
    'quote "This bridge will connect our city for a century." [Petrov · north] s/north.txt: "This bridge will connect our city for a century."',
    'quote "This bridge will link our city for a hundred years." [Alexander Petrov · south] s/south.txt: "This bridge will link our city for a hundred years."',
  ]);
  assert.deepEqual(found('vlmr'), ['place Velmora [1 mention in 1 source] s/north.txt: Velmora']);
  assert.ok(fuzzyMatch('', 'anything') && fuzzyMatch('A P', 'Aleksandr Petrov') && !fuzzyMatch('xyz', 'Aleksandr Petrov'));
});

test('references and highlights take in the descriptions the story ties to the person', () => {
  const input = `
//- s/north.txt
The gunman, identified as Tom Vell, fled. Police said the gunman was armed.
//- s/south.txt
Witnesses said the gun$0man fled on foot.
`;
  const f = fixture(input);
  assert.deepEqual(places(f, referencesAt(f.snapshot, f.path, f.offset)), [
    's/north.txt: Tom Vell',
    's/north.txt: The gunman',
    's/north.txt: the gunman',
    's/south.txt: the gunman',
  ]);
  assert.deepEqual(highlightsAt(f.snapshot, f.path, f.offset).map((s) => f.texts.get(f.path)!.slice(s.start, s.end)), ['the gunman']);
});
