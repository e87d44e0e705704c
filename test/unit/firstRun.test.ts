/**
 * The first-run decision: which text files look like news articles, whether the editor already
 * reads them as articles (`files.associations`), which patterns the offer adds, and that it is
 * made once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { associationMatches, associationPlan, looksLikeArticle, shouldOffer, withPatterns, type TextFile } from '../../client/src/articleLike';
import { FIXTURES } from '../support/fixtures';

const PROSE =
  'The city council of Velmora on Thursday approved the construction of a new harbour bridge, ending a dispute that had stalled the project since last summer.\n' +
  'Council member Ilse Brandt, who voted against the plan, said the city had not consulted fishermen whose moorings will be moved to the north quay.\n';

test('a text with a header Triangulate reads is an article', () => {
  assert.ok(looksLikeArticle(readFileSync(join(FIXTURES, 'stories', 'harbour-bridge', 'coastal-herald.txt'), 'utf8')));
  assert.ok(looksLikeArticle('date 2025-03-14 The council voted.'));
  assert.ok(looksLikeArticle('\uFEFF---\noutlet: Wire\n---\nShort.'));
  // A block with no field Triangulate reads is no header.
  assert.ok(!looksLikeArticle('---\nlayout: post\n---\nShort.'));
});

test('prose paragraphs with a dateline or a date at the top are an article; without one, or without prose, they are not', () => {
  assert.ok(looksLikeArticle(`VELMORA (North Sea Wire) — ${PROSE}`));
  assert.ok(looksLikeArticle(`LONDON, March 16 - ${PROSE}`));
  assert.ok(looksLikeArticle(`Published 16 March 2025\n\n${PROSE}`));
  assert.ok(looksLikeArticle(`2025-03-16\n${PROSE}`));
  assert.ok(!looksLikeArticle(PROSE), 'prose without a date');
  assert.ok(!looksLikeArticle(`March 16\n${PROSE.split('\n')[0]}`), 'one paragraph only');
  assert.ok(!looksLikeArticle('requests==2.31.0\nnumpy==1.26.4\nMarch 16 2025\n'), 'a list, not prose');
  assert.ok(!looksLikeArticle('TODO - fix the build\n- update the docs before March 16\n'));
});

test('associations as VS Code matches them: a name pattern against the file name, a pattern with a folder against the path', () => {
  assert.ok(associationMatches('*.txt', '/ws/news/a.txt'));
  assert.ok(associationMatches('**/news/*.txt', '/ws/news/a.txt'));
  assert.ok(!associationMatches('**/news/*.txt', '/ws/news/old/a.txt'));
  assert.ok(associationMatches('news/**/*.txt', '/ws/news/old/a.txt'));
  assert.ok(associationMatches('*.{txt,md}', '/ws/a.md'));
  assert.ok(!associationMatches('*.text', '/ws/a.txt'));
});

function file(path: string, head: string): TextFile {
  return { path, root: '/ws', head };
}

test('the plan: the article files not yet associated, one pattern per folder, *.txt alone when the workspace folder holds some', () => {
  const article = `VELMORA — ${PROSE}`;
  const files = [file('/ws/stories/bridge/wire.txt', article), file('/ws/stories/bridge/daily.txt', article), file('/ws/stories/port/herald.txt', article), file('/ws/requirements.txt', 'numpy==1.26\n')];
  assert.deepEqual(associationPlan(files, {}), {
    articles: ['/ws/stories/bridge/wire.txt', '/ws/stories/bridge/daily.txt', '/ws/stories/port/herald.txt'],
    patterns: ['**/stories/bridge/*.txt', '**/stories/port/*.txt'],
  });
  // Already read as articles: nothing to offer; mapped to another language: still offered.
  assert.deepEqual(associationPlan(files, { '**/stories/bridge/*.txt': 'article', '**/stories/port/*.txt': 'article' }).articles, []);
  assert.deepEqual(associationPlan(files, { '*.txt': 'plaintext' }).articles.length, 3);
  assert.deepEqual(associationPlan([...files, file('/ws/notes.txt', article)], {}).patterns, ['*.txt']);
  // On demand with no article among them, every text file is taken.
  assert.deepEqual(associationPlan([file('/ws/a/b.txt', 'short')], {}, true).patterns, ['**/a/*.txt']);
});

test('the offer is made once, and only when there is something to offer; accepting keeps the associations already there', () => {
  const plan = { articles: ['/ws/a.txt'], patterns: ['*.txt'] };
  assert.equal(shouldOffer(false, plan), true);
  assert.equal(shouldOffer(true, plan), false);
  assert.equal(shouldOffer(false, { articles: [], patterns: [] }), false);
  assert.deepEqual(withPatterns({ '*.log': 'log' }, ['**/news/*.txt']), { '*.log': 'log', '**/news/*.txt': 'article' });
});
