import { clean } from '../claimsText';
import { alignRoles } from '../alignRoles';
import { designationFindings } from '../alignDesignations';
import { attemptFindings } from '../alignAttempts';
import { finderFindings } from '../alignFinders';
import { schoolFindings } from '../alignSchools';
import { groupedVersus, possessive, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `role-differs`: two sources give the same person roles that differ in substance: a
 * different rank ("deputy mayor" and "acting mayor"), a different country, or a different field
 * ("special envoy" and "economic envoy"). Roles with different head nouns are different posts
 * a person may hold at once, so they are not compared. A title given once with and once
 * without a qualifier of rank ("mayor" and "deputy mayor") may be one post shortened, and is
 * reported as information only. What a named ship is said to be ("frigate", "patrol vessel") and
 * the lists of titles a person is said to hold are compared as information (`alignDesignations.ts`),
 * as is how outlets describe the one who tried to do an act ("a bystander" and "her husband"
 * tried to stop the driver; `alignAttempts.ts`), as are the schools outlets say one person studies
 * at ("got into Lakeside University", "a student at the University of Westmoor"; `alignSchools.ts`).
 */
export const roleDiffers: Rule = {
  id: 'role-differs',
  description: 'Sources give the same person roles that differ in substance (rank, country or field).',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['role', 'frame'],
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
        // Two organisations may be a team and its owner, or an employer and a former one.
        soft: pair.comparison.shortened === true || pair.comparison.employers === true || (pair.comparison.owners === true && !provenApart(ctx, pair.a.owners, pair.b.owners)),
        message: pair.comparison.shortened
          ? `${possessive(name)} title is given with and without a qualifier: ${groupedVersus(items)}; ${pair.comparison.reasons.join('; ')}.`
          : `${possessive(name)} role differs: ${groupedVersus(items)}; ${pair.comparison.reasons.join('; ')}.`,
        data: { entity: pair.entity, reason: pair.comparison.reasons.join('; ') },
      });
    }
    return [...drafts, ...designationFindings(ctx), ...attemptFindings(ctx), ...finderFindings(ctx), ...schoolFindings(ctx)];
  },
};

/**
 * True when the people two roles name as the one the post serves are known to be different
 * people: each is named in full (two words or more). A person the story names by one word only
 * (a nickname, a surname) may be the other under a name linking did not join.
 */
function provenApart(ctx: RuleContext, a: readonly string[], b: readonly string[]): boolean {
  const full = (id: string) => ctx.nameOf(id).trim().split(/\s+/).length >= 2;
  return a.every(full) && b.every(full);
}
