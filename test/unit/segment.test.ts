import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, LineIndex } from '../../server/src/analysis';
import { boundMs } from '../support/timing';

test('a leading date token is the header and sets the article date', () => {
  const a = analyzeArticle(' date 2025-12-21 The council met on Sunday.\nIt voted.', { path: 'x/wire.txt' });
  assert.equal(a.header.date, '2025-12-21');
  assert.equal(a.outlet, 'wire');
  assert.equal(a.text.slice(a.header.bodyStart, a.header.bodyStart + 3), 'The');
});

test('front matter gives title, outlet and date; an impossible date is reported', () => {
  const a = analyzeArticle('---\r\ntitle: Talks\r\noutlet: Daily\r\ndate: 2025-02-30\r\n---\r\nBody text here.');
  assert.equal(a.title, 'Talks');
  assert.equal(a.outlet, 'Daily');
  assert.equal(a.header.date, null);
  assert.equal(a.header.problems.length, 1);
  assert.equal(a.text.slice(a.header.bodyStart), 'Body text here.');
});

test('a front-matter block that never closes is read as text with a problem', () => {
  const a = analyzeArticle('---\ntitle: Open\nThe body goes on.');
  assert.equal(a.header.bodyStart, 0);
  assert.match(a.header.problems[0].message, /never closes/);
});

test('short lines without a final full stop are section headings', () => {
  const text = "What's Happening?\nThe mayor resigned. Nobody knew why.\nWhy It Matters\nThe city needs a budget.";
  const a = analyzeArticle(text);
  assert.deepEqual(a.sections.map((s) => s.title), ["What's Happening?", 'Why It Matters']);
  assert.equal(a.title, "What's Happening?");
  assert.equal(text.slice(a.sections[0].start, a.sections[0].end).endsWith('Nobody knew why.'), true);
});

test('sentences keep "U.S." and initials intact but split at real boundaries', () => {
  const text = 'U.S. President Donald J. Trump spoke. He left for the U.S. The talks ended.';
  const a = analyzeArticle(text);
  assert.deepEqual(a.sentences.map((s) => text.slice(s.start, s.end)), [
    'U.S. President Donald J. Trump spoke.',
    'He left for the U.S.',
    'The talks ended.',
  ]);
});

test('a BOM is removed and line positions follow CRLF, LF and lone CR', () => {
  const a = analyzeArticle('\ufeffOne.\r\nTwo.\rThree.\nFour.');
  assert.equal(a.text.startsWith('One.'), true);
  const idx = new LineIndex(a.text);
  assert.equal(idx.lineCount, 4);
  assert.deepEqual(idx.positionAt(a.text.indexOf('Three')), { line: 2, character: 0 });
  assert.equal(idx.offsetAt(1, 99), a.text.indexOf('Two.') + 4);
});

test('bad input never throws', () => {
  for (const input of ['', '\u0000\u0001binary', '\ud800 lone surrogate', '"unbalanced quote', undefined as unknown as string]) {
    assert.doesNotThrow(() => analyzeArticle(input));
  }
});

test('sentence splitting stays linear over many paragraphs without a sentence end', async () => {
  const { findParagraphs, findSentences } = await import('../../server/src/analysis/text/segment');
  const text = 'The council said the following:\n'.repeat(40000);
  const t0 = performance.now();
  const paragraphs = findParagraphs(text, 0);
  const sentences = findSentences(text, paragraphs, []);
  const ms = performance.now() - t0;
  assert.equal(sentences.length, 40000);
  assert.ok(ms < boundMs(1500), `splitting 40,000 colon-ended lines took ${Math.round(ms)} ms`);
});
