import { alignQuantities, compatible, conversion, type QuantityGroup } from '../alignQuantities';
import { countFindings, durationFindings, personCountFindings, priorFindings } from '../framesAlign';
import { localClaimsOf } from '../claims';
import { misprintedLines, type PlacedNumber } from '../phoneNumbers';
import { voteFindings } from '../alignVotes';
import { bailFindings } from '../alignBail';
import { moneyFindings } from '../alignMoney';
import { actLengthFindings } from '../alignActDurations';
import { andMore, groupedVersus, MAX_LISTED, type FindingDraft, type Rule, type RuleContext } from './rule';

/**
 * `quantity-differs`: sources give different numbers for the same thing. Hedges widen each
 * number to the range it allows ("about 1,300" is 1,170 to 1,430) and amounts in different
 * currencies are converted at a stated rate; numbers whose ranges meet are reported as an
 * observation that they agree within their hedges, not as a difference. Counts of people
 * (killed, injured, shot, arrested, evacuated…) come from the fact frames and are compared
 * within one incident, slot by slot (see `framesAlign.ts`). A telephone number printed with one
 * digit added, dropped, changed or swapped against the other outlets' is one line misprinted
 * (see `phoneNumbers.ts`). One vote told with different tallies, and one bail given as different
 * amounts, are shown as information (see `alignVotes.ts`, `alignBail.ts`), as are the amount of
 * one thing a noun compound names and the money taken in one theft (`alignMoney.ts`), and how
 * long one act lasted (`alignActDurations.ts`).
 */
export const quantityDiffers: Rule = {
  id: 'quantity-differs',
  description: 'Sources give different numbers for the same thing, after hedges and currency conversions.',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  reads: ['quantity', 'frame'],
  check(ctx: RuleContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    for (const group of alignQuantities(ctx.claims)) {
      const m = group.members;
      const sameValue = (q: (typeof m)[number]) => q.value === m[0].value && q.upper === m[0].upper && q.currency === m[0].currency;
      const sameValues = m.every((q) => sameValue(q) && (q.hedge ?? '') === (m[0].hedge ?? ''));
      if (sameValues) continue;
      // Stops at the first pair that does not meet: thousands of disagreeing sources cost one
      // pass, not every pair.
      let allCompatible = true;
      for (let i = 0; i < m.length && allCompatible; i++) {
        for (let j = i + 1; j < m.length; j++) {
          if (!compatible(m[i], m[j])) {
            allCompatible = false;
            break;
          }
        }
      }
      const base = m[0].currency;
      const items = m.map((q) => {
        const conv = base ? conversion(q, base) : null;
        return { path: q.path, outlet: q.outlet, span: q.span, wording: q.text.replace(/\s+/g, ' ').trim(), value: { value: q.value, ...(q.upper !== undefined ? { upper: q.upper } : {}), unit: q.currency ?? q.unit, hedge: q.hedge }, conv };
      });
      const listed =
        items
          .slice(0, MAX_LISTED)
          .map((i) => `"${i.wording}" (${i.outlet}${i.conv ? `; ${i.conv.text}` : ''})`)
          .join(' vs ') + andMore(items.length - MAX_LISTED);
      const hedged = m.some((q) => q.hedge);
      const onlyEqualValues = m.every(sameValue);
      if (allCompatible && onlyEqualValues) continue;
      // Two ranges that overlap but end differently ("$140–150 million", "$140–160 million") both
      // may hold, yet they are not the same figure: worth knowing, not a contradiction. A single
      // figure inside a range agrees with it.
      const ranges = new Set(m.filter((q) => q.upper !== undefined).map((q) => `${q.value}-${q.upper}-${q.currency}`));
      const rangesDiffer = allCompatible && ranges.size > 1;
      // Nouns of which one names a kind of the other ("observers", "experts") may count a part
      // of the group the other counts: an observation, not a contradiction.
      const kind = group.related === 'kind';
      // Figures that may belong to different incidents the story tells of: an observation.
      const unsure = !allCompatible && group.unsure ? incidentDoubt(group.unsure) : '';
      drafts.push({
        items: items.map(({ conv: _conv, ...rest }) => rest),
        soft: allCompatible || kind || !!unsure || !!group.loose,
        message: rangesDiffer
          ? `The ranges given for the same thing (${group.thing}) differ but overlap: ${listed}.`
          : allCompatible
          ? `The figures for the same thing (${group.thing}) are worded differently but agree${hedged ? ' within their hedges' : ''}${items.some((i) => i.conv) ? ' after conversion' : ''}: ${listed}.`
          : kind
            ? `The figures for what may be one group (${group.thing}) differ: ${listed}${hedged ? ', even allowing for the hedges' : ''}; one noun names a kind of the other, so one figure may count only part of the group.`
            : `The figures for the same thing (${group.thing}) differ: ${listed}${hedged ? ', even allowing for the hedges' : ''}${unsure}.`,
        data: {
          thing: group.thing,
          values: items.slice(0, MAX_LISTED).map((i) => ({ outlet: i.outlet, path: i.path, ...(i.value as object), converted: i.conv?.value ?? null })),
          ...(items.length > MAX_LISTED ? { moreValues: items.length - MAX_LISTED } : {}),
          agree: allCompatible,
        },
      });
    }
    // Counts of people killed, hurt, arrested…, compared within their incident.
    for (const d of countFindings(ctx)) drafts.push(d);
    // Numbers given to one person: children, times shot.
    for (const d of personCountFindings(ctx)) drafts.push(d);
    // Earlier offences of one kind a person has ("three prior DUI convictions" / "his second DWI").
    for (const d of priorFindings(ctx)) drafts.push(d);
    // How long one person lived or worked somewhere ("a four year spell living in Cardiff" / "for the past three years").
    for (const d of durationFindings(ctx)) drafts.push(d);
    for (const d of phoneFindings(ctx)) drafts.push(d);
    // One vote told with different tallies ("passed 54-46" / "by 52 votes to 48").
    for (const d of voteFindings(ctx)) drafts.push(d);
    // One bail given as different amounts ("held on $500,000 bail" / "set his bail at $750,000").
    for (const d of bailFindings(ctx)) drafts.push(d);
    // The amount of one thing a noun compound names ("a $900 million tax relief plan"), and the money taken in one robbery.
    for (const d of moneyFindings(ctx, drafts)) drafts.push(d);
    // How long one act lasted ("deliberated for nine hours" / "after 11 hours of deliberations").
    for (const d of actLengthFindings(ctx)) drafts.push(d);
    return drafts;
  },
};

/** Why figures may belong to different incidents, as the end of a message. */
function incidentDoubt(u: NonNullable<QuantityGroup['unsure']>): string {
  const recalled = `"${u.recalled.text.replace(/\s+/g, ' ').trim()}" (${u.recalled.outlet})`;
  if (!u.undated.length) return `; these are counts from an earlier incident the story recalls, like ${recalled}, and their words do not tell whether they recall the same one`;
  const outlets = [...new Set(u.undated.map((q) => q.outlet))];
  const who = outlets.length > 1 ? `${outlets.slice(0, -1).join(', ')} and ${outlets[outlets.length - 1]} give` : `${outlets[0]} gives`;
  return `; the story also recalls another incident of this kind, ${recalled}, and ${who} no day for the figure, so the figures may belong to different incidents`;
}

/** Telephone numbers of the story's articles that are one line printed differently. */
function phoneFindings(ctx: RuleContext): FindingDraft[] {
  const numbers: PlacedNumber[] = [];
  for (const article of ctx.articles) for (const n of localClaimsOf(article).phones) numbers.push({ ...n, path: article.path });
  const outletOf = new Map(ctx.articles.map((a) => [a.path, a.outlet]));
  return misprintedLines(numbers).map((group) => {
    // Each article once per number it gives, the rarest number (the likely misprint) first, so
    // that each article's finding names a different number first.
    const seen = new Set<string>();
    const count = new Map<string, number>();
    for (const n of group) count.set(n.digits, (count.get(n.digits) ?? 0) + 1);
    const once = group.filter((n) => !seen.has(`${n.path} ${n.digits}`) && seen.add(`${n.path} ${n.digits}`));
    once.sort((x, y) => count.get(x.digits)! - count.get(y.digits)! || (x.digits < y.digits ? -1 : x.digits > y.digits ? 1 : 0));
    const items = once.map((n) => ({ path: n.path, outlet: outletOf.get(n.path) ?? n.path, span: n.span, wording: n.text, value: n.digits }));
    return {
      items,
      message: `The telephone number given differs: ${groupedVersus(items)}.`,
      why: 'Same line: the numbers are the same but for one digit added, dropped, changed or swapped, so one of them is misprinted.',
      data: { thing: 'telephone number', values: items.slice(0, MAX_LISTED).map((i) => ({ outlet: i.outlet, path: i.path, value: i.wording })) },
    };
  });
}
