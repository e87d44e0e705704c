/**
 * The one sentence segmentation, read by every extractor and comparer (the tagger's tokens
 * included). The texts are our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../../server/src/analysis';
import { findParagraphs, findSentences, sentenceAt } from '../../server/src/analysis/text/segment';
import { scanWords } from '../../server/src/analysis/text/words';
import { tokenize } from '../../server/src/analysis/text/tokens';
import { ArticleContext } from '../../server/src/analysis/extract/context';
import * as claimsText from '../../server/src/analysis/compare/claimsText';
import * as attribution from '../../server/src/analysis/extract/attribution';

/** The sentences of `text` as strings. */
function sentences(text: string): string[] {
  const a = analyzeArticle(text);
  return a.sentences.map((s) => text.slice(s.start, s.end));
}

function check(text: string, expected: string[]): void {
  assert.deepEqual(sentences(text), expected);
}

test('titles and Latin abbreviations never end a sentence; ambiguous ones end one before a word that opens sentences', () => {
  check('Mr. Smith met Dr. Jones and Gen. Lee in St. Louis. They talked about Apple Inc. and its plans.', [
    'Mr. Smith met Dr. Jones and Gen. Lee in St. Louis.',
    'They talked about Apple Inc. and its plans.',
  ]);
  check('He moved to the U.S. The move was quiet. U.S. Army officers said No. 10 was next, e.g. The Times.', [
    'He moved to the U.S.',
    'The move was quiet.',
    'U.S. Army officers said No. 10 was next, e.g. The Times.',
  ]);
  // "no." in lower case is the word, not the abbreviation of "number"; capitals throughout are a
  // word of their own ("CA" is not "ca." for circa).
  check('She said no. Officials left. He lives in Fresno, CA. The city is hot.', ['She said no.', 'Officials left.', 'He lives in Fresno, CA.', 'The city is hot.']);
  // An abbreviation's stop also ends its sentence when a word that usually opens one follows.
  check('The deal was signed by Acme Inc. It closed on Monday.', ['The deal was signed by Acme Inc.', 'It closed on Monday.']);
});

test('initials stay with the name; a single letter ends a sentence only before a word that opens one', () => {
  check('A.J. Smith spoke. J. R. R. Tolkien wrote it. Plan B. The talks ended.', ['A.J. Smith spoke.', 'J. R. R. Tolkien wrote it.', 'Plan B.', 'The talks ended.']);
  check('The coach, P.J. Carlesimo, was fired by the L.A. Times owner. It was Friday.', ['The coach, P.J. Carlesimo, was fired by the L.A. Times owner.', 'It was Friday.']);
  check('Born c. 1818 in London, he moved (b. 1820) often. He died.', ['Born c. 1818 in London, he moved (b. 1820) often.', 'He died.']);
});

test('a quotation ends a sentence unless its speaker follows a question or an exclamation', () => {
  check('"We will win." The minister left. "Will we win?" Smith asked. "Go!" he shouted.', ['"We will win."', 'The minister left.', '"Will we win?" Smith asked.', '"Go!" he shouted.']);
  check('\u201cWhy?\u201d The crowd fell silent. \u201cEnough!\u201d Mr. Lee told reporters.', ['\u201cWhy?\u201d', 'The crowd fell silent.', '\u201cEnough!\u201d Mr. Lee told reporters.']);
});

test('a headline without a final stop is a sentence of its own, and never split inside', () => {
  check('Storm Hits Coast\nThe storm hit on Monday. It left.', ['Storm Hits Coast', 'The storm hit on Monday.', 'It left.']);
  const text = 'Intro line here.\n\nFugitive Jones Jr. On The Run Again\nPolice said he fled.';
  check(text, ['Intro line here.', 'Fugitive Jones Jr. On The Run Again', 'Police said he fled.']);
});

test('decimals, ellipses, citation markers, list numbers and names in lower case', () => {
  check('It grew 3.5 percent. Prices rose .5 points. Shares hit $1.25.', ['It grew 3.5 percent.', 'Prices rose .5 points.', 'Shares hit $1.25.']);
  check('We waited... Nothing happened. We just ... I do not know. "It was over ..." She left.', [
    'We waited...',
    'Nothing happened.',
    'We just ... I do not know.',
    '"It was over ..."',
    'She left.',
  ]);
  check('He was born in 1805. [6] He went to Harrow. [7] [8] Later he left.', ['He was born in 1805. [6]', 'He went to Harrow. [7] [8]', 'Later he left.']);
  check('2. New methods\nWe used data. Sales fell. iPhone sales rose. It ended at 6 p.m. (local time) on Monday.', [
    '2. New methods',
    'We used data.',
    'Sales fell.',
    'iPhone sales rose.',
    'It ended at 6 p.m. (local time) on Monday.',
  ]);
});

test('extractors and comparers read the one scanner and the one segmentation', () => {
  assert.equal(claimsText.sentenceAt, sentenceAt);
  const text = 'U.S. Navy Vice Adm. Bill Gortney said the pirates fled. Crews searched.\n\nThe navy, he said, would stay. "We saw them," Gortney said.';
  const a = analyzeArticle(text);
  // The tagger's tokens are numbered by the segmentation's sentences ("Adm." is one token, so
  // the tagger's own boundary after it is not used), and the name keeps its title apart.
  const ctx = new ArticleContext(a.text, a.header, a.sections, findParagraphs(a.text, a.header.bodyStart), a.sentences);
  assert.ok(ctx.tokens.length > 20);
  for (const t of ctx.tokens) {
    const s = a.sentences[t.sentence];
    assert.ok(s.start <= t.start && t.start < s.end, `token ${t.text} lies in its sentence`);
  }
  assert.ok(ctx.tokens.some((t) => t.text === 'Adm.'));
  assert.deepEqual(a.mentions.filter((m) => m.kind === 'person').map((m) => m.text), ['Bill Gortney', 'Gortney']);
  // A quote's speaker is looked for in the quote's sentence of the same segmentation.
  const quote = a.quotes.find((q) => q.direct);
  assert.ok(quote && quote.content);
  const si = attribution.sentenceAt(a.sentences, quote.start);
  assert.equal(a.sentences[si], sentenceAt(a.sentences, quote.start));
  assert.equal(text.slice(a.sentences[si].start, a.sentences[si].end), '"We saw them," Gortney said.');
  assert.equal(quote.speaker?.text, 'Gortney');
});

test('reported speech runs to the end of its sentence past initials that once cut it', () => {
  const text = 'Her lawyer told the L.A. Superior Court that she had checked into a clinic. The judge agreed.';
  const a = analyzeArticle(text);
  const sentence = a.sentences[0];
  assert.equal(text.slice(sentence.start, sentence.end), 'Her lawyer told the L.A. Superior Court that she had checked into a clinic.');
  const reported = a.quotes.find((q) => !q.direct);
  assert.ok(reported && reported.content, 'the reported clause is found');
  assert.ok(reported.content.end <= sentence.end && reported.content.start >= sentence.start);
  assert.match(text.slice(reported.content.start, reported.content.end), /checked into a clinic$/);
});

test('tokens without a segmentation are numbered 0', () => {
  assert.deepEqual([...new Set(tokenize('One. Two. Three.').map((t) => t.sentence))], [0]);
});

/** Fails when splitting `text` into paragraphs and sentences and scanning its words takes over `ms`. */
function assertFast(text: string, what: string, ms = 1500): void {
  const t0 = performance.now();
  const paragraphs = findParagraphs(text, 0);
  findSentences(text, paragraphs, []);
  scanWords(text);
  const took = performance.now() - t0;
  assert.ok(took < ms, `${what}: ${Math.round(took)} ms for ${text.length} characters`);
}

test('segmentation and word scanning stay linear on runs of stops, abbreviations and spaces', () => {
  assertFast('Mr. '.repeat(50_000), 'titles in a row');
  assertFast('A. '.repeat(50_000), 'initials in a row');
  assertFast('U.S. '.repeat(40_000), 'initialisms in a row');
  assertFast('. '.repeat(80_000), 'stops between spaces');
  assertFast(`${'.'.repeat(150_000)} The end.`, 'a run of stops');
  assertFast(`It ended.${' '.repeat(150_000)}The end.`, 'a run of spaces after a stop');
  assertFast(`"Who?"${' \u201d'.repeat(50_000)} Smith asked.`, 'closing marks after a question');
  assertFast('a.'.repeat(80_000), 'a word joined by stops');
  assertFast('1,'.repeat(80_000), 'digits joined by commas');
  assertFast(`He was born in 1805.${' [6]'.repeat(30_000)} He left.`, 'citation markers');
});

test('the tagger keeps words with letters outside Latin-1 whole, at their offsets', async () => {
  const { tokenize } = await import('../../server/src/analysis/text/tokens');
  const text = 'Mayor Paweł Łęcki of Łódź met Dvořák in Москва; Αθήνα, Jose\u0301 and 𝐌𝐚𝐫𝐭𝐚 Šimková waited.';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const words = tokens.filter((t) => /\p{L}/u.test(t.text)).map((t) => t.text);
  assert.deepEqual(words, ['Mayor', 'Paweł', 'Łęcki', 'of', 'Łódź', 'met', 'Dvořák', 'in', 'Москва', 'Αθήνα', 'Jose\u0301', 'and', '𝐌𝐚𝐫𝐭𝐚', 'Šimková', 'waited']);
});
