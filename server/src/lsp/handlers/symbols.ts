/**
 * Document symbols for the Outline: each section holds the people, organisations and places
 * named in it (one symbol per entity, with its mention count), its quotes (with the speaker) and
 * its dates (with the resolved value). Without sections the same items sit at the top level.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { Article, Span, Story } from '../../analysis';
import { lineIndexOf, shorten, toRange } from '../convert';
import { describeDate } from './hover';
import { entityKeyOf, nameOf, storyIndex } from './storyIndex';

const ENTITY_SYMBOL = { person: SymbolKind.Variable, organization: SymbolKind.Class, place: SymbolKind.Module } as const;
const KIND_LABEL = { person: 'person', organization: 'organisation', place: 'place' } as const;

/** Sorted start offsets, to find which region an offset falls in by binary search. */
function regionOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function name(text: string): string {
  // The Outline rejects empty names.
  return text.trim() || '(empty)';
}

/** The outline of an article. */
export function documentSymbols(article: Article | undefined, story: Story | undefined): DocumentSymbol[] {
  if (!article) return [];
  const index = lineIndexOf(article);
  const sections = article.sections;
  const starts = sections.map((s) => s.start);
  // Region -1 is the text before the first heading (or the whole text without sections).
  const buckets = new Map<number, DocumentSymbol[]>();
  const push = (offset: number, symbol: DocumentSymbol) => {
    const r = regionOf(starts, offset);
    let list = buckets.get(r);
    if (!list) buckets.set(r, (list = []));
    list.push(symbol);
  };
  const items: { offset: number; symbol: DocumentSymbol }[] = [];
  const add = (span: Span, symbol: Omit<DocumentSymbol, 'range' | 'selectionRange'>) => {
    const range = toRange(index, span);
    items.push({ offset: span.start, symbol: { ...symbol, range, selectionRange: range } });
  };

  // One symbol per entity per region, at its first mention there.
  const sIndex = story ? storyIndex(story) : null;
  const seen = new Map<string, { symbol: DocumentSymbol; count: number; kind: string }>();
  article.mentions.forEach((m, i) => {
    const key = (story && entityKeyOf(story, article, i)) ?? `${m.kind}:${m.key}`;
    const region = regionOf(starts, m.start);
    const slot = `${region}\u0000${key}`;
    const known = seen.get(slot);
    if (known) {
      known.count++;
      return;
    }
    const display = sIndex ? nameOf(sIndex, key) : m.text;
    const range = toRange(index, m);
    const symbol: DocumentSymbol = { name: name(display || m.text), kind: ENTITY_SYMBOL[m.kind] ?? SymbolKind.Variable, range, selectionRange: range };
    seen.set(slot, { symbol, count: 1, kind: KIND_LABEL[m.kind] ?? m.kind });
    items.push({ offset: m.start, symbol });
  });
  for (const s of seen.values()) s.symbol.detail = `${s.kind} · ${s.count === 1 ? '1 mention' : `${s.count} mentions`}`;

  for (const q of article.quotes) {
    add(q, { name: name(`"${shorten(q.text, 60)}"`), detail: q.speaker ? q.speaker.text : q.direct ? 'no speaker' : 'reported, no speaker', kind: SymbolKind.String });
  }
  for (const d of article.dates) {
    add(d, { name: name(d.text), detail: describeDate(d.value), kind: SymbolKind.Constant });
  }

  items.sort((a, b) => a.offset - b.offset);
  for (const item of items) push(item.offset, item.symbol);

  const result: DocumentSymbol[] = [...(buckets.get(-1) ?? [])];
  sections.forEach((section, i) => {
    result.push({
      name: name(section.title),
      kind: SymbolKind.Namespace,
      range: toRange(index, section),
      selectionRange: toRange(index, section.heading),
      children: buckets.get(i) ?? [],
    });
  });
  return result;
}
