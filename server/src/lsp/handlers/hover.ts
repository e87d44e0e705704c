/**
 * Hover cards: over a name, a date, a quantity or a quote, a short card with the answer first
 * and then what the other sources of the story say, each with a link to the line.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { describeDiff, type Article, type CorpusSnapshot, type DateRef, type Finding, type Mention, type Quantity, type Quote, type Span, type Story } from '../../analysis';
import { hoverToMarkdown, lineIndexOf, shorten, toOffset, toPosition, toRange, type HoverCard, type HoverLine, type HoverLink } from '../convert';
import { entityKeyOf, nameOf, storyIndex, type MentionRef } from './storyIndex';

/** Turns an article key into the URI the client should open. */
export type UriOf = (key: string) => string;

const KIND_LABEL = { person: 'person', organization: 'organisation', place: 'place' } as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Writes a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value as a reader would ("Sunday 21 December 2025"). */
export function describeDate(value: string | null): string {
  if (!value) return 'not resolved';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const year = +m[1];
  if (!m[2]) return String(year);
  const month = MONTHS[+m[2] - 1];
  if (!month) return value;
  if (!m[3]) return `${month} ${year}`;
  const day = +m[3];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, +m[2] - 1, day)).getUTCDay()];
  return `${weekday} ${day} ${month} ${year}`;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

/** The innermost item of a list whose span holds the offset (or ends right at it). */
function at<T extends Span>(items: T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (contains(item, offset) || (item.end === offset && item.end > item.start)) {
      if (!best || item.end - item.start < best.end - best.start) best = item;
    }
  }
  return best;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function linkTo(uriOf: UriOf, article: Article, span: Span, label: string): HoverLink {
  return { label, uri: uriOf(article.path), line: toPosition(lineIndexOf(article), span.start).line };
}

function entityCard(story: Story, article: Article, mentionIndex: number, uriOf: UriOf): HoverCard {
  const mention = article.mentions[mentionIndex];
  const index = storyIndex(story);
  const key = entityKeyOf(story, article, mentionIndex) ?? '';
  const refs = index.mentions.get(key) ?? [{ article, index: mentionIndex, mention }];
  const entity = index.entities.get(key);
  const here = refs.filter((r) => r.article === article);
  const variants = new Set<string>(entity?.variants ?? []);
  for (const r of refs) variants.add(r.mention.text);
  const name = nameOf(index, key) || mention.text;
  variants.delete(name);

  const lines: HoverLine[] = [];
  if (variants.size) lines.push({ label: 'Also written', text: [...variants].slice(0, 6).join(', ') });
  const roles = article.roles.filter((r) => here.some((h) => h.index === r.mention)).map((r) => r.text);
  if (roles.length) lines.push({ label: 'Role here', text: [...new Set(roles)].slice(0, 4).join('; ') });
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
  for (const [other, list] of byArticle) {
    const spellings = [...new Set(list.map((r) => r.mention.text))];
    const otherRoles = [...new Set(other.roles.filter((r) => list.some((m) => m.index === r.mention)).map((r) => r.text))];
    const quotedThere = quotes.filter((q) => q.article === other).length;
    const text = `"${spellings.join('", "')}", ${plural(list.length, 'mention')}${quotedThere ? `, ${plural(quotedThere, 'quote')}` : ''}${otherRoles.length ? `; ${otherRoles.slice(0, 2).join('; ')}` : ''}`;
    sources.push({ label: other.outlet, text, links: [linkTo(uriOf, other, list[0].mention, `line ${toPosition(lineIndexOf(other), list[0].mention.start).line + 1}`)] });
  }
  return { title: name, kind: KIND_LABEL[mention.kind] ?? mention.kind, lines, sources };
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

function quoteCard(story: Story, article: Article, quote: Quote, uriOf: UriOf): HoverCard {
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
        links: [linkTo(uriOf, o.article, o.quote, `line ${toPosition(lineIndexOf(o.article), o.quote.start).line + 1}`)],
      });
      if (sources.length >= 5) break;
    }
  }
  return { title: `"${shorten(quote.text, 80)}"`, kind: quote.direct ? 'quote' : 'reported speech', lines, sources };
}

/**
 * The findings on a span, as card lines: what differs, in the rule's words, with links to the
 * other sources, and for reworded quotes the word-level changes.
 */
function findingLines(story: Story, article: Article, span: Span, entity: string | null, uriOf: UriOf, keep: (f: Finding) => boolean): HoverLine[] {
  const lines: HoverLine[] = [];
  for (const f of story.findings ?? []) {
    if (f.path !== article.path || f.severity === 'hint' || !keep(f)) continue;
    // A finding about the entity itself (its roles, its spellings) belongs on its card even
    // when it underlines other words, such as the role.
    const onSpan = f.end > span.start && f.start < span.end;
    if (!onSpan && !(entity && f.data?.entity === entity)) continue;
    const links: HoverLink[] = [];
    for (const r of (f.related ?? []).slice(0, 3)) {
      const other = story.articles.find((a) => a.path === r.path);
      if (other) links.push(linkTo(uriOf, other, r, other.outlet));
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

/** The hover card at a position of an article, or null when nothing there has one. */
export function hoverCard(
  snapshot: CorpusSnapshot,
  key: string,
  position: Position,
  uriOf: UriOf,
  keep: (f: Finding) => boolean = () => true,
): { card: HoverCard; span: Span } | null {
  const article = snapshot.article(key);
  if (!article) return null;
  const story = snapshot.storyOf(key);
  if (!story) return null;
  const offset = toOffset(lineIndexOf(article), position);
  let found: { card: HoverCard; span: Span } | null = null;
  const mention: Mention | undefined = at(article.mentions, offset);
  const date = mention ? undefined : at(article.dates, offset);
  const quantity = mention || date ? undefined : at(article.quantities, offset);
  const quote = mention || date || quantity ? undefined : at(article.quotes, offset);
  if (mention) found = { card: entityCard(story, article, article.mentions.indexOf(mention), uriOf), span: mention };
  else if (date) found = { card: dateCard(article, date), span: date };
  else if (quantity) found = { card: quantityCard(quantity), span: quantity };
  else if (quote) found = { card: quoteCard(story, article, quote, uriOf), span: quote };
  if (!found) return null;
  const entity = mention ? entityKeyOf(story, article, article.mentions.indexOf(mention)) : null;
  const differs = findingLines(story, article, found.span, entity, uriOf, keep);
  if (differs.length) found.card.differs = differs;
  return found;
}

/** The protocol hover at a position. */
export function hover(snapshot: CorpusSnapshot, key: string, position: Position, uriOf: UriOf, keep: (f: Finding) => boolean = () => true): Hover | null {
  const found = hoverCard(snapshot, key, position, uriOf, keep);
  if (!found) return null;
  const article = snapshot.article(key)!;
  return {
    contents: { kind: MarkupKind.Markdown, value: hoverToMarkdown(found.card) },
    range: toRange(lineIndexOf(article), found.span),
  };
}
