import { test } from 'node:test';
import assert from 'node:assert/strict';
import { place } from '../../../server/src/analysis/compare';
import type { Rule } from '../../../server/src/analysis/compare/rules/rule';

const rule: Rule = { id: 'quantity-differs', description: 'test', defaultSeverity: 'warning', enabledByDefault: true, check: () => [] };
const items = [
  { path: 'a.txt', outlet: 'a', span: { start: 0, end: 5 }, wording: 'three' },
  { path: 'b.txt', outlet: 'b', span: { start: 3, end: 7 }, wording: 'four' },
];

test('a draft that says why its passages are the same event carries the reason into the message and data.why', () => {
  const why = 'Same event: both report the fire on Elm Street.';
  const found = place(rule, 'warning', { items, message: 'The counts differ.', why });
  assert.equal(found.length, 2);
  for (const f of found) {
    assert.equal(f.message, `The counts differ. ${why}`);
    assert.equal(f.data?.why, why);
  }
});

test('a draft without a reason keeps its message as it is and has no data.why', () => {
  const found = place(rule, 'warning', { items, message: 'The counts differ.' });
  assert.equal(found[0].message, 'The counts differ.');
  assert.ok(!('why' in (found[0].data ?? {})));
});
