/**
 * Short strings of data received from an analysis thread are replaced by equal strings kept from
 * earlier messages: every value stays equal, long strings are left alone, and data that cannot
 * be walked is returned as it is.
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
