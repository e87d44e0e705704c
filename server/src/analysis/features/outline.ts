/**
 * The outline of an article: each section holds groups, People, Organisations, Places, Quotes
 * and Dates, in that order and each only when not empty; a group holds the people,
 * organisations or places named in the section (one item per entity, with its mention count),
 * its quotes (with the speaker) or its dates (with the resolved value), in text order. Without
 * sections the same groups sit at the top level; those of the text before the first heading sit
 * at the top level before the sections.
 */
import type { Story } from '../corpus/corpus';
import type { Article, EntityKind, Span } from '../types';
import { describeDate } from './dates';
import { entityKeyOf, nameOf, storyIndex } from './storyIndex';
import { KIND_LABEL, plural, shorten } from './words';

/** What an outline item that is not a group or a section stands for. */
export type OutlineLeafKind = EntityKind | 'quote' | 'date';

/** One entry of the outline. */
export interface OutlineItem {
  /** Never empty (an outline rejects empty names). */
  name: string;
  detail?: string;
  kind: 'section' | 'group' | OutlineLeafKind;
  /** For a group, the kind of the items it holds. */
  groupOf?: OutlineLeafKind;
  /**
   * What the item covers: the section, the words of a mention, quote or date, or for a group
   * the items of its section (see `grouped`).
   */
  span: Span;
  /** What to select when the item is chosen: a section's heading, a group's first item in its range, otherwise `span`. */
  selection: Span;
  /** The groups of a section, the items of a group; only sections and groups have children. */
  children?: OutlineItem[];
}

/** The groups under a section, in the order they are listed, with their names. */
const GROUPS: readonly { kind: OutlineLeafKind; name: string }[] = [
  { kind: 'person', name: 'People' },
  { kind: 'organization', name: 'Organisations' },
  { kind: 'place', name: 'Places' },
  { kind: 'quote', name: 'Quotes' },
  { kind: 'date', name: 'Dates' },
];

/**
 * The items of one region, in text order, as groups by kind. The groups cover the region from
 * its first item to its last, the k-th group's range starting k characters later than the
 * first's: an editor that lists symbols by position (and ties by name) then keeps the groups in
 * the order given. A group selects its first item that lies in its range.
 */
function grouped(items: readonly OutlineItem[]): OutlineItem[] {
  if (!items.length) return [];
  let start = items[0].span.start;
  let end = items[0].span.end;
  for (const i of items) {
    if (i.span.start < start) start = i.span.start;
    if (i.span.end > end) end = i.span.end;
  }
  const out: OutlineItem[] = [];
  for (const g of GROUPS) {
    const members = items.filter((i) => i.kind === g.kind);
    if (!members.length) continue;
    const from = Math.min(start + out.length, end);
    const first = members.find((m) => m.selection.start >= from);
    out.push({
      name: g.name,
      detail: String(members.length),
      kind: 'group',
      groupOf: g.kind,
      span: { start: from, end },
      selection: first ? spanOf(first.selection) : { start: from, end: from },
      children: members,
    });
  }
  return out;
}

/** The index of the region an offset falls in, by binary search over sorted starts; -1 before the first. */
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

function nonEmpty(text: string): string {
  return text.trim() || '(empty)';
}

function spanOf(s: Span): Span {
  return { start: s.start, end: s.end };
}

/**
 * The outline of an article. With its story, an entity is shown under the name the story gives
 * it (the linked entity's name, or its most used spelling); without, under the mention's words.
 */
export function outline(article: Article | undefined, story?: Story): OutlineItem[] {
  if (!article) return [];
  const sections = article.sections;
  const starts = sections.map((s) => s.start);
  const items: { offset: number; item: OutlineItem }[] = [];
  const add = (span: Span, item: Omit<OutlineItem, 'span' | 'selection'>) => {
    items.push({ offset: span.start, item: { ...item, span: spanOf(span), selection: spanOf(span) } });
  };

  // One item per entity per region, at its first mention there.
  const sIndex = story ? storyIndex(story) : null;
  const seen = new Map<string, { item: OutlineItem; count: number; kind: string }>();
  article.mentions.forEach((m, i) => {
    const key = (story && entityKeyOf(story, article, i)) ?? `${m.kind}:${m.key}`;
    const slot = `${regionOf(starts, m.start)}\u0000${key}`;
    const known = seen.get(slot);
    if (known) {
      known.count++;
      return;
    }
    const display = sIndex ? nameOf(sIndex, key) : m.text;
    const item: OutlineItem = { name: nonEmpty(display || m.text), kind: m.kind, span: spanOf(m), selection: spanOf(m) };
    seen.set(slot, { item, count: 1, kind: KIND_LABEL[m.kind] ?? m.kind });
    items.push({ offset: m.start, item });
  });
  for (const s of seen.values()) s.item.detail = `${s.kind} · ${plural(s.count, 'mention')}`;

  for (const q of article.quotes) {
    add(q, { name: nonEmpty(`"${shorten(q.text, 60)}"`), detail: q.speaker ? q.speaker.text : q.direct ? 'no speaker' : 'reported, no speaker', kind: 'quote' });
  }
  for (const d of article.dates) add(d, { name: nonEmpty(d.text), detail: describeDate(d.value), kind: 'date' });

  items.sort((a, b) => a.offset - b.offset);
  // Region -1 is the text before the first heading (or the whole text without sections).
  const buckets = new Map<number, OutlineItem[]>();
  for (const { offset, item } of items) {
    const r = regionOf(starts, offset);
    let list = buckets.get(r);
    if (!list) buckets.set(r, (list = []));
    list.push(item);
  }
  const result: OutlineItem[] = grouped(buckets.get(-1) ?? []);
  sections.forEach((section, i) => {
    result.push({ name: nonEmpty(section.title), kind: 'section', span: spanOf(section), selection: spanOf(section.heading), children: grouped(buckets.get(i) ?? []) });
  });
  return result;
}

/** A region of an article that folds: its header, or a section. */
export interface FoldingRegion extends Span {
  kind: 'header' | 'section';
}

/**
 * The regions of an article that fold: its header (a front-matter block; a leading `date` token
 * is one line, which an editor does not fold) and each section from its heading to its end.
 */
export function foldingRegions(article: Article | undefined): FoldingRegion[] {
  if (!article) return [];
  const regions: FoldingRegion[] = [];
  if (article.header.span) regions.push({ ...spanOf(article.header.span), kind: 'header' });
  for (const section of article.sections) regions.push({ ...spanOf(section), kind: 'section' });
  return regions;
}
