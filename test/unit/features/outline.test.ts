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
    group Places (1) @"Lisbon"
      place Lisbon (place · 1 mention) @"Lisbon"
    section The Vote @"The Vote"
      group People (1) @"Aleksandr Petrov"
        person Aleksandr Petrov (person · 3 mentions) @"Aleksandr Petrov"
      group Quotes (1) @""We will build it.""
        quote "We will build it." (Aleksandr Petrov) @""We will build it.""
      group Dates (1) @"Thursday"
        date Thursday (Thursday 13 March 2025) @"Thursday"
    section Funding @"Funding"
      group People (1) @"Petrov"
        person ${lastPetrov} (person · 1 mention) @"Petrov"
      group Quotes (1) @""
        quote "The state will pay half" (Petrov) @"The state will pay half"`;

test('sections hold groups of people, organisations, places, quotes and dates, one item per entity with its mentions there', () => {
  check(STORY, NORTH_OUTLINE('Aleksandr Petrov'));
});

test('without its story, an entity is shown as its article writes it', () => {
  check(STORY, NORTH_OUTLINE('Petrov'), false);
});

test('an article without headings has its groups at the top level, in kind order, items in text order within each; an unknown article has none', () => {
  // Dates, the fifth group, starts four characters into the text, past "Monday": it selects "Tuesday".
  check(
    `
//- s/a.txt
On Monday the Red Cross said Anna Berg met Lena Holt in Lisbon. "It went well," said Anna Berg. She flew to Porto on Tuesday.
`,
    `
    group People (2) @"Anna Berg"
      person Anna Berg (person · 2 mentions) @"Anna Berg"
      person Lena Holt (person · 1 mention) @"Lena Holt"
    group Organisations (1) @"Red Cross"
      organization Red Cross (organisation · 1 mention) @"Red Cross"
    group Places (2) @"Lisbon"
      place Lisbon (place · 1 mention) @"Lisbon"
      place Porto (place · 1 mention) @"Porto"
    group Quotes (2) @"Anna Berg met Lena Holt in Lisbon"
      quote "Anna Berg met Lena Holt in Lisbon" (Red Cross) @"Anna Berg met Lena Holt in Lisbon"
      quote "It went well," (Anna Berg) @""It went well,""
    group Dates (2) @"Tuesday"
      date Monday (not resolved) @"Monday"
      date Tuesday (not resolved) @"Tuesday"`,
  );
  assert.deepEqual(outline(undefined), []);
});

test('the groups of a section cover its items, each starting a character after the one before, and select their first item', () => {
  const f = fixture(STORY);
  const vote = outline(f.snapshot.article(f.path), f.snapshot.storyOf(f.path)).find((i) => i.name === 'The Vote')!;
  const text = f.texts.get(f.path)!;
  // An editor listing symbols by position, ties by name, keeps the groups in the order given.
  const first = vote.children![0].span.start;
  assert.deepEqual(vote.children!.map((g) => g.span.start - first), [0, 1, 2]);
  assert.deepEqual(vote.children!.map((g) => g.groupOf), ['person', 'quote', 'date']);
  assert.ok(vote.children!.every((g) => g.span.end === vote.children![0].span.end));
  assert.equal(text.slice(first, vote.children![0].span.end), 'Aleksandr Petrov spoke on Thursday. Aleksandr Petrov said: "We will build it."');
  for (const g of vote.children!) {
    assert.ok(g.span.start <= g.selection.start && g.selection.end <= g.span.end, `${g.name} selects inside its range`);
    assert.deepEqual(g.selection, g.children![0].selection, `${g.name} selects its first item`);
  }
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
