import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, type Article, type Span } from '../../server/src/analysis';

/** Pieces that real articles are made of, so random text exercises every extractor. */
const PIECES = [
  'The ', 'Kremlin', ' said', ' on Sunday', ' that', ' President ', 'Vladimir Putin', "'s", ' adviser ', 'Yury Ushakov',
  ' told reporters', ', ', '. ', '\n', '\r\n', '\r', '“', '”', '"', "'", '‘', '’', ' about 1,300 drones', ' €80 million',
  ' in February 2022', ' a day earlier', ' U.S.', ' White House', ' 😀', ' שלום', ' مرحبا', ' 2025-12-21', '---\n', 'date 2025-02-30 ',
  'What Happened\n', ' said Smith', ' he said.', ' nine missiles', ' 12%', '\u0000', '\ufeff', '\ud800', ' Zelenskyy', ' denied',
];

const articleText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join('')),
);

function spansOf(a: Article): Record<string, Span[]> {
  return {
    mentions: a.mentions,
    quotes: a.quotes,
    dates: a.dates,
    quantities: a.quantities,
    roles: a.roles,
    sentences: a.sentences,
    sections: a.sections,
  };
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
}

test('every span lies within the text, on code-point boundaries, and spans of a kind do not overlap', () => {
  fc.assert(
    fc.property(articleText, (input) => {
      const a = analyzeArticle(input, { path: 'p/outlet.txt' });
      for (const [kind, spans] of Object.entries(spansOf(a))) {
        let lastEnd = -1;
        const sorted = [...spans].sort((x, y) => x.start - y.start);
        for (const s of sorted) {
          assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${kind}: integer offsets`);
          assert.ok(s.start >= 0 && s.end <= a.text.length && s.start <= s.end, `${kind}: ${s.start}-${s.end} within ${a.text.length}`);
          assert.ok(!isLowSurrogate(a.text, s.start) && !isLowSurrogate(a.text, s.end), `${kind}: span splits a surrogate pair`);
          if (kind !== 'sections' && kind !== 'roles') assert.ok(s.start >= lastEnd, `${kind}: overlapping spans at ${s.start}`);
          lastEnd = Math.max(lastEnd, s.end);
        }
      }
      for (const m of a.mentions) assert.equal(m.text, a.text.slice(m.start, m.end));
      for (const q of a.quotes) {
        assert.ok(q.content.start >= q.start && q.content.end <= q.end, 'quote content lies inside the quote');
        if (q.speaker) assert.ok(q.speaker.start >= 0 && q.speaker.end <= a.text.length);
      }
      for (const r of a.roles) assert.ok(r.mention >= 0 && r.mention < a.mentions.length, 'a role points at a mention');
    }),
    { numRuns: 300 },
  );
});

test('analysing the same text twice gives the same result', () => {
  fc.assert(
    fc.property(articleText, (input) => {
      const one = analyzeArticle(input, { path: 'a.txt' });
      const two = analyzeArticle(input, { path: 'a.txt' });
      assert.deepEqual(one, two);
    }),
    { numRuns: 100 },
  );
});

test('analysis terminates quickly on any input', () => {
  fc.assert(
    fc.property(articleText, (input) => {
      const t0 = performance.now();
      analyzeArticle(input.repeat(20));
      assert.ok(performance.now() - t0 < 2000, 'analysis of a few kilobytes took over two seconds');
    }),
    { numRuns: 40 },
  );
});
