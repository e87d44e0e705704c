/** Inlay hints after relative dates with the calendar date they resolve to ("on Sunday ‹Dec 21›"). */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver/node';
import { dateHints, type Article } from '../../analysis';
import { lineIndexOf, toPosition, toSpan } from '../convert';

/** The core's date hints of an article within a range, at their positions. */
export function inlayHints(article: Article | undefined, range: Range): InlayHint[] {
  if (!article) return [];
  const index = lineIndexOf(article);
  return dateHints(article, toSpan(index, range)).map((h) => ({
    position: toPosition(index, h.offset),
    label: h.label,
    kind: InlayHintKind.Type,
    paddingLeft: true,
    tooltip: h.tooltip,
  }));
}
