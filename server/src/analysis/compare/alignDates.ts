/**
 * Aligns dated events across sources. Two dated clauses state the same event when they share
 * a verb (or a synonym: voting for a plan is approving it), the verb each date governs occurs
 * in the other clause, they share at least three content words, and
 * a named person, organisation or place (or, when neither clause names one, at least four
 * content words). Candidates come from the index by verb, never from every pair of dates.
 */
import type { ClaimIndex, DateClaim } from './claims';
import { isDeictic } from './claimsContext';

const MIN_SHARED = 3;
const MIN_SHARED_UNNAMED = 4;

/** How many words two sets share. */
function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/**
 * True when the verb that each date governs (the nearest verb on either side of it in its
 * clause) also occurs in the other clause: the two dates date the same predicate, not merely
 * two clauses that share some verb ("rear-ended a truck on June 8" and "checked into rehab on
 * Thursday" share no dated verb).
 */
function samePredicate(a: DateClaim, b: DateClaim): boolean {
  const ga = a.governing ?? a.verbs;
  const gb = b.governing ?? b.verbs;
  return ga.some((v) => b.verbs.includes(v)) && gb.some((v) => a.verbs.includes(v));
}

function sameEvent(a: DateClaim, b: DateClaim, contextOf: (d: DateClaim) => Set<string>): boolean {
  if (!a.verbs.some((v) => b.verbs.includes(v))) return false;
  if (!samePredicate(a, b)) return false;
  const shared = overlap(contextOf(a), contextOf(b));
  if (shared < MIN_SHARED) return false;
  if (a.entities.some((e) => b.entities.includes(e))) return true;
  // Without a shared name, the clauses must share more of their words.
  return !a.entities.length && !b.entities.length && shared >= MIN_SHARED_UNNAMED;
}

/**
 * True when the two dates can be compared at all: the same precision (two days, or two
 * months), and, when either was resolved from a relative expression, articles of the same
 * date; otherwise a disagreement may only mean that the articles were written on different
 * days ("on Saturday" in a Monday article and in the next week's).
 */
export function comparableDates(a: DateClaim, b: DateClaim): boolean {
  if (a.value.length !== b.value.length) return false;
  if (a.relative || b.relative) return !!a.articleDate && a.articleDate === b.articleDate;
  return true;
}

/**
 * True when a disagreement between two dates may only come from resolving a relative date:
 * one of them names its day by the moment of writing ("this morning", "yesterday"), and they
 * are a day apart. An article's date says neither the hour nor the time zone it was written
 * in, so such a day can be off by one.
 */
export function uncertainConflict(a: DateClaim, b: DateClaim): boolean {
  if (a.value.length !== 10 || b.value.length !== 10) return false;
  const deictic = (d: DateClaim) => d.relative && isDeictic(d.text);
  if (!deictic(a) && !deictic(b)) return false;
  const days = Math.abs(Date.parse(`${a.value}T00:00:00Z`) - Date.parse(`${b.value}T00:00:00Z`)) / 86400000;
  return days <= 1;
}

/** True when two calendar values cannot both be right (neither contains the other). */
export function datesConflict(a: string, b: string): boolean {
  return !(a.startsWith(b) || b.startsWith(a));
}

const memo = new WeakMap<ClaimIndex, DateClaim[][]>();
/** The class key of each date claim (claims are never changed once made). */
const classKeys = new WeakMap<DateClaim, string>();

interface DateClass {
  members: DateClaim[];
  /** The first member, and the first member from another source than it (when there is one). */
  anchors: DateClaim[];
}

/**
 * What the tests read of a clause, as one string: verbs, dated verbs, words, names, date, whether it is
 * relative, and the article's date. Control characters separate the parts; no word, stem or
 * entity id contains one.
 */
function classKey(d: DateClaim): string {
  return `${d.verbs.join('\u0000')}\u0001${(d.governing ?? []).join('\u0000')}\u0001${d.context.join('\u0000')}\u0001${d.entities.join('\u0000')}\u0001${d.value}\u0001${d.relative}\u0001${d.articleDate ?? '\u0002'}`;
}

/** Splits clauses into classes that every test treats alike: same verbs, words, names and date. */
function classify(dates: DateClaim[], keyOf: (d: DateClaim) => string): DateClass[] {
  const byKey = new Map<string, DateClass>();
  for (const d of dates) {
    const key = keyOf(d);
    const c = byKey.get(key);
    if (!c) byKey.set(key, { members: [d], anchors: [d] });
    else {
      c.members.push(d);
      if (c.anchors.length === 1 && c.anchors[0].path !== d.path) c.anchors.push(d);
    }
  }
  return [...byKey.values()];
}

/** Groups of dated clauses, from at least two sources, that state the same event. */
export function alignDates(index: ClaimIndex): DateClaim[][] {
  const done = memo.get(index);
  if (done) return done;
  // Union-find over dated clauses of different sources that state the same event; the
  // candidates come from the index by verb, never from every pair of dates.
  const all: DateClaim[] = [];
  const idOf = new Map<DateClaim, number>();
  const id = (d: DateClaim) => {
    let i = idOf.get(d);
    if (i === undefined) {
      i = all.length;
      idOf.set(d, i);
      all.push(d);
    }
    return i;
  };
  // Each clause's words as a set, built once rather than for every pair it is tested in.
  const contexts = new Map<DateClaim, Set<string>>();
  const contextOf = (d: DateClaim): Set<string> => {
    let set = contexts.get(d);
    if (!set) contexts.set(d, (set = new Set(d.context)));
    return set;
  };
  // A clause with several verbs is listed under each: its class key is built once, and kept
  // with the claim, which later comparisons of the story reuse while its article is unchanged.
  const keyOf = (d: DateClaim): string => {
    let k = classKeys.get(d);
    if (k === undefined) classKeys.set(d, (k = classKey(d)));
    return k;
  };
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('date:')) continue;
    const dates = claims as DateClaim[];
    if (new Set(dates.map((d) => d.path)).size < 2) continue;
    for (const d of dates) if (parent[id(d)] === undefined) parent[id(d)] = id(d);
    const union = (a: DateClaim, b: DateClaim) => {
      const ra = find(id(a));
      const rb = find(id(b));
      if (ra !== rb) parent[ra] = rb;
    };
    // Clauses with the same wording, date and names are interchangeable in every test, so
    // they are tested once per class: a story that retells one event in hundreds of articles
    // costs the square of its distinct clauses, not of its clauses.
    const classes = classify(dates, keyOf);
    for (const c of classes) {
      // Two sources in one class state the same event when the class's clause matches itself.
      if (c.anchors.length === 2 && comparableDates(c.members[0], c.members[0]) && sameEvent(c.members[0], c.members[0], contextOf)) {
        for (const m of c.members) union(m, c.members[0]);
      }
    }
    for (let i = 0; i < classes.length; i++) {
      for (let j = i + 1; j < classes.length; j++) {
        const a = classes[i];
        const b = classes[j];
        if (!comparableDates(a.members[0], b.members[0]) || !sameEvent(a.members[0], b.members[0], contextOf)) continue;
        // Every clause of one class and every clause of the other from another source state
        // the same event. Joining each clause to the other class's first clause and to its
        // first clause from another source gives the same groups as joining every such pair.
        for (const m of a.members) for (const anchor of b.anchors) if (anchor.path !== m.path) union(m, anchor);
        for (const m of b.members) for (const anchor of a.anchors) if (anchor.path !== m.path) union(m, anchor);
      }
    }
  }
  const groups = new Map<number, DateClaim[]>();
  all.forEach((d, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(d);
    else groups.set(root, [d]);
  });
  const out = [...groups.values()].filter((members) => new Set(members.map((d) => d.path)).size >= 2);
  memo.set(index, out);
  return out;
}
