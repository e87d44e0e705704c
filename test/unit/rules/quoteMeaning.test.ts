/**
 * What a change between two renderings of one quotation does to its meaning, and how the words
 * of a quotation are compared (contractions, numbers, house style).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyChange, diffSequences, type ChangeWord } from '../../../server/src/analysis/compare/diff';
import { isCollectiveSpeaker, keysOfWord } from '../../../server/src/analysis/compare/utterances';

const words = (text: string): ChangeWord[] => text.split(' ').filter(Boolean).flatMap((w) => keysOfWord(w.toLowerCase()).map((key) => ({ key, name: /^\p{Lu}/u.test(w) })));
const kind = (from: string, to: string) => classifyChange(words(from), words(to));

test('changes of meaning: number, negation, condition, modal, time, person, content words', () => {
  assert.equal(kind('three', 'four'), 'number');
  assert.equal(kind('', 'more than three'), 'number');
  assert.equal(kind('', 'Not'), 'negation');
  assert.equal(kind("don't", 'do'), 'negation');
  assert.equal(kind('', 'if'), 'condition');
  assert.equal(kind('will', 'might'), 'modality');
  assert.equal(kind('This morning', 'Yesterday'), 'time');
  assert.equal(kind('I', 'we'), 'person');
  assert.equal(kind('he', 'Smith'), 'person');
  assert.equal(kind('improve', 'strengthen'), 'words');
  assert.equal(kind('', 'to death'), 'words');
  assert.equal(kind('escape', 'get away'), 'words');
});

test('changes of form: function words, inflection, a dropped letter, an abbreviation, house style', () => {
  assert.equal(kind('at', 'with'), 'form');
  assert.equal(kind('the', 'this'), 'form');
  assert.equal(kind('', 'that'), 'form');
  assert.equal(kind('a', 'there were another'), 'form');
  assert.equal(kind('', 'right'), 'form');
  assert.equal(kind('bench', 'benches'), 'form');
  assert.equal(kind('has progressed', 'progressed'), 'form');
  assert.equal(kind('Kathrine', 'Katherine'), 'form');
  assert.equal(kind('Internet Explorer', 'IE'), 'form');
  assert.equal(kind('any of that', 'anything'), 'form');
  // A letter replaced may be another word.
  assert.equal(kind('affect', 'effect'), 'words');
});

test('a word met again is not read again: its keys are the ones found the first time', () => {
  // Every quotation of a story is laid out in keys, and its sources repeat the same words.
  const first = keysOfWord("couldn't");
  assert.deepEqual(first, ['could', 'not']);
  assert.equal(keysOfWord("couldn't"), first);
});

test('words compared: contractions written out, numbers as numerals, one house spelling', () => {
  assert.deepEqual(keysOfWord("don't"), ['do', 'not']);
  assert.deepEqual(keysOfWord("won't"), ['will', 'not']);
  assert.deepEqual(keysOfWord("it's"), ['it', 'is']);
  assert.deepEqual(keysOfWord("reid's"), ['reid']);
  assert.deepEqual(keysOfWord('eleventh-hour'), ['11th', 'hour']);
  assert.deepEqual(keysOfWord('11th'), ['11th']);
  assert.deepEqual(keysOfWord('okay'), ['ok']);
  assert.deepEqual(keysOfWord('neighbourhood'), keysOfWord('neighborhood'));
  assert.deepEqual(keysOfWord('realised'), keysOfWord('realized'));
  for (const [uk, us] of [['fibre', 'fiber'], ['programme', 'program'], ['grey', 'gray'], ['travelled', 'traveled'], ['catalogue', 'catalog'], ['defence', 'defense'], ['fuelled', 'fueled']]) {
    assert.deepEqual(keysOfWord(uk), keysOfWord(us), uk);
  }
  assert.notDeepEqual(keysOfWord('stationery'), keysOfWord('stationary'));
  assert.deepEqual(keysOfWord('our'), ['our']);
  assert.deepEqual(keysOfWord('1,300'), ['1300']);
  assert.deepEqual([...keysOfWord('a'), ...keysOfWord('century')], [...keysOfWord('a'), ...keysOfWord('hundred'), ...keysOfWord('years')]);
});

test('the blocks of a sequence difference, with the words both share', () => {
  const { blocks, common } = diffSequences(['we', 'will', 'rebuild', 'it'], ['we', 'must', 'rebuild', 'it', 'now']);
  assert.equal(common, 3);
  assert.deepEqual(blocks, [
    { aFrom: 1, aTo: 2, bFrom: 1, bTo: 2 },
    { aFrom: 4, aTo: 4, bFrom: 4, bTo: 5 },
  ]);
  assert.deepEqual(diffSequences([], []), { blocks: [], common: 0 });
});

test('a body of people is a collective speaker; a named person is not', () => {
  for (const s of ['Authorities', 'police', 'the police', 'fire officials', 'a defence spokesman', 'Officials']) assert.ok(isCollectiveSpeaker(s), s);
  for (const s of ['James Steele', 'Steele', 'Surrey Police spokeswoman', 'he', '']) assert.ok(!isCollectiveSpeaker(s), s);
});
