import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../server/src/analysis';
import type { GoldDoc } from '../../scripts/eval/gold';
import { scoreSpeakers } from '../../scripts/eval/evaluate';
import { loadSpeakers, speakerGroup } from '../../scripts/eval/speakers';
import { ROOT } from '../support/fixtures';

const DIR = join(ROOT, 'test', 'fixtures', 'speaker-set-sample');
const HARBOUR = readFileSync(join(DIR, 'harbour.txt'), 'utf8');
const GARDEN = readFileSync(join(DIR, 'garden.txt'), 'utf8');

function goldDoc(dataset: GoldDoc['dataset'], doc: string, file: string, text: string): GoldDoc {
  return {
    dataset,
    doc,
    folder: file.replace(/\/[^/]*$/, ''),
    file,
    text,
    date: null,
    tasks: { names: false, dates: false, quotes: false, coref: false },
    mentions: [],
    dates: [],
    quotes: [],
    corefs: [],
    scoredRanges: [{ start: 0, end: text.length }],
    ignore: { names: [], dates: [], quotes: [] },
  };
}

/** An article holding only the direct quotes given, each with the speaker words given (or none). */
function article(text: string, quotes: Array<[string, string | null]>): Article {
  return {
    text,
    mentions: [],
    quotes: quotes.map(([words, speaker]) => {
      const start = text.indexOf(words);
      assert.ok(start >= 0, words);
      const at = speaker ? text.indexOf(speaker) : -1;
      return {
        start,
        end: start + words.length,
        direct: true,
        speaker: speaker ? { start: at, end: at + speaker.length, text: speaker, mention: null } : null,
      };
    }),
  } as unknown as Article;
}

test('a folder of speaker-set files is read as one set: documents in two files keep the quotes of both, other files are skipped', () => {
  const set = loadSpeakers(DIR);
  assert.ok(set);
  assert.equal(set.source, DIR);
  assert.deepEqual(
    set.documents.map((d) => [d.doc, d.file, d.quotes.length]),
    [
      ['1_1ecb', 'materialised/ecbplus/1ecb/1_1ecb.txt', 5],
      ['GUM_fiction_garden', 'materialised/gum/GUM_fiction_garden/GUM_fiction_garden.txt', 2],
    ],
  );
  // The quoted words are kept, so the scorer can check the offsets against the article.
  const first = set.documents[0].quotes[0];
  assert.equal(first.text, HARBOUR.slice(first.start, first.end));
  assert.equal(loadSpeakers(join(DIR, 'a-news.json'))?.documents[0].quotes.length, 3);
  assert.equal(loadSpeakers(join(DIR, 'missing.json')), null);
  assert.equal(loadSpeakers(join(DIR, 'notes.txt')), null);
});

test('each document of the set is reported with its corpus or GUM genre', () => {
  assert.equal(speakerGroup('1_1ecb', 'materialised/ecbplus/1ecb/1_1ecb.txt'), 'ECB+');
  assert.equal(speakerGroup('12_3ecbplus', null), 'ECB+');
  assert.equal(speakerGroup('GUM_fiction_garden', 'materialised/gum/GUM_fiction_garden/GUM_fiction_garden.txt'), 'GUM fiction');
  assert.equal(speakerGroup('GUM_interview_ants', null), 'GUM interview');
  assert.equal(speakerGroup('GUM_news_afghan', null), 'GUM news');
  assert.equal(speakerGroup('003_x', 'seeds/003_x.txt'), 'seed');
  assert.equal(speakerGroup('notes', 'elsewhere/notes.txt'), 'other');
});

test('speakers are counted per part of the set: right, wrong, none given, not found, and a speaker given where the text names none', () => {
  const set = loadSpeakers(DIR)!;
  const docs = [
    goldDoc('ecbplus', '1_1ecb', 'ecbplus/1ecb/1_1ecb.txt', HARBOUR),
    // ESC holds the same document name at another path: the set's file decides.
    goldDoc('esc', '1_1ecb', 'esc/1ecb/1_1ecb.txt', `date 2020-01-01 ${HARBOUR}`),
    goldDoc('gum', 'GUM_fiction_garden', 'gum/GUM_fiction_garden/GUM_fiction_garden.txt', GARDEN),
  ];
  const articles = new Map<string, Article>([
    // "Go home!" is not found; the second quote gets no speaker; the sign is given one.
    [docs[0].file, article(HARBOUR, [['"No ship leaves tonight,"', 'Ruiz'], ['"The storm is too strong,"', null], ['"Closed until further notice."', 'Ruiz']])],
    [docs[1].file, article(docs[1].text, [])],
    [docs[2].file, article(GARDEN, [['"It needs paint,"', 'Aunt Polly'], ['"Then paint it,"', 'Aunt Polly']])],
  ]);
  const r = scoreSpeakers(docs, articles, set);
  const by = new Map(r.groups.map((g) => [g.group, g]));
  assert.deepEqual(
    r.groups.map((g) => g.group),
    ['ECB+', 'GUM fiction', 'all'],
  );
  const ecb = by.get('ECB+')!;
  // The quote whose words do not match the article at its offsets is left out, not scored.
  assert.equal(ecb.quotes, 4);
  assert.deepEqual(ecb.named, { total: 3, right: 1, wrong: 0, none: 1, missed: 1 });
  assert.deepEqual(ecb.unnamed, { total: 1, none: 0, given: 1, missed: 0 });
  assert.deepEqual([ecb.accuracy.correct, ecb.accuracy.total], [1, 4]);
  assert.deepEqual([ecb.namedAccuracy.correct, ecb.namedAccuracy.total], [1, 3]);
  const fiction = by.get('GUM fiction')!;
  assert.deepEqual(fiction.named, { total: 2, right: 1, wrong: 1, none: 0, missed: 0 });
  const all = by.get('all')!;
  assert.deepEqual([all.docs, all.quotes, all.accuracy.correct], [2, 6, 2]);
  assert.deepEqual([r.accuracy.correct, r.accuracy.total], [2, 6]);
  // Over the quotes found, the one not found is left out.
  assert.deepEqual([r.ofFound.correct, r.ofFound.total], [2, 5]);
  assert.match(r.note, /1 whose words no longer match/);
  assert.equal(r.errors.length, 4, r.errors.join('\n'));
});

test('every quote of the speaker set is well formed: a span with its words, a named speaker or null, an article below the corpus folder', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'speakers');
  const set = loadSpeakers(dir);
  assert.ok(set);
  let quotes = 0;
  const parts = new Set<string>();
  for (const d of set.documents) {
    assert.ok(d.file && /^(materialised\/(ecbplus|gum)|seeds)\//.test(d.file), `${d.doc}: ${d.file}`);
    parts.add(speakerGroup(d.doc, d.file));
    const seen = new Set<number>();
    for (const q of d.quotes) {
      quotes++;
      assert.ok(q.start >= 0 && q.end > q.start, `${d.doc}: ${q.start}-${q.end}`);
      assert.ok(!seen.has(q.start), `${d.doc}: two quotes start at ${q.start}`);
      seen.add(q.start);
      assert.ok(q.speaker === null || q.speaker.trim().length > 0);
      // The whole words are given except in the older file, whose reminders end in an ellipsis.
      if (q.text !== undefined && !q.text.endsWith('…')) assert.equal(q.text.length, q.end - q.start, `${d.doc}: ${q.text.slice(0, 40)}`);
    }
  }
  assert.ok(quotes >= 400, `${quotes} quotes`);
  for (const part of ['ECB+', 'GUM news', 'GUM interview', 'GUM fiction']) assert.ok(parts.has(part), part);
});
