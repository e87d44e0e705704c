/**
 * Compares what outlets say happened to one scheduled event (`framesSchedule.ts` reads it): one
 * reports it called off ("the show was canceled twice"), another put off ("the awards, which
 * were twice delayed"). Two reports are of one event when their sentences name the same entity
 * and the years they write, if both write one, agree. An article that reports the event both
 * called off and put off (a postponement, then a cancellation) is left out. Read by the
 * `status-differs` rule, as information: an event put off may be called off later.
 */
import { localClaimsOf } from './claims';
import { clean } from './claimsText';
import type { LocalScheduleChange } from './framesSchedule';
import { groupedVersus, type DraftItem, type FindingDraft, type RuleContext } from './rules/rule';

const WORDS: Record<LocalScheduleChange['change'], string> = { cancelled: 'called off', postponed: 'put off to a later time' };

interface Reported {
  path: string;
  outlet: string;
  change: LocalScheduleChange;
  entities: Set<string>;
}

/** Scheduled events that one outlet reports called off and another put off. */
export function scheduleFindings(ctx: RuleContext): FindingDraft[] {
  const all: Reported[] = [];
  for (const article of ctx.articles) {
    const changes = localClaimsOf(article).frames.schedule ?? [];
    const mine = changes.map((change) => ({
      path: article.path,
      outlet: article.outlet,
      change,
      entities: new Set(change.mentions.map((i) => ctx.entityOf(article.path, i)).filter((e): e is string => !!e)),
    }));
    // Called off and put off in one article, of one event or name: the article tells of both.
    const mixed = (r: Reported) =>
      mine.some((o) => o.change.change !== r.change.change && (o.change.event === r.change.event || [...o.entities].some((e) => r.entities.has(e)) || Object.keys(o.change.names).some((n) => n in r.change.names)));
    for (const r of mine) if (!mixed(r)) all.push(r);
  }
  if (all.length < 2) return [];
  const drafts: FindingDraft[] = [];
  const used = new Set<Reported>();
  for (const a of all) {
    if (a.change.change !== 'cancelled' || used.has(a)) continue;
    for (const b of all) {
      if (b.change.change !== 'postponed' || b.path === a.path || used.has(b)) continue;
      const ya = a.change.years;
      const yb = b.change.years;
      if (ya.length && yb.length && !ya.some((y) => yb.includes(y))) continue;
      // One event: a named entity in both sentences, or a name written in both and one year.
      const entity = [...a.entities].find((e) => b.entities.has(e));
      const word = Object.keys(a.change.names).find((n) => n in b.change.names);
      const year = ya.find((y) => yb.includes(y));
      if (!entity && !(word && year)) continue;
      const shared = entity ? ctx.nameOf(entity) : a.change.names[word!];
      used.add(a);
      used.add(b);
      const items: DraftItem[] = [a, b].map((r) => ({ path: r.path, outlet: r.outlet, span: r.change.span, wording: clean(r.change.text, 80), value: WORDS[r.change.change] }));
      drafts.push({
        items,
        soft: true,
        message: `Sources report differently what happened to the ${a.change.event}: ${groupedVersus(items, (i) => `"${i.wording}", ${String(i.value)}`)}; an event called off and one put off are not the same report.`,
        why: `Same event: both sentences name ${shared}${year ? ` and ${year}` : ''}.`,
        data: { what: 'schedule', values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
      });
      break;
    }
  }
  return drafts;
}
