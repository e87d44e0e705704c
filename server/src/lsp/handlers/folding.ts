/** Folding ranges: each section from its heading to its last line, and the front-matter block. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { Article } from '../../analysis';
import { lineIndexOf, toRange } from '../convert';

/** The folding ranges of an article. */
export function foldingRanges(article: Article | undefined): FoldingRange[] {
  if (!article) return [];
  const index = lineIndexOf(article);
  const ranges: FoldingRange[] = [];
  const header = article.header;
  // Only a front-matter block spans lines; a one-line `date` token has nothing to fold.
  if (header.span) {
    const r = toRange(index, header.span);
    // The span ends after the closing line's terminator, which puts its end on the next line.
    const endLine = r.end.character === 0 && r.end.line > r.start.line ? r.end.line - 1 : r.end.line;
    if (endLine > r.start.line) ranges.push({ startLine: r.start.line, endLine, kind: FoldingRangeKind.Comment });
  }
  for (const section of article.sections) {
    const r = toRange(index, section);
    const endLine = r.end.character === 0 && r.end.line > r.start.line ? r.end.line - 1 : r.end.line;
    if (endLine > r.start.line) ranges.push({ startLine: r.start.line, endLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}
