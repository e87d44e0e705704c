import { clean } from '../claimsText';
import { alignRoles } from '../alignRoles';
import { groupedVersus, possessive, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `role-agrees`: two sources word the same person's role differently but name the same post
 * ("U.S. special envoy" and "White House special envoy"), with the reason they agree, so a
 * reader sees the two wordings linked and need not check them.
 */
export const roleAgrees: Rule = {
  id: 'role-agrees',
  description: 'Sources word the same person\'s role differently but name the same post; states why they agree.',
  defaultSeverity: 'hint',
  enabledByDefault: true,
  reads: ['role'],
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const pair of alignRoles(ctx.claims)) {
      if (pair.comparison.relation !== 'compatible') continue;
      const name = ctx.nameOf(pair.entity);
      const items = [...pair.aAll, ...pair.bAll].map((r) => ({ path: r.path, outlet: r.outlet, span: r.span, wording: clean(r.text), value: clean(r.text) }));
      drafts.push({
        items,
        message: `${possessive(name)} roles agree: ${groupedVersus(items).replace(/\) vs "/g, ') and "')} name the same post; ${pair.comparison.reasons.join('; ')}.`,
        data: { entity: pair.entity, reason: pair.comparison.reasons.join('; '), agrees: true },
      });
    }
    return drafts;
  },
};
