/**
 * How long one act lasted ("deliberated for nine hours" / "after 11 hours of deliberations"),
 * compared as information when each article gives one length for the act.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFindings } from '../support/story';
import { analyzeArticle } from '../../server/src/analysis';
import { extractActLengths } from '../../server/src/analysis/compare/alignActDurations';

const lengthsOf = (body: string) => extractActLengths(analyzeArticle(`date 2026-06-10\n${body}`, { path: 'a.txt' })).map((v) => `${v.key} ${v.hedge ?? ''} ${v.value}`.replace(/ +/g, ' '));
const lengths = (files: Record<string, string>) => storyFindings(files, { rule: 'quantity-differs', date: '2026-06-10', message: /lasted/ });

test('a length in minutes or hours is read with the act it belongs to, in four wordings', () => {
  // A verb with its object between it and the length is not read.
  assert.deepEqual(lengthsOf('The panel questioned the witness for three hours on Monday.'), []);
  assert.deepEqual(lengthsOf('The council debated for three hours on Monday.'), ['debat 180']);
  assert.deepEqual(lengthsOf('The vote came after 40 minutes of questioning.'), ['question 40']);
  assert.deepEqual(lengthsOf('Police ended a six-hour siege at the farm.'), ['sieg 360']);
  assert.deepEqual(lengthsOf('A siege that lasted about six hours ended at dawn.'), ['sieg about 360']);
  // Days are left out (a story over days updates them), and so are hours of a thing that is no act.
  assert.deepEqual(lengthsOf('The council debated for three days.'), []);
  assert.deepEqual(lengthsOf('Police watched 40 hours of footage.'), []);
});

test('one act given two lengths by two outlets is information; lengths within their hedges, or an act dated weeks earlier, give none', () => {
  const found = lengths({
    'a.txt': 'The jury at Marlow Crown Court deliberated for six hours before convicting Tom Reyes on Tuesday.',
    'b.txt': 'Tom Reyes was convicted at Marlow Crown Court on Tuesday after eight hours of deliberations.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.equal(found[0].severity, 'information');
  assert.deepEqual(lengths({
    'a.txt': 'The jury at Marlow Crown Court deliberated for about seven hours before convicting Tom Reyes on Tuesday.',
    'b.txt': 'Tom Reyes was convicted at Marlow Crown Court on Tuesday after more than six hours of deliberations.',
  }), []);
  assert.deepEqual(lengths({
    'a.txt': 'Tom Reyes was sentenced on Tuesday. The jury had convicted him on April 2 after six hours of deliberation.',
    'b.txt': 'Tom Reyes was sentenced on Tuesday after the jury spent eight hours of deliberation on the penalty.',
  }), []);
});
