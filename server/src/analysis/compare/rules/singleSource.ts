import { alignQuantities } from '../alignQuantities';
import { alignQuotes } from '../alignQuotes';
import { clean } from '../claimsText';
import type { FindingDraft, Rule, RuleContext } from './rule';

/**
 * `single-source`: a number or a direct quotation that only one source of the story gives, so
 * a reader knows it is not corroborated by the others. Off by default: most stories have many.
 */
export const singleSource: Rule = {
  id: 'single-source',
  description: 'A number or a direct quotation that only one source of the story gives.',
  defaultSeverity: 'hint',
  enabledByDefault: false,
  reads: ['quantity', 'quote'],
  check(ctx: RuleContext): FindingDraft[] {
    if (ctx.articles.length < 2) return [];
    const drafts: FindingDraft[] = [];
    const aligned = new Set<unknown>();
    for (const g of alignQuantities(ctx.claims)) for (const m of g.members) aligned.add(m);
    const quotes = alignQuotes(ctx.claims);
    for (const p of [...quotes.bySpeaker, ...quotes.byWords]) {
      aligned.add(p.a);
      aligned.add(p.b);
    }
    for (const c of ctx.claims.all) {
      if (aligned.has(c)) continue;
      if (c.kind === 'quantity' || (c.kind === 'quote' && c.direct)) {
        const wording = clean(c.text, 100);
        const what = c.kind === 'quantity' ? 'This figure' : 'This quotation';
        drafts.push({
          items: [{ path: c.path, outlet: c.outlet, span: c.span, wording }],
          message: `${what} appears only in ${c.outlet}: "${wording}".`,
          data: { kind: c.kind },
        });
      }
    }
    return drafts;
  },
};
