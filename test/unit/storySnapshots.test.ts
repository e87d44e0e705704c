import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, LineIndex, type Finding, type Story } from '../../server/src/analysis';
import { FIXTURES, storyNames, storyTexts } from '../support/fixtures';

/**
 * Readable snapshots of every story kept for tests (`test/fixtures/stories/`, copies of the
 * stories in `samples/`): its entities with the spellings each outlet uses,
 * then each finding on each article with the words it points at underlined (`^~~~`), its
 * message and its related locations. A change in what a reader would see fails the test;
 * `UPDATE_SNAPSHOTS=1 node --test out/test/unit/storySnapshots.test.js` rewrites the files
 * after the change has been checked by eye.
 */

const SNAPSHOTS = join(FIXTURES, 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const CONTEXT = 30;

function excerpt(text: string, f: { start: number; end: number }): string[] {
  // The finding's line, cut to a window around the span, with an underline below it.
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = text.indexOf('\n', f.start);
  if (lineEnd < 0) lineEnd = text.length;
  const from = Math.max(lineStart, f.start - CONTEXT);
  const to = Math.min(lineEnd, Math.max(f.end, f.start + 1) + CONTEXT);
  const lead = from > lineStart ? '…' : '';
  const tail = to < lineEnd ? '…' : '';
  const shown = `${lead}${text.slice(from, to)}${tail}`.replace(/\r/g, '');
  const offset = lead.length + (f.start - from);
  const width = Math.max(1, Math.min(f.end, to) - f.start);
  return [`    ${shown}`, `    ${' '.repeat(offset)}^${'~'.repeat(width - 1)}`];
}

function render(story: Story, name: string): string {
  const out: string[] = [`# Story ${name}: ${story.articles.length} sources`, ''];
  const rel = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  out.push('## Entities named by more than one source', '');
  for (const e of story.entities) {
    const mentions = story.mentionsOf(e.id);
    const byOutlet = new Map<string, Set<string>>();
    for (const m of mentions) {
      const outlet = rel(m.path);
      if (!byOutlet.has(outlet)) byOutlet.set(outlet, new Set());
      byOutlet.get(outlet)!.add(m.text);
    }
    if (byOutlet.size < 2) continue;
    out.push(`- ${e.name} (${e.kind}): ${[...byOutlet].map(([o, s]) => `${o}: ${[...s].join(' | ')}`).join('; ')}`);
  }
  out.push('');
  for (const article of story.articles) {
    const lines = new LineIndex(article.text);
    const findings = story.findings.filter((f: Finding) => f.path === article.path);
    out.push(`## ${rel(article.path)} (${article.outlet}): ${findings.length} findings`, '');
    for (const f of findings) {
      const pos = lines.positionAt(f.start);
      out.push(`${pos.line + 1}:${pos.character + 1} ${f.severity} [${f.rule}]`);
      out.push(...excerpt(article.text, f));
      out.push(`    ${f.message}`);
      for (const r of f.related) {
        const other = story.article(r.path);
        const p = other ? new LineIndex(other.text).positionAt(r.start) : { line: 0, character: 0 };
        out.push(`    related ${rel(r.path)}:${p.line + 1}:${p.character + 1} ${r.message}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const stories = storyNames();

test('there are stories to snapshot', () => {
  assert.ok(stories.length >= 2, 'test/fixtures/stories/ should hold the seed story and the fictional one');
});

for (const name of stories) {
  test(`story ${name} matches its snapshot`, () => {
    const corpus = new Corpus();
    for (const [file, text] of storyTexts(name)) corpus.setArticle(`stories/${name}/${file}`, text);
    const story = corpus.snapshot().stories()[0];
    assert.ok(story, 'the folder forms a story');
    const actual = render(story, name);
    const file = join(SNAPSHOTS, `${name}.snap.txt`);
    if (UPDATE || !existsSync(file)) {
      mkdirSync(SNAPSHOTS, { recursive: true });
      writeFileSync(file, actual);
      if (!UPDATE) assert.fail(`wrote a new snapshot ${file}; check it and run again`);
      return;
    }
    assert.equal(actual, readFileSync(file, 'utf8'), `snapshot ${name} differs; rerun with UPDATE_SNAPSHOTS=1 after checking the change`);
  });
}
