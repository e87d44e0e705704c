/**
 * The one word scanner and its reading of abbreviations, shared by attribution, claims and
 * block quotes. The texts are our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepsStop, opensWithLetterOrDigit, scanWords } from '../../server/src/analysis/text/words';
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

test('a window read from a text read before gives the words a scan of the window alone gives', () => {
  // The first window of a text is scanned directly; later ones are read from the whole text's
  // words, and must not differ wherever the window starts or ends (inside a word, on a joiner,
  // on an abbreviation's stop, between two digits of "1,300", inside a letter of two code units).
  const pieces = ['Mr.', 'U.S.', 'Inc.', 'J.', 'son-in-law', "O'Brien", '1,300', '6.5', 'AT&T', 'said', 'The', 'e.g.', 'Łódź', '𝒜b', 'ni\u0301n', '—', '“', '”', ',', '.', '...', ' ', '  ', '\n', 'x.y', 'No.', '3'];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let trial = 0; trial < 300; trial++) {
    let text = '';
    const n = 5 + random(60);
    for (let i = 0; i < n; i++) text += pieces[random(pieces.length)] + (random(3) ? ' ' : '');
    for (let k = 0; k < 12; k++) {
      const a = random(text.length + 1);
      const b = random(text.length + 1);
      const [from, to] = [Math.min(a, b), Math.max(a, b)];
      // A text of its own for each window (the mark lies after every window), so the first call reads it directly.
      const own = `${text} #${trial}-${k}`;
      const direct = scanWords(own, from, to);
      // Read again (the text's words are then kept) and again (read from them).
      for (let round = 0; round < 2; round++) assert.deepEqual(scanWords(own, from, to), direct, `${JSON.stringify(own)} [${from}, ${to})`);
    }
  }
});

test('windows of two texts read in turn give the words a scan of each window alone gives', () => {
  // Only the text read last keeps its words: reading two texts in turn reads each window afresh.
  const a = 'Mr. Smith of the U.S. Army said 1,300 people came. The mayor spoke.';
  const b = "O'Brien met AT&T's chief, Dr. Lee, at 6 p.m. on Monday in Łódź.";
  const windows: [number, number][] = [[0, 20], [5, 40], [3, 30], [10, 50], [0, 60]];
  // Each window of a text of its own, read once: scanned directly.
  let own = 0;
  const direct = (t: string, from: number, to: number) => scanWords(`${t} #${own++}`, from, to);
  for (let round = 0; round < 3; round++)
    for (const [from, to] of windows) {
      assert.deepEqual(scanWords(a, from, to), direct(a, from, to), `a [${from}, ${to})`);
      assert.deepEqual(scanWords(b, from, to), direct(b, from, to), `b [${from}, ${to})`);
      assert.deepEqual(scanWords(a, from, to), direct(a, from, to), `a again [${from}, ${to})`);
    }
});

test('a word opens with a letter or a digit, in any script', () => {
  for (const w of ['a', 'Z', '7', 'é', 'Ω', 'ж', '東', '٣']) assert.equal(opensWithLetterOrDigit(w), true, w);
  for (const w of ['', '.', '-', "'", '"', '$', '\u2014', '\u0301', ' ']) assert.equal(opensWithLetterOrDigit(w), false, JSON.stringify(w));
});

test('a kept list is copied to its length with the same entries; an empty one is kept as it is', () => {
  const grown: string[] = [];
  grown.push('harbour');
  const kept = claimsText.fitted(grown);
  assert.deepEqual(kept, ['harbour']);
  assert.notEqual(kept, grown);
  const none: number[] = [];
  assert.equal(claimsText.fitted(none), none);
  // The content stems claims keep are the stems they were before.
  assert.deepEqual(claimsText.contentStems('The ferries sailed from the harbour at dawn.'), ['ferry', 'sail', 'harbour', 'dawn']);
});
