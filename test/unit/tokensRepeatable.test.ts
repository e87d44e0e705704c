import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis';

const ROOT = join(__dirname, '..', '..', '..');
const STORY = join(ROOT, '..', 'shared', 'corpus', 'materialised', 'ecbplus', '1ecbplus');
const TARGET = '1_18ecbplus.txt';

test('an article is analysed the same whatever was analysed before it in the process', () => {
  // In a process of its own, the article is the first thing the tagger reads.
  const script = `const A = require(${JSON.stringify(join(ROOT, 'out', 'analysis.js'))});
process.stdout.write(JSON.stringify(A.analyzeArticle(require('fs').readFileSync(${JSON.stringify(join(STORY, TARGET))}, 'utf8'), { path: 't' })));`;
  const alone = JSON.parse(execFileSync(process.execPath, ['-e', script]).toString());
  // Here, after the other reports of the same event that sort before it, as a check of the
  // folder reads them. One of them ends a sentence with "flew to L.A.", which the tagger used to
  // remember as a word of its own and then split "L.A. Superior Court" differently.
  for (const f of readdirSync(STORY).sort()) {
    if (f.endsWith('.txt') && f < TARGET) analyzeArticle(readFileSync(join(STORY, f), 'utf8'), { path: f });
  }
  const after = analyzeArticle(readFileSync(join(STORY, TARGET), 'utf8'), { path: 't' });
  assert.deepEqual(after, alone);
  assert.ok(after.mentions.some((m) => m.text === 'L.A. Superior Court'));
});
