/**
 * Scoring arithmetic for the accuracy harness: span matching with scored and ignored regions,
 * precision/recall/F1, value accuracy, and the B³ and pairwise measures of a clustering. Pure
 * functions over plain data so that the unit test can check them on tiny hand-made cases.
 */

/** A half-open range of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A span with an optional type (a name's kind) and the text it covers, for error listings. */
export interface Item extends Span {
  kind?: string;
  text?: string;
}

/** How two spans must agree to count as the same mention. */
export type MatchMode = 'exact' | 'overlap';

/** Counts behind precision, recall and F1. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 with the counts they come from. */
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** The outcome of matching predictions against gold in one document. */
export interface MatchResult<G extends Item, P extends Item> extends Counts {
  /** Gold items paired one-to-one with a prediction. */
  pairs: Array<{ gold: G; pred: P }>;
  /** Gold items in scored regions that no prediction matched. */
  missed: G[];
  /** Predictions in scored regions that matched nothing and lie outside every ignored region. */
  spurious: P[];
}

/** Options for {@link matchSpans}. */
export interface MatchOptions {
  mode: MatchMode;
  /** When true, a prediction must also have the gold item's `kind`. */
  typed: boolean;
  /** Where the gold is complete; items outside are not scored. Undefined means everywhere. */
  scored?: Span[];
  /**
   * Regions annotated as something else. An unmatched prediction is not counted as wrong when
   * it lies inside one (exact mode) or touches one (overlap mode, which is lenient throughout).
   */
  ignore?: Span[];
}

/** Length of the intersection of two spans (0 when they are disjoint). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when the spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return overlapLength(a, b) > 0;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when a gold item lies inside the scored regions (all of the text when none are given). */
export function inScored(span: Span, scored: Span[] | undefined): boolean {
  return !scored || scored.some((r) => contains(r, span));
}

/** True when a prediction falls in the scored regions: it must touch one of them. */
function predInScored(span: Span, scored: Span[] | undefined): boolean {
  return !scored || scored.some((r) => overlaps(r, span) || (span.start === span.end && contains(r, span)));
}

/**
 * Pairs gold items with predictions one-to-one. In exact mode a pair needs identical offsets;
 * in overlap mode any shared character will do, and the pairs with the largest overlap are
 * taken first so that one long prediction cannot claim two gold items.
 */
export function matchSpans<G extends Item, P extends Item>(gold: G[], pred: P[], options: MatchOptions): MatchResult<G, P> {
  const g = gold.filter((x) => inScored(x, options.scored));
  const p = pred.filter((x) => predInScored(x, options.scored));
  const candidates: Array<{ gi: number; pi: number; score: number }> = [];
  // Documents hold at most a few hundred items, so every pair is tried; the harness is not a hot path.
  for (let gi = 0; gi < g.length; gi++) {
    for (let pi = 0; pi < p.length; pi++) {
      const gs = g[gi];
      const ps = p[pi];
      if (options.typed && ps.kind !== gs.kind) continue;
      if (options.mode === 'exact') {
        if (ps.start === gs.start && ps.end === gs.end) candidates.push({ gi, pi, score: 1 });
      } else {
        const o = overlapLength(gs, ps);
        if (o > 0) candidates.push({ gi, pi, score: o });
      }
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.gi - b.gi || a.pi - b.pi);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const pairs: Array<{ gold: G; pred: P }> = [];
  for (const c of candidates) {
    if (gUsed.has(c.gi) || pUsed.has(c.pi)) continue;
    gUsed.add(c.gi);
    pUsed.add(c.pi);
    pairs.push({ gold: g[c.gi], pred: p[c.pi] });
  }
  const missed = g.filter((_, i) => !gUsed.has(i));
  const ignore = options.ignore ?? [];
  const excused = (x: Span) => ignore.some((r) => (options.mode === 'exact' ? contains(r, x) : overlaps(r, x) || contains(r, x)));
  const spurious = p.filter((x, i) => !pUsed.has(i) && !excused(x));
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  return { tp: pairs.length, fp: spurious.length, fn: missed.length, pairs, missed, spurious };
}

/** Adds counts together. */
export function addCounts(...all: Counts[]): Counts {
  const sum: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of all) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return sum;
}

/** Precision, recall and F1 from counts. An empty side scores 0, never NaN. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

/** A share with the counts behind it. */
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

/** Accuracy from counts (0 when there is nothing to count). */
export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? 0 : correct / total };
}

/** B³ and pairwise scores of a clustering. */
export interface ClusterScores {
  mentions: number;
  b3: { precision: number; recall: number; f1: number };
  pairwise: Prf;
}

/**
 * Scores a predicted clustering against a gold one over the same items. `gold[i]` and
 * `pred[i]` are the cluster labels of item i. B³ averages, over items, the share of the item's
 * predicted cluster that is in its gold cluster (precision) and the reverse (recall); pairwise
 * counts item pairs put together. `eligiblePair` restricts the pairwise count (for example to
 * pairs from different documents); B³ always uses every item.
 */
export function scoreClusters(gold: string[], pred: string[], eligiblePair?: (i: number, j: number) => boolean): ClusterScores {
  const n = Math.min(gold.length, pred.length);
  const byGold = new Map<string, number[]>();
  const byPred = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    push(byGold, gold[i], i);
    push(byPred, pred[i], i);
  }
  // Intersections are counted per (gold, pred) label pair, which keeps B³ linear in items.
  const both = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = `${gold[i]}\u0000${pred[i]}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const inter = both.get(`${gold[i]}\u0000${pred[i]}`) ?? 0;
    p += inter / byPred.get(pred[i])!.length;
    r += inter / byGold.get(gold[i])!.length;
  }
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (eligiblePair && !eligiblePair(i, j)) continue;
      const g = gold[i] === gold[j];
      const q = pred[i] === pred[j];
      if (g && q) counts.tp++;
      else if (q) counts.fp++;
      else if (g) counts.fn++;
    }
  }
  return { mentions: n, b3: { precision, recall, f1 }, pairwise: prf(counts) };
}

/** Sums B³ over several groups by weighting each group's scores by its number of items. */
export function poolClusters(groups: ClusterScores[]): ClusterScores {
  const n = groups.reduce((s, g) => s + g.mentions, 0);
  const precision = n ? groups.reduce((s, g) => s + g.b3.precision * g.mentions, 0) / n : 0;
  const recall = n ? groups.reduce((s, g) => s + g.b3.recall * g.mentions, 0) / n : 0;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { mentions: n, b3: { precision, recall, f1 }, pairwise: prf(addCounts(...groups.map((g) => g.pairwise))) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
