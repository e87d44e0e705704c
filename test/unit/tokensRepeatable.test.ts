import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis';
import { ROOT } from '../support/fixtures';

// Two reports of one hearing. The first writes "L.A" without its last full stop, which the
// tagger used to remember as a word of its own and then split "L.A. Superior Court" in the
// second differently, so the court was no longer found.
const EARLIER = [
  'date 2024-05-02 Actress skips rehab',
  'The actress fooled an L.A Superior Court judge and her own lawyer by pretending to check into a clinic, then leaving when she got there.',
].join('\n');
const TARGET = [
  'date 2024-05-03 Lawyer asks for more time',
  'Her lawyer Mark Delaney told L.A. Superior Court Judge Ruth Okafor that she had checked into a clinic, but prosecutors have not approved it.',
  'The judge set a hearing for next week.',
].join('\n');

test('an article is analysed the same whatever was analysed before it in the process', () => {
  // In a process of its own, the article is the first thing the tagger reads.
  const script = `const A = require(${JSON.stringify(join(ROOT, 'out', 'analysis.js'))});
process.stdout.write(JSON.stringify(A.analyzeArticle(${JSON.stringify(TARGET)}, { path: 't' })));`;
  const alone = JSON.parse(execFileSync(process.execPath, ['-e', script]).toString());
  // Here, after another report of the same event, as a check of the folder reads them.
  analyzeArticle(EARLIER, { path: 'earlier.txt' });
  const after = analyzeArticle(TARGET, { path: 't' });
  assert.deepEqual(after, alone);
  assert.ok(after.mentions.some((m) => m.text === 'L.A. Superior Court'), after.mentions.map((m) => m.text).join(', '));
});
