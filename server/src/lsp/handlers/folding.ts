/** Folding ranges: the core's folding regions (the header block, each section) as line ranges. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import { foldingRegions, type Article } from '../../analysis';
import { lineIndexOf, toRange } from '../convert';

/** The folding ranges of an article; a region on a single line folds nothing and is left out. */
export function foldingRanges(article: Article | undefined): FoldingRange[] {
  if (!article) return [];
  const index = lineIndexOf(article);
  const ranges: FoldingRange[] = [];
  for (const region of foldingRegions(article)) {
    const r = toRange(index, region);
    // A region ends after its last line's terminator, which puts its end on the next line.
    const endLine = r.end.character === 0 && r.end.line > r.start.line ? r.end.line - 1 : r.end.line;
    if (endLine > r.start.line) ranges.push({ startLine: r.start.line, endLine, kind: region.kind === 'header' ? FoldingRangeKind.Comment : FoldingRangeKind.Region });
  }
  return ranges;
}
