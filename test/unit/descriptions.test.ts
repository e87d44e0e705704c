/** Descriptions of people ("the gunman") and the names the text ties them to. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis';

/** Descriptions as "description -> name" (or "-> ?" when untied), in text order. */
function described(text: string): string[] {
  const a = analyzeArticle(text);
  return (a.descriptions ?? []).map((d) => `${d.text} -> ${d.mention === null ? '?' : a.mentions[d.mention].text}`);
}

test('an apposition ties its description to the name, and the same head later on', () => {
  assert.deepEqual(described("Ana Lisk, the port's spokeswoman, said the ship had left. The spokeswoman added that no one was hurt."), [
    "the port's spokeswoman -> Ana Lisk",
    'The spokeswoman -> Ana Lisk',
  ]);
  assert.deepEqual(described('The spokeswoman, Ana Lisk, said no. Later the spokeswoman said yes.'), ['The spokeswoman -> Ana Lisk', 'the spokeswoman -> Ana Lisk']);
});

test('"identified as" ties a description to the name', () => {
  assert.deepEqual(described('The gunman, identified as Tom Vell, fled on foot. Police said the gunman was armed.'), [
    'The gunman -> Tom Vell',
    'the gunman -> Tom Vell',
  ]);
});

test('a description the article gives two people, or none, stays untied', () => {
  assert.deepEqual(described('The victim, Ana Lisk, died. A second victim, Tom Vell, was hurt. The victim was taken to hospital.'), [
    'The victim -> Ana Lisk',
    'The victim -> ?',
  ]);
  assert.deepEqual(described('The gunman fled north.'), ['The gunman -> ?']);
});

test('not a description: an owner, the first word of a compound, a title before a name, a plural', () => {
  assert.deepEqual(described("Police found the gunman's car. The suspect vehicle was red. The gunmen fled."), []);
  assert.deepEqual(described('Tom Vell met the spokeswoman Ana Lisk.').filter((d) => !d.endsWith('Ana Lisk')), []);
});

test('across a story, an untied description takes the one person the other articles describe so', async () => {
  const { linkDescriptions } = await import('../../server/src/analysis/compare/linkDescriptions');
  const article = (path: string, text: string) => ({ ...analyzeArticle(text, { path }), path });
  const named = article('s/a.txt', 'Police said gunman Tom Vell opened fire at noon.');
  const described = article('s/b.txt', 'Witnesses said the gunman fled on foot.');
  const entityOf = (path: string, i: number) => [named, described].find((a) => a.path === path)?.mentions[i]?.text.toLowerCase() ?? null;
  const links = linkDescriptions([named, described], entityOf);
  assert.equal(links.entityOf('s/b.txt', 0), 'tom vell');
  assert.deepEqual(links.descriptionsOf('tom vell').map((d) => `${d.path}: ${d.text} (${d.tied ? 'tied' : 'by the story'})`), ['s/b.txt: the gunman (by the story)']);
  // A second article naming another gunman leaves the description untied.
  const other = article('s/c.txt', 'The gunman, identified as Ivo Marek, was arrested.');
  const both = linkDescriptions([named, described, other], (path, i) => [named, described, other].find((a) => a.path === path)?.mentions[i]?.text.toLowerCase() ?? null);
  assert.equal(both.entityOf('s/b.txt', 0), null);
  assert.equal(both.entityOf('s/c.txt', 0), 'ivo marek');
});

test('a description narrowed down by its own words is tied only by the text around it', () => {
  // A complement, a restrictive clause, an owner or a selector may pick out someone else.
  assert.deepEqual(
    described('Ana Lisk, the governor, spoke. The governor of a neighbouring state did not. The officer who fired was suspended. The second governor left. The state\'s governor stayed.'),
    ['the governor -> Ana Lisk'],
  );
  // The text still ties such a description when it says so.
  assert.deepEqual(described('Ana Lisk, the former governor of the state, spoke.'), []);
  assert.deepEqual(described('The governor of Texas, Ana Lisk, spoke.'), ['The governor -> Ana Lisk']);
});

test('a person the text says it does not name has no description to tie', () => {
  assert.deepEqual(described('Ana Lisk, the spokeswoman, spoke. Later the spokeswoman, who declined to be named, said more.'), ['the spokeswoman -> Ana Lisk']);
});
