/**
 * Scores the tool's findings against the judging data: precision per rule and severity from the
 * judged list, the findings nobody has judged yet, and recall per kind of the real differences
 * listed for stories read in full. Pure functions over plain data, so they are unit-tested on
 * small inline examples.
 */
import type { Difference, DifferenceKind, DifferencesFile, JudgedEntry, Verdict } from './data';

/** A place in an article. */
export interface Place {
  path: string;
  start: number;
  end: number;
}

/** A finding as the report gives it: its own place and its related places. */
export interface RawFinding extends Place {
  rule: string;
  severity: string;
  message: string;
  related: Place[];
}

/**
 * A finding counted once although the tool shows it on every article it involves: the copies
 * share rule and places (their own place and related places, as a set).
 */
export interface DistinctFinding {
  rule: string;
  /** The highest severity among the copies. */
  severity: string;
  message: string;
  /** Every place of the finding; the first copy's own place first, then its related places. */
  places: Place[];
  /** Each copy's own place and its first related place. */
  copies: Array<{ own: Place; first: Place | null }>;
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const rank = (s: string) => SEVERITY_RANK[s] ?? 9;

/** The severities in the order reports list them. */
export function severityOrder(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const placeKey = (p: Place) => `${p.path}\u0000${p.start}\u0000${p.end}`;

/** Groups the copies of each finding. */
export function distinctFindings(raw: readonly RawFinding[]): DistinctFinding[] {
  const byKey = new Map<string, DistinctFinding>();
  for (const f of raw) {
    const own: Place = { path: f.path, start: f.start, end: f.end };
    const related = f.related.map((r) => ({ path: r.path, start: r.start, end: r.end }));
    const places = [own, ...related];
    const key = `${f.rule}\u0001${[...new Set(places.map(placeKey))].sort().join('\u0001')}`;
    const found = byKey.get(key);
    const copy = { own, first: related[0] ?? null };
    if (found) {
      found.copies.push(copy);
      if (rank(f.severity) < rank(found.severity)) found.severity = f.severity;
    } else {
      byKey.set(key, { rule: f.rule, severity: f.severity, message: f.message, places, copies: [copy] });
    }
  }
  return [...byKey.values()];
}

/** True when two places share a character (an empty span counts as the point it marks). */
export function overlaps(x: Place, y: Place): boolean {
  if (x.path !== y.path) return false;
  return x.start < Math.max(y.end, y.start + 1) && y.start < Math.max(x.end, x.start + 1);
}

/** True when `p` and `q` overlap two different places of the finding, in either order. */
function spansPair(places: readonly Place[], p: Place, q: Place): boolean {
  for (let i = 0; i < places.length; i++) {
    if (!overlaps(places[i], p)) continue;
    for (let j = 0; j < places.length; j++) if (j !== i && overlaps(places[j], q)) return true;
  }
  return false;
}

/** How well a judged entry fits a finding: 2 exactly one copy's own and first places, 1 two of its places, 0 not. */
function fit(f: DistinctFinding, e: JudgedEntry): number {
  if (e.rule !== f.rule) return 0;
  if (!e.b) {
    if (f.copies.some((c) => overlaps(c.own, e.a) && !c.first)) return 2;
    return f.copies.some((c) => overlaps(c.own, e.a)) ? 1 : 0;
  }
  const b = e.b;
  const exact = f.copies.some((c) => c.first && ((overlaps(c.own, e.a) && overlaps(c.first, b)) || (overlaps(c.own, b) && overlaps(c.first, e.a))));
  if (exact) return 2;
  return spansPair(f.places, e.a, b) ? 1 : 0;
}

/**
 * The judged entry for each finding, or null when none fits: same rule, and the entry's two
 * passages overlap two places of the finding (either way round; a single-location entry, the
 * finding's own place). When several fit, one naming a copy's own and first related place wins,
 * then the earlier entry.
 */
export function matchJudged(findings: readonly DistinctFinding[], judged: readonly JudgedEntry[]): Array<JudgedEntry | null> {
  return findings.map((f) => {
    let best: JudgedEntry | null = null;
    let bestFit = 0;
    for (const e of judged) {
      const k = fit(f, e);
      if (k > bestFit) {
        best = e;
        bestFit = k;
        if (k === 2) break;
      }
    }
    return best;
  });
}

/** The verdict counts of one rule at one severity. */
export interface PrecisionRow {
  rule: string;
  severity: string;
  findings: number;
  judged: number;
  verdicts: Record<Verdict, number>;
  /** TRUE findings judged trivial (a one-letter or function-word variant). */
  trivialTrue: number;
  unjudged: number;
  /** TRUE / judged; null when nothing is judged. */
  precision: number | null;
}

/** Precision over a set of rows pooled (for example every warning). */
export interface PrecisionSummary {
  findings: number;
  judged: number;
  true: number;
  trivialTrue: number;
  unjudged: number;
  precision: number | null;
  /** TRUE and not trivial / judged: findings worth a correction. */
  worthCorrection: number | null;
}

const ratio = (n: number, d: number) => (d ? n / d : null);

/** Counts verdicts per rule and severity (rows in severity, then rule order). */
export function precisionRows(findings: readonly DistinctFinding[], matches: ReadonlyArray<JudgedEntry | null>): PrecisionRow[] {
  const rows = new Map<string, PrecisionRow>();
  findings.forEach((f, i) => {
    const key = `${f.severity}\u0000${f.rule}`;
    let row = rows.get(key);
    if (!row) {
      row = { rule: f.rule, severity: f.severity, findings: 0, judged: 0, verdicts: { TRUE: 0, COMPATIBLE: 0, MISREAD: 0 }, trivialTrue: 0, unjudged: 0, precision: null };
      rows.set(key, row);
    }
    row.findings++;
    const m = matches[i];
    if (!m) {
      row.unjudged++;
      return;
    }
    row.judged++;
    row.verdicts[m.verdict]++;
    if (m.verdict === 'TRUE' && m.trivial) row.trivialTrue++;
  });
  const out = [...rows.values()];
  for (const r of out) r.precision = ratio(r.verdicts.TRUE, r.judged);
  return out.sort((a, b) => severityOrder(a.severity, b.severity) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** Pools rows, for example those of one severity. */
export function pool(rows: readonly PrecisionRow[]): PrecisionSummary {
  const s = { findings: 0, judged: 0, true: 0, trivialTrue: 0, unjudged: 0 };
  for (const r of rows) {
    s.findings += r.findings;
    s.judged += r.judged;
    s.true += r.verdicts.TRUE;
    s.trivialTrue += r.trivialTrue;
    s.unjudged += r.unjudged;
  }
  return { ...s, precision: ratio(s.true, s.judged), worthCorrection: ratio(s.true - s.trivialTrue, s.judged) };
}

/**
 * The judged entries no current finding matches: findings the tool no longer raises (a false
 * alarm removed, or a true one lost), counted by verdict.
 */
export function staleJudged(judged: readonly JudgedEntry[], matches: ReadonlyArray<JudgedEntry | null>): Record<Verdict, number> {
  const used = new Set(matches.filter((m): m is JudgedEntry => !!m));
  const out: Record<Verdict, number> = { TRUE: 0, COMPATIBLE: 0, MISREAD: 0 };
  for (const e of judged) if (!used.has(e)) out[e.verdict]++;
  return out;
}

/**
 * The findings that flag a difference: one place of the finding overlaps one side and a
 * related place overlaps the other side, either way round, whatever the rule or severity.
 */
export function flaggingFindings(d: Pick<Difference, 'a' | 'b'>, raw: readonly RawFinding[]): RawFinding[] {
  return raw.filter((f) => {
    const own: Place = f;
    if (overlaps(own, d.a) && f.related.some((r) => overlaps(r, d.b))) return true;
    return overlaps(own, d.b) && f.related.some((r) => overlaps(r, d.a));
  });
}

/** Listed and flagged differences of one kind (or all kinds). */
export interface RecallCount {
  listed: number;
  flagged: number;
  /** Flagged by at least one warning. */
  flaggedWarning: number;
  recall: number | null;
}

/** A listed difference no finding flags. */
export interface MissedDifference {
  story: string;
  kind: DifferenceKind;
  a: string;
  b: string;
  note: string;
}

export interface RecallScores {
  /** Stories whose differences are listed (read in full). */
  stories: number;
  byKind: Partial<Record<DifferenceKind, RecallCount>>;
  overall: RecallCount;
  /** Listed updates of a developing story: known, not counted. */
  updates: number;
  missed: MissedDifference[];
}

/** Recall per kind and overall; updates are counted apart. */
export function scoreRecall(files: readonly DifferencesFile[], raw: readonly RawFinding[]): RecallScores {
  const byKind: Partial<Record<DifferenceKind, RecallCount>> = {};
  const overall: RecallCount = { listed: 0, flagged: 0, flaggedWarning: 0, recall: null };
  const missed: MissedDifference[] = [];
  let updates = 0;
  for (const file of files) {
    for (const d of file.differences) {
      if (d.kind === 'update') {
        updates++;
        continue;
      }
      const count = (byKind[d.kind] ??= { listed: 0, flagged: 0, flaggedWarning: 0, recall: null });
      const flags = flaggingFindings(d, raw);
      for (const c of [count, overall]) {
        c.listed++;
        if (flags.length) c.flagged++;
        if (flags.some((f) => f.severity === 'warning' || f.severity === 'error')) c.flaggedWarning++;
      }
      if (!flags.length) missed.push({ story: file.story, kind: d.kind, a: d.a.text, b: d.b.text, note: d.note });
    }
  }
  for (const c of [overall, ...Object.values(byKind)]) if (c) c.recall = ratio(c.flagged, c.listed);
  return { stories: files.length, byKind, overall, updates, missed };
}
