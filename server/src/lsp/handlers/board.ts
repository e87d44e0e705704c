/** The story board, as the core lays it out, with URIs and ranges for the webview. */
import { storyBoard, type FindingFilter, type Story } from '../../analysis';
import { lineIndexOf, toRange, type UriOf } from '../convert';
import type { StoryBoardData } from '../protocol';

/** The board of a story, in the custom request's shape. */
export function storyBoardData(story: Story | undefined, uriOf: UriOf, keep: FindingFilter = () => true): StoryBoardData {
  const board = storyBoard(story, keep);
  const rangeOf = (path: string, span: { start: number; end: number }) => {
    const article = story?.article(path);
    return article ? toRange(lineIndexOf(article), span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  };
  return {
    outlets: board.outlets.map((o) => ({ outlet: o.outlet, uri: uriOf(o.path), title: o.title, date: o.date })),
    rows: board.rows.map((r) => ({
      kind: r.kind,
      label: r.label,
      ...(r.rule !== undefined ? { rule: r.rule, severity: r.severity, message: r.message } : {}),
      cells: r.cells.map((c) => ({ passages: c.passages.map((p) => ({ uri: uriOf(p.path), range: rangeOf(p.path, p.span), parts: p.parts })) })),
    })),
    more: board.more,
    problems: board.problems,
  };
}
