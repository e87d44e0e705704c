/**
 * Tests of the protocol layer's pure parts: token layout (no overlaps, quotes split around
 * names, one token per line), Markdown escaping of article text, and finding → diagnostic.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, describeDate, LineIndex, tokenSpans, type Article, type Finding } from '../../server/src/analysis';
import { escapeMarkdown, hoverToMarkdown, splitByLines, toDiagnostic, toOffset, toRange } from '../../server/src/lsp/convert';
import { encodeTokens } from '../../server/src/lsp/handlers/semanticTokens';
import { documentSymbols } from '../../server/src/lsp/handlers/symbols';
import { foldingRanges } from '../../server/src/lsp/handlers/folding';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { keyOf } from '../../server/src/lsp/workspace';
import { decodeArticle } from '../../server/src/host';
import { decodeTokens } from './lspClient';

// A CommonMark renderer (installed with the packaging tools) to check what a hover would show.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it');

/** An article with hand-placed annotations, so these tests do not depend on the extractors. */
function article(text: string, marks: Partial<Pick<Article, 'mentions' | 'quotes' | 'dates' | 'quantities'>>): Article {
  const a = analyzeArticle(text, { path: 'file:///story/a.txt' });
  return { ...a, mentions: marks.mentions ?? [], quotes: marks.quotes ?? [], dates: marks.dates ?? [], quantities: marks.quantities ?? [] };
}

function span(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" not in text`);
  return { start, end: start + words.length };
}

const TYPES = ['quote', 'person', 'organization', 'place', 'date', 'quantity'];
const MODS = ['indirect', 'speaker', 'unresolved'];

describe('semantic token layout', () => {
  test('a quote is split around a name inside it, and the speaker is marked', () => {
    const text = '"We thank Anna Berg for this," said Lena Holt.';
    const anna = { ...span(text, 'Anna Berg'), text: 'Anna Berg', kind: 'person' as const, key: 'anna berg' };
    const lena = { ...span(text, 'Lena Holt'), text: 'Lena Holt', kind: 'person' as const, key: 'lena holt' };
    const q = { start: 0, end: text.indexOf(',"') + 2, text: 'We thank Anna Berg for this,', content: { start: 1, end: 29 }, direct: true, verb: null, speaker: { ...lena, mention: 1 } };
    const spans = tokenSpans(article(text, { mentions: [anna, lena], quotes: [q] }));
    assert.deepEqual(
      spans.map((s) => [text.slice(s.start, s.end), s.type, s.modifiers.join(',')]),
      [
        ['"We thank ', 'quote', ''],
        ['Anna Berg', 'person', ''],
        [' for this,"', 'quote', ''],
        ['Lena Holt', 'person', 'speaker'],
      ],
    );
  });

  test('names win over dates and dates over quantities when they overlap', () => {
    const text = 'On May 5 about 300 people met in Paris.';
    const may = { ...span(text, 'May 5'), text: 'May 5', value: '2025-05-05', relative: false };
    const five = { ...span(text, '5 about 300 people'), text: '', value: 5, unit: 'person', hedge: null, number: span(text, '5') };
    const three = { ...span(text, 'about 300 people'), text: 'about 300 people', value: 300, unit: 'person', hedge: 'about', number: span(text, '300') };
    const paris = { ...span(text, 'Paris'), text: 'Paris', kind: 'place' as const, key: 'paris' };
    const bogusDate = { ...span(text, 'Paris.'), text: 'Paris.', value: null, relative: true };
    const spans = tokenSpans(article(text, { mentions: [paris], dates: [may, bogusDate], quantities: [five, three] }));
    assert.deepEqual(
      spans.map((s) => [text.slice(s.start, s.end), s.type]),
      [
        ['May 5', 'date'],
        ['about 300 people', 'quantity'],
        ['Paris', 'place'],
      ],
    );
  });

  test('a quote over several lines becomes one token per line, in UTF-16 units after an emoji', () => {
    const text = '\u{1F600} "First line\r\nsecond line" end';
    const q = { start: text.indexOf('"'), end: text.lastIndexOf('"') + 1, text: '', content: { start: 0, end: 0 }, direct: true, verb: null, speaker: null };
    const a = article(text, { quotes: [q] });
    const tokens = decodeTokens(encodeTokens(a, tokenSpans(a)).data, TYPES, MODS);
    assert.deepEqual(
      tokens.map((t) => [t.line, t.character, t.length, t.type]),
      [
        [0, 3, 11, 'quote'],
        [1, 0, 12, 'quote'],
      ],
    );
  });

  test('reported speech and unresolved dates carry their modifiers', () => {
    const text = 'She said the plan had failed, some day.';
    const q = { ...span(text, 'the plan had failed'), text: 'the plan had failed', content: span(text, 'the plan had failed'), direct: false, verb: null, speaker: null };
    const d = { ...span(text, 'some day'), text: 'some day', value: null, relative: true };
    const a = article(text, { quotes: [q], dates: [d] });
    const tokens = decodeTokens(encodeTokens(a, tokenSpans(a)).data, TYPES, MODS);
    assert.deepEqual(tokens.map((t) => [t.type, t.modifiers]), [
      ['quote', ['indirect']],
      ['date', ['unresolved']],
    ]);
  });

  test('spans outside the text are dropped rather than sent', () => {
    const a = article('Short.', { dates: [{ start: 3, end: 99, text: '', value: null, relative: false }] });
    assert.deepEqual(tokenSpans(a), []);
  });
});

describe('conversions', () => {
  test('offsets and positions agree on CRLF, lone CR and surrogate pairs', () => {
    const text = 'a\r\nb\rc\u{1F600}d\ne';
    const index = new LineIndex(text);
    const d = text.indexOf('d');
    assert.deepEqual(toRange(index, { start: d, end: d + 1 }), { start: { line: 2, character: 3 }, end: { line: 2, character: 4 } });
    assert.equal(toOffset(index, { line: 2, character: 3 }), d);
    assert.deepEqual(splitByLines(index, { start: 0, end: text.length }).map((p) => p.length), [1, 1, 4, 1]);
  });

  test('article text in a hover cannot open links, commands, HTML or emphasis', () => {
    const hostile = '[click](command:workbench.action.terminal.new) <img src=x> **bold** `code` https://evil.example www.evil.example';
    const md = hoverToMarkdown({ title: hostile, kind: 'quote', lines: [{ label: 'Speaker', text: hostile }] }, (path) => path);
    // Rendered the most permissive way (raw HTML and bare-URL linking on), nothing active remains.
    const html: string = new MarkdownIt({ html: true, linkify: true }).render(md);
    assert.ok(!/<a\b|<img\b|<code>|<strong>bold/.test(html), html);
    assert.ok(html.includes('[click](command:workbench.action.terminal.new)'), 'the text itself is kept, inert');
    // Escaping keeps every letter of the text.
    assert.equal(escapeMarkdown('a_b*c').replace(/\\/g, ''), 'a_b*c');
    assert.equal(escapeMarkdown('line one\n# heading'), 'line one \\# heading');
  });

  test('a finding maps field by field, with related information only when supported', () => {
    const text = 'Ushakov said so.';
    const index = new LineIndex(text);
    const finding: Finding = {
      rule: 'name-variant',
      severity: 'information',
      message: 'Spelled "Yury" here and "Yuri" in B.',
      path: 'file:///s/a.txt',
      start: 0,
      end: 7,
      related: [{ path: 'file:///s/b.txt', start: 0, end: 4, message: 'B writes "Yuri".' }],
    };
    const lookup = (p: string) => (p === 'file:///s/b.txt' ? { uri: p, index: new LineIndex('Yuri Ushakov') } : undefined);
    const withRelated = toDiagnostic(index, finding, lookup, true);
    assert.equal(withRelated.code, 'name-variant');
    assert.equal(withRelated.source, 'Triangulate');
    assert.equal(withRelated.severity, 3);
    assert.deepEqual(withRelated.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
    assert.equal(withRelated.relatedInformation?.[0].location.uri, 'file:///s/b.txt');
    assert.equal(withRelated.relatedInformation?.[0].message, 'B writes "Yuri".');
    assert.equal(toDiagnostic(index, finding, lookup, false).relatedInformation, undefined);
  });

  test('dates are written as a reader says them', () => {
    assert.equal(describeDate('2025-12-21'), 'Sunday 21 December 2025');
    assert.equal(describeDate('2022-02'), 'February 2022');
    assert.equal(describeDate('2019'), '2019');
    assert.equal(describeDate(null), 'not resolved');
  });
});

describe('outline and folding', () => {
  const text = 'Intro line about Oslo.\n\nThe Vote\nAnna Berg spoke. Anna Berg left on Monday.\n\nFunding\nMore text here.\n';
  const m1 = { ...span(text, 'Anna Berg'), text: 'Anna Berg', kind: 'person' as const, key: 'anna berg' };
  const m2 = { ...span(text, 'Anna Berg', m1.end), text: 'Anna Berg', kind: 'person' as const, key: 'anna berg' };
  const oslo = { ...span(text, 'Oslo'), text: 'Oslo', kind: 'place' as const, key: 'oslo' };
  const monday = { ...span(text, 'Monday'), text: 'Monday', value: null, relative: true };
  const a = article(text, { mentions: [oslo, m1, m2], dates: [monday] });

  test('sections hold groups by kind: one symbol per entity with its mention count, and dates with their value', () => {
    const symbols = documentSymbols(a, undefined);
    assert.deepEqual(symbols.map((s) => s.name), ['Places', 'The Vote', 'Funding']);
    assert.deepEqual(symbols[0].children?.map((c) => c.name), ['Oslo']);
    const vote = symbols[1];
    assert.deepEqual(
      vote.children?.map((g) => [g.name, g.detail, g.children?.map((c) => [c.name, c.detail])]),
      [
        ['People', '1', [['Anna Berg', 'person · 2 mentions']]],
        ['Dates', '1', [['Monday', 'not resolved']]],
      ],
    );
    // A group has the icon of what it holds, and its range holds its symbols.
    const people = vote.children![0];
    assert.equal(people.kind, people.children![0].kind);
    assert.deepEqual(people.selectionRange, people.children![0].selectionRange);
    assert.deepEqual(symbols[2].children, []);
  });

  test('each section folds from its heading to its last line', () => {
    assert.deepEqual(foldingRanges(a).map((r) => [r.startLine, r.endLine]), [
      [2, 3],
      [5, 6],
    ]);
  });

  test('a front-matter block folds', () => {
    const fm = article('---\ntitle: T\noutlet: O\n---\nBody text.\n', {});
    assert.deepEqual(foldingRanges(fm).map((r) => [r.startLine, r.endLine, r.kind]), [[0, 3, 'comment']]);
  });
});

describe('settings and files', () => {
  test('untyped settings are normalised with defaults and readable problems', () => {
    const problems: string[] = [];
    const s = normalizeSettings({ storyScope: 'galaxy', maxFileSize: '5000', aliases: [['Yury Ushakov', 'Yuri Ushakov'], ['alone']], rules: { 'name-variant': 'off', 'quote-differs': 'loud' } }, problems);
    assert.equal(s.storyScope, 'folder');
    assert.equal(s.maxFileSize, 5000);
    assert.deepEqual(s.aliases, [['Yury Ushakov', 'Yuri Ushakov']]);
    assert.deepEqual(s.rules, { 'name-variant': 'off' });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.ok(Object.isFrozen(s));
    assert.deepEqual(normalizeSettings(null), normalizeSettings({}));
  });

  test('binary and invalid UTF-8 bytes are refused; a BOM is removed', () => {
    assert.ok('reason' in decodeArticle(new Uint8Array([0x61, 0x00, 0x62])));
    assert.ok('reason' in decodeArticle(new Uint8Array([0x63, 0x61, 0x66, 0xe9])));
    assert.deepEqual(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])), { text: 'hi', bom: true });
  });

  test('a file URI spelled two ways gives one key', () => {
    assert.equal(keyOf('file:///tmp/a%20b/c.txt'), keyOf('file:///tmp/a b/c.txt'));
    assert.equal(keyOf('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});
