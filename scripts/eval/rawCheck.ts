/**
 * Compares the gold rebuilt from the raw datasets with the materialised gold of the same
 * corpus: how many article texts come out identical, and how closely the rebuilt name, date,
 * quote and coreference spans agree. It tells how far numbers measured on a raw-only copy can
 * be compared with numbers measured on the materialised files.
 */
import type { GoldDoc } from './gold';
import { addCounts, matchSpans, prf, type Counts, type Prf } from './score';

/** Agreement of the raw rebuild with the materialised gold, per dataset. */
export interface RawAgreement {
  dataset: string;
  documents: number;
  missing: number;
  identicalText: number;
  names: Prf;
  dates: Prf;
  quotes: Prf;
  corefs: Prf;
  /** Documents whose scored regions are the same. */
  identicalScored: number;
  /** Ignore regions of all tasks, compared by exact span. */
  ignore: Prf;
  firstDifferences: string[];
}

/** Matches documents by dataset and name and scores the raw gold against the materialised gold. */
export function compareRaw(raw: GoldDoc[], materialised: GoldDoc[]): RawAgreement[] {
  const byKey = new Map(raw.map((d) => [`${d.dataset}/${d.doc}`, d]));
  const out = new Map<string, { docs: number; missing: number; same: number; scored: number; names: Counts[]; dates: Counts[]; quotes: Counts[]; corefs: Counts[]; ignore: Counts[]; diffs: string[] }>();
  for (const m of materialised) {
    const row = out.get(m.dataset) ?? { docs: 0, missing: 0, same: 0, scored: 0, names: [], dates: [], quotes: [], corefs: [], ignore: [], diffs: [] };
    out.set(m.dataset, row);
    row.docs++;
    const r = byKey.get(`${m.dataset}/${m.doc}`);
    if (!r) {
      row.missing++;
      continue;
    }
    if (r.text === m.text) row.same++;
    else if (row.diffs.length < 5) {
      let i = 0;
      while (i < r.text.length && r.text[i] === m.text[i]) i++;
      row.diffs.push(`${m.doc} @${i}: raw ${JSON.stringify(r.text.slice(Math.max(0, i - 15), i + 25))} vs ${JSON.stringify(m.text.slice(Math.max(0, i - 15), i + 25))}`);
    }
    const typed = { mode: 'exact' as const, typed: true };
    row.names.push(matchSpans(m.mentions, r.mentions, typed));
    row.dates.push(matchSpans(m.dates.map((d) => ({ ...d, kind: d.value })), r.dates.map((d) => ({ ...d, kind: d.value })), typed));
    row.quotes.push(matchSpans(m.quotes, r.quotes, { mode: 'exact', typed: false }));
    const spans = (list: Array<{ start: number; end: number }>) => list.map((x) => `${x.start}-${x.end}`).sort().join(',');
    if (spans(r.scoredRanges) === spans(m.scoredRanges)) row.scored++;
    const regions = (d: GoldDoc) => [...d.ignore.names.map((x) => ({ ...x, kind: 'names' })), ...d.ignore.dates.map((x) => ({ ...x, kind: 'dates' })), ...d.ignore.quotes.map((x) => ({ ...x, kind: 'quotes' }))];
    row.ignore.push(matchSpans(regions(m), regions(r), typed));
    row.corefs.push(matchSpans(m.corefs.map((c) => ({ ...c, kind: c.instance })), r.corefs.map((c) => ({ ...c, kind: c.instance })), typed));
  }
  return [...out].map(([dataset, r]) => ({
    dataset,
    documents: r.docs,
    missing: r.missing,
    identicalText: r.same,
    names: prf(addCounts(...r.names)),
    dates: prf(addCounts(...r.dates)),
    quotes: prf(addCounts(...r.quotes)),
    corefs: prf(addCounts(...r.corefs)),
    identicalScored: r.scored,
    ignore: prf(addCounts(...r.ignore)),
    firstDifferences: r.diffs,
  }));
}
