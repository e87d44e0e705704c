import { clean } from '../claimsText';
import { alignRoles } from '../alignRoles';
import { groupedVersus, possessive, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `role-differs`: two sources give the same person roles that differ in substance: a
 * different rank ("deputy mayor" and "acting mayor"), a different country, or a different field
 * ("special envoy" and "economic envoy"). Roles with different head nouns are different posts
 * a person may hold at once, so they are not compared. A title given once with and once
 * without a qualifier of rank ("mayor" and "deputy mayor") may be one post shortened, and is
 * reported as information only.
 */
export const roleDiffers: Rule = {
  id: 'role-differs',
  description: 'Sources give the same person roles that differ in substance (rank, country or field).',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['role'],
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const pair of alignRoles(ctx.claims)) {
      if (pair.comparison.relation !== 'differs') continue;
      const name = ctx.nameOf(pair.entity);
      const items = [...pair.aAll, ...pair.bAll].map((r) => ({ path: r.path, outlet: r.outlet, span: r.span, wording: clean(r.text), value: clean(r.text) }));
      drafts.push({
        items,
        // A title without one of its qualifiers ("sergeant", "deputy sergeant") may be the
        // same post shortened: worth knowing, not a difference to correct.
        soft: pair.comparison.shortened === true,
        message: pair.comparison.shortened
          ? `${possessive(name)} title is given with and without a qualifier: ${groupedVersus(items)}; ${pair.comparison.reasons.join('; ')}.`
          : `${possessive(name)} role differs: ${groupedVersus(items)}; ${pair.comparison.reasons.join('; ')}.`,
        data: { entity: pair.entity, reason: pair.comparison.reasons.join('; ') },
      });
    }
    return drafts;
  },
};
