import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../server/src/analysis';
import type { GoldDoc, GoldMention } from '../../scripts/eval/gold';
import { formatNameErrors, nameErrors } from '../../scripts/eval/nameErrors';
import { predictedNames } from '../../scripts/eval/evaluate';

test('the name error listing gives each error its cause: a wrong kind, a name not annotated, a missed name, a nested name', () => {
  const text = 'Velmora hired Ann Lee at Dunmarrow University. Acme Corp sold boats.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const gold = (words: string, kind: GoldMention['kind']): GoldMention => ({ ...at(words), text: words, kind });
  const doc: GoldDoc = {
    dataset: 'gum',
    doc: 'GUM_news_boats',
    folder: 'gum/GUM_news_boats',
    file: 'gum/GUM_news_boats/GUM_news_boats.txt',
    text,
    date: null,
    tasks: { names: true, dates: false, quotes: false, coref: false },
    mentions: [gold('Velmora', 'place'), gold('Ann Lee', 'person'), gold('Dunmarrow University', 'organization'), gold('Dunmarrow', 'place')],
    dates: [],
    quotes: [],
    corefs: [],
    scoredRanges: [{ start: 0, end: text.length }],
    ignore: { names: [], dates: [], quotes: [] },
  };
  const predicted = (words: string, kind: string) => ({ ...at(words), text: words, kind, key: words.toLowerCase() });
  const article = { mentions: [predicted('Velmora', 'organization'), predicted('Dunmarrow University', 'organization'), predicted('Acme Corp', 'organization')] } as unknown as Article;
  const errors = nameErrors('gum-news', [doc], new Map([[doc.file, article]]));
  const causes = errors.map((e) => `${e.cause}:${e.predKind}>${e.goldKind}:${e.pred || e.gold}`).sort();
  assert.deepEqual(causes, ['fn:>person:Ann Lee', 'fp:organization>:Acme Corp', 'kind:organization>place:Velmora', 'nested:organization>place:Dunmarrow University']);
  const lines = formatNameErrors(errors).trim().split('\n');
  assert.equal(lines.length, 5);
  assert.ok(lines.some((l) => l.includes('[[Acme Corp]] sold boats.')), lines.join('\n'));
});

test('places inside an organisation are scored where the dataset nests names, and not where it does not', () => {
  const text = 'Staff of the University of Nebraska left.';
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const base = (dataset: GoldDoc['dataset'], nestedNames: boolean): GoldDoc => ({
    dataset,
    doc: 'd',
    folder: 'f',
    file: 'f/d.txt',
    text,
    date: null,
    tasks: { names: true, dates: false, quotes: false, coref: false },
    nestedNames,
    mentions: [],
    dates: [],
    quotes: [],
    corefs: [],
    scoredRanges: [{ start: 0, end: text.length }],
    ignore: { names: [], dates: [], quotes: [] },
  });
  const article = { mentions: [{ ...at('University of Nebraska'), text: 'University of Nebraska', kind: 'organization', key: 'university of nebraska' }] } as unknown as Article;
  const show = (d: GoldDoc) => predictedNames(d, article).map((p) => `${p.text}/${p.kind}`);
  assert.deepEqual(show(base('gum', true)), ['University of Nebraska/organization', 'Nebraska/place']);
  assert.deepEqual(show(base('ecbplus', false)), ['University of Nebraska/organization']);
});
