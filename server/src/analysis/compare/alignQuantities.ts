/**
 * Aligns quantities across sources: the same number of the same thing. Quantities are
 * grouped by unit (all currencies form one group, `money`), and within a unit two quantities
 * count the same thing when their sentences share at least two content words besides the
 * unit ("residents … signed a petition"). Values are then compared as ranges that take each
 * hedge into account, with amounts of money converted at stated reference rates.
 */
import type { ClaimIndex, QuantityClaim } from './claims';
import { fitted, shared } from './claimsText';
import { alignRelatedUnits } from './alignUnits';
import { sameMeasure } from './measures';
import type { UnitRelation } from './unitSenses';
import currencyData from '../data/currency.json';
import wordData from '../data/rulesWords.json';

/** Quantities of one thing, from at least two sources. */
export interface QuantityGroup {
  members: QuantityClaim[];
  /** The words the sources share about what is counted ("bridge cost"). */
  thing: string;
  /** Set when the members count in different nouns that WordNet relates ("experts", "observers"). */
  related?: UnitRelation;
  /**
   * Set when the figures may belong to different incidents: a count of this thing that the
   * story recalls from another incident (`recalled`), when the members are such counts
   * themselves or some member names no day of its own.
   */
  unsure?: { recalled: QuantityClaim; undated: QuantityClaim[] };
  /**
   * Set when some members were joined only as the worth of one noun ("the offer … worth") or as
   * the argument of one verb ("signed 12 agreements"), without the words of their clauses in
   * common: less sure, so a difference is an observation.
   */
  loose?: boolean;
}

const HEDGES: Record<string, number[]> = wordData.hedges;
const EXACT = wordData.exactTolerance;
const RATES: Record<string, { usd: number; symbol: string }> = currencyData.currencies;
/** Extra room when comparing amounts in two currencies, since rates move. */
const RATE_SLACK = 0.05;
const MIN_SHARED = 2;
const UNALIGNED = new Set<string>(wordData.unalignedUnits);
const MAX_RATIO = wordData.maxRatio;

/** True when two sorted lists hold the same items. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The verbs of a predicate: one verb, or each verb of a coordination ("damag or destroy"). */
const membersOf = (predicate: string) => predicate.split(/ (?:or|and) /);

/**
 * True when a quantity's clause states a predicate: a verb its clause has outside its own
 * predicates joined by "or" (what was "destroyed or damaged" is not what was "destroyed";
 * what was "found and seized" was seized), or every verb of a coordination.
 */
function states(q: QuantityClaim, predicate: string): boolean {
  const has = (v: string) => q.verbs.includes(v) || q.clauseContext.includes(v);
  const members = membersOf(predicate);
  if (members.length > 1) return members.every(has);
  const own = (q.governing ?? []).filter((g) => g !== predicate && g.includes(' or ')).flatMap(membersOf);
  return has(predicate) && !own.includes(predicate);
}

/** True when a day or month falls inside a period ("2008", "2008-01"), or the two overlap. */
const inPeriod = (day: string, period: string) => day.startsWith(period) || period.startsWith(day);

/**
 * True when two counts belong to different incidents: one is recalled from another incident
 * and the other is not, unless a period the recalled count names holds the other's day.
 */
function otherIncident(a: QuantityClaim, b: QuantityClaim): boolean {
  if (!!a.recall === !!b.recall) return false;
  const [old, now] = a.recall ? [a, b] : [b, a];
  const days = (now.frame ?? []).filter((f) => f.startsWith('date:')).map((f) => f.slice(5));
  return !(old.periods ?? []).some((p) => days.some((d) => inPeriod(d, p)));
}

/**
 * Why two quantities of one unit count different things, or null when nothing in their
 * context tells them apart. Each test reads what both clauses state and vetoes the pair only
 * when both state it and they differ, so a source that says less is still compared:
 * - `scope`: different words narrow what is counted ("career touchdowns", "new cases");
 * - `participant`: the numbers belong to different people or organisations ("Smith's two
 *   touchdowns", "Jones's five");
 * - `frame`: different time frames ("this season" and "last season", or dates that cannot
 *   both hold), or a figure of a former time ("at its peak", "formerly") and one that is not;
 * - `event`: different predicates govern the numbers and neither occurs in the other's clause
 *   ("hit by seven bullets", "loaded with four bullets"); a coordinated predicate is one
 *   predicate ("destroyed or damaged 40 homes" is not "destroyed 12 homes"), though one joined
 *   by "and" states each of its verbs of the things counted ("found and seized 300 rounds");
 * - `incident`: one count is recalled from another incident than the story's own ("in
 *   January two cables were cut") and the other is not (`otherIncident`).
 */
export function distinctThings(a: QuantityClaim, b: QuantityClaim): 'scope' | 'participant' | 'frame' | 'event' | 'incident' | null {
  if (!sameList(a.scope ?? [], b.scope ?? [])) return 'scope';
  const pa = a.participants ?? [];
  const pb = b.participants ?? [];
  if (pa.length && pb.length && !pa.some((p) => pb.includes(p))) return 'participant';
  const periodsA = (a.frame ?? []).filter((f) => !f.startsWith('date:'));
  const periodsB = (b.frame ?? []).filter((f) => !f.startsWith('date:'));
  if (periodsA.length && periodsB.length && !periodsA.some((f) => periodsB.includes(f))) return 'frame';
  // A figure of a past high point or a former time ("at its peak employed 1,500") is not one of
  // the present ("employs 3,900"), though the present's clause states no frame.
  if (periodsA.includes('former') !== periodsB.includes('former')) return 'frame';
  const datesA = (a.frame ?? []).filter((f) => f.startsWith('date:')).map((f) => f.slice(5));
  const datesB = (b.frame ?? []).filter((f) => f.startsWith('date:')).map((f) => f.slice(5));
  if (datesA.length && datesB.length && !datesA.some((x) => datesB.some((y) => x.startsWith(y) || y.startsWith(x)))) return 'frame';
  const ga = a.governing ?? [];
  const gb = b.governing ?? [];
  if (ga.length && gb.length && !ga.some((v) => gb.includes(v))) {
    const inB = ga.some((v) => states(b, v));
    const inA = gb.some((v) => states(a, v));
    if (!inA && !inB) return 'event';
  }
  if (otherIncident(a, b)) return 'incident';
  return null;
}

/**
 * True when two quantities of one unit count the same thing in the same event: their clauses
 * share at least two content words, one of them a verb of either clause ("cost", "signed"),
 * their values are of the same order (two vessels and a hundred vessels are different
 * counts, not a disagreement), and nothing in their context tells them apart (`distinctThings`).
 */
function sameThing(a: QuantityClaim, b: QuantityClaim, context: ContextMatch = contextMatch(a, b)): boolean {
  if (context.distinct) return false;
  const [alo, ahi] = commonRange(a);
  const [blo, bhi] = commonRange(b);
  if (Math.max(alo, blo) > MAX_RATIO * Math.min(ahi, bhi)) return false;
  // A percentage whose measure both sentences name is that measure's ("turnout was 90%").
  if (a.measure && b.measure) return sameMeasure(a.measure, b.measure);
  return context.joins;
}

/**
 * What the contexts of two quantities say of them, which depends only on what each context
 * states (the fields of a quantity's signature in `alignQuantities`): whether something tells
 * them apart (`distinctThings`), whether their clauses share enough words, one a verb of
 * either, and how many words they share.
 */
interface ContextMatch {
  distinct: boolean;
  joins: boolean;
  shared: number;
}

function contextMatch(a: QuantityClaim, b: QuantityClaim): ContextMatch {
  if (distinctThings(a, b)) return { distinct: true, joins: false, shared: 0 };
  const common = shared(a.clauseContext, b.clauseContext);
  const joins = common.length >= MIN_SHARED && common.some((s) => a.verbs.includes(s) || b.verbs.includes(s));
  return { distinct: false, joins, shared: common.length };
}

/**
 * True when two amounts of money are both the worth of one noun ("the offer, believed to be
 * worth $160 million", "its offer, reportedly worth $160 million") and nothing tells them apart:
 * one thing, though their clauses may share no other word.
 */
function sameWorth(a: QuantityClaim, b: QuantityClaim): boolean {
  if (!a.worth || a.worth !== b.worth || distinctThings(a, b)) return false;
  const [alo, ahi] = commonRange(a);
  const [blo, bhi] = commonRange(b);
  return Math.max(alo, blo) <= MAX_RATIO * Math.min(ahi, bhi);
}

/**
 * True when one verb governs the same noun as its argument in both clauses ("the two ministers
 * signed 12 agreements", "Norland and Castoria signed 11 agreements") and nothing tells the two
 * apart: one fact, though the clauses share no other word. Less sure than clauses that share
 * more, so a difference is an observation. Amounts of money and measures are left out, since
 * one verb ("cost", "rose") governs many of them, and so is a number inside a phrase a
 * preposition opens ("the buildings in seven villages were destroyed").
 */
function sameArgument(a: QuantityClaim, b: QuantityClaim): boolean {
  if (!a.argument || !b.argument || a.unit !== b.unit || a.currency || b.currency || a.measure || b.measure) return false;
  const ga = a.governing ?? [];
  const gb = b.governing ?? [];
  if (!ga.some((v) => gb.includes(v)) || distinctThings(a, b)) return false;
  const [alo, ahi] = commonRange(a);
  const [blo, bhi] = commonRange(b);
  return Math.max(alo, blo) <= MAX_RATIO * Math.min(ahi, bhi);
}

/**
 * True when numbers of the quantity's unit are compared at all, and the number counts the thing
 * rather than picking a span of it ("their first two drives").
 */
function comparable(q: QuantityClaim): boolean {
  if (q.value <= 1 || !Number.isFinite(q.value) || q.window) return false;
  if (q.currency || q.measure) return true;
  const unit = q.unit.toLowerCase();
  const last = unit.split(' ').pop() ?? unit;
  return !UNALIGNED.has(unit) && !UNALIGNED.has(last) && !UNALIGNED.has(last.replace(/s$/, ''));
}

/**
 * Joins quantities that all state one context (the same verbs, words, names and frame) and come
 * from different sources, without testing every pair: with one context, `sameThing` reduces to
 * the values test, which holds exactly when the intervals [lo, MAX_RATIO × hi] of the two
 * ranges overlap, and the groups are then the runs of overlapping intervals after one sort. No
 * veto can fire within one context, so the groups are those the pairwise joining finds, at the
 * cost of a sort: thousands of outlets retelling one figure no longer cost the square of their
 * number. Returns false, joining nothing, when the shortcut does not apply.
 */
function joinOneContext(qs: readonly QuantityClaim[], parent: number[], find: (i: number) => number): boolean {
  if (qs.length < 3 || new Set(qs.map((q) => q.path)).size !== qs.length) return false;
  if (!sameThing(qs[0], qs[0])) return true; // The context itself does not align: nothing joins.
  const spans = qs.map((q, i) => {
    const [lo, hi] = commonRange(q);
    return { i, lo, end: MAX_RATIO * hi };
  });
  spans.sort((a, b) => a.lo - b.lo || a.i - b.i);
  let run = spans[0];
  let reach = run.end;
  for (const span of spans.slice(1)) {
    if (span.lo <= reach) {
      const a = find(run.i);
      const b = find(span.i);
      // The smaller index stays the root, as the first member of a group comes first.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      reach = Math.max(reach, span.end);
    } else {
      run = span;
      reach = span.end;
    }
  }
  return true;
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
  // A range of money ("between $140 million and $150 million") runs from its lower end to its upper.
  const lo = rangeOf(q.value, q.hedge)[0];
  const hi = rangeOf(q.upper ?? q.value, q.hedge)[1];
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

/** What a group of quantities counts, for messages: the units and the first words their clauses share. */
function thingOf(members: readonly QuantityClaim[]): string {
  let common = members[0].clauseContext;
  for (const m of members.slice(1)) {
    const next = shared(common, m.clauseContext);
    if (next.length) common = next;
  }
  const words = [...new Set(common.slice(0, 3).map((s) => (members[0].contextWords[s] ?? s).replace(/['\u2019]s$/, '').toLowerCase()))];
  const units = members[0].currency ? [] : [...new Set(members.map((m) => m.unit))];
  return [...units, ...words].filter(Boolean).join(', ');
}

/** Each quantity's signature (see `signatureOf`): claims are never changed once made. */
const signatures = new WeakMap<QuantityClaim, string>();

/** What a quantity's context states, as one string: quantities with one signature are told apart by nothing but their values. */
function signatureOf(q: QuantityClaim): string {
  let key = signatures.get(q);
  if (key === undefined) {
    key = JSON.stringify([q.scope ?? [], q.participants ?? [], q.frame ?? [], q.governing ?? [], q.verbs, q.clauseContext, !!q.recall, q.periods ?? []]);
    signatures.set(q, key);
  }
  return key;
}

/** An article's quantities of one unit that are compared, and the first it recalls from another incident. */
interface Eligible {
  qs: QuantityClaim[];
  recalled: QuantityClaim | undefined;
}

/**
 * `eligibleOf` of one article's run of claims, by the run's first claim and the unit key: the
 * claims of an article the edit left alone are the same objects, so a story compared again
 * reads their runs as they were.
 */
const runs = new WeakMap<QuantityClaim, Map<string, Eligible & { length: number }>>();

/**
 * The quantities of one unit key that are compared, in the index's order, and the first count
 * the story recalls from another incident. The index lists each article's claims together, so
 * what decides (the numbers an article gives in the unit) is read per article and kept; claims
 * of one article listed apart are read all at once.
 */
function eligibleOf(key: string, claims: readonly QuantityClaim[]): Eligible {
  const paths = new Set<string>();
  const parts: Eligible[] = [];
  for (let start = 0; start < claims.length; ) {
    const path = claims[start].path;
    let end = start + 1;
    while (end < claims.length && claims[end].path === path) end++;
    if (paths.has(path)) return eligibleIn(claims);
    paths.add(path);
    const first = claims[start];
    let byKey = runs.get(first);
    let known = byKey?.get(key);
    if (!known || known.length !== end - start) {
      const read = eligibleIn(claims.slice(start, end));
      known = { qs: fitted(read.qs), recalled: read.recalled, length: end - start };
      if (!byKey) runs.set(first, (byKey = new Map()));
      byKey.set(key, known);
    }
    parts.push(known);
    start = end;
  }
  const qs: QuantityClaim[] = [];
  let recalled: QuantityClaim | undefined;
  for (const part of parts) {
    for (const q of part.qs) qs.push(q);
    if (!recalled) recalled = part.recalled;
  }
  return { qs, recalled };
}

/** `eligibleOf` read from the claims themselves. */
function eligibleIn(claims: readonly QuantityClaim[]): Eligible {
  // An article that gives several different numbers in one unit leaves it unclear which
  // counts what, so its numbers in that unit are not compared.
  // A count recalled from another incident does not make the article's own count unclear, nor
  // the reverse: each is compared within its incident.
  // Each article's numbers of the unit, its own and those it recalls apart, by path (the
  // article's own string, so no key is built per claim).
  const values = new Map<string, Set<number>>();
  const recalledValues = new Map<string, Set<number>>();
  const valuesOf = (q: QuantityClaim) => (q.recall ? recalledValues : values).get(q.path);
  for (const q of claims) {
    // Counts of the fact frames are told apart by their slot ("killed", "injured"), so they
    // do not make the article's other numbers of the unit unclear.
    if (q.framed) continue;
    const byPath = q.recall ? recalledValues : values;
    let set = byPath.get(q.path);
    if (!set) byPath.set(q.path, (set = new Set<number>()));
    set.add(q.currency ? q.value * (RATES[q.currency]?.usd ?? 1) : q.value);
  }
  const recalled = claims.find((q) => q.recall && !q.framed);
  // Counts of the fact frames are compared there, within their incident and slot.
  const qs = claims.filter((q) => !q.framed && comparable(q) && valuesOf(q)!.size === 1);
  return { qs, recalled };
}

/** Groups of quantities of the same thing found in at least two sources. */
export function alignQuantities(index: ClaimIndex): QuantityGroup[] {
  const done = memo.get(index);
  if (done) return done;
  const groups: QuantityGroup[] = [];
  const eligible: QuantityClaim[][] = [];
  // A count of each unit that the story recalls from another incident.
  const recalledBy = new Map<string, QuantityClaim>();
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('quantity:')) continue;
    const { qs, recalled } = eligibleOf(key, claims as QuantityClaim[]);
    if (recalled) recalledBy.set(key, recalled);
    eligible.push(qs);
    if (new Set(qs.map((q) => q.path)).size < 2) continue;
    // Quantities of this unit from different sources that share context are joined, the
    // closest pairs first; two groups are never joined when any of their members count
    // different things, so a source that says less cannot bridge two different counts.
    const parent = qs.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    // The vetoes depend only on what each quantity's context states, so members with the
    // same context are checked once: a story retelling one figure in many articles costs
    // the square of its distinct contexts, not of its articles.
    const sigIds = new Map<string, number>();
    const sigOf = qs.map((q) => {
      const key = signatureOf(q);
      let id = sigIds.get(key);
      if (id === undefined) sigIds.set(key, (id = sigIds.size));
      return id;
    });
    const edges: Array<[number, number, number]> = [];
    // Pairs joined only as the worth of one noun or as one verb's argument, after every other pair (weight -1).
    const looseEdges = new Set<string>();
    if (!(sigIds.size === 1 && joinOneContext(qs, parent, find))) {
      // What two contexts say is read once per pair of signatures, not per pair of quantities.
      const sigs = sigIds.size;
      const contexts = new Map<number, ContextMatch>();
      for (let i = 0; i < qs.length; i++) {
        for (let j = i + 1; j < qs.length; j++) {
          if (qs[i].path === qs[j].path) continue;
          const pair = sigOf[i] * sigs + sigOf[j];
          let context = contexts.get(pair);
          if (!context) contexts.set(pair, (context = contextMatch(qs[i], qs[j])));
          if (sameThing(qs[i], qs[j], context)) edges.push([i, j, context.shared]);
          else if (sameWorth(qs[i], qs[j]) || sameArgument(qs[i], qs[j])) {
            edges.push([i, j, -1]);
            looseEdges.add(`${i}:${j}`);
          }
        }
      }
      edges.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
    }
    const looseRoots = new Set<number>();
    const sigRep = new Map<number, QuantityClaim>();
    qs.forEach((q, i) => {
      if (!sigRep.has(sigOf[i])) sigRep.set(sigOf[i], q);
    });
    const vetoMemo = new Map<string, boolean>();
    const vetoed = (x: number, y: number): boolean => {
      const key = x < y ? `${x}:${y}` : `${y}:${x}`;
      let v = vetoMemo.get(key);
      if (v === undefined) vetoMemo.set(key, (v = x !== y && distinctThings(sigRep.get(x)!, sigRep.get(y)!) !== null));
      return v;
    };
    const sigsOf = new Map<number, Set<number>>(qs.map((_, i) => [i, new Set([sigOf[i]])]));
    for (const [i, j] of edges) {
      const ri = find(i);
      const rj = find(j);
      if (ri === rj) continue;
      const si = sigsOf.get(ri)!;
      const sj = sigsOf.get(rj)!;
      let blocked = false;
      for (const x of si) {
        for (const y of sj) if (vetoed(x, y)) blocked = true;
        if (blocked) break;
      }
      if (blocked) continue;
      const [big, small, root, child] = si.size >= sj.size ? [si, sj, ri, rj] : [sj, si, rj, ri];
      for (const y of small) big.add(y);
      parent[child] = root;
      sigsOf.delete(child);
      if (looseEdges.has(`${i}:${j}`) || looseRoots.has(child)) looseRoots.add(root);
    }
    const clusters = new Map<number, QuantityClaim[]>();
    qs.forEach((q, i) => {
      const root = find(i);
      const list = clusters.get(root);
      if (list) list.push(q);
      else clusters.set(root, [q]);
    });
    for (const [root, members] of clusters) {
      // One quantity per source: the first it gives.
      const seen = new Set<string>();
      const firstPerPath = members.filter((q) => !seen.has(q.path) && seen.add(q.path));
      if (firstPerPath.length < 2) continue;
      const loose = looseRoots.has(root);
      groups.push(withUnsure({ members: firstPerPath, thing: thingOf(firstPerPath), ...(loose ? { loose } : {}) }, recalledBy));
    }
  }
  // Counts of one group named by related nouns ("experts", "observers").
  for (const g of alignRelatedUnits(eligible, sameThing)) groups.push(withUnsure({ members: g.members, thing: thingOf(g.members), related: g.relation }, recalledBy));
  memo.set(index, groups);
  return groups;
}

/**
 * Marks a group whose figures may belong to different incidents: the story recalls a count of
 * the thing from another incident, and the members are recalled counts themselves (which of
 * the incidents the story recalls each is, their words do not say), or some member names no
 * day of its own (it may be the recalled incident's).
 */
function withUnsure(group: QuantityGroup, recalledBy: ReadonlyMap<string, QuantityClaim>): QuantityGroup {
  const keys = [...new Set(group.members.map((m) => `quantity:${m.unitKey}`))];
  const recalled = keys.map((k) => recalledBy.get(k)).find((q) => !!q);
  if (!recalled) return group;
  const own = group.members.filter((m) => !m.recall);
  const undated = own.filter((m) => !m.dated);
  if (own.length && !undated.length) return group;
  return { ...group, unsure: { recalled, undated } };
}
