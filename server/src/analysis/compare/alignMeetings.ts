/**
 * Compares what outlets say of one meeting between two named people (`framesMeetings.ts` reads
 * them): one reports it held ("Lee met with Dr. Park this week") and another still to come ("Lee
 * will see Dr. Park on Friday"). Read by the `status-differs` rule, as information: the later
 * article may report the meeting the earlier one announced, and two meetings of one pair are
 * possible. When both articles are dated and the one that announces the meeting is the earlier,
 * the story has only moved on: no finding.
 */
import { localClaimsOf } from './claims';
import { clean } from './claimsText';
import type { LocalMeeting } from './framesMeetings';
import { groupedVersus, type DraftItem, type FindingDraft, type RuleContext } from './rules/rule';

interface Reported {
  path: string;
  outlet: string;
  date: string | null;
  meeting: LocalMeeting;
}

const WORDS: Record<LocalMeeting['when'], string> = { done: 'already held', planned: 'still to come' };

/** The meetings of the same two people that outlets report as held and as still to come. */
export function meetingFindings(ctx: RuleContext): FindingDraft[] {
  // By the pair of people, in either order (a meeting is of both): path → meetings reported.
  const byPair = new Map<string, Reported[]>();
  // The pair's people in the order the first report names them: the one who meets first.
  const order = new Map<string, [string, string]>();
  for (const article of ctx.articles) {
    const frames = localClaimsOf(article).frames;
    const meetings = frames.meetings ?? [];
    if (!meetings.length) continue;
    const mine = new Map<string, Reported[]>();
    for (const meeting of meetings) {
      const a = ctx.entityOf(article.path, meeting.subject);
      const b = ctx.entityOf(article.path, meeting.object);
      if (!a || !b || a === b) continue;
      const key = [a, b].sort().join('\u0000');
      if (!order.has(key)) order.set(key, [a, b]);
      const list = mine.get(key) ?? [];
      list.push({ path: article.path, outlet: article.outlet, date: frames.date, meeting });
      mine.set(key, list);
    }
    for (const [key, list] of mine) {
      // An article that reports the meeting both held and to come tells of two meetings, or of
      // a plan it also reports carried out: it is left out.
      if (new Set(list.map((r) => r.meeting.when)).size > 1) continue;
      const all = byPair.get(key) ?? [];
      all.push(list[0]);
      byPair.set(key, all);
    }
  }
  const drafts: FindingDraft[] = [];
  for (const [key, list] of byPair) {
    const done = list.filter((r) => r.meeting.when === 'done');
    const planned = list.filter((r) => r.meeting.when === 'planned');
    if (!done.length || !planned.length) continue;
    // An announcement dated before the report of the meeting held is the story moving on.
    const conflicting = planned.filter((p) => done.some((d) => !(p.date && d.date && p.date < d.date)));
    if (!conflicting.length) continue;
    const held = done.filter((d) => conflicting.some((p) => !(p.date && d.date && p.date < d.date)));
    const items: DraftItem[] = [...held, ...conflicting].map((r) => {
      const text = ctx.article(r.path)?.text ?? '';
      return { path: r.path, outlet: r.outlet, span: r.meeting.span, wording: clean(text.slice(r.meeting.span.start, r.meeting.span.end), 80), value: WORDS[r.meeting.when] };
    });
    const [a, b] = (order.get(key) ?? ['', '']).map((e) => ctx.nameOf(e));
    drafts.push({
      items,
      soft: true,
      message: `Sources differ on whether ${a} and ${b} have met: ${groupedVersus(items, (i) => `"${i.wording}", ${String(i.value)}`)}; a meeting held and one still to come cannot both be this meeting, unless the later article reports it carried out.`,
      why: `Same meeting: both name ${a} and ${b}.`,
      data: { what: 'meeting', values: items.map((i) => ({ outlet: i.outlet, path: i.path, text: i.wording, value: i.value })) },
    });
  }
  return drafts;
}
