/**
 * Semantic tokens: names, dates, quantities and quotes as the custom token types declared in
 * the manifest. Tokens never overlap: names win over dates, dates over quantities, and a quote
 * is split around anything inside it. Spans over several lines become one token per line.
 */
import type { Range, SemanticTokens } from 'vscode-languageserver/node';
import type { Article, Span } from '../../analysis';
import { TOKEN_MODIFIERS, TOKEN_TYPES, type TokenModifier, type TokenType } from '../capabilities';
import { lineIndexOf, splitByLines, toSpan } from '../convert';

/** One token before encoding: a span of the text with its type and modifiers. */
export interface TokenSpan extends Span {
  type: TokenType;
  modifiers: TokenModifier[];
}

function valid(span: Span, length: number): boolean {
  return Number.isFinite(span.start) && Number.isFinite(span.end) && span.start >= 0 && span.end > span.start && span.end <= length;
}

/**
 * Adds candidate spans to `taken` (sorted, non-overlapping), skipping any that overlap what is
 * already there. Linear in the two lists: candidates are sorted, then merged with `taken`.
 */
function claim(taken: TokenSpan[], candidates: TokenSpan[]): TokenSpan[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TokenSpan[] = [];
  let i = 0;
  let lastEnd = -1;
  for (const c of candidates) {
    while (i < taken.length && taken[i].end <= c.start) {
      out.push(taken[i]);
      lastEnd = Math.max(lastEnd, taken[i].end);
      i++;
    }
    const next = taken[i];
    if (c.start < lastEnd || (next && next.start < c.end)) continue;
    out.push(c);
    lastEnd = c.end;
  }
  while (i < taken.length) out.push(taken[i++]);
  return out;
}

/**
 * The article's tokens, sorted and non-overlapping, in offsets. Quotes fill only the gaps
 * between names, dates and quantities inside them.
 */
export function tokenSpans(article: Article): TokenSpan[] {
  const n = article.text.length;
  const speakers = new Set<number>();
  for (const q of article.quotes) if (q.speaker?.mention !== null && q.speaker?.mention !== undefined) speakers.add(q.speaker.mention);

  const names: TokenSpan[] = [];
  article.mentions.forEach((m, i) => {
    if (valid(m, n)) names.push({ start: m.start, end: m.end, type: m.kind, modifiers: speakers.has(i) ? ['speaker'] : [] });
  });
  let taken = claim([], names);
  taken = claim(
    taken,
    article.dates.filter((d) => valid(d, n)).map((d) => ({ start: d.start, end: d.end, type: 'date' as const, modifiers: d.value ? [] : ['unresolved' as const] })),
  );
  taken = claim(
    taken,
    article.quantities.filter((q) => valid(q, n)).map((q) => ({ start: q.start, end: q.end, type: 'quantity' as const, modifiers: [] })),
  );

  // Quotes: merge overlapping quotes first (a nested quote lies inside its outer quote), then
  // fill each quote's gaps between the tokens already taken.
  const quotes = article.quotes
    .filter((q) => valid(q, n))
    .map((q) => ({ start: q.start, end: q.end, direct: q.direct }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; direct: boolean }[] = [];
  for (const q of quotes) {
    const last = merged[merged.length - 1];
    if (last && q.start < last.end) {
      last.end = Math.max(last.end, q.end);
      last.direct = last.direct || q.direct;
    } else merged.push({ ...q });
  }
  const pieces: TokenSpan[] = [];
  let t = 0;
  for (const q of merged) {
    while (t < taken.length && taken[t].end <= q.start) t++;
    let at = q.start;
    let k = t;
    while (k < taken.length && taken[k].start < q.end) {
      if (taken[k].start > at) pieces.push({ start: at, end: taken[k].start, type: 'quote', modifiers: q.direct ? [] : ['indirect'] });
      at = Math.max(at, taken[k].end);
      k++;
    }
    if (at < q.end) pieces.push({ start: at, end: q.end, type: 'quote', modifiers: q.direct ? [] : ['indirect'] });
  }
  return claim(taken, pieces);
}

/** Encodes tokens in the protocol's relative form, one token per line piece, optionally within a range. */
export function encodeTokens(article: Article, spans: TokenSpan[], range?: Range): SemanticTokens {
  const index = lineIndexOf(article);
  const window = range ? toSpan(index, range) : null;
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const span of spans) {
    if (window && (span.end <= window.start || span.start >= window.end)) continue;
    const type = TOKEN_TYPES.indexOf(span.type);
    let mods = 0;
    for (const m of span.modifiers) mods |= 1 << TOKEN_MODIFIERS.indexOf(m);
    for (const piece of splitByLines(index, span)) {
      const deltaLine = piece.line - prevLine;
      data.push(deltaLine, deltaLine === 0 ? piece.character - prevChar : piece.character, piece.length, type, mods);
      prevLine = piece.line;
      prevChar = piece.character;
    }
  }
  return { data };
}

/** Semantic tokens of a whole article, or of a range of it. */
export function semanticTokens(article: Article | undefined, range?: Range): SemanticTokens {
  if (!article) return { data: [] };
  return encodeTokens(article, tokenSpans(article), range);
}
