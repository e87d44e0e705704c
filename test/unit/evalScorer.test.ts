import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSpans, prf, scoreClusters, accuracy } from '../../scripts/eval/score';
import { joinTokens, tokenRangeSpan, alignTokens } from '../../scripts/eval/detok';
import { quoteContent, quotePieces, type GoldDoc } from '../../scripts/eval/gold';
import { analyseAll, scoreQuotes, speakerNames } from '../../scripts/eval/evaluate';
import { capitalisationContext, headedName, nameSpan } from '../../scripts/eval/raw';
import { parseSpeakers, sameSpeaker } from '../../scripts/eval/speakers';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

test('precision, recall and F1 follow from the counts, and empty sides give 0, not NaN', () => {
  const s = prf({ tp: 3, fp: 1, fn: 2 });
  close(s.precision, 0.75);
  close(s.recall, 0.6);
  close(s.f1, (2 * 0.75 * 0.6) / 1.35);
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  assert.equal(accuracy(0, 0).accuracy, 0);
  close(accuracy(3, 4).accuracy, 0.75);
});

test('exact matching needs identical offsets; overlap matching accepts a shared character', () => {
  // "Police Inspector Dave Gaskin": gold is the name without the titles.
  const gold = [{ start: 17, end: 28, kind: 'person' }];
  const pred = [{ start: 7, end: 28, kind: 'person' }];
  const exact = matchSpans(gold, pred, { mode: 'exact', typed: true });
  assert.deepEqual([exact.tp, exact.fp, exact.fn], [0, 1, 1]);
  const overlap = matchSpans(gold, pred, { mode: 'overlap', typed: true });
  assert.deepEqual([overlap.tp, overlap.fp, overlap.fn], [1, 0, 0]);
});

test('typed matching counts a name with the wrong kind as one miss and one false alarm', () => {
  const gold = [{ start: 0, end: 6, kind: 'place' }];
  const pred = [{ start: 0, end: 6, kind: 'person' }];
  const typed = matchSpans(gold, pred, { mode: 'overlap', typed: true });
  assert.deepEqual([typed.tp, typed.fp, typed.fn], [0, 1, 1]);
  const untyped = matchSpans(gold, pred, { mode: 'overlap', typed: false });
  assert.deepEqual([untyped.tp, untyped.fp, untyped.fn], [1, 0, 0]);
});

test('one long prediction cannot match two gold names, and the larger overlap wins', () => {
  const gold = [
    { start: 0, end: 5, kind: 'place' },
    { start: 6, end: 20, kind: 'place' },
  ];
  const pred = [{ start: 0, end: 20, kind: 'place' }];
  const r = matchSpans(gold, pred, { mode: 'overlap', typed: true });
  assert.equal(r.tp, 1);
  assert.equal(r.fn, 1);
  assert.deepEqual(r.pairs[0].gold, gold[1]);
});

test('outside scored ranges nothing counts; inside ignore regions a stray prediction is excused', () => {
  const gold = [
    { start: 0, end: 4, kind: 'person' },
    { start: 100, end: 104, kind: 'person' },
  ];
  const pred = [
    { start: 0, end: 4, kind: 'person' },
    { start: 50, end: 53, kind: 'organization' },
    { start: 60, end: 65, kind: 'person' },
    { start: 200, end: 210, kind: 'place' },
  ];
  const r = matchSpans(gold, pred, { mode: 'exact', typed: true, scored: [{ start: 0, end: 80 }], ignore: [{ start: 48, end: 55 }] });
  // The gold name at 100 and the prediction at 200 lie outside the scored range; the one at 50
  // lies inside an ignored (non-name) mention; only the one at 60 is a false positive.
  assert.deepEqual([r.tp, r.fp, r.fn], [1, 1, 0]);
  assert.equal(r.spurious[0].start, 60);
  // In exact mode a prediction only partly inside an ignored region still counts as wrong.
  const partial = matchSpans([], [{ start: 45, end: 52 }], { mode: 'exact', typed: false, ignore: [{ start: 48, end: 55 }] });
  assert.equal(partial.fp, 1);
  const lenient = matchSpans([], [{ start: 45, end: 52 }], { mode: 'overlap', typed: false, ignore: [{ start: 48, end: 55 }] });
  assert.equal(lenient.fp, 0);
});

test('B³ and pairwise scores on a toy clustering', () => {
  // Gold: {a,b,c} {d}. Predicted: {a,b} {c,d}.
  const gold = ['X', 'X', 'X', 'Y'];
  const pred = ['1', '1', '2', '2'];
  const s = scoreClusters(gold, pred);
  // Precision per item: a 2/2, b 2/2, c 1/2, d 1/2 → 0.75. Recall: a 2/3, b 2/3, c 1/3, d 1/1 → 2/3.
  close(s.b3.precision, 0.75);
  close(s.b3.recall, 2 / 3);
  close(s.b3.f1, (2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
  // Pairs: gold ab ac bc; predicted ab cd → tp 1 (ab), fp 1 (cd), fn 2 (ac, bc).
  assert.deepEqual([s.pairwise.tp, s.pairwise.fp, s.pairwise.fn], [1, 1, 2]);
  // Only pairs across documents: a,b in document 0; c,d in document 1.
  const doc = [0, 0, 1, 1];
  const cross = scoreClusters(gold, pred, (i, j) => doc[i] !== doc[j]);
  assert.deepEqual([cross.pairwise.tp, cross.pairwise.fp, cross.pairwise.fn], [0, 0, 2]);
  // A perfect clustering scores 1 everywhere.
  const perfect = scoreClusters(gold, ['p', 'p', 'p', 'q']);
  assert.equal(perfect.b3.f1, 1);
  assert.equal(perfect.pairwise.f1, 1);
});

test('tokens are joined with English spacing and gold token ranges map to character offsets', () => {
  const tokens = ['``', 'We', 'appreciate', 'it', ',', "''", 'the', 'actress', "'s", 'rep', 'Jack', 'Ketsoyan', 'said', 'at', '7', ':', '35', ',', 'a', 'left', '-', 'hander', 'paid', '$', '27', '.', '5', 'million', '.'];
  const j = joinTokens(tokens);
  assert.equal(j.text, '“We appreciate it,” the actress\'s rep Jack Ketsoyan said at 7:35, a left-hander paid $27.5 million.');
  // "Jack Ketsoyan" is tokens 10–11.
  const name = tokenRangeSpan(j, 10, 11);
  assert.equal(j.text.slice(name.start, name.end), 'Jack Ketsoyan');
  const money = tokenRangeSpan(j, 23, 27);
  assert.equal(j.text.slice(money.start, money.end), '$27.5 million');
  // Every token's span holds the token as displayed.
  j.offsets.forEach((o, i) => assert.ok(j.text.slice(o.start, o.end) === tokens[i] || ['``', "''"].includes(tokens[i])));
});

test('straight double quotes open and close within a sentence', () => {
  const j = joinTokens(['"', 'No', ',', '"', 'he', 'said', '.']);
  assert.equal(j.text, '"No," he said.');
});

test('split contractions, initials, thousands, dashes and slashes close up as in print', () => {
  const j = joinTokens(['I', 'can', '’', 't', 'say', 'the', 'U', '.', 'S', '.', 'paid', '100', ',', '000', 'at', '9', 'a', '.', 'm', '.', '-', '-', 'and', '/', 'or', 'J', '.', 'Smith', 'didn', '’', 't', '.']);
  assert.equal(j.text, 'I can’t say the U.S. paid 100,000 at 9 a.m.--and/or J. Smith didn’t.');
  // A year after a day keeps its space; a hyphen at either end of the sentence stands apart.
  assert.equal(joinTokens(['December', '11', ',', '2008', '-']).text, 'December 11, 2008 -');
  assert.equal(joinTokens(['-', 'CUMBRIA', 'POLICE']).text, '- CUMBRIA POLICE');
  // Tokens map to their characters even after the closing up.
  const us = tokenRangeSpan(j, 6, 9);
  assert.equal(j.text.slice(us.start, us.end), 'U.S.');
});

test('a straight single quote is a possessive after "s", and otherwise opens and closes across sentences', () => {
  const state = { singleOpen: false };
  assert.equal(joinTokens(['The', 'Saints', "'", 'season', 'ended', '.'], state).text, "The Saints' season ended.");
  assert.equal(joinTokens(["'", 'He', 'ran', '.'], state).text, "'He ran.");
  // The quote opened in the previous sentence closes here.
  assert.equal(joinTokens(['Then', 'he', 'stopped', '.', "'"], state).text, "Then he stopped.'");
  assert.equal(state.singleOpen, false);
  assert.equal(joinTokens(['a', "'", 'party', 'girl', "'", 'image']).text, "a 'party girl' image");
});

test('quote marks inside tokens become curly, and white space inside tokens is dropped', () => {
  const j = joinTokens(['the', "``bagman''", 'who', 'paid', 'on', '2009', '\t']);
  assert.equal(j.text, 'the “bagman” who paid on 2009 ');
  assert.equal(joinTokens(["''The", 'Reporter', "''", ',']).text, '“The Reporter”,');
});

test('tokens are aligned on original sentence text, keeping its own spacing', () => {
  const sentence = 'The six-member team, in Washington D.C.';
  const spans = alignTokens(sentence, ['The', 'six', '-', 'member', 'team', ',', 'in', 'Washington', 'D.C.']);
  assert.deepEqual(spans[3], { start: 8, end: 14 });
  assert.equal(sentence.slice(spans[8].start, spans[8].end), 'D.C.');
});

test('a gold quote is compared by its words, without the marks, end punctuation or language tags', () => {
  const text = 'He said: “We are here,” and left.';
  const span = { start: 9, end: 23 };
  const c = quoteContent(text, span);
  assert.equal(text.slice(c.start, c.end), 'We are here');
  // A gold span that runs past the closing mark, over GUM's language tag, yields the quoted words.
  const noted = 'It is a "general reflection" ((it)). Then "more." ((it))';
  const n = quoteContent(noted, { start: 8, end: 35 });
  assert.equal(noted.slice(n.start, n.end), 'general reflection');
  const m = quoteContent(noted, { start: 42, end: noted.length });
  assert.equal(noted.slice(m.start, m.end), 'more');
  // The full stop inside or outside the closing mark makes no difference.
  const a = 'x "Stop." y';
  const b = 'x "Stop". y';
  assert.equal(a.slice(quoteContent(a, { start: 2, end: 9 }).start, quoteContent(a, { start: 2, end: 9 }).end), 'Stop');
  assert.deepEqual(quoteContent(b, { start: 2, end: 9 }), quoteContent(a, { start: 2, end: 9 }));
  // Nothing but marks leaves an empty span, not a reversed one.
  assert.deepEqual(quoteContent('""', { start: 0, end: 2 }), { start: 2, end: 2 });
});

test('a quote over several paragraphs is split into one piece per paragraph, matching the gold spans', () => {
  // GUM: each paragraph of a long quote opens with a mark and is one gold span; the analyser
  // reports the words of the whole run as one quote.
  const text = 'Gomez said: "I think we learned a lot.\n"It was a very emotional day." Then he left.';
  const gold = [
    { start: 12, end: 38 },
    { start: 39, end: 69 },
  ];
  const predicted = { start: 13, end: 68 };
  const pieces = quotePieces(text, predicted);
  assert.deepEqual(
    pieces.map((p) => text.slice(p.start, p.end)),
    ['I think we learned a lot', 'It was a very emotional day'],
  );
  const goldPieces = gold.flatMap((g) => quotePieces(text, g));
  const r = matchSpans(goldPieces, pieces, { mode: 'exact', typed: false });
  assert.deepEqual([r.tp, r.fp, r.fn], [2, 0, 0]);
  // Unsplit, the same prediction would match neither paragraph exactly.
  const whole = matchSpans(goldPieces, [quoteContent(text, predicted)], { mode: 'exact', typed: false });
  assert.deepEqual([whole.tp, whole.fp, whole.fn], [0, 1, 2]);
  // CRLF line ends split the same way, and blank lines give no piece.
  const crlf = '"One.\r\n\r\n"Two."';
  assert.deepEqual(quotePieces(crlf, { start: 0, end: crlf.length }).map((p) => crlf.slice(p.start, p.end)), ['One', 'Two']);
});

/** A one-article gold document for the quote scorer. */
function quoteDoc(doc: string, text: string, quotes: Array<{ start: number; end: number }>, ignore: Array<{ start: number; end: number }> = []): GoldDoc {
  return {
    dataset: 'gum',
    doc,
    folder: `gum/${doc}`,
    file: `gum/${doc}/${doc}.txt`,
    text,
    date: null,
    tasks: { names: false, dates: false, quotes: true, coref: false },
    mentions: [],
    dates: [],
    quotes: quotes.map((q) => ({ ...q, text: text.slice(q.start, q.end), speaker: null })),
    corefs: [],
    scoredRanges: [{ start: 0, end: text.length }],
    ignore: { names: [], dates: [], quotes: ignore },
  };
}

const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

test('quote spans are scored only where the gold annotates quotes, and scare quotes in ignore regions are excused', () => {
  const annotated = 'Anna Kovacs told reporters: "We will not sign this deal." The so-called "reform" was dropped.';
  const unannotated = 'Peter Lindqvist said: "The bridge opens in May." Nobody disagreed.';
  const docs = [
    quoteDoc('annotated', annotated, [span(annotated, '"We will not sign this deal."')], [span(annotated, '"reform"')]),
    quoteDoc('unannotated', unannotated, []),
  ];
  const { articles } = analyseAll(docs);
  const q = scoreQuotes(docs, articles, null);
  assert.equal(q.docs, 1);
  assert.deepEqual([q.exact.tp, q.exact.fp, q.exact.fn], [1, 0, 0]);
  // The row with the <q> regions scored would count a scare quote reported inside one as wrong;
  // the analyser reports none ("so-called “reform”" is words mentioned, not said).
  assert.deepEqual([q.exactStrict.tp, q.exactStrict.fp, q.exactStrict.fn], [1, 0, 0]);
  // The real quote in the document without annotation is reported, not counted as wrong.
  assert.deepEqual(q.unannotated, [{ doc: 'unannotated', found: 1 }]);
  // Without the ignore region a reported scare quote would be a false positive: an invented one
  // is, and the region excuses it.
  const reported = analyseAll(docs).articles;
  const a = reported.get(docs[0].file)!;
  const at = annotated.indexOf('reform');
  a.quotes.push({ start: at - 1, end: at + 7, text: 'reform', content: { start: at, end: at + 6 }, direct: true, verb: null, speaker: null });
  const excused = scoreQuotes(docs, reported, null);
  assert.deepEqual([excused.exact.fp, excused.exactStrict.fp], [0, 1]);
});

test('quotes printed without marks are counted apart, and the later paragraphs of a long quote still count as marked', () => {
  const text = 'From the club\'s notice:\nWe regret the decision. Fans were told.\nCoach Ines Ruiz said: "We played well.\nWe will be back." She left.';
  const docs = [
    quoteDoc('club', text, [
      span(text, 'We regret the decision.'),
      span(text, '"We played well.'),
      span(text, 'We will be back."'),
    ]),
  ];
  const q = scoreQuotes(docs, analyseAll(docs).articles, null);
  // The block quote after a colon has no marks: missed in the headline, left out of the marked score.
  assert.equal(q.unmarked, 1);
  assert.deepEqual([q.exact.tp, q.exact.fn], [2, 1]);
  assert.deepEqual([q.exactMarked.tp, q.exactMarked.fp, q.exactMarked.fn], [2, 0, 0]);
});

test('the speaker set is read in its documented layout and speakers are right when they name the same person', () => {
  const text = 'Anna Kovacs arrived late. "We are ready," Kovacs said. "It is late," she added. A sign read: "Closed."';
  const set = parseSpeakers(
    {
      version: 1,
      documents: {
        talk: {
          file: 'materialised/gum/talk/talk.txt',
          quotes: [
            { ...span(text, '"We are ready,"'), speaker: 'Anna Kovacs' },
            { ...span(text, '"It is late,"'), speaker: 'Anna Kovacs' },
            { ...span(text, '"Closed."'), speaker: null },
          ],
        },
      },
    },
    'inline',
  );
  assert.ok(set);
  assert.equal(set.documents.length, 1);
  assert.equal(set.documents[0].file, 'materialised/gum/talk/talk.txt');
  const docs = [quoteDoc('talk', text, [])];
  const { corpus, articles } = analyseAll(docs);
  const q = scoreQuotes(docs, articles, set, corpus.snapshot());
  assert.ok(q.speakers);
  // "Kovacs" names Anna Kovacs by surname; "she" stands for her; the sign has no speaker.
  assert.equal(q.speakers.total, 3);
  assert.equal(q.speakers.correct, 3, q.speakerErrors.join('\n'));
  // A gold speaker nobody in the text matches is counted wrong and listed.
  const wrong = parseSpeakers({ documents: { talk: { quotes: [{ ...span(text, '"We are ready,"'), speaker: 'Boris Petrov' }] } } }, 'inline');
  const w = scoreQuotes(docs, articles, wrong, corpus.snapshot());
  assert.equal(w.speakers?.correct, 0);
  assert.equal(w.speakerErrors.length, 1);
});

test('a predicted speaker also goes by the names of the entity it is linked to', () => {
  // "the UN" shares no word with "United Nations": only the linked entity says they are one.
  const text = 'The United Nations met on Monday in Geneva. "Aid must reach the city," the UN said.';
  const docs = [quoteDoc('aid', text, [])];
  const { corpus, articles } = analyseAll(docs);
  const article = articles.get(docs[0].file)!;
  const quote = article.quotes.find((q) => q.direct && q.text.startsWith('Aid must reach'));
  assert.ok(quote?.speaker);
  assert.ok(!sameSpeaker(quote.speaker.text, 'United Nations'));
  const names = speakerNames(article, quote.speaker, corpus.snapshot().storyOf(docs[0].file), docs[0].file);
  assert.ok(names.some((n) => sameSpeaker(n, 'United Nations')), names.join(' / '));
});

test('raw mentions keep the name and drop titles, determiners and possessives', () => {
  const text = "the Police Inspector Dave Gaskin 's";
  const words = [
    { span: { start: 0, end: 3 }, text: 'the' },
    { span: { start: 4, end: 10 }, text: 'Police' },
    { span: { start: 11, end: 20 }, text: 'Inspector' },
    { span: { start: 21, end: 25 }, text: 'Dave' },
    { span: { start: 26, end: 32 }, text: 'Gaskin' },
    { span: { start: 33, end: 35 }, text: "'s" },
  ];
  const s = nameSpan(words, 'person');
  assert.ok(s);
  assert.equal(text.slice(s.start, s.end), 'Dave Gaskin');
  // An organisation keeps its capitalised words; a pronoun or a common noun is no name.
  const org = nameSpan(words.slice(0, 2), 'organization');
  assert.ok(org);
  assert.equal(text.slice(org.start, org.end), 'Police');
  assert.equal(nameSpan([{ span: { start: 0, end: 3 }, text: 'She' }], 'person'), null);
  assert.equal(nameSpan([{ span: { start: 0, end: 3 }, text: 'rep' }], 'person'), null);
});

/** Splits a sentence into word records with offsets, as the rebuild hands them to `nameSpan`. */
function wordsIn(text: string) {
  return [...text.matchAll(/\S+/g)].map((m) => ({ span: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }, text: m[0] }));
}

test('a mention is a name only when the head of its first noun phrase is one', () => {
  const name = (text: string, kind: 'person' | 'organization' | 'place' = 'place') => {
    const s = nameSpan(wordsIn(text), kind);
    return s ? text.slice(s.start, s.end) : null;
  };
  assert.equal(name('in the Gulf of Aden between Somalia and Yemen'), 'Gulf of Aden');
  assert.equal(name('Central Commission for Elections and Referenda', 'organization'), 'Central Commission');
  assert.equal(name('a Vancouver office'), null);
  assert.equal(name('her hometown of Wasilla'), null);
  assert.equal(name('Eric Allen Kirkpatrick , 61', 'person'), 'Eric Allen Kirkpatrick');
  assert.equal(name('James R . Dabney', 'person'), 'James R . Dabney');
  assert.equal(name("Turkmenistan's"), 'Turkmenistan');
  assert.equal(name("'Tara Reid", 'person'), 'Tara Reid');
  assert.equal(name('the US'), 'US');
  assert.equal(name('23', 'person'), null);
});

test('a capitalised common noun at a sentence start or in a title-case headline is no name', () => {
  const text = 'Teen Shot By Police In Brooklyn Street\nReuters said the teen ran.\nWitnesses saw it: Man held.';
  const lines = [0, 39, 66].map((start, i, all) => ({ start, end: i + 1 < all.length ? all[i + 1] - 1 : text.length }));
  const context = capitalisationContext(text, lines);
  const at = (word: string, from = 0) => {
    const start = text.indexOf(word, from);
    return [{ span: { start, end: start + word.length }, text: word }];
  };
  // "Teen" lies in a headline and the article writes "teen"; "Reuters" starts a sentence but
  // is never written in lower case, so it stays a name; "Witnesses" and "Man" (after a colon)
  // are common nouns for people wherever capitals say nothing.
  assert.equal(nameSpan(at('Teen'), 'person', context), null);
  assert.deepEqual(nameSpan(at('Brooklyn'), 'place', context), { start: 23, end: 31 });
  assert.deepEqual(nameSpan(at('Reuters'), 'organization', context), { start: 39, end: 46 });
  assert.equal(nameSpan(at('Witnesses'), 'person', context), null);
  assert.equal(nameSpan(at('Man'), 'person', context), null);
  // The same word inside a sentence, not capitalised by position, is left alone.
  assert.deepEqual(nameSpan([{ span: { start: 47, end: 56 }, text: 'Witnesses' }], 'person', context), { start: 47, end: 56 });
});

test('a speaker is right when it names the gold speaker, even by surname alone', () => {
  assert.ok(sameSpeaker('Mohib', 'Hamdullah Mohib'));
  assert.ok(sameSpeaker('Afghan Ambassador Hamdullah Mohib', 'Hamdullah Mohib'));
  assert.ok(sameSpeaker(null, null));
  assert.ok(!sameSpeaker('Trump', 'Hamdullah Mohib'));
  assert.ok(!sameSpeaker(null, 'Hamdullah Mohib'));
  assert.ok(!sameSpeaker('Mohib', null));
});

test('a GUM name is the run of capitalised words around the mention head, without titles or possessives', () => {
  const name = (text: string, head: string, kind: 'person' | 'organization' | 'place' = 'person') => {
    const s = headedName(text, { start: 0, end: text.length }, text.indexOf(head), kind);
    return s ? text.slice(s.start, s.end) : null;
  };
  assert.equal(name('Afghan Ambassador to the United States Hamdullah Mohib', 'Hamdullah'), 'United States Hamdullah Mohib');
  assert.equal(name("U.S. President Donald Trump's", 'Trump'), 'Donald Trump');
  assert.equal(name("Korea's Kim Shin-Wook", 'Kim'), 'Kim Shin-Wook');
  assert.equal(name('Cheng Chung-tai of Civic Passion', 'Cheng'), 'Cheng Chung-tai of Civic Passion');
  assert.equal(name('Mecca, Saudi Arabia', 'Mecca', 'place'), 'Mecca');
  assert.equal(name('the Daughters of the American Revolution Constitution Hall', 'Hall', 'place'), 'American Revolution Constitution Hall');
  // A lower-case head, a bare title or a pronoun is no name; "US" in capitals is one.
  assert.equal(name('the robotics team', 'team', 'organization'), null);
  assert.equal(name('The President', 'President'), null);
  assert.equal(name('We', 'We'), null);
  assert.equal(name('the US', 'US', 'place'), 'US');
});

test('sentence boundaries are scored against gold sentences whatever the spacing, news and other genres apart', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { scoreSentences } = await import('../../scripts/eval/sentences');
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-sentences-'));
  try {
    mkdirSync(join(dir, 'gum', 'dep'), { recursive: true });
    // The gold keeps "Dr. Lee" in one sentence and splits after "U.S."; its spacing differs from the article's.
    const conllu = (lines: string[]) => lines.map((l) => `# text = ${l}\n1\tx\n`).join('\n');
    writeFileSync(join(dir, 'gum', 'dep', 'GUM_news_a.conllu'), conllu(['Dr. Lee left for the U.S.', 'He stayed .', 'It rained.']));
    writeFileSync(join(dir, 'gum', 'dep', 'GUM_bio_b.conllu'), conllu(['She was born c. 1818.', 'She died.']));
    const doc = (name: string, text: string) => ({ dataset: 'gum', doc: name, folder: `gum/${name}`, file: `gum/${name}/${name}.txt`, text }) as unknown as GoldDoc;
    const docs = [doc('GUM_news_a', 'Dr. Lee left for the U.S. He stayed.\nIt rained.'), doc('GUM_bio_b', 'She was born c. 1818. She died.')];
    const { articles } = analyseAll(docs);
    const s = scoreSentences(dir, docs, articles);
    assert.ok(s);
    assert.deepEqual([s.news.docs, s.other.docs, s.unaligned], [1, 1, []]);
    // News: "He stayed." is found inside its paragraph; "It rained." starts a paragraph.
    assert.deepEqual([s.news.inside.tp, s.news.inside.fp, s.news.inside.fn], [1, 0, 0]);
    assert.deepEqual([s.news.all.tp, s.news.all.fp, s.news.all.fn], [2, 0, 0]);
    assert.deepEqual([s.other.inside.tp, s.other.inside.fp, s.other.inside.fn], [1, 0, 0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
