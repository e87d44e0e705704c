import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, analyzeArticle, type Story } from '../../server/src/analysis';
import { changedRegion, shiftAfterEdit } from '../../server/src/analysis/corpus/shift';
import { storyTexts } from '../support/fixtures';

function story(name: string): Map<string, string> {
  return new Map([...storyTexts(name)].map(([f, text]) => [`${name}/${f}`, text]));
}

/** What a user sees of a story: its findings and where each entity is named. */
function seen(s: Story): unknown {
  return {
    findings: s.findings,
    entities: s.entities.map((e) => ({ ...e, mentions: s.mentionsOf(e.id) })),
  };
}

/** The story as a corpus that never saw the earlier versions computes it. */
function fresh(texts: Map<string, string>, key: string): Story {
  const corpus = new Corpus();
  for (const [p, t] of texts) corpus.setArticle(p, t);
  return corpus.snapshot().storyOf(key)!;
}

test('the changed region of two texts is what lies between their common prefix and suffix', () => {
  assert.deepEqual(changedRegion('abc def', 'abc  def'), { start: 4, oldEnd: 4, newEnd: 5 });
  assert.deepEqual(changedRegion('abc def', 'abcdef'), { start: 3, oldEnd: 4, newEnd: 3 });
  assert.deepEqual(changedRegion('one two', 'one six'), { start: 4, oldEnd: 7, newEnd: 7 });
});

test('a word typed where no claim is keeps the story and moves every finding after it', () => {
  const texts = story('harbour-bridge');
  const corpus = new Corpus();
  for (const [p, t] of texts) corpus.setArticle(p, t);
  const [key] = [...texts.keys()];
  const before = corpus.snapshot().storyOf(key)!;
  assert.ok(before.findings.length > 0, 'the sample story has differences to move');
  const text = texts.get(key)!;
  const a = corpus.snapshot().article(key)!;
  // A sentence that names nothing and holds no quote, date or number.
  const spans = [...a.mentions, ...a.quotes, ...a.dates, ...a.quantities, ...a.roles];
  const plain = a.sentences.find((s) => s.start > a.header.bodyStart && !spans.some((x) => x.start < s.end && x.end > s.start));
  assert.ok(plain, 'the sample has a sentence without claims');
  const at = text.indexOf(' ', plain.start) + 1;
  const word = 'reportedly ';
  const edited = text.slice(0, at) + word + text.slice(at);
  const b = analyzeArticle(edited, { path: key });
  assert.ok(shiftAfterEdit(a, b), 'a word in a sentence without claims only moves the rest');
  texts.set(key, edited);
  corpus.setArticle(key, edited);
  const after = corpus.snapshot().storyOf(key)!;
  assert.deepEqual(seen(after), seen(fresh(texts, key)));
  const moved = after.findings.filter((f) => f.path === key && f.start > at);
  assert.ok(moved.length > 0);
  for (const f of moved) assert.equal(edited.slice(f.start, f.end), text.slice(f.start - word.length, f.end - word.length));
});

test('an edit that changes a number, a name or a quote is compared again', () => {
  const texts = story('kremlin-talks');
  const key = [...texts.keys()].find((k) => analyzeArticle(texts.get(k)!, { path: k }).quotes.some((q) => q.direct))!;
  const text = texts.get(key)!;
  const a = analyzeArticle(text, { path: key });
  const digit = text.search(/\d/);
  assert.ok(digit > 0);
  const changedNumber = text.slice(0, digit) + (text[digit] === '9' ? '8' : '9') + text.slice(digit + 1);
  assert.equal(shiftAfterEdit(a, analyzeArticle(changedNumber, { path: key })), null);
  const name = a.mentions[a.mentions.length - 1];
  const renamed = `${text.slice(0, name.start)}Zed${text.slice(name.start)}`;
  assert.equal(shiftAfterEdit(a, analyzeArticle(renamed, { path: key })), null);
  const quote = a.quotes.find((q) => q.direct)!;
  const requoted = `${text.slice(0, quote.content.start + 1)}x${text.slice(quote.content.start + 1)}`;
  assert.equal(shiftAfterEdit(a, analyzeArticle(requoted, { path: key })), null);
});

test('a digit typed into a telephone number is compared again, so the misprint it makes is found', () => {
  const texts = new Map([
    ['s/a.txt', 'Fire crews were called to the mill.\nAnyone who saw the fire is asked to call police on 0161 872 5050.\n'],
    ['s/b.txt', 'The mill burned on Friday.\nWitnesses should contact police on 0161 872 5050.\n'],
  ]);
  const corpus = new Corpus();
  for (const [p, t] of texts) corpus.setArticle(p, t);
  assert.deepEqual(corpus.snapshot().storyOf('s/a.txt')!.findings.filter((f) => f.rule === 'quantity-differs'), []);
  const text = texts.get('s/b.txt')!;
  const at = text.indexOf('5050');
  const edited = `${text.slice(0, at)}5${text.slice(at)}`;
  assert.equal(shiftAfterEdit(analyzeArticle(text, { path: 's/b.txt' }), analyzeArticle(edited, { path: 's/b.txt' })), null);
  texts.set('s/b.txt', edited);
  corpus.setArticle('s/b.txt', edited);
  const after = corpus.snapshot().storyOf('s/a.txt')!;
  assert.equal(after.findings.filter((f) => f.rule === 'quantity-differs').length, 2);
  assert.deepEqual(seen(after), seen(fresh(texts, 's/a.txt')));
});

test('after any sequence of keystrokes the story is what a fresh comparison finds', () => {
  // A fixed sequence of pseudo-random edits (inserted letters, spaces, newlines, figures typed
  // over, deletions) across both sample stories; after each one the incrementally kept story must equal the
  // story a new corpus computes from the same texts.
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = [' ', 'a', 'the ', '\n', ',', 'Minister ', '12 ', '"', 'on Friday '];
  let fastEdits = 0;
  for (const [name, crlf] of [['kremlin-talks', false], ['harbour-bridge', false], ['harbour-bridge', true]] as const) {
    const texts = story(name);
    // The same story with Windows line ends, and an emoji before its first name.
    if (crlf) for (const [p, t] of texts) texts.set(p, t.replace(/\r?\n/g, '\r\n').replace('Mayor', '\u{1F3DB}\uFE0F Mayor'));
    const corpus = new Corpus();
    for (const [p, t] of texts) corpus.setArticle(p, t);
    const keys = [...texts.keys()];
    for (let step = 0; step < 40; step++) {
      const key = keys[random(keys.length)];
      const text = texts.get(key)!;
      const at = random(text.length);
      const digit = text.slice(at).search(/\d/);
      const kind = random(4);
      const edited =
        kind === 0
          ? text.slice(0, at) + text.slice(at + 1 + random(3))
          : kind === 1 && digit >= 0
            ? // A figure typed over: the claims change, the names do not.
              text.slice(0, at + digit) + String((Number(text[at + digit]) + 1) % 10) + text.slice(at + digit + 1)
            : text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at);
      const before = corpus.snapshot().storyOf(key)!;
      void before.findings;
      if (shiftAfterEdit(corpus.snapshot().article(key)!, analyzeArticle(edited, { path: key }))) fastEdits++;
      texts.set(key, edited);
      corpus.setArticle(key, edited);
      const after = corpus.snapshot().storyOf(key)!;
      assert.deepEqual(seen(after), seen(fresh(texts, key)), `step ${step} of ${name}: an edit at ${at} in ${key}`);
    }
  }
  // Both paths were exercised: some edits only moved things, some changed what is compared.
  assert.ok(fastEdits > 5 && fastEdits < 100, `edits that only moved things: ${fastEdits}`);
});
