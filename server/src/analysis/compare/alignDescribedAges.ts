/**
 * Ages of a person the story describes but never names ("a 34-year-old man was killed" in one
 * article, "killing a 36-year-old man" in another). The descriptions are of one person when
 * each article describes exactly one person of that kind (the same sex, or the same noun when
 * the noun has none) with the same thing happening to them (killed; shot or wounded; arrested
 * or charged), no description sits in a sentence about an earlier incident, and no article of
 * the story counts two or more such people in its own incident. A description the story ties
 * to a named person with an age is compared through that person instead (`ageFindings`).
 * Ages far apart are taken for two people, not a difference. One pass over each article's
 * descriptions and counts: linear in the story.
 */
import type { Slot } from './frames';
import type { PersonRole } from './framesPeople';
import type { FindingDraft, RuleContext } from './rules/rule';
import { andMore, MAX_LISTED } from './rules/rule';
import { clean } from './claimsText';
import { agesByName, describedPerson, peopleIndex, storyFrames, type ArticleFrames } from './framesAlign';
import { nounGender } from '../data/genders';

type RoleClass = 'killed' | 'hurt' | 'held';

const CLASS_OF: Record<PersonRole, RoleClass> = { killed: 'killed', shot: 'hurt', wounded: 'hurt', arrested: 'held', charged: 'held' };
const SLOTS_OF: Record<RoleClass, ReadonlySet<Slot>> = {
  killed: new Set<Slot>(['killed']),
  hurt: new Set<Slot>(['injured', 'shot', 'grave', 'hospital']),
  held: new Set<Slot>(['arrested', 'charged']),
};
const CLASS_WORDS: Record<RoleClass, string> = { killed: 'killed', hurt: 'hurt and not killed', held: 'arrested or charged' };
/** Ages further apart than this are of two people rather than one age misreported. */
const MAX_GAP = 4;
const PLURAL_SEX: Record<string, 'male' | 'female'> = { men: 'male', man: 'male', boys: 'male', boy: 'male', women: 'female', woman: 'female', girls: 'female', girl: 'female' };

interface Described {
  story: ArticleFrames;
  value: number;
  noun: string;
  span: { start: number; end: number };
  text: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The drafts of `age-differs` for unnamed people: information, as the sameness of the person is inferred. */
export function describedAgeFindings(ctx: RuleContext): FindingDraft[] {
  const stories = storyFrames(ctx);
  if (!stories.some((s) => s.frames.people.descriptors.some((d) => d.age !== null))) return [];
  const index = peopleIndex(ctx);
  const namedAges = agesByName(stories);
  // Kinds of person of which some article counts two or more in its own incident.
  const many = new Set<string>();
  for (const story of stories) {
    // "Two people were shot, one fatally": those shot count the dead of the same sentence too,
    // so the people hurt and alive are the rest.
    const deadIn = new Map<number, number>();
    for (const k of story.frames.counts) if (k.slot === 'killed' && !k.recall) deadIn.set(k.sentence.start, (deadIn.get(k.sentence.start) ?? 0) + k.value);
    for (const c of story.frames.counts) {
      if (c.recall || c.value < 2) continue;
      const dead = c.slot === 'shot' ? deadIn.get(c.sentence.start) ?? 0 : 0;
      for (const cls of ['killed', 'hurt', 'held'] as const) {
        if (!SLOTS_OF[cls].has(c.slot)) continue;
        if (cls === 'hurt' && c.value - dead < 2) continue;
        const sex = PLURAL_SEX[c.group];
        if (sex) many.add(`${cls}|${sex}`);
        else many.add(`${cls}|*`);
      }
    }
  }
  const byKey = new Map<string, Described[]>();
  for (const story of stories) {
    const own = new Map<string, Described[]>();
    for (const d of story.frames.people.descriptors) {
      if (d.age === null) continue;
      const who = describedPerson(index, story, d.role, d.age, namedAges);
      if (who && namedAges.get(who.id)?.length) continue;
      // A description inside a sentence about an earlier incident is of that incident.
      if (story.frames.counts.some((c) => c.recall && overlaps(c.sentence, d.span))) continue;
      const cls = CLASS_OF[d.role];
      const sex = nounGender(d.noun);
      const key = `${cls}|${sex ?? d.noun}`;
      if (many.has(`${cls}|*`) || many.has(`${cls}|${sex ?? ''}`)) continue;
      const list = own.get(key) ?? [];
      list.push({ story, value: d.age, noun: d.noun, span: d.span, text: story.article.text.slice(d.span.start, d.span.end) });
      own.set(key, list);
    }
    for (const [key, list] of own) {
      // Two ages of one kind in one article are two people.
      if (new Set(list.map((d) => d.value)).size > 1) continue;
      const all = byKey.get(key) ?? [];
      all.push(list[0]);
      byKey.set(key, all);
    }
  }
  const drafts: FindingDraft[] = [];
  for (const [key, refs] of byKey) {
    if (refs.length < 2) continue;
    const values = refs.map((r) => r.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    if (lo === hi || hi - lo > MAX_GAP) continue;
    const ordered = [...refs];
    const other = ordered.findIndex((r) => r.value !== ordered[0].value);
    if (other > 1) ordered.splice(1, 0, ...ordered.splice(other, 1));
    const cls = key.split('|')[0] as RoleClass;
    const noun = ordered[0].noun;
    const list = ordered.slice(0, MAX_LISTED).map((r) => `${r.value} ("${clean(r.text, 60)}", ${r.story.article.outlet}${r.story.time ? `, ${r.story.time}` : ''})`).join(' vs ') + andMore(ordered.length - MAX_LISTED);
    drafts.push({
      items: ordered.map((r) => ({ path: r.story.article.path, outlet: r.story.article.outlet, span: r.span, wording: clean(r.text, 80), value: r.value })),
      soft: true,
      message: `The sources give different ages for the unnamed ${noun} reported ${CLASS_WORDS[cls]}: ${list}.`,
      why: `Same person: each article describes one ${noun} ${CLASS_WORDS[cls]} and names nobody so, and no source counts more than one.`,
      data: { frame: 'age', described: true, ages: ordered.slice(0, MAX_LISTED).map((r) => ({ outlet: r.story.article.outlet, path: r.story.article.path, value: r.value })) },
    });
  }
  return drafts;
}
