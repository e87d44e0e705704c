/**
 * Compares the classes outlets give one incident (`framesIncident.ts` reads them): labels one
 * incident cannot have at once ("ruled a suicide", "ruled a homicide"; "suspicious", "not
 * suspicious") and a label one outlet hedges ("potentially suspicious") that another states.
 * Read by the `status-differs` rule: the status of an event rather than of a person.
 */
import type { Article } from '../types';
import data from '../data/incidentLabels.json';
import { localClaimsOf } from './claims';
import { clean } from './claimsText';
import type { LocalIncidentLabel } from './framesIncident';
import { groupedVersus, type DraftItem, type FindingDraft, type RuleContext } from './rules/rule';

const EXCLUSIVE = new Set(data.exclusive.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
const LABEL_WORDS: Record<string, string> = { 'not-suspicious': 'not suspicious', 'hate-crime': 'a hate crime', 'murder-suicide': 'a murder-suicide' };
const labelWords = (l: string) => LABEL_WORDS[l] ?? l;
const byValue = (i: DraftItem) => `"${String(i.value)}"`;

/** One article's classes of one kind of incident. */
interface Classed {
  article: Article;
  date: string | null;
  labels: LocalIncidentLabel[];
}

/**
 * The classes outlets give one incident, compared. Two statements are of one incident when
 * they class a noun of the same kind and that kind is what both articles are about (their
 * incident), or their sentences name the same person, place or organisation. An article that
 * gives one incident two classes that cannot both hold (a change as the inquiry went on) says
 * nothing certain of it and is left out. Classes that cannot both hold are a warning when
 * both articles are of one day, else information (an inquiry may change its mind); a label
 * one outlet hedges and another states is information.
 */
export function incidentLabelFindings(ctx: RuleContext): FindingDraft[] {
  const byIncident = new Map<string, Classed[]>();
  for (const article of ctx.articles) {
    const frames = localClaimsOf(article).frames;
    const labels = frames.labels ?? [];
    const kinds = new Set(labels.map((l) => l.incident));
    for (const incident of kinds) {
      const mine = labels.filter((l) => l.incident === incident);
      if (mine.some((x) => mine.some((y) => EXCLUSIVE.has(`${x.label}|${y.label}`) || (x.label === y.label && x.negated !== y.negated)))) continue;
      const list = byIncident.get(incident) ?? [];
      list.push({ article, date: frames.date, labels: mine });
      byIncident.set(incident, list);
    }
  }
  const drafts: FindingDraft[] = [];
  for (const [incident, list] of byIncident) {
    if (list.length < 2) continue;
    const acts = new Map(list.map((c) => [c.article, localClaimsOf(c.article).frames.act]));
    const entitiesOf = (c: Classed, l: LocalIncidentLabel) => new Set(l.mentions.map((i) => ctx.entityOf(c.article.path, i)).filter((e): e is string => !!e));
    const sameIncident = (a: Classed, la: LocalIncidentLabel, b: Classed, lb: LocalIncidentLabel): string | null => {
      if (acts.get(a.article) === incident && acts.get(b.article) === incident) return `both articles are about the ${incident} and class it`;
      const ea = entitiesOf(a, la);
      const shared = [...entitiesOf(b, lb)].find((e) => ea.has(e));
      return shared ? `both class the ${incident} in a sentence that names ${ctx.nameOf(shared)}` : null;
    };
    // Pairs of statements that differ, grouped by the two values that differ.
    const groups = new Map<string, { kind: 'contradiction' | 'hedge'; sides: Map<string, DraftItem[]>; why: string; certain: boolean; hedge: string | null }>();
    const item = (c: Classed, l: LocalIncidentLabel): DraftItem => ({ path: c.article.path, outlet: c.article.outlet, span: l.span, wording: clean(l.text, 80), value: `${l.negated ? 'not ' : ''}${l.hedge ? `${l.hedge} ` : ''}${labelWords(l.label)}` });
    // A label the article states plainly somewhere is not hedged in it.
    const plain = (c: Classed, label: string) => c.labels.some((x) => x.label === label && !x.negated && !x.hedge);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        let found: { la: LocalIncidentLabel; lb: LocalIncidentLabel; kind: 'contradiction' | 'hedge'; why: string } | null = null;
        for (const la of a.labels) {
          for (const lb of b.labels) {
            const contradiction = EXCLUSIVE.has(`${la.label}|${lb.label}`) || (la.label === lb.label && la.negated !== lb.negated);
            const hedged = la.label === lb.label && !la.negated && !lb.negated && ((!!la.hedge && !lb.hedge && !plain(a, la.label)) || (!!lb.hedge && !la.hedge && !plain(b, lb.label)));
            if (!contradiction && !hedged) continue;
            const why = sameIncident(a, la, b, lb);
            if (!why) continue;
            if (!found || (contradiction && found.kind === 'hedge')) found = { la, lb, kind: contradiction ? 'contradiction' : 'hedge', why };
          }
        }
        if (!found) continue;
        const ia = item(a, found.la);
        const ib = item(b, found.lb);
        const key = `${found.kind}|${[ia.value, ib.value].sort().join('|')}`;
        const sameDay = !!a.date && a.date === b.date;
        const g = groups.get(key) ?? { kind: found.kind, sides: new Map<string, DraftItem[]>(), why: found.why, certain: found.kind === 'contradiction', hedge: found.la.hedge ?? found.lb.hedge };
        if (!sameDay) g.certain = false;
        for (const x of [ia, ib]) {
          const side = g.sides.get(String(x.value)) ?? [];
          if (!side.some((y) => y.path === x.path)) side.push(x);
          g.sides.set(String(x.value), side);
        }
        groups.set(key, g);
      }
    }
    for (const g of groups.values()) {
      const [va, vb] = [...g.sides.keys()];
      const items = [...g.sides.values()].flat();
      drafts.push({
        items,
        soft: !g.certain,
        message:
          g.kind === 'hedge'
            ? `Sources class the ${incident} with different certainty: ${groupedVersus(items, byValue)}; "${g.hedge}" leaves open what the other states.`
            : `Sources class the ${incident} differently: ${groupedVersus(items, byValue)}; "${va}" and "${vb}" cannot both hold${g.certain ? '' : ' (articles not of one day: the inquiry may have changed its view)'}.`,
        why: `Same incident: ${g.why}.`,
        data: { incident, values: items.map((x) => ({ outlet: x.outlet, path: x.path, text: x.wording, value: x.value })), certain: g.certain },
      });
    }
  }
  return drafts;
}
