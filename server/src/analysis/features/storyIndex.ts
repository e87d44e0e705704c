/**
 * Indexes over one story, built once per story object and shared by the features: every
 * mention of each entity, and every quote by each speaker's entity. Hovers and outlines look
 * entities up here instead of scanning every article.
 */
import type { Mention, Quote, Article, Entity, Span } from '../types';
import type { Story } from '../corpus/corpus';
import { linkDescriptions, type DescriptionLinking } from '../compare/linkDescriptions';

/** Where one mention is: its article and its index in `article.mentions`. */
export interface MentionRef {
  article: Article;
  index: number;
  mention: Mention;
}

/** Where one quote is. */
export interface QuoteRef {
  article: Article;
  quote: Quote;
}

/** The indexes of one story. */
export interface StoryIndex {
  /** Mentions by entity key, in article order. */
  mentions: Map<string, MentionRef[]>;
  /** Quotes by the entity key of their speaker. */
  quotesBySpeaker: Map<string, QuoteRef[]>;
  /** Entities by id. */
  entities: Map<string, Entity>;
  /** The entities of the descriptions of people ("the gunman"), by the keys of `mentions`. */
  descriptions: DescriptionLinking;
}

const cache = new WeakMap<Story, StoryIndex>();

/**
 * The entity key of a mention: the story's entity id when the story links it, otherwise its
 * kind and normalised name, so mentions group sensibly even before cross-source linking.
 */
export function entityKeyOf(story: Story, article: Article, index: number): string | null {
  const mention = article.mentions[index];
  if (!mention) return null;
  let id: string | null = null;
  try {
    id = story.entityOf(article.path, index);
  } catch {
    id = null;
  }
  return id ?? `${mention.kind}:${mention.key || mention.text.toLowerCase()}`;
}

/** The story's indexes, built on first use. */
export function storyIndex(story: Story): StoryIndex {
  let index = cache.get(story);
  if (index) return index;
  const byPath = new Map(story.articles.map((a) => [a.path, a]));
  const descriptions = linkDescriptions(story.articles, (path, i) => {
    const article = byPath.get(path);
    return article ? entityKeyOf(story, article, i) : null;
  });
  index = { mentions: new Map(), quotesBySpeaker: new Map(), entities: new Map(), descriptions };
  for (const e of story.entities ?? []) index.entities.set(e.id, e);
  for (const article of story.articles) {
    article.mentions.forEach((mention, i) => {
      const key = entityKeyOf(story, article, i);
      if (!key) return;
      let list = index!.mentions.get(key);
      if (!list) index!.mentions.set(key, (list = []));
      list.push({ article, index: i, mention });
    });
    for (const quote of article.quotes) {
      const m = quote.speaker?.mention;
      if (m === null || m === undefined) continue;
      const key = entityKeyOf(story, article, m);
      if (!key) continue;
      let list = index.quotesBySpeaker.get(key);
      if (!list) index.quotesBySpeaker.set(key, (list = []));
      list.push({ article, quote });
    }
  }
  cache.set(story, index);
  return index;
}

/** The display name of an entity key: the linked entity's name, or the most used spelling. */
export function nameOf(index: StoryIndex, key: string): string {
  const entity = index.entities.get(key);
  if (entity) return entity.name;
  const refs = index.mentions.get(key) ?? [];
  const counts = new Map<string, number>();
  let best = '';
  let bestCount = 0;
  for (const r of refs) {
    const n = (counts.get(r.mention.text) ?? 0) + 1;
    counts.set(r.mention.text, n);
    // Prefer the most frequent spelling, and among equals the longest (the full name).
    if (n > bestCount || (n === bestCount && r.mention.text.length > best.length)) {
      best = r.mention.text;
      bestCount = n;
    }
  }
  return best || key.replace(/^[a-z]+:/, '');
}

/** A description at an offset whose entity the story knows: its index, span and entity key. */
export interface DescribedAt {
  index: number;
  span: Span;
  key: string;
}

/** The description of a person at an offset of an article, when the story knows who it is. */
export function describedAt(story: Story, article: Article, offset: number): DescribedAt | null {
  const list = article.descriptions ?? [];
  const i = list.findIndex((d) => d.start <= offset && offset <= d.end);
  if (i < 0) return null;
  const key = storyIndex(story).descriptions.entityOf(article.path, i);
  return key ? { index: i, span: { start: list[i].start, end: list[i].end }, key } : null;
}
