/**
 * The highlighted spans of an article: names, dates, quantities and quotes, each with its kind.
 * Spans never overlap: names win over dates, dates over quantities, and a quote is split around
 * anything inside it.
 */
import type { Article, EntityKind, Span } from '../types';

/** What a highlighted span is. */
export type TokenKind = 'quote' | EntityKind | 'date' | 'quantity';

/** What else is known about it: reported speech, the speaker of a quote, a date not placed on the calendar. */
export type TokenModifierKind = 'indirect' | 'speaker' | 'unresolved';

/** One highlighted span of the text with its kind and modifiers. */
export interface TokenSpan extends Span {
  type: TokenKind;
  modifiers: TokenModifierKind[];
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
 * The article's highlighted spans, sorted and non-overlapping. Spans outside the text are
 * dropped; quotes fill only the gaps between the names, dates and quantities inside them.
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
