/**
 * Hostile and malformed articles, as they arrive from copy-paste, scrapers and PDFs: the core
 * must answer each in bounded time, without throwing, with every range on the right characters.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, LineIndex, type Article, type Span } from '../../server/src/analysis';
import { findSentences } from '../../server/src/analysis/text/segment';
import { boundMs } from '../support/timing';

/** Analyses `text` and fails when it takes longer than `limitMs`. */
function timed(text: string, limitMs: number, options: { maxLength?: number } = {}): Article {
  const t0 = performance.now();
  const a = analyzeArticle(text, { path: 'story/outlet.txt', ...options });
  const ms = performance.now() - t0;
  const limit = boundMs(limitMs);
  assert.ok(ms < limit, `analysis of ${text.length.toLocaleString('en')} characters took ${Math.round(ms)} ms (limit ${limit} ms: ${limitMs} ms scaled to the load)`);
  return a;
}

/** Every span of every kind lies inside the text. */
function assertInBounds(a: Article): void {
  const all: Span[] = [...a.mentions, ...a.quotes, ...a.dates, ...a.quantities, ...a.roles, ...a.sentences, ...a.sections];
  for (const s of all) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= a.text.length, `span ${s.start}-${s.end} outside ${a.text.length}`);
}

/** The names found, each as the text its range covers. */
function namesAt(a: Article): string[] {
  return a.mentions.map((m) => a.text.slice(m.start, m.end));
}

test('an empty file gives an empty article, with no notes and no header problems', () => {
  for (const text of ['', '\ufeff', ' ', '\n\n\r\n', '\t \u00a0']) {
    const a = timed(text, 2000);
    assert.equal(a.mentions.length + a.quotes.length + a.dates.length + a.quantities.length, 0, JSON.stringify(text));
    assert.deepEqual(a.notes, []);
    assert.deepEqual(a.header.problems, []);
    assert.equal(a.outlet, 'outlet');
  }
});

test('a 20 MB article is not analysed: one clear note, header still read, answered in seconds', () => {
  const text = 'date 2025-03-04 ' + 'Angela Merkel said. '.repeat(1_048_576);
  assert.ok(text.length > 20_000_000);
  const a = timed(text, 5000);
  assert.equal(a.notes.length, 1, a.notes.join('\n'));
  assert.match(a.notes[0], /over the limit of 20,000,000; only its header and sections were read/);
  assert.equal(a.header.date, '2025-03-04');
  assert.equal(a.mentions.length, 0);
  assert.equal(a.sentences.length, 0);
});

test('maxLength lowers the limit: a 1 MB article with a 100 KB limit is skipped with the note, a short one is not', () => {
  const big = timed('Angela Merkel met Emmanuel Macron. '.repeat(30_000), 3000, { maxLength: 100_000 });
  assert.match(big.notes.join('\n'), /1,050,000 characters long, over the limit of 100,000/);
  assert.equal(big.mentions.length, 0);
  const small = timed('Angela Merkel met Emmanuel Macron.', 3000, { maxLength: 100_000 });
  assert.deepEqual(small.notes, []);
  assert.deepEqual(namesAt(small), ['Angela Merkel', 'Emmanuel Macron']);
});

test('binary data decoded as text (NULs, control characters, lone surrogates) is analysed without throwing', () => {
  let bytes = '';
  let seed = 12345;
  for (let i = 0; i < 50_000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes += String.fromCharCode(seed % 0x10000);
  }
  const a = timed(bytes + ' Angela Merkel met Emmanuel Macron.', 5000);
  assertInBounds(a);
  assert.deepEqual(a.notes, []);
  // Replacement characters from a lenient decoder are just more text.
  const replaced = timed('\ufffd\ufffd Angela Merkel \ufffd met Emmanuel Macron.\ufffd', 2000);
  assert.deepEqual(namesAt(replaced), ['Angela Merkel', 'Emmanuel Macron']);
});

test('a UTF-8 BOM is removed and offsets count from the character after it, as the editor counts', () => {
  const body = 'Angela Merkel met Emmanuel Macron in Paris on Monday.';
  const a = timed('\ufeff' + body, 2000);
  assert.equal(a.text, body);
  const plain = timed(body, 2000);
  assert.deepEqual(a.mentions, plain.mentions);
  assert.equal(a.mentions[0].start, 0);
  assert.deepEqual(namesAt(a), ['Angela Merkel', 'Emmanuel Macron', 'Paris']);
  // A header after a BOM is still a header.
  const h = timed('\ufeffdate 2025-03-04 ' + body, 2000);
  assert.equal(h.header.date, '2025-03-04');
});

for (const [name, eol] of [['CRLF', '\r\n'], ['lone CR', '\r']] as const) {
  test(`${name} line ends: headings, sentences and names land on the exact characters`, () => {
    const lines = ['Talks in Berlin', '', 'Angela Merkel met Emmanuel Macron in Paris on Monday.', '', 'Aftermath', '', '"We agree," Merkel said.', ''];
    const text = lines.join(eol);
    const a = timed(text, 2000);
    assert.deepEqual(a.sections.map((s) => s.title), ['Talks in Berlin', 'Aftermath']);
    assert.deepEqual(a.sections.map((s) => text.slice(s.heading.start, s.heading.end)), ['Talks in Berlin', 'Aftermath']);
    assert.deepEqual(
      a.sentences.map((s) => text.slice(s.start, s.end)),
      ['Talks in Berlin', 'Angela Merkel met Emmanuel Macron in Paris on Monday.', 'Aftermath', '"We agree," Merkel said.'],
    );
    for (const s of a.sentences) assert.doesNotMatch(text.slice(s.start, s.end), /[\r\n]/);
    assert.deepEqual(namesAt(a), a.mentions.map((m) => m.text));
    assert.ok(namesAt(a).includes('Emmanuel Macron'));
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].text, 'We agree,');
    // Lines are counted as the editor counts them: "Aftermath" is on the fifth line (index 4).
    const lineIndex = new LineIndex(text);
    assert.deepEqual(lineIndex.positionAt(a.sections[1].heading.start), { line: 4, character: 0 });
    const macron = a.mentions.find((m) => m.text === 'Emmanuel Macron')!;
    assert.deepEqual(lineIndex.positionAt(macron.start), { line: 2, character: 18 });
  });
}

test('emoji and other characters outside the BMP before a name: every range still covers the name', () => {
  // Emoji, a musical symbol, a flag (two regional indicators) and a rare CJK ideograph each take
  // two UTF-16 code units; a range counted in code points would land two units early per character.
  const text = '😀🎉 Angela Merkel met 𝄞 Emmanuel Macron in 🇫🇷 Paris. 𠀋 "We agree," said Olaf Scholz 👍.';
  const a = timed(text, 2000);
  assert.deepEqual(namesAt(a), a.mentions.map((m) => m.text));
  for (const name of ['Angela Merkel', 'Emmanuel Macron', 'Paris', 'Olaf Scholz']) {
    const m = a.mentions.find((x) => x.text === name);
    assert.ok(m, `${name} found in ${JSON.stringify(namesAt(a))}`);
    assert.equal(m.start, text.indexOf(name));
    assert.equal(text.slice(m.start, m.end), name);
  }
  const quote = a.quotes.find((q) => q.text === 'We agree,');
  assert.ok(quote);
  assert.equal(text.slice(quote.content.start, quote.content.end), 'We agree,');
  assert.equal(quote.speaker?.text, 'Olaf Scholz');
});

test('right-to-left text with English names inside: the names and only the names are found, at their offsets', () => {
  const text =
    'قال المتحدث إن Angela Merkel وصلت إلى برلين يوم الاثنين.\n' +
    'הדובר אמר כי Emmanuel Macron הגיע לפריז.\n' +
    '\u200fAngela Merkel\u200f said the talks were useful.\n';
  const a = timed(text, 2000);
  assertInBounds(a);
  assert.deepEqual(namesAt(a), a.mentions.map((m) => m.text));
  for (const name of ['Angela Merkel', 'Emmanuel Macron']) assert.ok(namesAt(a).includes(name), JSON.stringify(namesAt(a)));
  for (const m of a.mentions) assert.doesNotMatch(m.text, /[\u0590-\u06ff\u200f]/, 'no Hebrew or Arabic letters or marks inside a name');
});

test('unbalanced quotes do not run past their paragraph, and nested quotes give one quotation', () => {
  const text =
    'Angela Merkel said "this will never end, and then she left.\n\n' +
    'Emmanuel Macron said “we want ‘peace now’ for everyone” on Monday.\n\n' +
    'A stray ” closing mark and a stray “ opening mark.\n\n' +
    'Olaf Scholz said "yes" and then "no" and then "maybe".\n';
  const a = timed(text, 2000);
  assertInBounds(a);
  const firstParagraphEnd = text.indexOf('\n\n');
  for (const q of a.quotes) {
    if (q.start < firstParagraphEnd) assert.ok(q.end <= firstParagraphEnd, `an unclosed quote runs on to ${q.end}`);
    // The quote's words are its content with the spaces at either end trimmed.
    assert.equal(text.slice(q.content.start, q.content.end).trim(), q.text);
  }
  const nested = a.quotes.filter((q) => q.direct && q.start > firstParagraphEnd && q.start < text.indexOf('A stray'));
  assert.equal(nested.length, 1, JSON.stringify(nested.map((q) => q.text)));
  assert.equal(nested[0].text, 'we want ‘peace now’ for everyone');
  const three = a.quotes.filter((q) => q.direct && q.start > text.indexOf('Olaf'));
  assert.deepEqual(three.map((q) => q.text), ['yes', 'no', 'maybe']);
});

test('one 1 MB paragraph with no full stop is analysed in under five seconds', () => {
  const text = 'word Angela Merkel and more words, '.repeat(30_000);
  assert.ok(text.length > 1_000_000);
  const a = timed(text, 5000);
  assertInBounds(a);
  assert.equal(a.sentences.length, 1);
  assert.ok(a.mentions.length >= 30_000, `${a.mentions.length} names`);
});

test('long runs without spaces (a table of contents leader, scraped filler) take time linear in their length', () => {
  for (const piece of ['.', '!', "'", '-', 'A', '%', '?!']) {
    const text = `Contents ${piece.repeat(100_000)} 7\n\nAngela Merkel met Emmanuel Macron.`;
    const a = timed(text, 3000);
    assertInBounds(a);
    assert.ok(namesAt(a).includes('Emmanuel Macron'), `${JSON.stringify(piece)}: ${JSON.stringify(namesAt(a))}`);
  }
});

test('a paragraph of a million short sentences is split without overflowing the stack', () => {
  const text = 'Ab cd. '.repeat(1_000_000);
  const sentences = findSentences(text, [{ start: 0, end: text.length - 1 }], []);
  assert.equal(sentences.length, 1_000_000);
  assert.equal(text.slice(sentences[999_999].start, sentences[999_999].end), 'Ab cd.');
});

test('10,000 quotes in one file are all found, in bounded time', () => {
  const text = Array.from({ length: 10_000 }, (_, i) => `"Quote number ${i} is here," Angela Merkel said.`).join(' ');
  const a = timed(text, 8000);
  const direct = a.quotes.filter((q) => q.direct);
  assert.equal(direct.length, 10_000);
  assert.equal(direct[9_999].text, 'Quote number 9999 is here,');
  assert.equal(direct[9_999].speaker?.text, 'Angela Merkel');
});

test('a front-matter block that never closes is a header problem and the rest is read as text', () => {
  const text = '---\ntitle: Talks\noutlet: North Post\ndate: 2025-03-04\nAngela Merkel met Emmanuel Macron in Paris.\n';
  const a = timed(text, 2000);
  assert.equal(a.header.problems.length, 1);
  assert.match(a.header.problems[0].message, /never closes/);
  assert.deepEqual(a.header.problems[0], { ...a.header.problems[0], start: 0, end: 3 });
  assert.equal(a.header.bodyStart, 0);
  assert.equal(a.header.outlet, null);
  assert.ok(namesAt(a).includes('Emmanuel Macron'));
  // Only the opening line: a lone "---" at the very end is not a header either.
  assert.equal(timed('---', 1000).header.problems.length, 0);
  assert.equal(timed('---\r\n', 1000).header.problems.length, 1);
});

test('an impossible header date (2025-02-30) is a header problem on the date; relative dates stay unresolved', () => {
  const text = 'date 2025-02-30 Angela Merkel met Emmanuel Macron on Monday. On Friday they meet again.';
  const a = timed(text, 2000);
  assert.equal(a.header.date, null);
  assert.equal(a.header.problems.length, 1);
  const p = a.header.problems[0];
  assert.equal(text.slice(p.start, p.end), '2025-02-30');
  assert.match(p.message, /not a calendar date/);
  assert.ok(a.dates.length >= 1);
  for (const d of a.dates.filter((x) => x.relative)) assert.equal(d.value, null, `${d.text} resolved to ${d.value}`);
  // The same in a front-matter block, with CRLF line ends.
  const fm = timed('---\r\ndate: 2025-02-30\r\n---\r\nAngela Merkel spoke on Monday.', 2000);
  assert.equal(fm.header.date, null);
  assert.equal(fm.header.problems.length, 1);
  assert.match(fm.header.problems[0].message, /2025-02-30/);
  assert.equal(fm.header.bodyStart, '---\r\ndate: 2025-02-30\r\n---\r\n'.length);
});

test('input that is not a string (from a careless caller) gives an empty article, not an exception', () => {
  const a = analyzeArticle(undefined as unknown as string, { path: 'x.txt' });
  assert.equal(a.text, '');
  assert.equal(a.mentions.length, 0);
});
