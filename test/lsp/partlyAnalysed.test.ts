/**
 * An article analysed only in part (an extractor failed on it, or its text is over the length
 * limit) carries a warning that says so, so that missing findings are never read as agreement.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/analysis';
import { articleDiagnostics, PARTLY_ANALYSED } from '../../server/src/lsp/handlers/diagnostics';

const TEXT = 'Harbour fire\r\n\r\nFire crews said on Monday that 40 people were evacuated from the quay.\r\n';

function diagnosticsOf(maxLength?: number) {
  const corpus = new Corpus({ maxLength });
  corpus.setArticle('/s/a.txt', TEXT);
  const snapshot = corpus.snapshot();
  const article = snapshot.article('/s/a.txt')!;
  return { article, diagnostics: articleDiagnostics(snapshot, snapshot.stories()[0], article, (k) => `file://${k}`, true) };
}

test('an article read in full carries no such warning', () => {
  const { diagnostics } = diagnosticsOf();
  assert.ok(!diagnostics.some((d) => d.code === PARTLY_ANALYSED));
});

test('an article over the length limit is flagged on its first line, with the reason', () => {
  const { diagnostics } = diagnosticsOf(20);
  const notes = diagnostics.filter((d) => d.code === PARTLY_ANALYSED);
  assert.equal(notes.length, 1);
  assert.equal(notes[0].severity, 2);
  assert.deepEqual(notes[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 'Harbour fire'.length } });
  assert.match(notes[0].message, /only in part: The article is \d+ characters long, over the limit of 20/);
});

test('an internal error of one extractor is shown, not dropped', () => {
  const { article, diagnostics } = diagnosticsOf();
  assert.equal(diagnostics.filter((d) => d.code === PARTLY_ANALYSED).length, 0);
  article.notes.push('Internal error while finding dates: boom');
  const corpus = new Corpus();
  corpus.setArticle('/s/a.txt', TEXT);
  const snapshot = corpus.snapshot();
  const again = articleDiagnostics(snapshot, undefined, article, (k) => `file://${k}`, true);
  const notes = again.filter((d) => d.code === PARTLY_ANALYSED);
  assert.equal(notes.length, 1);
  assert.match(notes[0].message, /Internal error while finding dates: boom/);
});
