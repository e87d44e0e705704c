/**
 * Inputs that once cost far more than their size. Each is timed against ordinary news analysed
 * in the same process, per KB, so a loaded machine slows both sides alike; the bound is ten
 * times ordinary news, and the shapes that were super-linear exceeded it many times over.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { analyzeArticle, linkEntities, type Article } from '../../server/src/analysis';

const SENTENCES = [
  'Anna Adler, the foreign minister, said on Monday that the talks in Velmora would resume.',
  '"We will not give up," Boris Brandt told reporters outside the Ministry of Transport.',
  'Police said 12 people were hurt and three were arrested after the march on March 3, 2024.',
  'The Harbour Workers Union said about 300 members had walked out, costing $5 million a day.',
  'Critics argued that the process had been rushed and that key questions remained open.',
  'Clara Castillo, a spokesperson for the Red Cross, said aid would arrive by Friday.',
];

/** Ordinary news of about `size` characters: varied sentences in paragraphs. */
function ordinary(size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += SENTENCES[(i * 7) % SENTENCES.length] + (i % 4 === 3 ? '\n\n' : ' ');
  return out;
}

function msFor(text: string): { ms: number; article: Article } {
  const t0 = performance.now();
  const article = analyzeArticle(text, { path: 'story/outlet.txt' });
  return { ms: performance.now() - t0, article };
}

let perKb: number | null = null;
/** Milliseconds per KB of ordinary news on this machine, now: the best of three runs. */
function ordinaryMsPerKb(): number {
  if (perKb === null) {
    const text = ordinary(40_000);
    perKb = Math.min(...[0, 1, 2].map(() => msFor(text).ms)) / (text.length / 1024);
  }
  return perKb;
}

/**
 * Analyses `text` and fails when it costs more than ten times ordinary news of its size (plus a
 * quarter of a second for fixed costs). Returns the article for further checks.
 */
function assertCheap(text: string, what: string): Article {
  const { ms, article } = msFor(text);
  const limit = 10 * ordinaryMsPerKb() * (text.length / 1024) + 250;
  assert.ok(ms < limit, `${what}: ${Math.round(ms)} ms for ${Math.round(text.length / 1024)} KB, over ${Math.round(limit)} ms (ten times ordinary news)`);
  return article;
}

test('a quote holding a long run of spaces and tabs costs no more than ordinary news of its size', () => {
  const text = `Officials met on Monday.\n\n"We will ${' \t'.repeat(150_000)}see," Anna Adler said.\n\n${ordinary(2000)}`;
  const a = assertCheap(text, 'quote with a run of spaces');
  const q = a.quotes.find((x) => x.direct && x.text.startsWith('We will'));
  assert.ok(q, 'the quote is found');
  assert.equal(q.text.length, 'We will '.length + 300_000 + 'see,'.length);
});

test('a quote running over lines keeps its words joined by single spaces', () => {
  const a = analyzeArticle('"We will go on\n   \u201cand we will win," she said.', { path: 'story/outlet.txt' });
  assert.equal(a.quotes[0].text, 'We will go on and we will win,');
});

test('a front-matter line padded with a long run of spaces costs no more than ordinary news of its size', () => {
  const text = `---\ntitle: Talks resume${' '.repeat(300_000)}x\noutlet:   The Herald   \n---\n${ordinary(2000)}`;
  const a = assertCheap(text, 'header line with a run of spaces');
  assert.equal(a.header.outlet, 'The Herald');
  assert.equal(a.header.title, `Talks resume${' '.repeat(300_000)}x`);
});

test('a run of 12,000 titles and names gives every name, without an internal error, at the cost of ordinary news', () => {
  const titles = ['Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Sen.'];
  const surname = (i: number) => `B${i.toString(36).replace(/\d/g, (d) => 'aeiouyrlnm'[Number(d)])}ek`;
  const parts = ['Officials met on Monday.\n\n'];
  for (let i = 0; i < 12_000; i++) parts.push(`${titles[i % titles.length]} ${surname(i)} `);
  const text = parts.join('');
  const a = assertCheap(text, 'run of titles');
  assert.deepEqual(a.notes.filter((n) => /Internal error/.test(n)), []);
  const names = new Set(a.mentions.map((m) => m.text));
  for (const i of [0, 1, 5_000, 11_999]) assert.ok(names.has(surname(i)), `${surname(i)} is found`);
  assert.ok(a.mentions.length >= 12_000, `${a.mentions.length} names`);
});

test('one pull quote repeated 3,000 times: each repetition is quoted once, at the cost of ordinary news', () => {
  const pull = 'We never saw it coming, and we lost everything we had built over the years.';
  const text = Array.from({ length: 3_000 }, () => `${pull} Maria Lopez`).join('\n\n');
  const a = assertCheap(text, 'repeated pull quote');
  const quoted = a.quotes.filter((q) => q.text === pull);
  assert.equal(quoted.length, 3_000);
  assert.ok(quoted.every((q) => q.speaker?.text === 'Maria Lopez'));
});

/** An article that holds only the given person names, for linking. */
function namesArticle(path: string, names: string[]): Article {
  let at = 0;
  const mentions = names.map((text) => {
    const m = { start: at, end: at + text.length, text, kind: 'person' as const, key: text.toLowerCase() };
    at += text.length + 2;
    return m;
  });
  return { ...analyzeArticle('', { path }), mentions };
}

/** Milliseconds to link the names, the best of two runs. */
function linkMs(names: string[]): number {
  const article = namesArticle('story/outlet.txt', names);
  return Math.min(
    ...[0, 1].map(() => {
      const t0 = performance.now();
      linkEntities([article]);
      return performance.now() - t0;
    }),
  );
}

test('6,000 distinct names with the same initials link about as fast as names with varied initials, and as they did', () => {
  const syllables = ['ka', 'lo', 'mi', 'ran', 'te', 'vo', 'sel', 'dor', 'bi', 'nu', 'gar', 'pe', 'tis', 'wen', 'hal', 'zo', 'qua', 'fre', 'gus', 'jil'];
  const word = (i: number, length: number) => {
    let s = '';
    for (let n = i, k = 0; k < length; k++, n = Math.floor(n / syllables.length)) s += syllables[(n + k * 7) % syllables.length];
    return s;
  };
  const given = (i: number) => word(i % 60, 2);
  const family = (i: number) => word(i, 4);
  const cap = (letter: string, rest: string) => letter + rest;
  const same = Array.from({ length: 6_000 }, (_, i) => `${cap('A', given(i))} ${cap('B', family(i))}`);
  const letters = 'ABCDEFGHIJKLMNOPRSTVWZ';
  const varied = Array.from({ length: 6_000 }, (_, i) => `${cap(letters[i % letters.length], given(i))} ${cap(letters[Math.floor(i / letters.length) % letters.length], family(i))}`);
  const sameMs = linkMs(same);
  const variedMs = linkMs(varied);
  assert.ok(sameMs < 10 * variedMs + 100, `same initials: ${Math.round(sameMs)} ms; varied initials: ${Math.round(variedMs)} ms`);
  // Close spellings in two articles still join, and only they: one entity for the two
  // spellings of a name (one article naming both would name two people).
  const linking = linkEntities([namesArticle('story/a.txt', [...same.slice(0, 50), 'Akalo Bkalomiran']), namesArticle('story/b.txt', ['Akalo Bkalomiram'])]);
  const joined = linking.entities.filter((e) => e.variants.includes('Akalo Bkalomiran'));
  assert.equal(joined.length, 1);
  assert.ok(joined[0].variants.includes('Akalo Bkalomiram'), JSON.stringify(joined[0].variants));
});
