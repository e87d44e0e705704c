/**
 * Navigation across the sources of a story: where the entity named at an offset is first
 * mentioned, every mention of it in every article, its mentions in this article, and the
 * people, organisations, places and quotes of the workspace that match a query.
 */
import type { CorpusSnapshot, Story } from '../corpus/corpus';
import type { Article, EntityKind, Span } from '../types';
import { mentionIndexAt } from './cursor';
import { describedAt, entityKeyOf, nameOf, storyIndex, type MentionRef } from './storyIndex';
import type { DescriptionRef } from '../compare/linkDescriptions';
import { plural, shorten } from './words';

/** Most symbols returned for one workspace query. */
export const MAX_WORKSPACE_SYMBOLS = 500;

/** A span of an article, named by the article's path. */
export interface PlaceInStory extends Span {
  path: string;
}

/** The entity named at an offset: its key and every mention of it in the story, in story order. */
export interface EntityAt {
  story: Story;
  article: Article;
  key: string;
  refs: MentionRef[];
  /** The descriptions of the entity ("the gunman") across the story, in story order. */
  described: DescriptionRef[];
}

/**
 * The entity named or described at an offset of an article ("the gunman" once the story says
 * who the gunman is), or null when no name is there.
 */
export function entityAt(snapshot: CorpusSnapshot, path: string, offset: number): EntityAt | null {
  const article = snapshot.article(path);
  const story = snapshot.storyOf(path);
  if (!article || !story) return null;
  const i = mentionIndexAt(article, offset);
  const key = i >= 0 ? entityKeyOf(story, article, i) : (describedAt(story, article, offset)?.key ?? null);
  if (!key) return null;
  const index = storyIndex(story);
  return { story, article, key, refs: index.mentions.get(key) ?? [], described: index.descriptions.descriptionsOf(key) };
}

function placeOf(ref: MentionRef): PlaceInStory {
  return { path: ref.article.path, start: ref.mention.start, end: ref.mention.end };
}

/** The names and then the descriptions of an entity, as places. */
function placesOf(found: EntityAt): PlaceInStory[] {
  return [...found.refs.map(placeOf), ...found.described.map((d) => ({ path: d.path, start: d.start, end: d.end }))];
}

/** The first mention in the story of the entity named at an offset (Go to Definition). */
export function definitionAt(snapshot: CorpusSnapshot, path: string, offset: number): PlaceInStory | null {
  const found = entityAt(snapshot, path, offset);
  return found && found.refs.length ? placeOf(found.refs[0]) : null;
}

/** Every mention in the story of the entity named at an offset (Find All References). */
export function referencesAt(snapshot: CorpusSnapshot, path: string, offset: number): PlaceInStory[] {
  const found = entityAt(snapshot, path, offset);
  return found ? placesOf(found) : [];
}

/** The mentions in the same article of the entity named at an offset (document highlights). */
export function highlightsAt(snapshot: CorpusSnapshot, path: string, offset: number): Span[] {
  const found = entityAt(snapshot, path, offset);
  if (!found) return [];
  return placesOf(found)
    .filter((p) => p.path === found.article.path)
    .map((p) => ({ start: p.start, end: p.end }));
}

/** True when every character of the query appears in the name in order (case ignored). */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return true;
  const n = name.toLowerCase();
  let j = 0;
  for (let i = 0; i < n.length && j < q.length; i++) if (n[i] === q[j]) j++;
  return j === q.length;
}

/** A person, organisation, place or quote found by a workspace query. */
export interface StorySymbol extends PlaceInStory {
  name: string;
  kind: EntityKind | 'quote';
  /** Where it belongs: how often and where an entity is named, or a quote's speaker and outlet. */
  container: string;
}

/**
 * The people, organisations and places (one symbol each, at the first mention) and the quotes
 * (matched by their words or their speaker) of every story whose names match the query; at
 * most {@link MAX_WORKSPACE_SYMBOLS}.
 */
export function findSymbols(snapshot: CorpusSnapshot, query: string): StorySymbol[] {
  const out: StorySymbol[] = [];
  for (const story of snapshot.stories()) {
    const index = storyIndex(story);
    for (const [key, refs] of index.mentions) {
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
      const name = nameOf(index, key);
      if (!refs.length || !fuzzyMatch(query, name)) continue;
      const first = refs[0];
      const outlets = new Set(refs.map((r) => r.article.outlet)).size;
      out.push({ ...placeOf(first), name, kind: first.mention.kind, container: `${plural(refs.length, 'mention')} in ${plural(outlets, 'source')}` });
    }
    for (const article of story.articles) {
      for (const quote of article.quotes) {
        if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
        const name = `"${shorten(quote.text, 60)}"`;
        if (!fuzzyMatch(query, name) && !(quote.speaker && fuzzyMatch(query, quote.speaker.text))) continue;
        out.push({
          path: article.path,
          start: quote.start,
          end: quote.end,
          name,
          kind: 'quote',
          container: `${quote.speaker ? quote.speaker.text : 'no speaker'} · ${article.outlet}`,
        });
      }
    }
  }
  return out;
}
