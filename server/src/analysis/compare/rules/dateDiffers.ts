import { clean } from '../claimsText';
import { alignDates, comparableDates, datesConflict } from '../alignDates';
import { groupedVersus, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `date-differs`: sources date the same event differently, after relative dates ("on
 * Thursday") are resolved against each article's date. Two dated clauses state the same
 * event when they share a verb (or a synonym: voting for a plan is approving it), at least
 * three content words, and a named person, organisation or place (see `alignDates`). Clauses
 * of one event are grouped across sources, and the group is reported once per source when its
 * dates disagree. A month and a day in that month agree.
 */

export const dateDiffers: Rule = {
  id: 'date-differs',
  description: 'Sources date the same event differently, after resolving relative dates.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const members of alignDates(ctx.claims)) {
      // The first clause of each source, found in one pass (a group may hold thousands).
      const seen = new Set<string>();
      const first = members.filter((d) => !seen.has(d.path) && !!seen.add(d.path));
      if (first.length < 2) continue;
      let conflict = false;
      for (let i = 0; i < first.length && !conflict; i++) {
        for (let j = i + 1; j < first.length && !conflict; j++) {
          if (datesConflict(first[i].value, first[j].value) && comparableDates(first[i], first[j])) conflict = true;
        }
      }
      if (!conflict) continue;
      const a = first[0];
      const article = ctx.article(a.path);
      const event = article ? clean(article.text.slice(a.clause.start, a.clause.end), 110) : a.text;
      const items = first.map((d) => ({ path: d.path, outlet: d.outlet, span: d.span, wording: clean(d.text, 60), value: d.value }));
      drafts.push({
        items,
        message: `The same event is dated differently: ${groupedVersus(items, (i) => `"${i.wording}" = ${i.value}`)}, for "${event}" (${a.outlet}).`,
        data: { event, values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
      });
    }
    return drafts;
  },
};
