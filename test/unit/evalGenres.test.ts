import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GoldDoc, GoldMention } from '../../scripts/eval/gold';
import { analyseAll, scoreNames, type EvalReport } from '../../scripts/eval/evaluate';
import { byGenre, gumGenre, isOtherGenre, scoreGenres } from '../../scripts/eval/genres';
import { HISTORY_HEAD, formatText, headlines, updateQualityDoc } from '../../scripts/eval/report';

/** A GUM-shaped gold document with names and quotes given by their words. */
function doc(name: string, text: string, names: Array<[string, GoldMention['kind']]>, quotes: string[] = [], dataset: GoldDoc['dataset'] = 'gum'): GoldDoc {
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  return {
    dataset,
    doc: name,
    folder: `${dataset}/${name}`,
    file: `${dataset}/${name}/${name}.txt`,
    text,
    date: null,
    tasks: { names: true, dates: false, quotes: dataset === 'gum', coref: false },
    mentions: names.map(([words, kind]) => ({ ...at(words), text: words, kind })),
    dates: [],
    quotes: quotes.map((q) => ({ ...at(q), text: q, speaker: null })),
    corefs: [],
    scoredRanges: [{ start: 0, end: text.length }],
    ignore: { names: [], dates: [], quotes: [] },
  };
}

const docs = [
  doc('GUM_news_port', 'Anna Kovacs told reporters in Rotterdam: "We will not sign this deal." The port stayed shut.', [['Anna Kovacs', 'person'], ['Rotterdam', 'place']], ['"We will not sign this deal."']),
  doc('GUM_voyage_lakes', 'The ferry from Oulu crosses the lake twice a day. Ask Mikko Laine at the pier.', [['Oulu', 'place'], ['Mikko Laine', 'person']]),
  doc('GUM_voyage_coast', 'Fishing boats leave Tromso at dawn, and the Polar Museum opens at ten.', [['Tromso', 'place'], ['Polar Museum', 'organization']]),
  doc('GUM_bio_weaver', 'Greta Holm was born in Malmo. "I wove every day," she wrote later.', [['Greta Holm', 'person'], ['Malmo', 'place']], ['"I wove every day,"']),
  doc('3_1ecbplus', 'Peter Lindqvist resigned from Volvo on Tuesday.', [['Peter Lindqvist', 'person'], ['Volvo', 'organization']], [], 'ecbplus'),
];

test('a GUM document takes its genre from the second part of its name', () => {
  assert.equal(gumGenre('GUM_voyage_tulsa'), 'voyage');
  assert.equal(gumGenre('GUM_bio_theodorus'), 'bio');
  assert.equal(gumGenre('GUM_news_afghan'), 'news');
  assert.equal(gumGenre('1_10ecb'), null);
  assert.equal(gumGenre('GUM_'), null);
  // Genres in alphabetical order, news among them; documents of other datasets are left out.
  const groups = byGenre(docs);
  assert.deepEqual([...groups.keys()], ['bio', 'news', 'voyage']);
  assert.deepEqual(groups.get('voyage')!.map((d) => d.doc), ['GUM_voyage_lakes', 'GUM_voyage_coast']);
  assert.deepEqual(docs.map(isOtherGenre), [false, true, true, true, false]);
});

test('the other genres are pooled apart from news, with one row per genre and its counts', () => {
  const { articles } = analyseAll(docs);
  const g = scoreGenres(docs, articles)!;
  assert.deepEqual(g.genres, ['bio', 'voyage']);
  assert.equal(g.docs, 3);
  // Six gold names in the three other-genre documents; the news article's two are not among them.
  assert.equal(g.names!.docs, 3);
  assert.equal(g.names!.overlap.tp + g.names!.overlap.fn, 6);
  assert.deepEqual(g.rows.map((r) => [r.genre, r.docs, r.names!.tp + r.names!.fn, r.quoteDocs]), [
    ['bio', 1, 2, 1],
    ['news', 1, 2, 1],
    ['voyage', 2, 4, 0],
  ]);
  // No gold quote in the voyage documents: no span score, rather than a score of 0.
  assert.equal(g.rows[2].quotes, null);
  // Quote spans pool the other genres only: the biography's one quote.
  assert.equal(g.quotes!.docs, 1);
  assert.equal(g.quotes!.exact.tp + g.quotes!.exact.fn, 1);
  assert.equal(g.dates, null);
  // Without any other genre there is nothing to report apart.
  assert.equal(scoreGenres(docs.filter((d) => !isOtherGenre(d)), articles), null);
});

test('the quality document shows the genres apart and a history row written before them still reads', () => {
  const { articles } = analyseAll(docs);
  const news = docs.filter((d) => d.doc.startsWith('GUM_news'));
  const report: EvalReport = {
    date: '2026-12-01',
    commit: 'abc1234',
    corpus: 'corpus',
    source: 'materialised',
    documents: docs.length,
    seconds: 1,
    names: { gum: scoreNames(news, articles) },
    dates: {},
    quotes: null,
    linking: null,
    genres: scoreGenres(docs, articles),
  };
  const hs = headlines(report);
  const names = hs.find((h) => h.id === 'names-gum')!;
  assert.equal(names.label, 'Names, GUM news: typed F1 (overlap)');
  assert.equal(names.value, report.names.gum!.overlap.f1);
  const other = hs.find((h) => h.id === 'names-gum-other')!;
  assert.equal(other.target, null);
  assert.equal(other.value, report.genres!.names!.overlap.f1);
  // Kinds of names carry the targets set on news the project was not tuned on.
  const place = hs.find((h) => h.id === 'place-gum')!;
  assert.equal(place.value, report.names.gum!.perKind.place.f1);
  assert.equal(place.target, 0.85);
  assert.equal(hs.find((h) => h.id === 'org-ecb')!.value, null, 'no ECB+ measured, no figure');
  assert.equal(names.target, 0.87);
  // The figures of before keep their columns; the new ones come after them.
  assert.deepEqual(hs.slice(0, 4).map((h) => h.id), ['names-gum', 'names-ecb', 'date-value', 'quote-span']);

  const oldRow = '| 2026-11-24 | `8cb328f` | materialised | 1.000 | 0.809 | 0.928 | 0.973 | 0.966 | 0.876 | an older run |';
  const existing = `# Measured accuracy\n\nHand-written notes.\n\n<!-- eval:latest:start -->\nold\n<!-- eval:latest:end -->\n\n<!-- eval:history:start -->\n| date | commit | gold | names GUM | names ECB+ | date value | quote span | speaker | link B³ | note |\n|---|---|---|---:|---:|---:|---:|---:|---:|---|\n${oldRow}\n<!-- eval:history:end -->\n`;
  const { text, dropped } = updateQualityDoc(existing, report, 'genres apart');
  assert.ok(text.includes('Hand-written notes.'));
  assert.ok(text.includes(oldRow), 'the older row is kept as written');
  // The older row is read column by column (this report measures neither ECB+ nor dates, so
  // those figures fell), and its note, standing where the other genres' columns now are, is not
  // taken for a number.
  assert.ok(dropped.includes('names-ecb 0.809 → —'), dropped.join('; '));
  assert.ok(dropped.includes('date-value 0.928 → —'), dropped.join('; '));
  assert.ok(!dropped.some((d) => d.includes('other')), dropped.join('; '));
  const history = text.slice(text.indexOf('<!-- eval:history:start -->'), text.indexOf('<!-- eval:history:end -->')).split('\n');
  const head = HISTORY_HEAD.split('\n')[0];
  const newRow = history.find((l) => l.startsWith('| 2026-12-01'))!;
  assert.equal(newRow.split('|').length, head.split('|').length);
  assert.ok(history.includes(head));
  // The latest block names both parts and the per-genre table, one row per genre.
  assert.ok(text.includes('### Names, GUM news (1 documents)'));
  assert.ok(text.includes('### Names, GUM other genres (bio, voyage) (3 documents)'));
  assert.ok(text.includes('| Names, GUM other genres: typed F1 (overlap) |'));
  assert.ok(text.includes('| — | measured, no target yet |'));
  assert.match(text, /\| voyage \| 2 \| [0-9.]+ \| 4 \| — \| — \| — \| — \|/);
  const terminal = formatText(report);
  assert.ok(terminal.includes('GUM by genre'));
  assert.match(terminal, /\n {2}bio +1 /);
});
