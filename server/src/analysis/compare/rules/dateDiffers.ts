import { clean, stem, wordsOf } from '../claimsText';
import { classKey, dateConflict, dateEvents, type DateConflict } from '../alignDates';
import type { DateClaim } from '../claims';
import { describeMatch } from '../events';
import { groupedVersus, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `date-differs`: sources date or time the same event differently. The dated clauses of a story
 * are first grouped into events (see `alignDates` and `events.ts`): the verb each date belongs
 * to (or the noun it is attached to: "Monday's ruling") names one act, the clauses share a
 * participant, and both report what happened (or both what is expected). Dates of a statement
 * ("said on Friday"), named events ("the July 7 bombings") and datelines are not event dates.
 * Two dates are then compared only when their clauses were judged one event directly, on what
 * both give: the day after relative dates are resolved, or the weekday or month the words
 * state ("Friday" vs "Thursday", in any week), then the time of day within its hedges. The
 * finding says why the clauses are one event. A disagreement that may be none (a day named by
 * the moment of writing a day off, "Thursday night" against early Friday, times that agree
 * within their hedges or are in different zones) is an observation (information).
 */

/** How a value is shown in a message: the date and the time the words give. */
function shown(d: DateClaim): string {
  const parts: string[] = [];
  if (d.value) parts.push(d.yearTo !== undefined ? `${d.value}\u2013${d.yearTo}` : d.yearBound ? `${d.yearBound} ${d.value}` : d.value);
  if (d.time) {
    const h = Math.floor(d.time.minutes / 60);
    const m = d.time.minutes % 60;
    parts.push(`${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${d.time.zone ? ` ${d.time.zone}` : ''}`);
  }
  return parts.join(' ');
}

export const dateDiffers: Rule = {
  id: 'date-differs',
  description: 'Sources date the same event differently, after resolving relative dates.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['date'],
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const group of dateEvents(ctx.claims)) {
      // The pairs judged one event directly that disagree; the most certain first.
      let worst: { a: DateClaim; b: DateClaim; conflict: DateConflict; why: string; weak: boolean; inferred: boolean } | null = null;
      const involved = new Set<DateClaim>();
      for (const e of group.edges) {
        const conflict = dateConflict(e.a, e.b);
        if (!conflict) continue;
        involved.add(e.a);
        involved.add(e.b);
        if (!worst || (conflict.certain && !worst.conflict.certain) || (conflict.certain === worst.conflict.certain && conflict.what === 'day' && worst.conflict.what === 'time')) {
          worst = { a: e.a, b: e.b, conflict, why: describeMatch(e.match, ctx.nameOf, writtenIn(ctx, e.a)), weak: !!e.match.weak, inferred: !!e.match.inferred };
        }
      }
      if (!worst) continue;
      // Every source whose clause is alike one that disagrees (a wire story printed twice) is named.
      const keys = new Set([...involved].map(classKey));
      const members = group.members.filter((m) => involved.has(m) || keys.has(classKey(m)));
      const a = worst.a;
      const article = ctx.article(a.path);
      const event = article ? clean(article.text.slice(a.clause.start, a.clause.end), 110) : a.text;
      const items = members.map((d) => {
        const wording = clean(d.time && (d.time.start < d.span.start || d.time.end > d.span.end) ? textAround(ctx.article(d.path)?.text, d) ?? d.text : d.text, 60);
        return { path: d.path, outlet: d.outlet, span: d.span, wording, value: shown(d) || d.text };
      });
      const listed = groupedVersus(items, (i) => (i.value && i.value !== i.wording ? `"${i.wording}" = ${i.value}` : `"${i.wording}"`));
      const { conflict } = worst;
      const what = conflict.what === 'time' ? 'timed' : 'dated';
      drafts.push({
        items,
        // One event by a weak match (no participant or words enough in common) is less sure.
        soft: !conflict.certain || worst.weak,
        message:
          conflict.certain && !worst.weak
            ? `The same event is ${what} differently: ${listed}, for "${event}" (${a.outlet}).`
            : `The same event may be ${what} differently: ${listed}, for "${event}" (${a.outlet}); ${conflict.note ?? (worst.inferred ? 'one passage names the person only by "he" or "she" or by kin ("his mum"), so they may tell of different people' : worst.weak ? 'the passages name no one in common, so they may tell of different events' : 'the difference may be none')}.`,
        why: `Same event: ${worst.why}.`,
        data: {
          event,
          values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })),
          certain: conflict.certain,
          what: conflict.what,
        },
      });
    }
    return drafts;
  },
};

/** A date's words with the time of day written apart from it ("8.40am on Saturday"), when the time is outside its span. */
function textAround(text: string | undefined, d: DateClaim): string | undefined {
  if (!text || !d.time) return undefined;
  const start = Math.min(d.span.start, d.time.start);
  const end = Math.max(d.span.end, d.time.end);
  return end - start <= 80 ? text.slice(start, end) : undefined;
}

/** A stem's word as the claim's clause writes it ("bridge" for "bridg"), or the stem. */
function writtenIn(ctx: RuleContext, d: DateClaim): (s: string) => string {
  const text = ctx.article(d.path)?.text;
  const words = text ? wordsOf(text, d.clause) : [];
  return (s) => words.find((w) => stem(w.text) === s)?.text.toLowerCase() ?? s;
}
