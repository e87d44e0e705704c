/**
 * How long a person lived or worked somewhere, compared across outlets as information: "a four
 * year spell living in Cardiff" vs "living there for the past three years" of one person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFindings } from '../support/story';
import { analyzeArticle } from '../../server/src/analysis';
import { extractFrames } from '../../server/src/analysis/compare/frames';

function durationsOf(body: string): string[] {
  const article = analyzeArticle(body, { path: 'a.txt' });
  return extractFrames(article).people.durations.map((d) => `${article.mentions[d.mention].text} ${d.act}=${Math.round(d.months)}: ${d.text}`);
}

const durationFindings = (files: Record<string, string>) => storyFindings(files, { rule: 'quantity-differs', message: /How long/ });

test('a spell, a stint and "for (the past) N years" are read for the person of their clause', () => {
  assert.deepEqual(durationsOf('Brenda Hollis grew up in Kendal. She came home last month after a four year spell living in Swansea.'), ['Brenda Hollis living=48: a four year spell living']);
  assert.deepEqual(durationsOf('Brenda Hollis had been living in Swansea with her son for the past three years.'), ['Brenda Hollis living=36: living in Swansea with her son for the past three years']);
  assert.deepEqual(durationsOf('Brenda Hollis worked at the bakery for 18 months.'), ['Brenda Hollis working=18: worked at the bakery for 18 months']);
  assert.deepEqual(durationsOf('Brenda Hollis left Leeds after a two-year stint working at the council.'), ['Brenda Hollis working=24: a two-year stint working']);
});

test('dates back, hedges, prison terms, other acts and spells without an act are not durations', () => {
  assert.deepEqual(durationsOf('Brenda Hollis moved to Swansea four years ago.'), []);
  assert.deepEqual(durationsOf('Brenda Hollis had been living in Swansea for about three years.'), []);
  assert.deepEqual(durationsOf('Brenda Hollis was sentenced to four years in prison.'), []);
  assert.deepEqual(durationsOf('Brenda Hollis had been going out with her boyfriend for two years.'), []);
  assert.deepEqual(durationsOf('Brenda Hollis returned after a four year spell in Swansea.'), []);
  assert.deepEqual(durationsOf('Brenda Hollis lived in Swansea. She moved there four years ago.'), []);
  // The length belongs to the act of its own clause.
  assert.deepEqual(durationsOf('Brenda Hollis still lived in Swansea and had been going out with her partner for two years.'), []);
});

const LEAD = 'date 2025-06-10\nBrenda Hollis, 52, and her son Owen Hollis were found dead at their home in Kendal on Saturday.\n';

test('outlets that give one person different lengths of living somewhere are shown as information', () => {
  const found = durationFindings({
    'north.txt': `${LEAD}Brenda Hollis grew up in Kendal. She returned to the town in March after a four year spell living in Swansea.\n`,
    'south.txt': `${LEAD}Brenda Hollis had been living in Swansea for the past three years before she moved back.\n`,
  });
  // One finding at each outlet's words.
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /How long Brenda Hollis spent living there differs/);
});

test('the same length in words and digits, a hedge, other people and other acts are not compared', () => {
  assert.deepEqual(durationFindings({
    'north.txt': `${LEAD}Brenda Hollis grew up in Kendal. She returned in March after a four year spell living in Swansea.\n`,
    'south.txt': `${LEAD}Brenda Hollis had been living in Swansea for 4 years.\n`,
    'west.txt': `${LEAD}Brenda Hollis had been living in Swansea for the last 48 months.\n`,
  }), []);
  assert.deepEqual(durationFindings({
    'north.txt': `${LEAD}Brenda Hollis grew up in Kendal. She returned in March after a four year spell living in Swansea.\n`,
    'south.txt': `${LEAD}Brenda Hollis had been living in Swansea for about three years.\n`,
  }), []);
  assert.deepEqual(durationFindings({
    'north.txt': `${LEAD}Brenda Hollis grew up in Kendal. She returned in March after a four year spell living in Swansea.\n`,
    'south.txt': `${LEAD}Owen Hollis had been living in Swansea for the past three years.\n`,
  }), []);
  assert.deepEqual(durationFindings({
    'north.txt': `${LEAD}Brenda Hollis grew up in Kendal. She returned in March after a four year spell living in Swansea.\n`,
    'south.txt': `${LEAD}Brenda Hollis had been working in Swansea for the past three years.\n`,
  }), []);
  // Five years on one team within fifteen at one employer: not the same work.
  assert.deepEqual(durationFindings({
    'north.txt': `${LEAD}Brenda Hollis had been working with the fraud squad for the last five years.\n`,
    'south.txt': `${LEAD}Brenda Hollis worked for the county police for 15 years.\n`,
  }), []);
});

test('lengths of the same work that differ are compared', () => {
  const found = durationFindings({
    'north.txt': `${LEAD}Brenda Hollis had been working at the Kendal library for the last five years.\n`,
    'south.txt': `${LEAD}Brenda Hollis worked at the library for 15 years.\n`,
  });
  assert.equal(found.length, 2);
  assert.match(found[0].message, /spent working there differs/);
});

test('one who lived there with the person ("with his mum", "with Brenda Hollis") lived there as long; not one who worked with them', () => {
  const mother = 'Owen Pryce, 30, is charged with killing his mother Brenda Hollis. ';
  assert.deepEqual(durationsOf(`${mother}Pryce had been living in Swansea with his mum for the past three years.`), [
    'Pryce living=36: living in Swansea with his mum for the past three years',
    'Brenda Hollis living=36: living in Swansea with his mum for the past three years',
  ]);
  assert.deepEqual(durationsOf('Owen Pryce had been living in Swansea with Brenda Hollis for the past three years.'), [
    'Owen Pryce living=36: living in Swansea with Brenda Hollis for the past three years',
    'Brenda Hollis living=36: living in Swansea with Brenda Hollis for the past three years',
  ]);
  // Kin the article names no one in ("her son" above is nobody's name), and work done together, say nothing of the other.
  assert.deepEqual(durationsOf('Owen Pryce had been living in Swansea with his mum for the past three years.'), ['Owen Pryce living=36: living in Swansea with his mum for the past three years']);
  assert.deepEqual(durationsOf(`${mother}Pryce had been working at the mill with his mum for three years.`), ['Pryce working=36: working at the mill with his mum for three years']);
});

test('the length one outlet gives a person lived with is compared with another outlet\'s for that person', () => {
  const lead = 'date 2025-06-10\nBrenda Hollis, 52, was found dead at her home in Kendal on Saturday.\n';
  const north = `${lead}Brenda Hollis grew up in Kendal. She returned to the town in March after a four year spell living in Swansea.\n`;
  const found = durationFindings({
    'north.txt': north,
    'south.txt': `${lead}Owen Pryce, 30, is charged with killing his mother Brenda Hollis.\nPryce had been living in Swansea with his mum for the past three years.\n`,
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /Brenda Hollis/);
  assert.match(found[0].message, /south says Brenda Hollis lived there with the one it is about/);
  // The same length: no difference.
  assert.deepEqual(durationFindings({
    'north.txt': north,
    'south.txt': `${lead}Owen Pryce, 30, is charged with killing his mother Brenda Hollis.\nPryce had been living in Swansea with his mum for the past four years.\n`,
  }), []);
});
