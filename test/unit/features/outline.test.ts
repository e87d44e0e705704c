/** An article's outline and folding regions, from the core: `outline(article, story)`, `foldingRegions(article)`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldingRegions, outline } from '../../../server/src/analysis';
import { fixture } from './fixture';
import { outlineText } from './render';

const STORY = `
//- s/north.txt
---
title: Bridge vote
outlet: North Wire
date: 2025-03-14
---
Intro about Lisbon.

The Vote
Mayor Aleksandr Petrov spoke on Thursday. Aleksandr Petrov said: "We will build it." Petrov left.

Funding
The state will pay half, Petrov said.
//- s/south.txt
Deputy mayor Alexander Petrov said on Wednesday the city would build the bridge.
`;

/** Checks the outline of the fixture's first article, with or without its story. */
function check(input: string, expected: string, withStory = true): void {
  const f = fixture(input);
  const items = outline(f.snapshot.article(f.path), withStory ? f.snapshot.storyOf(f.path) : undefined);
  assert.equal(outlineText(items, f.texts.get(f.path)!), expected.trim().split('\n').map((l) => l.replace(/^ {4}/, '')).join('\n'));
}

/** The outline of the north report, but for how the last section names the mayor. */
const NORTH_OUTLINE = (lastPetrov: string) => `
    place Lisbon (place · 1 mention) @"Lisbon"
    section The Vote @"The Vote"
      person Aleksandr Petrov (person · 3 mentions) @"Aleksandr Petrov"
      date Thursday (Thursday 13 March 2025) @"Thursday"
      quote "We will build it." (Aleksandr Petrov) @""We will build it.""
    section Funding @"Funding"
      person ${lastPetrov} (person · 1 mention) @"Petrov"`;

test('sections hold one item per entity with its mentions there, and the quotes and dates in text order', () => {
  check(STORY, NORTH_OUTLINE('Aleksandr Petrov'));
});

test('without its story, an entity is shown as its article writes it', () => {
  check(STORY, NORTH_OUTLINE('Petrov'), false);
});

test('an article without headings has its items at the top level; an unknown article has none', () => {
  check(
    `
//- s/a.txt
Anna Berg met Lena Holt in Lisbon. "It went well," said Anna Berg.
`,
    `
    person Anna Berg (person · 2 mentions) @"Anna Berg"
    person Lena Holt (person · 1 mention) @"Lena Holt"
    place Lisbon (place · 1 mention) @"Lisbon"
    quote "It went well," (Anna Berg) @""It went well,""`,
  );
  assert.deepEqual(outline(undefined), []);
});

test('the header block and each section fold', () => {
  const f = fixture(STORY);
  const text = f.texts.get(f.path)!;
  assert.deepEqual(
    foldingRegions(f.snapshot.article(f.path)).map((r) => `${r.kind}: ${JSON.stringify(text.slice(r.start, r.end).split('\n')[0])}…`),
    ['header: "---"…', 'section: "The Vote"…', 'section: "Funding"…'],
  );
  assert.deepEqual(foldingRegions(undefined), []);
});
