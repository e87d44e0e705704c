import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyzeArticle,
  bratAnnotationConf,
  codePointIndex,
  Corpus,
  sourcesOfStory,
  toBrat,
  toWebAnnotation,
  ANNOTATION_CONTEXT,
  type Article,
  type ExportSource,
  type Mention,
  type Quote,
} from '../../server/src/analysis';

/** An article with exactly the annotations given, located by their words in the text. */
function article(text: string, parts: Partial<Pick<Article, 'mentions' | 'quotes' | 'dates' | 'quantities' | 'roles'>> = {}): Article {
  const base = analyzeArticle('', { path: 'story/outlet.txt' });
  return { ...base, text, title: 'A test', mentions: [], quotes: [], dates: [], quantities: [], roles: [], ...parts };
}

/** The span of the n-th occurrence of `words` in `text`. */
function at(text: string, words: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(words, i + 1);
  assert.ok(i >= 0, `"${words}" not in the text`);
  return { start: i, end: i + words.length };
}

function mention(text: string, words: string, kind: Mention['kind'] = 'person', n = 0): Mention {
  return { ...at(text, words, n), text: words, kind, key: words.toLowerCase() };
}

interface BratT {
  id: string;
  type: string;
  fragments: Array<[number, number]>;
  text: string;
}

/** Reads the text-bound lines of an `.ann` text as brat does. */
function readAnn(ann: string): { t: BratT[]; lines: string[] } {
  const lines = ann.split('\n').filter((l) => l);
  const t: BratT[] = [];
  for (const line of lines) {
    const cols = line.split('\t');
    if (!line.startsWith('T')) continue;
    assert.equal(cols.length, 3, `a T line has three tab-separated columns: ${JSON.stringify(line)}`);
    const [type, offsets] = [cols[1].slice(0, cols[1].indexOf(' ')), cols[1].slice(cols[1].indexOf(' ') + 1)];
    const fragments = offsets.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    t.push({ id: cols[0], type, fragments, text: cols[2] });
  }
  return { t, lines };
}

/** Checks every T line against the file on disk counted in code points, as brat reads it. */
function assertBratMatchesDisk(ann: string, onDisk: string): BratT[] {
  const chars = Array.from(onDisk);
  const { t } = readAnn(ann);
  for (const a of t) {
    for (const [s, e] of a.fragments) {
      assert.ok(s < e && e <= chars.length, `fragment ${s} ${e} of ${a.id} lies in the text`);
      assert.doesNotMatch(chars.slice(s, e).join(''), /[\r\n]/, `fragment of ${a.id} holds no line break`);
    }
    assert.equal(a.fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' '), a.text, `${a.id} text matches its offsets`);
  }
  return t;
}

test('brat: an emoji before a name counts as one character, so the offsets still land on the name', () => {
  const text = 'Flags 🇺🇦🙂 then Yury Ushakov spoke.';
  const src: ExportSource = { article: article(text, { mentions: [mention(text, 'Yury Ushakov')] }), entityOf: () => 'person:yury-ushakov' };
  const ann = toBrat(src);
  const [t] = assertBratMatchesDisk(ann, text);
  assert.equal(t.type, 'Person');
  assert.equal(t.text, 'Yury Ushakov');
  // UTF-16 puts the name at 18; the three characters outside the BMP before it count once each.
  assert.equal(text.indexOf('Yury'), 18);
  assert.deepEqual(t.fragments, [[15, 27]]);
  assert.match(ann, /^#1\tAnnotatorNotes T1\tentity: person:yury-ushakov$/m);
});

test('brat: with a BOM on disk, offsets move one character so they point into the file as it is', () => {
  const text = 'Angela Merkel spoke in Berlin.';
  const src: ExportSource = { article: article(text, { mentions: [mention(text, 'Angela Merkel'), mention(text, 'Berlin', 'place')] }) };
  const withBom = toBrat(src, { bom: true });
  const t = assertBratMatchesDisk(withBom, '\uFEFF' + text);
  assert.deepEqual(t.map((x) => [x.type, x.fragments[0][0]]), [['Person', 1], ['Place', 24]]);
  assert.deepEqual(assertBratMatchesDisk(toBrat(src), text).map((x) => x.fragments[0][0]), [0, 23]);
});

test('brat: a quote over CRLF lines becomes fragments without the line breaks; speaker, role and values are linked', () => {
  const text = 'Minister Ana Lopes said: "We will not sign\r\n\r\nthis deal on Friday." She cited 1,300 drones.\r\n';
  const lopes = mention(text, 'Ana Lopes');
  const content = at(text, 'We will not sign\r\n\r\nthis deal on Friday.');
  const quote: Quote = {
    start: content.start - 1,
    end: content.end + 1,
    text: text.slice(content.start, content.end),
    content,
    direct: true,
    verb: { ...at(text, 'said'), text: 'said' },
    speaker: { ...at(text, 'Ana Lopes'), text: 'Ana Lopes', mention: 0 },
  };
  const reported: Quote = { ...at(text, 'cited 1,300 drones'), text: 'cited 1,300 drones', content: at(text, '1,300 drones'), direct: false, verb: null, speaker: { ...at(text, 'She'), text: 'She', mention: null, antecedent: { ...lopes, text: 'Ana Lopes' } } };
  const a = article(text, {
    mentions: [lopes],
    quotes: [quote, reported],
    dates: [{ ...at(text, 'Friday'), text: 'Friday', value: '2024-03-08', relative: true }],
    quantities: [{ ...at(text, '1,300 drones'), text: '1,300 drones', value: 1300, unit: 'drone', hedge: null, number: at(text, '1,300') }],
    roles: [{ ...at(text, 'Minister'), text: 'Minister', mention: 0 }],
  });
  const ann = toBrat({ article: a, entityOf: () => 'person:ana-lopes' });
  const t = assertBratMatchesDisk(ann, text);
  const q = t.find((x) => x.type === 'Quote' && x.text.startsWith('"'))!;
  assert.equal(q.fragments.length, 2, ann);
  assert.equal(q.text, '"We will not sign this deal on Friday."');
  const id = (type: string, words: string) => t.find((x) => x.type === type && x.text === words)!.id;
  const lines = ann.split('\n');
  assert.ok(lines.includes(`R1\tSpeaker Arg1:${q.id} Arg2:${id('Person', 'Ana Lopes')}`), ann);
  // A pronoun speaker is not a name: it is an Agent, with the name it stands for as a note.
  const agent = id('Agent', 'She');
  assert.ok(lines.some((l) => l.startsWith('R') && l.endsWith(`Arg2:${agent}`)), ann);
  assert.ok(lines.some((l) => new RegExp(`^A\\d+\\tIndirect ${id('Quote', 'cited 1,300 drones')}$`).test(l)), ann);
  assert.ok(!lines.some((l) => l.endsWith(`Indirect ${q.id}`)), 'a direct quote is not marked indirect');
  assert.ok(lines.some((l) => new RegExp(`^R\\d+\\tHolder Arg1:${id('Role', 'Minister')} Arg2:${id('Person', 'Ana Lopes')}$`).test(l)), ann);
  assert.ok(lines.some((l) => new RegExp(`^A\\d+\\tRelative ${id('Date', 'Friday')}$`).test(l)), ann);
  assert.ok(lines.some((l) => new RegExp(`^#\\d+\\tAnnotatorNotes ${id('Date', 'Friday')}\\tvalue: 2024-03-08$`).test(l)), ann);
  assert.ok(lines.some((l) => new RegExp(`^#\\d+\\tAnnotatorNotes ${id('Quantity', '1,300 drones')}\\tvalue: 1300; unit: drone$`).test(l)), ann);
  assert.ok(lines.some((l) => new RegExp(`^#\\d+\\tAnnotatorNotes ${agent}\\tantecedent: Ana Lopes$`).test(l)), ann);
  // Every type, relation and attribute used is declared in annotation.conf.
  const conf = bratAnnotationConf();
  const section = (name: string) => conf.split(`[${name}]`)[1].split('\n[')[0];
  for (const x of t) assert.match(section('entities'), new RegExp(`^${x.type}$`, 'm'));
  for (const l of lines.filter((x) => x.startsWith('R'))) assert.match(section('relations'), new RegExp(`^${l.split('\t')[1].split(' ')[0]}\\t`, 'm'));
  for (const l of lines.filter((x) => x.startsWith('A'))) assert.match(section('attributes'), new RegExp(`^${l.split('\t')[1].split(' ')[0]}\\t`, 'm'));
});

test('brat: analysed articles give offsets that match the text on disk, CRLF and emoji included', () => {
  const onDisk = '\uFEFFdate 2024-03-04 🎙️ Chancellor Angela Merkel said on Monday in Berlin that "the talks\r\nwent well".\r\nMerkel added that 40 people attended.\r\n';
  const a = analyzeArticle(onDisk, { path: 'x/north.txt' });
  assert.ok(a.mentions.some((m) => m.text === 'Angela Merkel'), JSON.stringify(a.mentions));
  const t = assertBratMatchesDisk(toBrat({ article: a }, { bom: true }), onDisk);
  assert.ok(t.some((x) => x.type === 'Person' && x.text === 'Angela Merkel'));
});

test('brat and web annotation never throw and write nothing for an empty or odd article', () => {
  assert.equal(toBrat({ article: article('') }), '');
  const odd = article('abc', { mentions: [{ start: 2, end: 99, text: 'x', kind: 'person', key: 'x' }, { start: 2, end: 1, text: 'y', kind: 'place', key: 'y' }] });
  assert.equal(toBrat({ article: odd, entityOf: () => { throw new Error('no story'); } }), '');
  assert.equal(toWebAnnotation({ article: odd }).total, 0);
  assert.equal(toWebAnnotation({ article: article('') }).first.items.length, 0);
});

test('web annotation: a collection whose selectors count code points and carry ~32 characters of context', () => {
  const text = 'A long opening sentence to give the selector some context 😀 before Yury Ushakov said that the meeting on 21 December would go ahead.';
  const a = article(text, {
    mentions: [mention(text, 'Yury Ushakov')],
    dates: [{ ...at(text, '21 December'), text: '21 December', value: '2025-12-21', relative: false }],
    quantities: [],
  });
  const coll = toWebAnnotation({ article: a, entityOf: () => 'person:yury-ushakov' }, { source: 'file:///news/story/outlet.txt' });
  assert.equal(coll['@context'], ANNOTATION_CONTEXT);
  assert.equal(coll.type, 'AnnotationCollection');
  assert.equal(coll.id, 'file:///news/story/outlet.jsonld');
  assert.equal(coll.total, 2);
  const chars = Array.from(text);
  for (const anno of coll.first.items) {
    assert.equal(anno.type, 'Annotation');
    assert.equal(anno.target.source, 'file:///news/story/outlet.txt');
    const [quote, position] = anno.target.selector;
    assert.equal(chars.slice(position.start, position.end).join(''), quote.exact);
    assert.ok(text.includes(quote.prefix + quote.exact + quote.suffix));
    assert.ok(Array.from(quote.prefix).length <= 32 && Array.from(quote.suffix).length <= 32);
  }
  const [name, date] = coll.first.items;
  assert.equal(name.target.selector[0].exact, 'Yury Ushakov');
  assert.equal(name.target.selector[1].start, text.indexOf('Yury') - 1, 'the emoji counts once');
  assert.equal(Array.from(name.target.selector[0].prefix).length, 32);
  assert.ok(name.target.selector[0].prefix.endsWith('😀 before '));
  assert.equal(name.motivation, 'identifying');
  assert.deepEqual(name.body.map((b) => [b.purpose, b.value]), [['classifying', 'person'], ['tagging', 'person:yury-ushakov']]);
  assert.deepEqual(date.body.map((b) => [b.purpose, b.value]), [['classifying', 'date'], ['tagging', '2025-12-21']]);
  assert.equal(JSON.parse(JSON.stringify(coll)).first.items.length, 2);
});

test('web annotation: speaker, indirect speech, quantities with hedges and role holders are tagged', () => {
  const text = 'Envoy Ana Lopes said about 85 million euros was paid.';
  const lopes = mention(text, 'Ana Lopes');
  const a = article(text, {
    mentions: [lopes],
    quotes: [{ ...at(text, 'about 85 million euros was paid'), text: 'about 85 million euros was paid', content: at(text, 'about 85 million euros was paid'), direct: false, verb: null, speaker: { ...lopes, mention: 0 } }],
    quantities: [{ ...at(text, 'about 85 million euros'), text: 'about 85 million euros', value: 85_000_000, unit: 'EUR', hedge: 'about', number: at(text, '85 million') }],
    roles: [{ ...at(text, 'Envoy'), text: 'Envoy', mention: 0 }],
  });
  const coll = toWebAnnotation({ article: a, entityOf: () => 'person:ana-lopes' });
  const bodies = (kind: string) => coll.first.items.find((x) => x.body[0].value === kind)!.body.map((b) => b.value);
  assert.deepEqual(bodies('quote'), ['quote', 'indirect', 'speaker: person:ana-lopes']);
  assert.deepEqual(bodies('quantity'), ['quantity', '85000000 EUR', 'hedge: about']);
  assert.deepEqual(bodies('role'), ['role', 'holder: person:ana-lopes']);
});

test('exports of a story carry the entity ids the story shares across its sources', () => {
  const corpus = new Corpus();
  corpus.setArticle('summit/north.txt', 'Chancellor Angela Merkel met the press in Berlin on Monday. Merkel said the talks went well.\n');
  corpus.setArticle('summit/south.txt', 'Angela Merkel spoke to reporters in Berlin. Merkel gave no details.\n');
  const [story] = corpus.snapshot().stories();
  const sources = sourcesOfStory(story);
  assert.equal(sources.length, 2);
  const ids = sources.map((s) => {
    const ann = toBrat(s);
    const t = readAnn(ann).t.find((x) => x.text === 'Angela Merkel')!;
    const note = ann.split('\n').find((l) => l.includes(`AnnotatorNotes ${t.id}\t`));
    return note?.split('entity: ')[1];
  });
  assert.ok(ids[0], 'the name has an entity note');
  assert.equal(ids[0], ids[1]);
});

test('code point index: conversion, rounding inside a pair, and stepping by characters', () => {
  const text = 'a😀b'.repeat(700); // crosses the index's 1,024-unit blocks
  const index = codePointIndex(text);
  for (const o of [0, 1, 3, 4, 1023, 1024, 1025, 2047, 2800]) assert.equal(index.toCodePoint(o), Array.from(text.slice(0, o)).length, `offset ${o}`);
  assert.equal(index.toCodePoint(2, 'down'), 1);
  assert.equal(index.toCodePoint(2, 'up'), 2);
  assert.equal(index.back(4, 2), 1);
  assert.equal(index.forward(1, 1), 3);
  assert.equal(index.toCodePoint(text.length), Array.from(text).length);
});
