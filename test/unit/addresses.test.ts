/**
 * Street addresses told differently by two outlets ("the 1400 block of Maple Court" / "the 1500
 * block of Maple Court"; "77 Bayview Terrace" / "71 Bayview Terrace"), compared as information;
 * a house number inside the block the other outlet gives is the same place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFindings } from '../support/story';
import { analyzeArticle, Corpus } from '../../server/src/analysis';
import { extractAddresses } from '../../server/src/analysis/compare/alignAddresses';

const addressesOf = (body: string) => extractAddresses(analyzeArticle(`date 2026-05-06\n${body}`, { path: 'a.txt' })).map((a) => `${a.street} ${a.block ? 'block ' : ''}${a.number}: ${a.text}`);

const addressFindings = (files: Record<string, string>) => storyFindings(files, { rule: 'place-differs', message: /address/, date: '2026-05-06' });

test('house numbers and blocks are read with their street', () => {
  assert.deepEqual(addressesOf('Officers were called to the 1400 block of Maple Court at 11 p.m.'), ['maple court block 1400: 1400 block of Maple Court']);
  assert.deepEqual(addressesOf('The fire started at 77 Bayview Terrace on Thursday.'), ['bayview terrace 77: 77 Bayview Terrace']);
  assert.deepEqual(addressesOf('The store at 2200 Lakeshore Dr. was closed.'), ['lakeshore drive 2200: 2200 Lakeshore Dr.']);
});

test('no address from a year, an odd block, or a sentence about an earlier incident', () => {
  assert.deepEqual(addressesOf('In 2019 Maple Court was repaved.'), []);
  assert.deepEqual(addressesOf('Police closed the 1450 block of Maple Court.'), []);
  assert.deepEqual(addressesOf('Last year a man was shot at 80 Bayview Terrace.'), []);
});

test('two outlets giving one street different numbers are shown as information', () => {
  const found = addressFindings({
    'a.txt': 'A man was shot in the 1400 block of Maple Court on Sunday night, police said.',
    'b.txt': 'Police were called to the 1500 block of Maple Court on Sunday after a man was shot.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /1400 block/);
  assert.match(found[0].message, /1500 block/);
});

test('no address finding for a house inside the block given, for two houses in one article, or for other streets', () => {
  assert.deepEqual(addressFindings({
    'a.txt': 'A clerk was shot at the station at 2250 Lakeshore Drive on Monday.',
    'b.txt': 'Police said the shooting happened in the 2200 block of Lakeshore Drive on Monday.',
  }), []);
  assert.deepEqual(addressFindings({
    'a.txt': 'Police searched 12 Elm Road and 40 Elm Road on Monday.',
    'b.txt': 'Police searched a house at 14 Elm Road on Monday.',
  }), []);
  assert.deepEqual(addressFindings({
    'a.txt': 'A man was shot at 12 Elm Road on Monday.',
    'b.txt': 'A man was shot at 14 Oak Road on Monday.',
  }), []);
});

test('an address typed over in an open article is compared again, as a fresh comparison would', () => {
  const a = 'Shooting on Maple Court\ndate 2026-05-06\nA man was shot in the 1400 block of Maple Court on Sunday night, police said.';
  const b = 'Man shot\ndate 2026-05-06\nPolice were called to the 1500 block of Maple Court on Sunday after a man was shot.';
  const corpus = new Corpus();
  corpus.setArticle('s/a.txt', a);
  corpus.setArticle('s/b.txt', b);
  assert.equal(corpus.snapshot().storyOf('s/a.txt')!.findings.filter((f) => /address/.test(f.message)).length, 2, 'the addresses differ before the edit');
  corpus.setArticle('s/a.txt', a.replace('1400 block', '1500 block'));
  assert.deepEqual(corpus.snapshot().storyOf('s/a.txt')!.findings.filter((f) => /address/.test(f.message)), [], 'they agree after it');
});
