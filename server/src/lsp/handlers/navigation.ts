/**
 * Navigation across the sources of a story: Go to Definition opens an entity's first mention,
 * Find All References lists every mention in every article, document highlights mark the
 * mentions in this article, and workspace symbols find people, organisations, places and quotes.
 */
import { DocumentHighlightKind, SymbolKind, type DocumentHighlight, type Location, type Position, type SymbolInformation } from 'vscode-languageserver/node';
import type { Article, CorpusSnapshot, Story } from '../../analysis';
import { lineIndexOf, shorten, toOffset, toRange } from '../convert';
import { entityKeyOf, nameOf, storyIndex, type MentionRef } from './storyIndex';
import type { UriOf } from './hover';

/** Most workspace symbols returned for one query. */
const MAX_WORKSPACE_SYMBOLS = 500;

const ENTITY_SYMBOL = { person: SymbolKind.Variable, organization: SymbolKind.Class, place: SymbolKind.Module } as const;

/** The mentions of the entity named at a position, in story order, or null if no name is there. */
function mentionsAt(snapshot: CorpusSnapshot, key: string, position: Position): { story: Story; article: Article; refs: MentionRef[] } | null {
  const article = snapshot.article(key);
  const story = snapshot.storyOf(key);
  if (!article || !story) return null;
  const offset = toOffset(lineIndexOf(article), position);
  const i = article.mentions.findIndex((m) => m.start <= offset && offset <= m.end);
  if (i < 0) return null;
  const entity = entityKeyOf(story, article, i);
  if (!entity) return null;
  return { story, article, refs: storyIndex(story).mentions.get(entity) ?? [] };
}

function locationOf(ref: MentionRef, uriOf: UriOf): Location {
  return { uri: uriOf(ref.article.path), range: toRange(lineIndexOf(ref.article), ref.mention) };
}

/** The first mention in the story of the entity at a position. */
export function definition(snapshot: CorpusSnapshot, key: string, position: Position, uriOf: UriOf): Location | null {
  const found = mentionsAt(snapshot, key, position);
  return found && found.refs.length ? locationOf(found.refs[0], uriOf) : null;
}

/** Every mention in the story of the entity at a position. */
export function references(snapshot: CorpusSnapshot, key: string, position: Position, uriOf: UriOf): Location[] {
  return mentionsAt(snapshot, key, position)?.refs.map((r) => locationOf(r, uriOf)) ?? [];
}

/** The mentions in this article of the entity at a position. */
export function documentHighlights(snapshot: CorpusSnapshot, key: string, position: Position): DocumentHighlight[] {
  const found = mentionsAt(snapshot, key, position);
  if (!found) return [];
  const index = lineIndexOf(found.article);
  return found.refs.filter((r) => r.article === found.article).map((r) => ({ range: toRange(index, r.mention), kind: DocumentHighlightKind.Text }));
}

/** True when every character of the query appears in the name in order (case-insensitive). */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return true;
  const n = name.toLowerCase();
  let j = 0;
  for (let i = 0; i < n.length && j < q.length; i++) if (n[i] === q[j]) j++;
  return j === q.length;
}

/** People, organisations, places and quotes across every story whose name matches the query. */
export function workspaceSymbols(snapshot: CorpusSnapshot, query: string, uriOf: UriOf): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const story of snapshot.stories()) {
    const index = storyIndex(story);
    for (const [key, refs] of index.mentions) {
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
      const name = nameOf(index, key);
      if (!refs.length || !fuzzyMatch(query, name)) continue;
      const first = refs[0];
      const outlets = new Set(refs.map((r) => r.article.outlet)).size;
      out.push({
        name,
        kind: ENTITY_SYMBOL[first.mention.kind] ?? SymbolKind.Variable,
        location: locationOf(first, uriOf),
        containerName: `${refs.length} mention${refs.length === 1 ? '' : 's'} in ${outlets} source${outlets === 1 ? '' : 's'}`,
      });
    }
    for (const article of story.articles) {
      for (const quote of article.quotes) {
        if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
        const name = `"${shorten(quote.text, 60)}"`;
        if (!fuzzyMatch(query, name) && !(quote.speaker && fuzzyMatch(query, quote.speaker.text))) continue;
        out.push({
          name,
          kind: SymbolKind.String,
          location: { uri: uriOf(article.path), range: toRange(lineIndexOf(article), quote) },
          containerName: `${quote.speaker ? quote.speaker.text : 'no speaker'} · ${article.outlet}`,
        });
      }
    }
  }
  return out;
}
