/**
 * Compares what outlets say a named thing is (`framesDesignations.ts` reads it): the kind of a
 * named ship ("frigate" and "patrol vessel"; a generic word, "warship", agrees with every kind,
 * as does a kind and a narrower one, "patrol vessel" and "offshore patrol vessel"), and the
 * titles a person holds (one outlet's list has a title another's lacks). Read by the
 * `role-differs` rule; both are observations (information): a ship's kind is often written
 * loosely. A list of titles that is part of another ("WBO and IBF", "IBF, WBO and IBO") leaves
 * one out rather than denies it: a hint only; lists that each name a title the other lacks are
 * information.
 */
import data from '../data/designations.json';
import { localClaimsOf } from './claims';
import { clean } from './claimsText';
import { groupedVersus, possessive, type DraftItem, type FindingDraft, type RuleContext } from './rules/rule';

const GENERIC = new Set(data.genericShips);
const SAME = new Map<string, number>();
data.sameClass.forEach((group, i) => group.forEach((k) => SAME.set(k, i)));

/** True when two kinds of ship can be one ship's: equal, the same class, or one a narrower kind of the other. */
function kindsAgree(a: string, b: string): boolean {
  if (a === b || GENERIC.has(a) || GENERIC.has(b)) return true;
  if (SAME.has(a) && SAME.get(a) === SAME.get(b)) return true;
  return a.endsWith(` ${b}`) || b.endsWith(` ${a}`) || a.endsWith(`-${b}`) || b.endsWith(`-${a}`);
}

/** One source's value for one thing. */
interface Said {
  item: DraftItem;
  key: string;
}

/** Sides of a difference, one item per source, from each source's one value. */
function sides(said: readonly Said[]): Map<string, DraftItem[]> {
  const out = new Map<string, DraftItem[]>();
  for (const s of said) {
    const list = out.get(s.key) ?? [];
    list.push(s.item);
    out.set(s.key, list);
  }
  return out;
}

/** Kinds of one ship that cannot be one ship's, and lists of one person's titles that differ. */
export function designationFindings(ctx: RuleContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  // Ships: each article's one specific kind of each ship.
  const ships = new Map<string, { name: string; said: Said[] }>();
  const lists = new Map<string, Said[]>();
  for (const article of ctx.articles) {
    const frames = localClaimsOf(article).frames;
    const byShip = new Map<string, typeof frames.ships>();
    for (const s of frames.ships ?? []) byShip.set(s.ship, [...(byShip.get(s.ship) ?? []), s]);
    for (const [ship, said] of byShip) {
      const specific = said.filter((s) => !GENERIC.has(s.kind));
      // An article that gives one ship two kinds that do not agree says nothing certain of it.
      if (!specific.length || specific.some((x) => specific.some((y) => !kindsAgree(x.kind, y.kind)))) continue;
      const s = specific[0];
      const entry = ships.get(ship) ?? { name: s.name, said: [] };
      entry.said.push({ key: s.kind, item: { path: article.path, outlet: article.outlet, span: s.span, wording: clean(s.text, 80), value: s.kind } });
      ships.set(ship, entry);
    }
    // Titles: each article's one list for each holder and division.
    const byHolder = new Map<string, typeof frames.titleLists>();
    for (const t of frames.titleLists ?? []) {
      const entity = ctx.entityOf(article.path, t.holder);
      if (!entity) continue;
      const key = `${entity}|${t.division ?? ''}`;
      byHolder.set(key, [...(byHolder.get(key) ?? []), t]);
    }
    for (const [key, said] of byHolder) {
      const set = (t: (typeof said)[number]) => [...t.bodies].sort().join(', ');
      if (said.some((t) => set(t) !== set(said[0]))) continue;
      const list = lists.get(key) ?? [];
      list.push({ key: set(said[0]), item: { path: article.path, outlet: article.outlet, span: said[0].span, wording: clean(said[0].text, 80), value: set(said[0]) } });
      lists.set(key, list);
    }
  }
  for (const { name, said } of ships.values()) {
    const kinds = sides(said);
    if (kinds.size < 2) continue;
    const keys = [...kinds.keys()];
    if (keys.every((a) => keys.every((b) => kindsAgree(a, b)))) continue;
    const items = [...kinds.values()].flat();
    drafts.push({
      items,
      soft: true,
      message: `Sources call ${name} different kinds of ship: ${groupedVersus(items, (i) => `"${String(i.value)}"`)}.`,
      why: `Same ship: both name ${name}.`,
      data: { ship: name, values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
    });
  }
  for (const [key, said] of lists) {
    const versions = sides(said);
    if (versions.size < 2) continue;
    const [entity, division] = key.split('|');
    const name = ctx.nameOf(entity);
    const all = [...versions.keys()].map((k) => k.split(', '));
    const some = [...new Set(all.flat())].filter((b) => !all.every((l) => l.includes(b)));
    // When every list is part of the longest one, the shorter lists only leave titles out: an
    // omission, worth a hint. Only lists that each name a title the other lacks differ.
    const longest = all.reduce((x, y) => (y.length > x.length ? y : x));
    const omission = all.every((l) => l.every((b) => longest.includes(b)));
    const items = [...versions.values()].flat();
    // Each list is shown as one of its sources writes it.
    const shown = new Map([...versions.values()].map((list) => [String(list[0].value), list[0].wording]));
    const wordingOf = (i: DraftItem) => `"${shown.get(String(i.value)) ?? i.wording}"`;
    const titles = `${division ? `${division} ` : ''}titles held by ${name}`;
    const only = `${some.join(', ')} ${some.length === 1 ? 'is' : 'are'} in only some of the lists`;
    drafts.push({
      items,
      soft: true,
      minor: omission,
      message: omission
        ? `Some sources list more ${titles}: ${groupedVersus(items, wordingOf)}; ${only}, which the shorter lists leave out without denying.`
        : `Sources list different ${titles}: ${groupedVersus(items, wordingOf)}; ${only}.`,
      why: `Same person: ${name} in both articles, and the lists are ${possessive(name)} titles.`,
      data: { entity, values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
    });
  }
  return drafts;
}
