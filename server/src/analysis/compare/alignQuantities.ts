/**
 * Aligns quantities across sources: the same number of the same thing. Quantities are
 * grouped by unit (all currencies form one group, `money`), and within a unit two quantities
 * count the same thing when their sentences share at least two content words besides the
 * unit ("residents … signed a petition"). Values are then compared as ranges that take each
 * hedge into account, with amounts of money converted at stated reference rates.
 */
import type { ClaimIndex, QuantityClaim } from './claims';
import { shared } from './claimsText';
import currencyData from '../data/currency.json';
import wordData from '../data/rulesWords.json';

/** Quantities of one thing, from at least two sources. */
export interface QuantityGroup {
  members: QuantityClaim[];
  /** The words the sources share about what is counted ("bridge cost"). */
  thing: string;
}

const HEDGES: Record<string, number[]> = wordData.hedges;
const EXACT = wordData.exactTolerance;
const RATES: Record<string, { usd: number; symbol: string }> = currencyData.currencies;
/** Extra room when comparing amounts in two currencies, since rates move. */
const RATE_SLACK = 0.05;
const MIN_SHARED = 2;
const UNALIGNED = new Set<string>(wordData.unalignedUnits);
const MAX_RATIO = wordData.maxRatio;

/**
 * True when two quantities of one unit count the same thing in the same event: their clauses
 * share at least two content words, one of them a verb of either clause ("cost", "signed"),
 * and their values are of the same order (two vessels and a hundred vessels are different
 * counts, not a disagreement).
 */
function sameThing(a: QuantityClaim, b: QuantityClaim): boolean {
  const [alo, ahi] = commonRange(a);
  const [blo, bhi] = commonRange(b);
  if (Math.max(alo, blo) > MAX_RATIO * Math.min(ahi, bhi)) return false;
  const common = shared(a.clauseContext, b.clauseContext);
  if (common.length < MIN_SHARED) return false;
  return common.some((s) => a.verbs.includes(s) || b.verbs.includes(s));
}

/** The unit a quantity is compared in, or null when numbers of that unit are not compared. */
function comparable(q: QuantityClaim): boolean {
  if (q.value <= 1 || !Number.isFinite(q.value)) return false;
  if (q.currency) return true;
  const unit = q.unit.toLowerCase();
  const last = unit.split(' ').pop() ?? unit;
  return !UNALIGNED.has(unit) && !UNALIGNED.has(last) && !UNALIGNED.has(last.replace(/s$/, ''));
}

const memo = new WeakMap<ClaimIndex, QuantityGroup[]>();

/** The range of true values a hedged number allows, in the claim's own unit. */
export function rangeOf(value: number, hedge: string | null): [number, number] {
  const h = hedge ? hedge.toLowerCase().trim() : '';
  const f = h ? HEDGES[h] ?? [0.9, 1.1] : [1 - EXACT, 1 + EXACT];
  const lo = value * f[0];
  const hi = value * f[1];
  return lo <= hi ? [lo, hi] : [hi, lo];
}

/** A claim's range in U.S. dollars when it is money, else in its own unit. */
function commonRange(q: QuantityClaim): [number, number] {
  const [lo, hi] = rangeOf(q.value, q.hedge);
  const rate = q.currency ? RATES[q.currency]?.usd : undefined;
  return rate ? [lo * rate, hi * rate] : [lo, hi];
}

/** True when two quantities of one thing can both be right. */
export function compatible(a: QuantityClaim, b: QuantityClaim): boolean {
  let [alo, ahi] = commonRange(a);
  let [blo, bhi] = commonRange(b);
  if (a.currency && b.currency && a.currency !== b.currency) {
    alo *= 1 - RATE_SLACK;
    ahi *= 1 + RATE_SLACK;
    blo *= 1 - RATE_SLACK;
    bhi *= 1 + RATE_SLACK;
  }
  return alo <= bhi && blo <= ahi;
}

/** `b`'s value in `a`'s currency, with the rate used, when they differ in currency. */
export function conversion(b: QuantityClaim, into: string): { value: number; text: string } | null {
  if (!b.currency || b.currency === into) return null;
  const from = RATES[b.currency];
  const to = RATES[into];
  if (!from || !to) return null;
  const value = (b.value * from.usd) / to.usd;
  const rate = from.usd / to.usd;
  return { value, text: `about ${formatMoney(value, into)} at ${rate.toFixed(rate < 0.1 ? 4 : 2)} ${into} per ${b.currency}` };
}

/** An amount written the way a reader expects ("€127 million"). */
export function formatMoney(value: number, currency: string): string {
  const symbol = RATES[currency]?.symbol ?? `${currency} `;
  const abs = Math.abs(value);
  const [n, word] = abs >= 1e9 ? [value / 1e9, ' billion'] : abs >= 1e6 ? [value / 1e6, ' million'] : [value, ''];
  const digits = Math.abs(n) >= 100 ? 0 : 1;
  return `${symbol}${Number(n.toFixed(digits)).toLocaleString('en')}${word}`;
}

/** Groups of quantities of the same thing found in at least two sources. */
export function alignQuantities(index: ClaimIndex): QuantityGroup[] {
  const done = memo.get(index);
  if (done) return done;
  const groups: QuantityGroup[] = [];
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('quantity:')) continue;
    // An article that gives several different numbers in one unit leaves it unclear which
    // counts what, so its numbers in that unit are not compared.
    const values = new Map<string, Set<number>>();
    for (const q of claims as QuantityClaim[]) {
      const set = values.get(q.path) ?? new Set<number>();
      set.add(q.currency ? q.value * (RATES[q.currency]?.usd ?? 1) : q.value);
      values.set(q.path, set);
    }
    const qs = (claims as QuantityClaim[]).filter((q) => comparable(q) && values.get(q.path)!.size === 1);
    if (new Set(qs.map((q) => q.path)).size < 2) continue;
    // Union-find over quantities of this unit from different sources that share context.
    const parent = qs.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (let i = 0; i < qs.length; i++) {
      for (let j = i + 1; j < qs.length; j++) {
        if (qs[i].path === qs[j].path) continue;
        if (sameThing(qs[i], qs[j])) parent[find(i)] = find(j);
      }
    }
    const clusters = new Map<number, QuantityClaim[]>();
    qs.forEach((q, i) => {
      const root = find(i);
      const list = clusters.get(root);
      if (list) list.push(q);
      else clusters.set(root, [q]);
    });
    for (const members of clusters.values()) {
      // One quantity per source: the first it gives.
      const firstPerPath = members.filter((q, i) => members.findIndex((o) => o.path === q.path) === i);
      if (firstPerPath.length < 2) continue;
      let common = firstPerPath[0].clauseContext;
      for (const m of firstPerPath.slice(1)) {
        const next = shared(common, m.clauseContext);
        if (next.length) common = next;
      }
      const words = [...new Set(common.slice(0, 3).map((s) => (firstPerPath[0].contextWords[s] ?? s).replace(/['\u2019]s$/, '').toLowerCase()))];
      const unitWord = firstPerPath[0].currency ? '' : firstPerPath[0].unit;
      groups.push({ members: firstPerPath, thing: [unitWord, ...words].filter(Boolean).join(', ') });
    }
  }
  memo.set(index, groups);
  return groups;
}
