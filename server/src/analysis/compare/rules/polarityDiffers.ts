import type { ActClaim } from '../claims';
import { clean, sharedCount } from '../claimsText';
import { groupedVersus, linkedGroups, MAX_LISTED, MAX_WORDINGS, type DraftItem, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `polarity-differs`: one source reports an act (Velmora Transit "confirmed" it would fund the
 * bridge) that another reports as denied or not happening ("denied that it had agreed to fund
 * it"). Two reports are of the same act when they have the same subject and what was
 * confirmed or denied starts with the same act word.
 */

function sameAct(a: ActClaim, b: ActClaim): boolean {
  // The act itself (the first content word of what was confirmed or denied) must match, and
  // something more of it when the act word is all there is.
  if (a.object[0] !== b.object[0]) return false;
  return a.object.length === 1 || b.object.length === 1 || sharedCount(a.object, b.object) >= 2 || a.object.length <= 3 || b.object.length <= 3;
}

/** A source's report of an act, for a finding. */
function itemOf(ctx: RuleContext, x: ActClaim): DraftItem {
  const text = ctx.article(x.path)?.text.slice(x.clause.start, x.clause.end) ?? x.text;
  return { path: x.path, outlet: x.outlet, span: x.clause, wording: clean(text, 110), value: x.positive ? 'affirmed' : 'denied' };
}

/**
 * One draft for the reports of one act that disagree: those that affirm it and those that
 * deny it, one item per source and polarity.
 */
function draftOf(ctx: RuleContext, links: ReadonlyArray<readonly [ActClaim, ActClaim]>, members: readonly ActClaim[]): FindingDraft {
  const [a, b] = links[0];
  const name = ctx.nameOf(a.subject);
  if (links.length === 1) {
    const items = [a, b].map((x) => itemOf(ctx, x));
    return {
      items,
      message: `Sources disagree on what ${name} did: one reports it as done, the other as denied or not done: "${items[0].wording}" (${a.outlet}, ${items[0].value}) vs "${items[1].wording}" (${b.outlet}, ${items[1].value}).`,
      data: { subject: a.subject, polarity: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, polarity: i.value })) },
    };
  }
  const seen = new Set<string>();
  const items = members.filter((x) => !seen.has(`${x.path}\u0000${x.positive}`) && !!seen.add(`${x.path}\u0000${x.positive}`)).map((x) => itemOf(ctx, x));
  return {
    items,
    message: `Sources disagree on what ${name} did: some report it as done, others as denied or not done: ${groupedVersus(items, (i) => `${i.value}: "${i.wording}"`, MAX_WORDINGS)}.`,
    data: {
      subject: a.subject,
      polarity: items.slice(0, MAX_LISTED).map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, polarity: i.value })),
      ...(items.length > MAX_LISTED ? { morePolarity: items.length - MAX_LISTED } : {}),
    },
  };
}

export const polarityDiffers: Rule = {
  id: 'polarity-differs',
  description: 'One source reports an act that another reports as denied or not happening.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['act'],
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const [key, claims] of ctx.claims.byKey) {
      if (!key.startsWith('act:')) continue;
      const acts = claims as ActClaim[];
      if (new Set(acts.map((a) => a.path)).size < 2) continue;
      // Only acts of opposite polarity that start with the same act word can be the same act:
      // each act is paired with those alone, found by index (in order, so findings keep their
      // order), not with every other act of the subject.
      const byWord = new Map<string, number[]>();
      acts.forEach((a, i) => {
        const k = `${a.positive}\u0000${a.object[0]}`;
        const list = byWord.get(k);
        if (list) list.push(i);
        else byWord.set(k, [i]);
      });
      // Acts joined by a disagreement form one group, reported once. Two acts already in one
      // group are not compared again, so many sources that disagree cost one pass, not every pair.
      const group = acts.map((_, i) => i);
      const find = (i: number): number => {
        while (group[i] !== i) i = group[i] = group[group[i]];
        return i;
      };
      const links: Array<readonly [ActClaim, ActClaim]> = [];
      const reported = new Set<string>();
      for (let i = 0; i < acts.length; i++) {
        for (const j of byWord.get(`${!acts[i].positive}\u0000${acts[i].object[0]}`) ?? []) {
          if (j <= i) continue;
          const a = acts[i];
          const b = acts[j];
          if (a.path === b.path || find(i) === find(j) || !sameAct(a, b)) continue;
          // Two sources disagree on an act once, however many times each states it.
          const pairKey = `${a.path}|${b.path}`;
          if (reported.has(pairKey)) continue;
          reported.add(pairKey);
          group[find(j)] = find(i);
          links.push([a, b]);
        }
      }
      for (const g of linkedGroups(links, (l) => l)) drafts.push(draftOf(ctx, g.links, g.members));
    }
    return drafts;
  },
};
