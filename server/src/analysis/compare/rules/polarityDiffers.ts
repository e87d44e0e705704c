import type { ActClaim } from '../claims';
import { clean, sharedCount } from '../claimsText';
import type { FindingDraft, Rule, RuleContext } from './rule';

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
      const reported = new Set<string>();
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
      for (let i = 0; i < acts.length; i++) {
        for (const j of byWord.get(`${!acts[i].positive}\u0000${acts[i].object[0]}`) ?? []) {
          if (j <= i) continue;
          const a = acts[i];
          const b = acts[j];
          if (a.path === b.path || a.positive === b.positive || !sameAct(a, b)) continue;
          const pairKey = `${a.path}|${b.path}`;
          if (reported.has(pairKey)) continue;
          reported.add(pairKey);
          const items = [a, b].map((x) => {
            const text = ctx.article(x.path)?.text.slice(x.clause.start, x.clause.end) ?? x.text;
            return { path: x.path, outlet: x.outlet, span: x.clause, wording: clean(text, 110), value: x.positive ? 'affirmed' : 'denied' };
          });
          const name = ctx.nameOf(a.subject);
          drafts.push({
            items,
            message: `Sources disagree on what ${name} did: one reports it as done, the other as denied or not done: "${items[0].wording}" (${a.outlet}, ${items[0].value}) vs "${items[1].wording}" (${b.outlet}, ${items[1].value}).`,
            data: { subject: a.subject, polarity: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, polarity: i.value })) },
          });
        }
      }
    }
    return drafts;
  },
};
