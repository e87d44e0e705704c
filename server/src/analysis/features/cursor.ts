/**
 * What is under the cursor: the name, date, quantity or quote of an article at an offset. Names
 * come first, then dates, then quantities, and a quote only when nothing inside it is there, so
 * the answer is the most specific thing the reader points at.
 */
import type { Article, DateRef, Mention, Quantity, Quote, Span } from '../types';

/** The thing at an offset, with what identifies it in its article. */
export type CursorItem =
  | { kind: 'mention'; span: Span; index: number; mention: Mention }
  | { kind: 'date'; span: Span; date: DateRef }
  | { kind: 'quantity'; span: Span; quantity: Quantity }
  | { kind: 'quote'; span: Span; quote: Quote };

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

/** The innermost item of a list whose span holds the offset (or ends right at it). */
function innermost<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (contains(item, offset) || (item.end === offset && item.end > item.start)) {
      if (!best || item.end - item.start < best.end - best.start) best = item;
    }
  }
  return best;
}

/** The name, date, quantity or quote at an offset of an article, or null when there is none. */
export function itemAt(article: Article, offset: number): CursorItem | null {
  const mention = innermost(article.mentions, offset);
  if (mention) return { kind: 'mention', span: mention, index: article.mentions.indexOf(mention), mention };
  const date = innermost(article.dates, offset);
  if (date) return { kind: 'date', span: date, date };
  const quantity = innermost(article.quantities, offset);
  if (quantity) return { kind: 'quantity', span: quantity, quantity };
  const quote = innermost(article.quotes, offset);
  if (quote) return { kind: 'quote', span: quote, quote };
  return null;
}

/**
 * The index of the name at an offset, for navigation: the first mention whose span holds the
 * offset, its end included (a cursor right after a name still points at it); -1 when none.
 */
export function mentionIndexAt(article: Article, offset: number): number {
  return article.mentions.findIndex((m) => m.start <= offset && offset <= m.end);
}
