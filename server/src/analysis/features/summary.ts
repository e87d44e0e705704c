/** A story in one line, and the calendar dates behind an article's relative dates. */
import type { Story } from '../corpus/corpus';
import type { Article, Span } from '../types';
import { describeDate, shortDate } from './dates';
import { storyIndex } from './storyIndex';
import { plural } from './words';

/**
 * The summary of a story: how many sources, people and differing claims it has
 * ("3 sources · 12 people · 2 differing claims"). Hints, such as a claim only one source makes,
 * are not differences between sources and are not counted.
 */
export function storySummary(story: Story): string {
  const index = storyIndex(story);
  let people = 0;
  for (const [key, refs] of index.mentions) {
    const entity = index.entities.get(key);
    if ((entity?.kind ?? refs[0]?.mention.kind) === 'person') people++;
  }
  const differing = (story.findings ?? []).filter((f) => f.severity !== 'hint').length;
  return [plural(story.articles.length, 'source'), plural(people, 'person', 'people'), plural(differing, 'differing claim')].join(' · ');
}

/** A calendar date to show right after a relative date ("on Sunday ‹Dec 21›"). */
export interface DateHint {
  /** Where the hint goes: the end of the date's words. */
  offset: number;
  label: string;
  /** The date in full ("Sunday 21 December 2025"). */
  tooltip: string;
}

/**
 * The hints after the relative dates of an article that resolve to a calendar value, for those
 * ending within `window` (the whole text when it is omitted). Absolute dates need no hint.
 */
export function dateHints(article: Article | undefined, window?: Span): DateHint[] {
  if (!article) return [];
  const from = window?.start ?? 0;
  const to = window?.end ?? article.text.length;
  const hints: DateHint[] = [];
  for (const d of article.dates) {
    if (!d.relative || !d.value || d.end < from || d.end > to) continue;
    hints.push({ offset: d.end, label: `‹${shortDate(d.value)}›`, tooltip: describeDate(d.value) });
  }
  return hints;
}
