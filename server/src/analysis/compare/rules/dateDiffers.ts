import { clean } from '../claimsText';
import { alignDates, comparableDates, datesConflict, uncertainConflict } from '../alignDates';
import { groupedVersus, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `date-differs`: sources date the same event differently, after relative dates ("on
 * Thursday") are resolved against each article's date. Two dated clauses state the same
 * event when they share a verb (or a synonym: voting for a plan is approving it), at least
 * three content words, and a named person, organisation or place (see `alignDates`). Clauses
 * of one event are grouped across sources, and the group is reported once per source when its
 * dates disagree. A month and a day in that month agree. When the only disagreement is a day
 * between a source that dates the event by the moment of writing ("this morning") and
 * another, the finding is an observation (information), since the article's date does not
 * say at what hour or in which time zone it was written.
 */

export const dateDiffers: Rule = {
  id: 'date-differs',
  description: 'Sources date the same event differently, after resolving relative dates.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['date'],
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const members of alignDates(ctx.claims)) {
      // The first clause of each source, found in one pass (a group may hold thousands).
      const seen = new Set<string>();
      const first = members.filter((d) => !seen.has(d.path) && !!seen.add(d.path));
      if (first.length < 2) continue;
      // A conflict is certain unless every conflicting pair may only be a day off because a
      // source dates the event by the moment of writing ("this morning"): then it is an
      // observation to check, not a difference.
      let conflict = false;
      let uncertain = false;
      for (let i = 0; i < first.length && !conflict; i++) {
        for (let j = i + 1; j < first.length && !conflict; j++) {
          if (!datesConflict(first[i].value, first[j].value) || !comparableDates(first[i], first[j])) continue;
          if (uncertainConflict(first[i], first[j])) uncertain = true;
          else conflict = true;
        }
      }
      if (!conflict && !uncertain) continue;
      const a = first[0];
      const article = ctx.article(a.path);
      const event = article ? clean(article.text.slice(a.clause.start, a.clause.end), 110) : a.text;
      const items = first.map((d) => ({ path: d.path, outlet: d.outlet, span: d.span, wording: clean(d.text, 60), value: d.value }));
      const listed = groupedVersus(items, (i) => `"${i.wording}" = ${i.value}`);
      drafts.push({
        items,
        soft: !conflict,
        message: conflict
          ? `The same event is dated differently: ${listed}, for "${event}" (${a.outlet}).`
          : `The same event may be dated a day apart: ${listed}, for "${event}" (${a.outlet}). A day named by the moment of writing ("this morning", "yesterday") depends on the hour and time zone the article was written in, which its date does not give.`,
        data: { event, values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })), certain: conflict },
      });
    }
    return drafts;
  },
};
