/**
 * The one word scanner and its reading of abbreviations, shared by attribution, claims and
 * block quotes. The texts are our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepsStop, scanWords } from '../../server/src/analysis/text/words';
import * as claimsText from '../../server/src/analysis/compare/claimsText';
import * as attributionWords from '../../server/src/analysis/extract/attributionWords';

test('the word scanner keeps a stop with initials and with an abbreviation whose stop does not end the sentence', () => {
  const text = 'Mr. Smith paid $1,300 to AT&T in the U.S. on Monday, and Acme Inc. said so. He sold it to Acme Inc. The end.';
  const words = scanWords(text).filter((w) => w.kind === 'word').map((w) => w.text);
  assert.deepEqual(words, ['Mr.', 'Smith', 'paid', '1,300', 'to', 'AT&T', 'in', 'the', 'U.S.', 'on', 'Monday', 'and', 'Acme', 'Inc.', 'said', 'so', 'He', 'sold', 'it', 'to', 'Acme', 'Inc', 'The', 'end']);
  // The claims comparer reads the same words, without an abbreviation's stop.
  assert.deepEqual(
    claimsText.wordsOf(text, { start: 0, end: 41 }).map((w) => w.text),
    ['Mr', 'Smith', 'paid', '1,300', 'to', 'AT&T', 'in', 'the', 'U.S.'],
  );
  assert.equal(keepsStop('Vice Adm. Bill Gortney', 5, 8), true);
  assert.equal(keepsStop('It rained in Calif. The end', 13, 18), false);
});

test('attribution reads the same scanner', () => {
  assert.equal(attributionWords.scanWords, scanWords);
  // A title abbreviated with its stop is a title wherever the abbreviation list names it.
  assert.equal(attributionWords.isTitle('msgr.'), true);
  assert.equal(attributionWords.isTitle('msgr'), false);
});

test('letters outside Latin-1, combining marks and letters beyond the BMP stay inside their words', async () => {
  const { wordBefore } = await import('../../server/src/analysis/text/words');
  const text = 'Mayor Paweł Łęcki of Łódź met Dvořák, Ørsted, Москва, Αθήνα, Jose\u0301 and 𝐌𝐚𝐫𝐭𝐚 Šimková.';
  const words = scanWords(text).filter((w) => w.kind === 'word').map((w) => w.text);
  assert.deepEqual(words, ['Mayor', 'Paweł', 'Łęcki', 'of', 'Łódź', 'met', 'Dvořák', 'Ørsted', 'Москва', 'Αθήνα', 'Jose\u0301', 'and', '𝐌𝐚𝐫𝐭𝐚', 'Šimková']);
  const end = text.indexOf(' Šimková');
  assert.deepEqual(wordBefore(text, end), { start: text.indexOf('𝐌'), end });
  assert.deepEqual(wordBefore('so 𝐌𝐚', 7), { start: 3, end: 7 });
});
