import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, type Article, type Span } from '../../server/src/analysis';
import { boundMs } from '../support/timing';

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
  // Any code point, astral ones included, and any UTF-16 code unit, lone surrogates included.
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
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

/** A span that lies within the text and does not cut a surrogate pair in two. */
function assertWellPlaced(text: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: ${s.start}-${s.end} within ${text.length}`);
  assert.ok(!isLowSurrogate(text, s.start) && !isLowSurrogate(text, s.end), `${what}: ${s.start}-${s.end} splits a surrogate pair`);
}

test('inner spans and cross-references are valid: quote parts, speakers, verbs, headings, header problems', () => {
  fc.assert(
    fc.property(articleText, (input) => {
      const a = analyzeArticle(input, { path: 'p/outlet.txt' });
      const t = a.text;
      for (const q of a.quotes) {
        assertWellPlaced(t, q, 'quote');
        assertWellPlaced(t, q.content, 'quote content');
        if (q.verb) {
          assertWellPlaced(t, q.verb, 'speech verb');
          assert.equal(q.verb.text, t.slice(q.verb.start, q.verb.end), 'a verb names the words it covers');
        }
        if (q.speaker) {
          assertWellPlaced(t, q.speaker, 'speaker');
          if (q.speaker.antecedent) assertWellPlaced(t, q.speaker.antecedent, 'antecedent');
          const m = q.speaker.mention;
          if (m !== null) {
            assert.ok(Number.isInteger(m) && m >= 0 && m < a.mentions.length, `speaker mention ${m} of ${a.mentions.length}`);
            const mention = a.mentions[m];
            const target = q.speaker.antecedent ?? q.speaker;
            assert.ok(mention.start < Math.max(target.end, q.speaker.end) && mention.end > Math.min(target.start, q.speaker.start), 'the speaker points at a mention it overlaps');
          }
        }
      }
      for (const r of a.roles) {
        assertWellPlaced(t, r, 'role');
        assert.equal(r.text, t.slice(r.start, r.end), 'a role names the words it covers');
      }
      for (const d of a.dates) {
        assertWellPlaced(t, d, 'date');
        assert.ok(d.value === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.value), `date value ${d.value}`);
      }
      for (const n of a.quantities) {
        assertWellPlaced(t, n.number, 'number');
        assert.ok(n.number.start >= n.start && n.number.end <= n.end, 'the number lies inside its quantity');
        assert.ok(Number.isFinite(n.value), `quantity value ${n.value}`);
      }
      for (const s of a.sections) {
        assertWellPlaced(t, s.heading, 'heading');
        assert.equal(s.title, t.slice(s.heading.start, s.heading.end));
      }
      for (const p of a.header.problems) assertWellPlaced(t, p, 'header problem');
      if (a.header.span) assertWellPlaced(t, a.header.span, 'header');
      assert.ok(a.header.bodyStart >= 0 && a.header.bodyStart <= t.length);
      for (const s of a.sentences) assert.ok(s.start >= a.header.bodyStart, 'no sentence inside the header');
      assert.deepEqual(a.notes, [], 'no internal error on any input');
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
      assert.ok(performance.now() - t0 < boundMs(2000), 'analysis of a few kilobytes took over two seconds');
    }),
    { numRuns: 40 },
  );
});

test('text over maxLength gets only its header and sections, and says so', () => {
  fc.assert(
    fc.property(articleText, fc.integer({ min: 0, max: 50 }), (input, max) => {
      const a = analyzeArticle(input, { maxLength: max });
      if (a.text.length > max) {
        assert.equal(a.mentions.length + a.quotes.length + a.dates.length + a.quantities.length + a.roles.length + a.sentences.length, 0);
        assert.equal(a.notes.length, 1);
        assert.match(a.notes[0], /over the limit/);
      } else assert.deepEqual(a.notes, []);
    }),
    { numRuns: 100 },
  );
});

test('a run of one character, up to 50,000 long, is analysed in time linear in its length', () => {
  fc.assert(
    fc.property(fc.constantFrom('.', '!', '?', "'", '"', '“', '-', 'A', 'a', '%', '😀', ' ', '\n', '\r', ',', '1', 'Mr. ', 'U.S. ', '"a" '), (piece) => {
      const t0 = performance.now();
      analyzeArticle(piece.repeat(Math.ceil(50_000 / piece.length)));
      assert.ok(performance.now() - t0 < boundMs(3000), `a run of ${JSON.stringify(piece)} took over three seconds`);
    }),
    { numRuns: 19 },
  );
});
