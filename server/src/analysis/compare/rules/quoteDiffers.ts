import { alignQuotes } from '../alignQuotes';
import { clean } from '../claimsText';
import { describeDiff, diffWords } from '../diff';
import type { QuoteClaim } from '../claims';
import { possessive, type DraftItem, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `quote-differs`: the same speaker's words rendered differently by two sources, with the
 * words that change. A paraphrase in one source of a direct quotation in another is linked as
 * a paraphrase (an observation, not a contradiction); a quotation that is a fragment of the
 * other's is agreement.
 */

function item(q: QuoteClaim): DraftItem {
  const text = clean(q.text, 160).replace(/[,;:]$/, '');
  return { path: q.path, outlet: q.outlet, span: q.span, wording: text, value: { text: q.text, direct: q.direct } };
}

export const quoteDiffers: Rule = {
  id: 'quote-differs',
  description: 'The same speaker\'s words are rendered differently across sources; paraphrases of a direct quotation are linked as such.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const pair of alignQuotes(ctx.claims).bySpeaker) {
      const speaker = ctx.nameOf(pair.a.speaker!);
      if (pair.relation === 'differs') {
        const diff = diffWords(pair.a.text, pair.b.text);
        const changes = describeDiff(diff);
        const items = [item(pair.a), item(pair.b)];
        drafts.push({
          items,
          message: `${possessive(speaker)} words are quoted differently: ${items.map((i) => `"${i.wording}" (${i.outlet})`).join(' vs ')}${changes.length ? `; ${changes.join(', ')}` : ''}.`,
          data: { speaker: pair.a.speaker, diff },
        });
      } else if (pair.relation === 'paraphrase') {
        const direct = pair.a.direct ? pair.a : pair.b;
        const reported = pair.a.direct ? pair.b : pair.a;
        const items = [item(reported), item(direct)];
        drafts.push({
          items,
          soft: true,
          message: `${reported.outlet} paraphrases ${possessive(speaker)} words that ${direct.outlet} quotes directly: "${items[0].wording}" (${reported.outlet}) paraphrases "${items[1].wording}" (${direct.outlet}).`,
          data: { speaker: pair.a.speaker, paraphrase: { path: reported.path, text: reported.text }, quote: { path: direct.path, text: direct.text }, diff: diffWords(direct.text, reported.text) },
        });
      }
    }
    return drafts;
  },
};
