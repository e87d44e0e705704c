/**
 * Navigation across the sources of a story, as the core answers it: Go to Definition, Find All
 * References, document highlights and workspace symbols, converted to protocol locations.
 */
import { DocumentHighlightKind, SymbolKind, type DocumentHighlight, type Location, type Position, type SymbolInformation } from 'vscode-languageserver/node';
import { definitionAt, findSymbols, highlightsAt, referencesAt, type CorpusSnapshot, type PlaceInStory, type StorySymbol } from '../../analysis';
import { lineIndexOf, toOffset, toRange, type UriOf } from '../convert';

const SYMBOL_KIND: Record<StorySymbol['kind'], SymbolKind> = {
  person: SymbolKind.Variable,
  organization: SymbolKind.Class,
  place: SymbolKind.Module,
  quote: SymbolKind.String,
};

/** The offset of a position in an article of the snapshot, or null when the article is unknown. */
function offsetIn(snapshot: CorpusSnapshot, key: string, position: Position): number | null {
  const article = snapshot.article(key);
  return article ? toOffset(lineIndexOf(article), position) : null;
}

function locationOf(snapshot: CorpusSnapshot, place: PlaceInStory, uriOf: UriOf): Location | null {
  const article = snapshot.article(place.path);
  return article ? { uri: uriOf(place.path), range: toRange(lineIndexOf(article), place) } : null;
}

/** The first mention in the story of the entity at a position. */
export function definition(snapshot: CorpusSnapshot, key: string, position: Position, uriOf: UriOf): Location | null {
  const offset = offsetIn(snapshot, key, position);
  const place = offset === null ? null : definitionAt(snapshot, key, offset);
  return place && locationOf(snapshot, place, uriOf);
}

/** Every mention in the story of the entity at a position. */
export function references(snapshot: CorpusSnapshot, key: string, position: Position, uriOf: UriOf): Location[] {
  const offset = offsetIn(snapshot, key, position);
  if (offset === null) return [];
  return referencesAt(snapshot, key, offset).flatMap((p) => locationOf(snapshot, p, uriOf) ?? []);
}

/** The mentions in this article of the entity at a position. */
export function documentHighlights(snapshot: CorpusSnapshot, key: string, position: Position): DocumentHighlight[] {
  const article = snapshot.article(key);
  if (!article) return [];
  const index = lineIndexOf(article);
  return highlightsAt(snapshot, key, toOffset(index, position)).map((span) => ({ range: toRange(index, span), kind: DocumentHighlightKind.Text }));
}

/** People, organisations, places and quotes across every story whose name matches the query. */
export function workspaceSymbols(snapshot: CorpusSnapshot, query: string, uriOf: UriOf): SymbolInformation[] {
  return findSymbols(snapshot, query).flatMap((s) => {
    const location = locationOf(snapshot, s, uriOf);
    return location ? [{ name: s.name, kind: SYMBOL_KIND[s.kind] ?? SymbolKind.Variable, location, containerName: s.container }] : [];
  });
}
