/**
 * Hover cards: over a name, a date, a quantity or a quote, a short card with the answer first
 * and then what the other sources of the story say, each with a link to the line. The card is
 * plain data; the protocol layer renders it (as Markdown) and turns paths into URIs.
 */
import { describeDiff } from '../compare/diff';
import { placesInName } from '../extract/namedPlaces';
import type { CorpusSnapshot, Story } from '../corpus/corpus';
import type { Article, DateRef, Finding, Quantity, Quote, Span } from '../types';
import { itemAt } from './cursor';
import { describeDate } from './dates';
import { lineOf } from './lines';
import { describedAt, entityKeyOf, nameOf, storyIndex, type MentionRef } from './storyIndex';
import { KIND_LABEL, plural, shorten } from './words';

/** A link to a place in an article of the story. */
export interface HoverLink {
  label: string;
  /** The article's path (its key in the corpus). */
  path: string;
  /** The offset linked to, and its zero-based line, which the link opens. */
  start: number;
  line: number;
}

/** One line of a hover card: a label, some text from the article, and optional links. */
export interface HoverLine {
  label: string;
  /** Article text or values, unescaped: the renderer escapes them. */
  text: string;
  links?: HoverLink[];
}

/** What a hover card shows, independent of its rendering. */
export interface HoverCard {
  /** The card's first line: what the thing is. */
  title: string;
  /** Short kind shown after the title ("person", "date"). */
  kind: string;
  lines: HoverLine[];
  /** Other sources, each with a label, text and links. */
  sources?: HoverLine[];
  /** How the sources differ here (findings), each with links to the other sources. */
  differs?: HoverLine[];
}

/** A hover card and the span of the words it describes. */
export interface HoverResult {
  card: HoverCard;
  span: Span;
}

/** Which findings a card shows; by default all of them. */
export type FindingFilter = (finding: Finding) => boolean;

function linkTo(article: Article, span: Span, label: string): HoverLink {
  return { label, path: article.path, start: span.start, line: lineOf(article, span.start) };
}

/** A link labelled with the line it opens ("line 12"). */
function lineLink(article: Article, span: Span): HoverLink {
  const link = linkTo(article, span, '');
  link.label = `line ${link.line + 1}`;
  return link;
}

function entityCard(story: Story, article: Article, mentionIndex: number): HoverCard {
  const mention = article.mentions[mentionIndex];
  const key = entityKeyOf(story, article, mentionIndex) ?? '';
  return cardOfEntity(story, article, key, { article, index: mentionIndex, mention });
}

/**
 * The card of an entity as seen from an article: its spellings, its roles and descriptions
 * here, and what each other source calls it. `seed` is the mention pointed at, if any.
 */
function cardOfEntity(story: Story, article: Article, key: string, seed: MentionRef | null): HoverCard {
  const index = storyIndex(story);
  const refs = index.mentions.get(key) ?? (seed ? [seed] : []);
  const entity = index.entities.get(key);
  const here = refs.filter((r) => r.article === article);
  const variants = new Set<string>(entity?.variants ?? []);
  for (const r of refs) variants.add(r.mention.text);
  const name = nameOf(index, key) || seed?.mention.text || key;
  variants.delete(name);
  const described = index.descriptions.descriptionsOf(key);
  const describedIn = (a: Article) => [...new Set(described.filter((d) => d.path === a.path).map((d) => d.text))];

  const lines: HoverLine[] = [];
  if (variants.size) lines.push({ label: 'Also written', text: [...variants].slice(0, 6).join(', ') });
  const roles = article.roles.filter((r) => here.some((h) => h.index === r.mention)).map((r) => r.text);
  if (roles.length) lines.push({ label: 'Role here', text: [...new Set(roles)].slice(0, 4).join('; ') });
  const places = seed ? placesInName(seed.mention) : [];
  if (places.length) lines.push({ label: 'Places in the name', text: [...new Set(places.map((p) => p.text))].join(', ') });
  const describedHere = describedIn(article);
  if (describedHere.length) lines.push({ label: 'Described here', text: describedHere.slice(0, 4).map((t) => `"${t}"`).join(', ') });
  const quotes = index.quotesBySpeaker.get(key) ?? [];
  const quotedHere = quotes.filter((q) => q.article === article).length;
  lines.push({ label: 'In this article', text: `${plural(here.length, 'mention')}${quotedHere ? `, ${plural(quotedHere, 'quote')}` : ''}` });

  const sources: HoverLine[] = [];
  const byArticle = new Map<Article, MentionRef[]>();
  for (const r of refs) {
    if (r.article === article) continue;
    let list = byArticle.get(r.article);
    if (!list) byArticle.set(r.article, (list = []));
    list.push(r);
  }
  // An outlet that only describes the entity ("the gunman") is a source too.
  for (const d of described) {
    const other = story.article(d.path);
    if (other && other !== article && !byArticle.has(other)) byArticle.set(other, []);
  }
  for (const [other, list] of byArticle) {
    const spellings = [...new Set(list.map((r) => r.mention.text))];
    const otherRoles = [...new Set(other.roles.filter((r) => list.some((m) => m.index === r.mention)).map((r) => r.text))];
    const descriptions = describedIn(other);
    const quotedThere = quotes.filter((q) => q.article === other).length;
    const named = spellings.length ? `"${spellings.join('", "')}", ${plural(list.length, 'mention')}` : 'not named';
    const as = descriptions.length ? `; as ${descriptions.slice(0, 2).map((t) => `"${t}"`).join(', ')}` : '';
    const text = `${named}${quotedThere ? `, ${plural(quotedThere, 'quote')}` : ''}${otherRoles.length ? `; ${otherRoles.slice(0, 2).join('; ')}` : ''}${as}`;
    const first = list[0]?.mention ?? described.find((d) => d.path === other.path)!;
    sources.push({ label: other.outlet, text, links: [lineLink(other, first)] });
  }
  const kind = entity?.kind ?? seed?.mention.kind ?? refs[0]?.mention.kind ?? 'person';
  return { title: name, kind: KIND_LABEL[kind] ?? kind, lines, sources };
}

function dateCard(article: Article, date: DateRef): HoverCard {
  const lines: HoverLine[] = [{ label: 'Date', text: describeDate(date.value) }];
  if (date.relative && date.value && article.header.date) lines.push({ label: 'Counted from', text: `the article's date, ${describeDate(article.header.date)}` });
  else if (date.relative && !date.value) lines.push({ label: 'Why', text: 'it depends on a date the text does not give' });
  return { title: date.text, kind: 'date', lines };
}

function quantityCard(quantity: Quantity): HoverCard {
  const lines: HoverLine[] = [{ label: 'Value', text: quantity.value.toLocaleString('en') }];
  if (quantity.unit) lines.push({ label: 'Counts', text: quantity.unit });
  lines.push({ label: 'Hedge', text: quantity.hedge ?? 'none' });
  return { title: quantity.text, kind: 'quantity', lines };
}

function quoteCard(story: Story, article: Article, quote: Quote): HoverCard {
  const lines: HoverLine[] = [{ label: 'Speaker', text: quote.speaker ? quote.speaker.text : 'not attributed' }];
  if (quote.verb) lines.push({ label: 'Verb', text: quote.verb.text });
  const sources: HoverLine[] = [];
  const m = quote.speaker?.mention;
  if (m !== null && m !== undefined) {
    const key = entityKeyOf(story, article, m);
    const others = key ? (storyIndex(story).quotesBySpeaker.get(key) ?? []) : [];
    for (const o of others) {
      if (o.article === article) continue;
      sources.push({
        label: o.article.outlet,
        text: `${o.quote.direct ? '' : '(reported) '}"${shorten(o.quote.text, 120)}"`,
        links: [lineLink(o.article, o.quote)],
      });
      if (sources.length >= 5) break;
    }
  }
  return { title: `"${shorten(quote.text, 80)}"`, kind: quote.direct ? 'quote' : 'reported speech', lines, sources };
}

/**
 * The findings on a span, as card lines: what differs, in the rule's words, with links to the
 * other sources, and for reworded quotes the word-level changes. Hints are shown too: the
 * Problems pane leaves them out, so the card is where a reader meets them.
 */
function findingLines(story: Story, article: Article, span: Span, entity: string | null, keep: FindingFilter): HoverLine[] {
  const lines: HoverLine[] = [];
  for (const f of story.findings ?? []) {
    if (f.path !== article.path || !keep(f)) continue;
    // A finding about the entity itself (its roles, its spellings) belongs on its card even
    // when it underlines other words, such as the role.
    const onSpan = f.end > span.start && f.start < span.end;
    if (!onSpan && !(entity && f.data?.entity === entity)) continue;
    const links: HoverLink[] = [];
    for (const r of (f.related ?? []).slice(0, 3)) {
      const other = story.articles.find((a) => a.path === r.path);
      if (other) links.push(linkTo(other, r, other.outlet));
    }
    lines.push({ label: f.rule, text: shorten(f.message, 200), links });
    const diff = f.data?.diff;
    if (Array.isArray(diff) && diff.length) {
      try {
        const changes = describeDiff(diff as Parameters<typeof describeDiff>[0], 3);
        if (changes.length) lines.push({ label: 'Wording', text: changes.join('; ') });
      } catch {
        // A diff in an unexpected shape is left out of the card.
      }
    }
    if (lines.length >= 8) break;
  }
  return lines;
}

/**
 * The hover card at an offset of an article: for a name, its spellings, roles and mentions in
 * each source; for a date, its calendar day; for a quantity, its value; for a quote, its speaker
 * and the other sources' renderings. The findings on the words (those `keep` lets through,
 * hints never) follow as `differs`. Null when nothing at the offset has a card.
 */
export function hoverAt(snapshot: CorpusSnapshot, path: string, offset: number, keep: FindingFilter = () => true): HoverResult | null {
  const article = snapshot.article(path);
  if (!article) return null;
  const story = snapshot.storyOf(path);
  if (!story) return null;
  const item = itemAt(article, offset);
  if (item?.kind !== 'mention') {
    // A description of a person the story names ("the gunman"): the person's card.
    const described = describedAt(story, article, offset);
    if (described) {
      const card = cardOfEntity(story, article, described.key, null);
      const d = article.descriptions![described.index];
      const why = d.mention !== null ? 'this article ties the description to the name' : `other sources name the ${d.head}`;
      card.lines.unshift({ label: 'Described', text: `"${d.text}" is ${card.title}: ${why}` });
      const differs = findingLines(story, article, described.span, described.key, keep);
      if (differs.length) card.differs = differs;
      return { card, span: described.span };
    }
  }
  if (!item) return null;
  let card: HoverCard;
  switch (item.kind) {
    case 'mention':
      card = entityCard(story, article, item.index);
      break;
    case 'date':
      card = dateCard(article, item.date);
      break;
    case 'quantity':
      card = quantityCard(item.quantity);
      break;
    case 'quote':
      card = quoteCard(story, article, item.quote);
      break;
  }
  const entity = item.kind === 'mention' ? entityKeyOf(story, article, item.index) : null;
  const differs = findingLines(story, article, item.span, entity, keep);
  if (differs.length) card.differs = differs;
  return { card, span: { start: item.span.start, end: item.span.end } };
}
