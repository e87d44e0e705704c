/**
 * Counts of one group named by related nouns: "sent eight experts to monitor the poll" and
 * "sent three observers to monitor the vote". Quantities are first aligned within their own
 * unit (`alignQuantities`); this joins, across units, the quantities whose head nouns WordNet
 * relates (`unitSenses.ts`) when the same verb governs both numbers and the comparison's own
 * test (`sameThing`: shared words of the clause, one of them a verb, and nothing that tells the
 * two apart) holds. Candidates come from an index by sense, never from every pair of units.
 */
import type { QuantityClaim } from './claims';
import { relateUnits, unitSenseKeys, type UnitRelation } from './unitSenses';

/** Quantities of related units, one per source, and how their nouns relate. */
export interface RelatedUnitGroup {
  members: QuantityClaim[];
  /** `kind` when one noun names a kind of the other: the smaller group may be part of the larger. */
  relation: UnitRelation;
}

/**
 * Groups of quantities from different sources and different units that count one group.
 * `lists` holds, per unit, the quantities the unit alignment compares (one value per source);
 * `same` is its test that two quantities count the same thing.
 */
export function alignRelatedUnits(lists: readonly (readonly QuantityClaim[])[], same: (a: QuantityClaim, b: QuantityClaim) => boolean): RelatedUnitGroup[] {
  const all: QuantityClaim[] = [];
  const unitOf: number[] = [];
  lists.forEach((list, u) => {
    for (const q of list) {
      if (q.currency) continue;
      all.push(q);
      unitOf.push(u);
    }
  });
  const bySense = new Map<number, number[]>();
  all.forEach((q, i) => {
    for (const k of unitSenseKeys(q.unit)) {
      const list = bySense.get(k);
      if (list) list.push(i);
      else bySense.set(k, [i]);
    }
  });
  const edges: Array<{ i: number; j: number; relation: UnitRelation }> = [];
  const tested = new Set<string>();
  for (const ids of bySense.values()) {
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const [i, j] = ids[x] < ids[y] ? [ids[x], ids[y]] : [ids[y], ids[x]];
        const key = `${i}:${j}`;
        if (unitOf[i] === unitOf[j] || all[i].path === all[j].path || tested.has(key)) continue;
        tested.add(key);
        const relation = relateUnits(all[i].unit, all[j].unit);
        if (!relation) continue;
        // The same act counts both: "sent eight experts", "sent three observers".
        const gi = all[i].governing ?? [];
        const gj = all[j].governing ?? [];
        if (!gi.some((v) => gj.includes(v))) continue;
        if (same(all[i], all[j])) edges.push({ i, j, relation });
      }
    }
  }
  // Each quantity joins at most one group, through its first edge; a group holds one quantity per source.
  const groupOf = new Map<number, number>();
  const groups: { members: number[]; relation: UnitRelation }[] = [];
  const add = (g: number, k: number, relation: UnitRelation): void => {
    const group = groups[g];
    if (group.members.some((m) => all[m].path === all[k].path)) return;
    group.members.push(k);
    groupOf.set(k, g);
    if (relation === 'kind') group.relation = 'kind';
  };
  for (const e of edges) {
    const gi = groupOf.get(e.i);
    const gj = groupOf.get(e.j);
    if (gi === undefined && gj === undefined) {
      groupOf.set(e.i, groups.length);
      groupOf.set(e.j, groups.length);
      groups.push({ members: [e.i, e.j], relation: e.relation });
    } else if (gj === undefined) add(gi!, e.j, e.relation);
    else if (gi === undefined) add(gj, e.i, e.relation);
  }
  return groups.map((g) => ({ members: g.members.sort((a, b) => a - b).map((m) => all[m]), relation: g.relation }));
}
