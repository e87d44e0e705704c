/** Inlay hints after relative dates with the calendar date they resolve to ("on Sunday ‹Dec 21›"). */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver/node';
import type { Article } from '../../analysis';
import { lineIndexOf, toPosition, toSpan } from '../convert';
import { describeDate } from './hover';

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A compact form of a calendar value: "Dec 21", "Jul 2025", "2025". */
export function shortDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const month = m[2] ? SHORT_MONTHS[+m[2] - 1] : undefined;
  if (!month) return m[1];
  return m[3] ? `${month} ${+m[3]}` : `${month} ${m[1]}`;
}

/** Hints after the relative dates of an article that resolve, within a range. */
export function inlayHints(article: Article | undefined, range: Range): InlayHint[] {
  if (!article) return [];
  const index = lineIndexOf(article);
  const window = toSpan(index, range);
  const hints: InlayHint[] = [];
  for (const d of article.dates) {
    if (!d.relative || !d.value || d.end < window.start || d.end > window.end) continue;
    hints.push({
      position: toPosition(index, d.end),
      label: `‹${shortDate(d.value)}›`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: describeDate(d.value),
    });
  }
  return hints;
}
