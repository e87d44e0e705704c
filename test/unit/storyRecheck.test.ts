/**
 * A story compared again after edits, reusing what it knew of the articles the edits left alone
 * (their words, their claims, the pairs of them already tested), must find exactly what a
 * comparison from scratch of the same texts finds: on invented and generated stories and on the
 * stories kept for tests (one of them real).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus, releaseClaims, type Article } from '../../server/src/analysis';
import { generateCorpus } from '../../scripts/bench/generate';
import { storyDir, storyNames } from '../support/fixtures';

type Texts = Map<string, string>;

function textsOf(dir: string, limit = 40): Texts {
  const texts: Texts = new Map();
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(txt|article)$/.test(name) || texts.size >= limit) continue;
    texts.set(`s/${name}`, readFileSync(join(dir, name), 'utf8'));
  }
  return texts;
}

/** What a comparison gives, as plain data. */
function outcome(corpus: Corpus, path: string): string {
  const story = corpus.snapshot().storyOf(path)!;
  return JSON.stringify({ findings: story.findings, problems: story.problems });
}

/**
 * The same texts compared by a corpus that never saw them, with nothing kept from earlier
 * comparisons: its articles are copies of those analysed (the analysis of a text is the same
 * every time), so no cache kept by article answers for them, and the groupings kept of these
 * paths are forgotten.
 */
function fresh(articles: readonly Article[]): string {
  const corpus = new Corpus();
  for (const a of articles) corpus.putArticle(structuredClone(a));
  const first = articles[0].path;
  releaseClaims(corpus.snapshot().storyOf(first)!.articles);
  return outcome(corpus, first);
}

/** One character of an article typed over: at `at`, or at the first digit of its body. */
interface Edit {
  path: string;
  at: number;
  char: string;
}

/** The offset of the `nth` digit of a text after its header, or -1. */
function nthDigit(text: string, nth: number): number {
  const body = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  let seen = 0;
  for (let i = Math.max(0, body); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && seen++ === nth) return i;
  }
  return -1;
}

/** The offset of the first letter of the first lower-case word of at least five letters right after a capitalised word, or -1. */
function wordAfterName(text: string): number {
  const m = /[A-Z][a-z]{3,} ([a-z]{5,})/.exec(text.slice(text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0));
  return m ? text.indexOf(m[0]) + m[0].indexOf(' ') + 2 : -1;
}

function typed(text: string, at: number, char: string): string {
  return text.slice(0, at) + char + text.slice(at + 1);
}

/**
 * Applies each edit in turn to a corpus that keeps its stories, and checks after each that the
 * story's findings and problems are those of a fresh comparison. The fresh comparisons run
 * after all edits, so that they forget nothing the edited corpus would have kept.
 */
function checkEdits(texts: Texts, edits: Edit[]): void {
  const corpus = new Corpus();
  for (const [path, text] of texts) corpus.setArticle(path, text);
  const first = [...texts.keys()][0];
  outcome(corpus, first);
  const states: Array<{ articles: Article[]; got: string }> = [];
  let now = new Map(texts);
  for (const e of edits) {
    now = new Map(now);
    now.set(e.path, typed(now.get(e.path)!, e.at, e.char));
    corpus.setArticle(e.path, now.get(e.path)!);
    const got = outcome(corpus, first);
    states.push({ articles: corpus.snapshot().storyOf(first)!.articles, got });
  }
  states.forEach((s, i) => assert.equal(s.got, fresh(s.articles), `after edit ${i + 1} (${edits[i].path} at ${edits[i].at})`));
}

/** Digits typed over and restored, in the first article and in others, and a word next to a name respelled and restored. */
function editsOf(texts: Texts): Edit[] {
  const paths = [...texts.keys()];
  const edits: Edit[] = [];
  const swap = (path: string, at: number) => {
    if (at < 0) return;
    const c = texts.get(path)![at];
    const other = /\d/.test(c) ? (c === '7' ? '8' : '7') : c === 'e' ? 'a' : 'e';
    // Typed over twice (as the bench types), then restored.
    edits.push({ path, at, char: other }, { path, at, char: c }, { path, at, char: other });
    edits.push({ path, at, char: c });
  };
  swap(paths[0], nthDigit(texts.get(paths[0])!, 0));
  swap(paths[Math.floor(paths.length / 2)], nthDigit(texts.get(paths[Math.floor(paths.length / 2)])!, 1));
  swap(paths[paths.length - 1], nthDigit(texts.get(paths[paths.length - 1])!, 0));
  swap(paths[1], wordAfterName(texts.get(paths[1])!));
  // Two articles edited one after the other, then both restored.
  const a = nthDigit(texts.get(paths[0])!, 0);
  const b = nthDigit(texts.get(paths[2])!, 0);
  if (a >= 0 && b >= 0) {
    edits.push({ path: paths[0], at: a, char: '7' }, { path: paths[2], at: b, char: '7' });
    edits.push({ path: paths[0], at: a, char: texts.get(paths[0])![a] }, { path: paths[2], at: b, char: texts.get(paths[2])![b] });
  }
  return edits;
}

// Invented articles of one story: a cost and a head count given differently, a name and a town
// spelled two ways (one a stray spelling next to a figure), a date given differently.
const INVENTED: Texts = new Map([
  ['s/a.txt', 'Harbour plan approved\n\nThe new harbour bridge will cost 80 million euros, Mayor Anna Berg said on Monday. Work starts in May.\nBerg said 40 workers from Velmora would be hired. The Harbour Workers Union backed the plan on Tuesday.\n'],
  ['s/b.txt', 'Council backs bridge\n\nThe new harbour bridge will cost 95 million euros, Mayor Anna Berg said on Monday. Work starts in May.\nBerg said 40 workers from Velmora would be hired. The Harbour Workers Union backed the plan on Tuesday.\n'],
  ['s/c.txt', 'Bridge gets green light\n\nThe new harbour bridge will cost 80 million euros, Mayor Ana Berg said on Monday. Work starts in June.\nBerg said 45 workers from Velmorra would be hired. The Harbour Workers Union backed the plan on Wednesday.\n'],
  ['s/d.txt', 'Bridge approved\n\nThe new harbour bridge will cost 80 million euros, Mayor Anna Berg said on Monday. Work starts in May.\nBerg said 40 workers from Velmora would be hired. The Harbour Workers Union backed the plan on Tuesday.\n'],
]);

test('an invented story compared again after edits finds what a fresh comparison finds', () => {
  const edits: Edit[] = [];
  const at = (path: string, s: string) => INVENTED.get(path)!.indexOf(s);
  // The head count next to the stray spelling, the cost, and a letter of the stray spelling's neighbour.
  for (const [path, s, c] of [['s/c.txt', '45 workers', '3'], ['s/b.txt', '95 million', '8'], ['s/a.txt', '40 workers', '4'], ['s/c.txt', 'from Velmorra', 'F']] as const) {
    edits.push({ path, at: at(path, s), char: c === '4' ? '5' : c }, { path, at: at(path, s), char: INVENTED.get(path)![at(path, s)] });
  }
  checkEdits(INVENTED, edits);
});

test('a generated story compared again after edits finds what a fresh comparison finds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-recheck-'));
  try {
    const [folder] = generateCorpus(dir, 12, { storySize: 12 });
    const texts = textsOf(folder);
    checkEdits(texts, editsOf(texts));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the stories kept for tests compared again after edits find what a fresh comparison finds', () => {
  for (const name of storyNames()) {
    const texts = textsOf(storyDir(name));
    if (texts.size >= 3) checkEdits(texts, editsOf(texts));
  }
});
