import { alignQuotes } from '../alignQuotes';
import { clean } from '../claimsText';
import { describeDiff, diffWords } from '../diff';
import type { QuoteClaim } from '../claims';
import { groupedVersus, possessive, type DraftItem, type FindingDraft, type Rule, type RuleContext } from './rule';

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
  reads: ['quote'],
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const pair of alignQuotes(ctx.claims).bySpeaker) {
      const speaker = ctx.nameOf(pair.a.speaker!);
      // One source per rendering is enough to show; every source of either rendering gets the finding.
      const onePer = (list: QuoteClaim[]) => list.filter((q, i) => list.findIndex((o) => o.path === q.path) === i);
      if (pair.relation === 'differs') {
        const diff = diffWords(pair.a.text, pair.b.text);
        const changes = describeDiff(diff);
        const items = [...onePer(pair.aAll).map(item), ...onePer(pair.bAll).map(item)];
        drafts.push({
          items,
          message: `${possessive(speaker)} words are quoted differently: ${groupedVersus(items)}${changes.length ? `; ${changes.join(', ')}` : ''}.`,
          data: { speaker: pair.a.speaker, diff },
        });
      } else if (pair.relation === 'paraphrase') {
        const direct = pair.a.direct ? pair.aAll : pair.bAll;
        const reported = pair.a.direct ? pair.bAll : pair.aAll;
        const ri = onePer(reported).map(item);
        const di = onePer(direct).map(item);
        const outlets = (list: DraftItem[]) => list.map((i) => i.outlet).join(', ');
        drafts.push({
          items: [...ri, ...di],
          soft: true,
          message: `${outlets(ri)} paraphrases ${possessive(speaker)} words that ${outlets(di)} quotes directly: "${ri[0].wording}" (${outlets(ri)}) paraphrases "${di[0].wording}" (${outlets(di)}).`,
          data: { speaker: pair.a.speaker, paraphrase: { path: reported[0].path, text: reported[0].text }, quote: { path: direct[0].path, text: direct[0].text }, diff: diffWords(direct[0].text, reported[0].text) },
        });
      }
    }
    return drafts;
  },
};
