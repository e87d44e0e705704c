import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldName, foldNameFully, tailAfter } from '../../server/src/analysis/text/normalize';

/** A small seeded generator, so that a failure can be repeated. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

test('folding a name: case, accents, apostrophes, dashes and spaces', () => {
  assert.equal(foldName('McDONALD'), 'mcdonald');
  assert.equal(foldName('Émile Zola'), 'emile zola');
  assert.equal(foldName('O`Neil'), "o'neil");
  assert.equal(foldName('Lee’s'), "lee's");
  assert.equal(foldName('Ann\u2013Lee'), 'ann-lee');
  assert.equal(foldName('  Ann \t Lee '), 'ann lee');
  assert.equal(foldName(''), '');
});

test('folding a plain word gives what the whole folding gives', () => {
  const next = random(7);
  // Printable ASCII with spaces, tabs, backticks and a few letters beyond it mixed in.
  const alphabet = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '\t', '\n', 'é', '’', '\u2014', 'ß', 'İ'];
  for (let n = 0; n < 5000; n++) {
    const length = Math.floor(next() * 12);
    let word = '';
    for (let i = 0; i < length; i++) word += alphabet[Math.floor(next() * (next() < 0.9 ? 95 : alphabet.length))];
    assert.equal(foldName(word), foldNameFully(word), JSON.stringify(word));
  }
});

test('the tail after the last stop is what a match of the rest to the end gives', () => {
  const next = random(11);
  const stops = '.;:!?\r\n';
  const letters = 'ab .;:!?\r\n"';
  for (let n = 0; n < 2000; n++) {
    let text = '';
    for (let i = Math.floor(next() * 30); i > 0; i--) text += letters[Math.floor(next() * letters.length)];
    assert.equal(tailAfter(text, stops), /[^.;:!?\r\n]*$/.exec(text)![0], JSON.stringify(text));
  }
  assert.equal(tailAfter('He left. Then the mayor', '.'), ' Then the mayor');
  assert.equal(tailAfter('no stop here', '.'), 'no stop here');
});
