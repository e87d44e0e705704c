/**
 * Data received from an analysis thread is compacted: short strings are replaced by equal strings
 * kept from earlier messages, plain objects by object literals of the same keys. Every value stays
 * equal (keys in the same order, `undefined` values kept), an object held twice stays one object,
 * and data that cannot be walked is returned as it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { shareStrings } from '../../server/src/lsp/sharedStrings';

const sample = () => ({
  path: 'file:///story/north.txt',
  mentions: [
    { kind: 'person', text: 'Maria Lindqvist', span: { start: 0, end: 15 } },
    { kind: 'place', text: 'Velmora', span: { start: 40, end: 47 } },
  ],
  words: ['the', 'harbour', 'master', 'said', 'the'],
  text: 'A long text that goes on and on, '.repeat(10),
  nothing: null,
  count: 40,
  nested: [[['evacuated']], []],
});

test('values stay equal after their strings are shared', () => {
  const first = shareStrings(deserialize(serialize(sample())));
  const second = shareStrings(deserialize(serialize(sample())));
  assert.deepEqual(first, sample());
  assert.deepEqual(second, sample());
});

test('data other than objects comes back unchanged', () => {
  assert.equal(shareStrings('person'), 'person');
  assert.equal(shareStrings(null), null);
  assert.equal(shareStrings(7), 7);
});

test('data too deep to walk is returned, equal to what it was', () => {
  let deep: unknown[] = ['bottom'];
  for (let i = 0; i < 200_000; i++) deep = [deep, 'level'];
  const out = shareStrings(deep);
  assert.equal(out, deep);
  assert.equal((out as unknown[])[1], 'level');
});

test('objects are rebuilt with the same keys in the same order, and shared objects stay shared', () => {
  const span = { start: 3, end: 9 };
  const sent = { article: { verbs: [span, { start: 12, end: 20 }], note: undefined, kind: 'news' }, claims: { local: [{ span, text: 'said' }] } };
  const got = shareStrings(deserialize(serialize(sent)));
  assert.deepEqual(got, sent);
  assert.deepEqual(Object.keys(got.article), ['verbs', 'note', 'kind']);
  assert.ok('note' in got.article);
  // The claim's span and the article's first verb were one object in the message, and still are.
  assert.equal(got.claims.local[0].span, got.article.verbs[0]);
});

test('objects with keys an object literal cannot spell as they are keep them all', () => {
  const sent = { words: { '4868': 1, accord: 2, to: 3 }, 'two words': { 'a-b': true }, inner: JSON.parse('{"__proto__": {"x": 1}, "y": 2}') };
  const got = shareStrings(deserialize(serialize(sent)));
  assert.deepEqual(got, sent);
  assert.deepEqual(Object.keys(got.words), ['4868', 'accord', 'to']);
  assert.deepEqual(Object.keys(got.inner), ['__proto__', 'y']);
  assert.equal(Object.getPrototypeOf(got.inner), Object.prototype);
});

test('values other than plain objects and arrays are left as they came', () => {
  const sent = { when: new Date(0), seen: new Map([['a', { start: 1, end: 2 }]]), set: new Set(['x']) };
  const got = shareStrings(deserialize(serialize(sent)));
  assert.deepEqual(got, sent);
  assert.ok(got.when instanceof Date);
});
