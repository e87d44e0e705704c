import { alignQuotes } from '../alignQuotes';
import { clean } from '../claimsText';
import type { FindingDraft, Rule, RuleContext } from './rule';

/**
 * `attribution-differs`: the same words, in quotation marks, given to different speakers by
 * two sources. Quotations without a named speaker are not compared: a missing attribution is
 * not a different one.
 */
export const attributionDiffers: Rule = {
  id: 'attribution-differs',
  description: 'The same quoted words are attributed to different speakers across sources.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const pair of alignQuotes(ctx.claims).byWords) {
      const { a, b } = pair;
      if (!a.speaker || !b.speaker || a.speaker === b.speaker) continue;
      const items = [a, b].map((q) => ({
        path: q.path,
        outlet: q.outlet,
        span: q.span,
        wording: clean(q.text, 100).replace(/[,;:]$/, ''),
        value: { speaker: ctx.nameOf(q.speaker!), text: q.text },
      }));
      drafts.push({
        items,
        message: `The same words are attributed to different speakers: "${items[0].wording}" to ${ctx.nameOf(a.speaker)} (${a.outlet}) vs to ${ctx.nameOf(b.speaker)} (${b.outlet}).`,
        data: { speakers: [a, b].map((q) => ({ outlet: q.outlet, path: q.path, speaker: ctx.nameOf(q.speaker!), entity: q.speaker })) },
      });
    }
    return drafts;
  },
};
