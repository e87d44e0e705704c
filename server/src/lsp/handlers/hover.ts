/** Hover: the core's card at the cursor, rendered as Markdown over the words it describes. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { hoverAt, type CorpusSnapshot, type FindingFilter } from '../../analysis';
import { hoverToMarkdown, lineIndexOf, toOffset, toRange, type UriOf } from '../convert';

export type { UriOf };

/** The protocol hover at a position, or null when nothing there has a card. */
export function hover(snapshot: CorpusSnapshot, key: string, position: Position, uriOf: UriOf, keep: FindingFilter = () => true): Hover | null {
  const article = snapshot.article(key);
  if (!article) return null;
  const index = lineIndexOf(article);
  const found = hoverAt(snapshot, key, toOffset(index, position), keep);
  if (!found) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hoverToMarkdown(found.card, uriOf) },
    range: toRange(index, found.span),
  };
}
