import { alignQuotes, type QuotePair } from '../alignQuotes';
import { clean } from '../claimsText';
import { describeDiff, diffWords } from '../diff';
import type { QuoteClaim } from '../claims';
import { groupedVersus, linkedGroups, MAX_WORDINGS, outletList, possessive, type DraftItem, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `quote-differs`: the same speaker's words rendered differently by two sources, with the
 * words that change. A paraphrase in one source of a direct quotation in another is linked as
 * a paraphrase (an observation, not a contradiction); a quotation that is a fragment of the
 * other's is agreement.
 *
 * Renderings of one statement that differ form one group, however many there are: the group
 * is one difference, shown on each of its sources, so a statement quoted in a different way by
 * each of 500 outlets gives 500 findings, not one per pair of outlets. Paraphrases of one
 * direct quotation form one group likewise.
 */

function item(q: QuoteClaim): DraftItem {
  const text = clean(q.text, 160).replace(/[,;:]$/, '');
  return { path: q.path, outlet: q.outlet, span: q.span, wording: text, value: { text: q.text, direct: q.direct } };
}

/** The first quotation of each source in a list: one per source is enough to show. */
function onePer(list: readonly QuoteClaim[]): QuoteClaim[] {
  const paths = new Set<string>();
  return list.filter((q) => !paths.has(q.path) && !!paths.add(q.path));
}

/** One draft for renderings of a statement that differ, joined by the pairs that relate them. */
function differsDraft(speaker: string, links: readonly QuotePair[], members: readonly QuoteClaim[]): FindingDraft {
  const first = links[0];
  const diff = diffWords(first.a.text, first.b.text);
  const changes = describeDiff(diff);
  if (links.length === 1) {
    const items = [...onePer(first.aAll).map(item), ...onePer(first.bAll).map(item)];
    return {
      items,
      message: `${possessive(speaker)} words are quoted differently: ${groupedVersus(items)}${changes.length ? `; ${changes.join(', ')}` : ''}.`,
      data: { speaker: first.a.speaker, diff },
    };
  }
  const items = onePer(members).map(item);
  const renderings = new Set(items.map((i) => i.wording)).size;
  return {
    items,
    message: `${possessive(speaker)} words are quoted in ${renderings} different ways: ${groupedVersus(items, undefined, MAX_WORDINGS)}${changes.length ? `; the first two differ by ${changes.join(', ')}` : ''}.`,
    data: { speaker: first.a.speaker, diff, renderings },
  };
}

/** One draft for the paraphrases of one direct quotation. */
function paraphraseDraft(speaker: string, links: readonly QuotePair[]): FindingDraft {
  const directOf = (p: QuotePair) => (p.a.direct ? p.aAll : p.bAll);
  const reportedOf = (p: QuotePair) => (p.a.direct ? p.bAll : p.aAll);
  const direct = directOf(links[0]);
  const reported = reportedOf(links[0]);
  const ri = onePer(links.flatMap(reportedOf)).map(item);
  const di = onePer(links.flatMap(directOf)).filter((q) => !ri.some((r) => r.path === q.path)).map(item);
  const message =
    links.length === 1
      ? `${outletList(ri)} paraphrases ${possessive(speaker)} words that ${outletList(di)} quotes directly: "${ri[0].wording}" (${outletList(ri)}) paraphrases "${di[0].wording}" (${outletList(di)}).`
      : `${outletList(ri)} paraphrase ${possessive(speaker)} words that ${outletList(di)} quote${di.length === 1 ? 's' : ''} directly: ${groupedVersus(ri, undefined, MAX_WORDINGS)} paraphrase "${di[0].wording}" (${outletList(di)}).`;
  return {
    items: [...ri, ...di],
    soft: true,
    message,
    data: { speaker: links[0].a.speaker, paraphrase: { path: reported[0].path, text: reported[0].text }, quote: { path: direct[0].path, text: direct[0].text }, diff: diffWords(direct[0].text, reported[0].text) },
  };
}

export const quoteDiffers: Rule = {
  id: 'quote-differs',
  description: 'The same speaker\'s words are rendered differently across sources; paraphrases of a direct quotation are linked as such.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['quote'],
  check(ctx: RuleContext): FindingDraft[] {
    const pairs = alignQuotes(ctx.claims).bySpeaker;
    const order = new Map(pairs.map((p, i) => [p, i]));
    const drafts: Array<{ at: number; draft: FindingDraft }> = [];
    const differing = pairs.filter((p) => p.relation === 'differs');
    for (const g of linkedGroups(differing, (p) => [...p.aAll, ...p.bAll])) {
      drafts.push({ at: order.get(g.links[0])!, draft: differsDraft(ctx.nameOf(g.links[0].a.speaker!), g.links, g.members) });
    }
    // Paraphrases are grouped by the direct quotation they paraphrase.
    const paraphrases = pairs.filter((p) => p.relation === 'paraphrase');
    for (const g of linkedGroups(paraphrases, (p) => (p.a.direct ? p.aAll : p.bAll))) {
      drafts.push({ at: order.get(g.links[0])!, draft: paraphraseDraft(ctx.nameOf(g.links[0].a.speaker!), g.links) });
    }
    return drafts.sort((a, b) => a.at - b.at).map((d) => d.draft);
  },
};
