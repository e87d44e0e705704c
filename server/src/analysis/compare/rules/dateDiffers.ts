import type { DateClaim } from '../claims';
import { clean, sharedCount } from '../claimsText';
import type { FindingDraft, Rule, RuleContext } from './rule';

/**
 * `date-differs`: two sources date the same event differently, after relative dates ("on
 * Thursday") are resolved against each article's date. Two dated clauses state the same
 * event when they share a verb (or a synonym: voting for a plan is approving it), at least
 * three content words, and, when both name people or organisations, one of them. A month and
 * a day in that month agree.
 */

const MIN_SHARED = 3;

function sameEvent(a: DateClaim, b: DateClaim): boolean {
  if (!a.verbs.some((v) => b.verbs.includes(v))) return false;
  if (sharedCount(a.context, b.context) < MIN_SHARED) return false;
  if (a.entities.length && b.entities.length && !a.entities.some((e) => b.entities.includes(e))) return false;
  return true;
}

function conflict(a: string, b: string): boolean {
  return !(a.startsWith(b) || b.startsWith(a));
}

export const dateDiffers: Rule = {
  id: 'date-differs',
  description: 'Sources date the same event differently, after resolving relative dates.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const [key, claims] of ctx.claims.byKey) {
      if (!key.startsWith('date:')) continue;
      const dates = claims as DateClaim[];
      if (new Set(dates.map((d) => d.path)).size < 2) continue;
      for (let i = 0; i < dates.length; i++) {
        for (let j = i + 1; j < dates.length; j++) {
          const a = dates[i];
          const b = dates[j];
          if (a.path === b.path || !conflict(a.value, b.value) || !sameEvent(a, b)) continue;
          const k = `${a.path}@${a.span.start}|${b.path}@${b.span.start}`;
          if (seen.has(k)) continue;
          seen.add(k);
          const article = ctx.article(a.path);
          const event = article ? clean(article.text.slice(a.clause.start, a.clause.end), 90) : a.text;
          const items = [a, b].map((d) => ({ path: d.path, outlet: d.outlet, span: d.span, wording: clean(d.text, 60), value: d.value }));
          drafts.push({
            items,
            message: `The same event is dated differently: "${items[0].wording}" = ${a.value} (${a.outlet}) vs "${items[1].wording}" = ${b.value} (${b.outlet}), for "${event}".`,
            data: { event, values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
          });
        }
      }
    }
    return drafts;
  },
};
