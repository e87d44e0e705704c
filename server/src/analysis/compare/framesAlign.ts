/**
 * The story's fact frames, compared slot by slot. Counts of people (killed, injured, shot,
 * arrested…) are compared only within one incident: the counts of all articles are grouped by
 * what tells incidents apart (the kind of act, a quake's magnitude, the day, a past period
 * such as "in February", the words that recall an earlier incident), one-to-one per article.
 * Within an incident each article's slot gets one value: counts added with "others", "more",
 * "additional" are summed, a count restated with "rose to" replaces the one before, and for a
 * shooting the number shot, killed and wounded complete each other (three shot, one killed:
 * two wounded). A value that differs between articles of different dates, or one marked as
 * moving ("so far", "rose to"), is an update of a developing story, not a contradiction.
 *
 * Ages are compared per person (the same entity), allowing for the time between articles;
 * statuses per person, where some pairs cannot both hold at once (fired and resigned; sought
 * and arrested) and a later stage of a case (charged, then convicted) is an update.
 */
import type { Article } from '../types';
import type { ClaimIndex } from './claims';
import { localClaimsOf } from './claims';
import type { LocalCount, LocalFrames, LocalStatus, PersonRole, Slot } from './frames';
import type { GroupDescriptor } from './framesPeople';
import type { PriorFact } from './framesPriors';
import type { DurationFact } from './framesDurations';
import type { FindingDraft, RuleContext } from './rules/rule';
import { andMore, MAX_LISTED } from './rules/rule';
import { rangeOf } from './alignQuantities';
import { clean } from './claimsText';
import { linkDescriptions } from './linkDescriptions';
import frameData from '../data/frames.json';

/** An article's frames with entity ids for its mentions. */
export interface ArticleFrames {
  article: Article;
  frames: LocalFrames;
  /** The entity id of each mention the frames refer to. */
  entity(mention: number): string | null;
  /** The article's date, or the latest date it names (a lower bound), or null. */
  time: string | null;
  /** True when `time` is the article's own date. */
  dated: boolean;
  /**
   * The statuses with the entity each is of; a "he" or "she" resolved to the first candidate
   * whose gender fits; a description ("the suspect") to the person the article ties it to
   * (`via` "tied") or, when the article does not, the one person the story's descriptions and
   * roles with its head describe (`via` "story", less certain).
   */
  statuses: Array<{ status: LocalStatus; entity: string; via?: 'tied' | 'story' }>;
}

const VIOLENT = new Set(['shooting', 'stabbing', 'explosion', 'attack']);
/** Incidents that last for days (riots, storms): their counts grow as they go on. */
const LASTING = new Set(['unrest', 'storm']);
/** Counts that grow as a case goes on (more arrests, more people evacuated), whatever the incident. */
const GROWING = new Set<string>(['arrested', 'charged', 'evacuated', 'rescued', 'missing']);
const SLOT_WORDS: Record<string, string> = frameData.slots;
const ACT_NOUNS: Record<string, string> = { shooting: 'shooting', earthquake: 'earthquake', fire: 'fire', crash: 'crash', explosion: 'explosion', stabbing: 'stabbing', storm: 'storm', unrest: 'unrest', attack: 'attack' };
const GROUP_PLURALS: Record<string, string> = { man: 'men', woman: 'women', child: 'children', crew: 'crew members', people: 'people', police: 'police officers', fisherman: 'fishermen', gunman: 'gunmen' };
const STAGES = frameData.stages;
/** The position of a status in its sequence of stages, or null when it is in none. */
function stageOf(status: string): [number, number] | null {
  for (let i = 0; i < STAGES.length; i++) {
    const at = STAGES[i].indexOf(status);
    if (at >= 0) return [i, at];
  }
  return null;
}
/** Groups of people told apart only by age or sex (`personNouns.demographic`). */
const DEMOGRAPHIC = new Set<string>(frameData.personNouns.demographic);
const CONTRADICTIONS = frameData.contradictions.map(([a, b]) => [a, b] as const);
/** At most this many distinct incident signatures are grouped per story: the grouping compares them pairwise. */
const MAX_SIGNATURES = 400;

const memo = new WeakMap<ClaimIndex, ArticleFrames[]>();

/** Every article's frames, with entity ids, once per claim index. */
export function storyFrames(ctx: RuleContext): ArticleFrames[] {
  const done = memo.get(ctx.claims);
  if (done) return done;
  const out: ArticleFrames[] = ctx.articles.map((article) => {
    const frames = localClaimsOf(article).frames;
    const time = frames.date ?? frames.latestDate;
    return {
      article,
      frames,
      entity: (i: number) => (i >= 0 && i < article.mentions.length ? ctx.entityOf(article.path, i) : null),
      time,
      dated: !!frames.date,
      statuses: [],
    };
  });
  // What the story's words tell of each person's gender ("Ms. Mendes", "his mother, Catherine Gomes"); a person told both ways is left unknown.
  const genders = new Map<string, 'male' | 'female' | null>();
  for (const s of out) {
    for (const g of s.frames.people.genders) {
      const id = s.entity(g.mention);
      if (!id) continue;
      const known = genders.get(id);
      genders.set(id, known === undefined || known === g.gender ? g.gender : null);
    }
  }
  const described = out.some((s) => s.frames.statuses.some((st) => st.description !== undefined)) ? linkDescriptions(ctx.articles, ctx.entityOf) : null;
  for (const s of out) {
    for (const st of s.frames.statuses) {
      if (st.description !== undefined) {
        const id = described?.entityOf(s.article.path, st.description) ?? null;
        const d = s.article.descriptions?.[st.description];
        const tiedTo = d && typeof d.mention === 'number' ? s.entity(d.mention) : null;
        if (id) s.statuses.push({ status: st, entity: id, via: tiedTo === id ? 'tied' : 'story' });
        continue;
      }
      let id = st.mention >= 0 ? s.entity(st.mention) : null;
      if (st.pronoun) {
        for (const c of st.pronoun.candidates) {
          const e = s.entity(c);
          const g = e ? genders.get(e) : undefined;
          if (e && (g === undefined || g === null || g === st.pronoun.gender)) {
            id = e;
            break;
          }
        }
      }
      if (id) s.statuses.push({ status: st, entity: id });
    }
  }
  memo.set(ctx.claims, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Incidents.

/** What tells a count's incident from another. */
interface Signature {
  act: string | null;
  magnitude: number | null;
  days: string[];
  /** True when its clause names a day, placed on the calendar or not ("on Saturday"). */
  dayStated: boolean;
  periods: string[];
  recall: boolean;
  /** The article's time: the day it reports from. */
  time: string | null;
  /** Names of places and people around the count (for recalled incidents, which need one in common). */
  entities: string[];
}

function actsAgree(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return true;
  return (a === 'attack' && VIOLENT.has(b)) || (b === 'attack' && VIOLENT.has(a));
}

function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

/** True when a day or month falls inside a period ("2011", "2011-10"), or the two overlap. */
function within(value: string, period: string): boolean {
  return value.startsWith(period) || period.startsWith(value);
}

/** True when two signatures can be one incident. */
function sameIncident(a: Signature, b: Signature): boolean {
  if (!actsAgree(a.act, b.act)) return false;
  // Of an incident that lasts for days, a count of one day ("86 arrests over Saturday's
  // protests") is not the count of the whole.
  if ((LASTING.has(a.act ?? '') || LASTING.has(b.act ?? '')) && a.dayStated !== b.dayStated) return false;
  if (a.magnitude !== null && b.magnitude !== null && Math.abs(a.magnitude - b.magnitude) > 0.3) return false;
  if (a.days.length && b.days.length) {
    const near = a.days.some((x) => b.days.some((y) => {
      const dx = dayNumber(x);
      const dy = dayNumber(y);
      return dx !== null && dy !== null ? Math.abs(dx - dy) <= 1 : within(x, y);
    }));
    if (!near) return false;
  }
  if (a.recall || b.recall) {
    if (a.recall && b.recall) {
      if (!a.entities.some((e) => b.entities.includes(e))) return false;
      if (a.periods.length && b.periods.length && !a.periods.some((x) => b.periods.some((y) => within(x, y)))) return false;
      return true;
    }
    // A recalled incident is the other's only when its period holds the other's day.
    const [old, now] = a.recall ? [a, b] : [b, a];
    const when = now.days.length ? now.days : now.time ? [now.time] : [];
    if (!old.periods.length || !when.length) return false;
    return old.periods.some((p) => when.some((d) => within(d, p)));
  }
  return true;
}

interface CountRef {
  story: ArticleFrames;
  count: LocalCount;
  sig: Signature;
}

function signatureOf(story: ArticleFrames, c: LocalCount): Signature {
  const f = story.frames;
  let act = c.act ?? f.act;
  if (act === 'attack' && f.act && VIOLENT.has(f.act)) act = f.act;
  const days = c.dates.filter((d) => !d.period && d.value && d.value.length === 10).map((d) => d.value!) as string[];
  const periods = c.dates.filter((d) => d.period && d.value).map((d) => d.value!) as string[];
  const own = !c.recall;
  const entities = [...new Set(c.mentions.map(story.entity).filter((e): e is string => !!e))];
  return {
    act,
    magnitude: c.magnitude ?? (own && act === f.act ? f.leadMagnitude : null),
    days: days.length || !own || LASTING.has(act ?? '') ? days : f.leadDates.map((d) => d.value).filter((v): v is string => !!v && v.length === 10),
    dayStated: c.dates.some((d) => !d.period),
    periods,
    recall: c.recall || (!!periods.length && !days.length),
    time: story.time,
    entities,
  };
}

/** Groups the counts of every article into incidents, each article's counts of one incident together. */
function incidents(stories: readonly ArticleFrames[]): CountRef[][] {
  const refs: CountRef[] = [];
  for (const story of stories) for (const count of story.frames.counts) refs.push({ story, count, sig: signatureOf(story, count) });
  if (!refs.length) return [];
  // Counts with the same signature are one incident; signatures are grouped greedily, each
  // joining the first group every member of which it can be the same incident with. The
  // articles' own incidents (no recall) come first, the most specific first.
  const bySig = new Map<string, CountRef[]>();
  for (const r of refs) {
    const key = JSON.stringify([r.sig.act, r.sig.magnitude, r.sig.days, r.sig.dayStated, r.sig.periods, r.sig.recall, r.sig.recall ? r.sig.entities : [], r.sig.time]);
    const list = bySig.get(key);
    if (list) list.push(r);
    else bySig.set(key, [r]);
  }
  const sigs = [...bySig.values()].slice(0, MAX_SIGNATURES);
  const weight = (s: Signature) => (s.recall ? 0 : 100) + (s.magnitude !== null ? 4 : 0) + (s.days.length ? 2 : 0) + (s.act ? 1 : 0);
  sigs.sort((x, y) => weight(y[0].sig) - weight(x[0].sig));
  const groups: CountRef[][][] = [];
  for (const members of sigs) {
    const home = groups.find((g) => g.every((m) => sameIncident(m[0].sig, members[0].sig)));
    if (home) home.push(members);
    else groups.push([members]);
  }
  return groups.map((g) => g.flat());
}

// ---------------------------------------------------------------------------------------------
// Slots.

/** One article's value for a slot of an incident. */
interface SlotValue {
  story: ArticleFrames;
  value: number;
  hedge: string | null;
  /** The counts that state it, in text order. */
  counts: LocalCount[];
  /** How it was worked out when no count states it ("3 shot, 1 killed"). */
  derived: string | null;
  /**
   * Whether the toll counts the attacker: `includes` ("four dead, including the gunman": three
   * victims), `maybe` (the attacker died and the article does not say), or `no`.
   */
  perpetrator: 'includes' | 'maybe' | 'no';
  update: boolean;
}

const slotKey = (slot: Slot, group: string) => `${slot}|${group}`;

/** Each slot's value in one article's counts of one incident; a slot stated twice with different values and no update word is left out. */
function slotValues(story: ArticleFrames, counts: readonly LocalCount[], act: string | null): Map<string, SlotValue> {
  const out = new Map<string, SlotValue>();
  const ambiguous = new Set<string>();
  const sorted = [...counts].sort((a, b) => a.span.start - b.span.start);
  sorted.forEach((c, i) => {
    const key = slotKey(c.slot, c.group);
    if (ambiguous.has(key)) return;
    const before = out.get(key);
    if (!before) {
      out.set(key, { story, value: c.value, hedge: c.hedge, counts: [c], derived: null, perpetrator: 'no', update: c.update });
      return;
    }
    // "Five others": added to a count of the same slot just before it in the sentence;
    // "six more", "another two", "additional": added to the count given before.
    const prev = sorted[i - 1];
    const sameSentence = prev && prev.sentence.start === c.sentence.start && slotKey(prev.slot, prev.group) === key;
    if (c.additive && (sameSentence || c.additive !== 'others')) {
      before.value += c.value;
      before.hedge ??= c.hedge;
      before.counts.push(c);
      return;
    }
    if (c.value === before.value) {
      if (!before.hedge && c.hedge) before.hedge = c.hedge;
      before.counts.push(c);
      return;
    }
    if (c.update) {
      out.set(key, { story, value: c.value, hedge: c.hedge, counts: [c], derived: null, perpetrator: 'no', update: true });
      return;
    }
    ambiguous.add(key);
    out.delete(key);
  });
  // People told apart only by age or sex ("a 34-year-old man was killed", "three other
  // teenagers were wounded") are all the people of their slot when the article counts no other
  // group in it: their count is the slot's count of people, compared with "one dead" elsewhere.
  const bySlot = new Map<Slot, string[]>();
  for (const key of [...out.keys(), ...ambiguous]) {
    const [slot, group] = key.split('|') as [Slot, string];
    const groups = bySlot.get(slot);
    if (groups) groups.push(group);
    else bySlot.set(slot, [group]);
  }
  for (const [slot, groups] of bySlot) {
    if (groups.length !== 1 || !DEMOGRAPHIC.has(groups[0]) || slot === 'shots') continue;
    const v = out.get(slotKey(slot, groups[0]));
    if (!v) continue;
    out.delete(slotKey(slot, groups[0]));
    out.set(slotKey(slot, 'people'), v);
  }
  // A shooting: the shot are the killed and the wounded.
  if (act === 'shooting') {
    const shot = out.get(slotKey('shot', 'people'));
    const killed = out.get(slotKey('killed', 'people'));
    const injured = out.get(slotKey('injured', 'people'));
    const base = { story, hedge: null, perpetrator: 'no' as const, update: false };
    const exact = (v: SlotValue | undefined) => !!v && !v.hedge && !v.derived;
    if (!injured && exact(shot) && exact(killed) && shot!.value >= killed!.value && !ambiguous.has(slotKey('injured', 'people'))) {
      out.set(slotKey('injured', 'people'), { ...base, value: shot!.value - killed!.value, counts: [...shot!.counts, ...killed!.counts], derived: `${shot!.value} shot, ${killed!.value} killed` });
    } else if (!shot && exact(killed) && exact(injured) && !ambiguous.has(slotKey('shot', 'people'))) {
      out.set(slotKey('shot', 'people'), { ...base, value: killed!.value + injured!.value, counts: [...killed!.counts, ...injured!.counts], derived: `${killed!.value} killed, ${injured!.value} wounded` });
    } else if (!killed && exact(shot) && exact(injured) && shot!.value >= injured!.value && !ambiguous.has(slotKey('killed', 'people'))) {
      out.set(slotKey('killed', 'people'), { ...base, value: shot!.value - injured!.value, counts: [...shot!.counts, ...injured!.counts], derived: `${shot!.value} shot, ${injured!.value} wounded` });
    }
  }
  // A toll that may count the attacker: "four dead" may be three victims and the gunman.
  const killed = out.get(slotKey('killed', 'people'));
  if (killed) {
    if (killed.counts.some((c) => c.includesPerpetrator === true)) killed.perpetrator = 'includes';
    else if (story.frames.perpetratorDied && killed.counts.every((c) => c.includesPerpetrator === null)) killed.perpetrator = 'maybe';
  }
  return out;
}

function rangeOfValue(v: SlotValue): [number, number] {
  const [lo, hi] = rangeOf(v.value, v.hedge);
  // The victims alone: one fewer when the toll counts the attacker, perhaps one fewer when it may.
  if (v.perpetrator === 'includes') return [lo - 1, hi - 1];
  return [v.perpetrator === 'maybe' ? lo - 1 : lo, hi];
}

function valuesMeet(a: SlotValue, b: SlotValue): boolean {
  const [alo, ahi] = rangeOfValue(a);
  const [blo, bhi] = rangeOfValue(b);
  return alo <= bhi + 1e-9 && blo <= ahi + 1e-9;
}

/** Where a value is shown: its first count in a sentence of the body, a headline's only when no other states it. */
function placeOf(v: SlotValue): { start: number; end: number } {
  const text = v.story.article.text;
  const body = v.counts.find((c) => /[.!?"\u201d']\s*$/.test(text.slice(c.sentence.start, c.sentence.end)));
  return (body ?? v.counts[0]).span;
}

/** How a value is shown: the words of its counts, and how it was worked out. */
function wordingOf(v: SlotValue): string {
  const words = [...new Set(v.counts.map((c) => clean(c.text, 60)))];
  const shown = words.slice(0, 2).join(' … ');
  return v.derived ? `${shown} (so ${v.value}: ${v.derived})` : shown;
}

function actNoun(act: string | null): string {
  return act ? ACT_NOUNS[act] ?? act : 'incident';
}

function groupNoun(group: string): string {
  return GROUP_PLURALS[group] ?? `${group}s`;
}

/** The names two or more articles' counts of an incident share, places first. */
function sharedNames(ctx: RuleContext, values: readonly SlotValue[]): string[] {
  const sets = values.map((v) => {
    const ids = new Set<string>();
    for (const c of v.counts) for (const m of c.mentions) {
      const e = v.story.entity(m);
      if (e) ids.add(e);
    }
    if (!v.counts.some((c) => c.recall)) for (const m of v.story.frames.leadMentions) {
      const e = v.story.entity(m);
      if (e) ids.add(e);
    }
    return ids;
  });
  const [first, ...rest] = sets;
  const common = [...first].filter((id) => rest.every((s) => s.has(id)));
  const kind = (id: string) => ctx.entities.get(id)?.kind;
  common.sort((a, b) => (kind(a) === 'place' ? 0 : 1) - (kind(b) === 'place' ? 0 : 1));
  return common.slice(0, 3).map((id) => ctx.nameOf(id));
}

/** One line on why the counts are of one incident. */
function whyIncident(ctx: RuleContext, act: string | null, sigs: readonly Signature[], values: readonly SlotValue[]): string {
  const who = values.length > 2 ? 'all' : 'both';
  const noun = actNoun(act);
  const mags = sigs.map((s) => s.magnitude).filter((m): m is number => m !== null);
  const mag = mags.length && mags.length === sigs.length ? ` of magnitude ${mags[0]}` : '';
  const dayLists = sigs.map((s) => s.days);
  const commonDay = dayLists.every((d) => d.length) ? dayLists[0].find((d) => dayLists.every((l) => l.includes(d))) : undefined;
  const names = sharedNames(ctx, values);
  const recalled = values.every((v) => v.counts.some((c) => c.recall));
  const details = [names.length ? names.join(', ') : '', commonDay ?? ''].filter(Boolean).join('; ');
  if (details || mag) return `Same event: ${who} report ${recalled ? 'the earlier' : 'the'} ${noun}${mag}${details ? ` (${details})` : ''}.`;
  return `Same event: the ${noun} each article reports; no date, magnitude or kind of act sets them apart.`;
}

/** The later of two times, with a word for messages. */
function laterDate(values: readonly SlotValue[]): string | null {
  let latest: string | null = null;
  for (const v of values) if (v.story.dated && v.story.time && (!latest || v.story.time > latest)) latest = v.story.time;
  return latest;
}

function listed(values: readonly SlotValue[]): string {
  return (
    values
      .slice(0, MAX_LISTED)
      .map((v) => `"${wordingOf(v)}" (${v.story.article.outlet}${v.story.dated && v.story.time ? `, ${v.story.time}` : ''})`)
      .join(' vs ') + andMore(values.length - MAX_LISTED)
  );
}

/** The drafts of `quantity-differs` for counts of people that differ within one incident. */
export function countFindings(ctx: RuleContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const incident of incidents(storyFrames(ctx))) {
    const byArticle = new Map<ArticleFrames, CountRef[]>();
    for (const r of incident) {
      const list = byArticle.get(r.story);
      if (list) list.push(r);
      else byArticle.set(r.story, [r]);
    }
    if (byArticle.size < 2) continue;
    const actCounts = new Map<string, number>();
    for (const r of incident) if (r.sig.act) actCounts.set(r.sig.act, (actCounts.get(r.sig.act) ?? 0) + 1);
    let act: string | null = null;
    let most = 0;
    for (const [a, n] of actCounts) if (n > most || (n === most && a !== 'attack')) [act, most] = [a, n];
    const perSlot = new Map<string, Array<{ value: SlotValue; sig: Signature }>>();
    for (const [story, refs] of byArticle) {
      const values = slotValues(story, refs.map((r) => r.count), act);
      for (const [key, value] of values) {
        const list = perSlot.get(key) ?? [];
        list.push({ value, sig: refs[0].sig });
        perSlot.set(key, list);
      }
    }
    // Slots stated in words first; a figure worked out from others ("three shot, one killed")
    // is reported only for a pair of articles no other difference of the incident names.
    const reportedPairs = new Set<string>();
    // The slot whose figures are stated by more articles comes first ("wounded three others"
    // and "wounded two others" before the number shot each implies).
    const slotOrder = (key: string) => perSlot.get(key)!.filter((e) => e.value.derived).length;
    const keys = [...perSlot.keys()].sort((a, b) => slotOrder(a) - slotOrder(b));
    for (const key of keys) {
      const entries = perSlot.get(key)!;
      if (entries.length < 2) continue;
      // The first two sources named give different figures, so the first related place of the
      // first source's finding shows the difference.
      const ordered = [...entries];
      const other = ordered.findIndex((e) => e.value.value !== ordered[0].value.value);
      if (other > 1) ordered.splice(1, 0, ...ordered.splice(other, 1));
      const values = ordered.map((e) => e.value);
      if (values.every((v) => v.value === values[0].value && (v.hedge ?? '') === (values[0].hedge ?? ''))) continue;
      let allMeet = true;
      for (let i = 0; i < values.length && allMeet; i++) for (let j = i + 1; j < values.length && allMeet; j++) allMeet = valuesMeet(values[i], values[j]);
      const [slot, group] = key.split('|');
      const what = slot === 'shots' ? SLOT_WORDS[slot] : `${group === 'people' ? 'people' : groupNoun(group)} ${SLOT_WORDS[slot] ?? slot}`;
      // The incident is named when a count's own sentence names it, or when the count is a toll of it.
      const named = values.some((v) => v.counts.some((c) => c.act !== null && actsAgree(c.act, act))) || !GROWING.has(slot);
      const noun = named ? actNoun(act) : null;
      // Agreement: only worth a note when hedges make different numbers agree.
      if (allMeet) {
        const numbersDiffer = values.some((v) => v.value !== values[0].value);
        if (!numbersDiffer || !values.some((v) => v.hedge)) continue;
      }
      if (!allMeet) {
        const pairs: string[] = [];
        for (let i = 0; i < values.length; i++) {
          for (let j = i + 1; j < values.length; j++) {
            if (!valuesMeet(values[i], values[j])) pairs.push([values[i].story.article.path, values[j].story.article.path].sort().join('\n'));
          }
        }
        const derived = values.some((v) => v.derived);
        if (derived && pairs.every((p) => reportedPairs.has(p))) continue;
        for (const p of pairs) reportedPairs.add(p);
      }
      const times = new Set(values.filter((v) => v.story.dated && v.story.time).map((v) => v.story.time));
      // Figures that move as a story goes on differ between its articles by nature: an update
      // unless every article is dated the same day.
      const sameDay = times.size === 1 && values.every((v) => v.story.dated);
      const moving = (act !== null && LASTING.has(act)) || GROWING.has(slot);
      // Two articles of one day that disagree are not explained by time, whatever a third
      // article of another day says: a contradiction, not an update.
      let sameDayConflict = false;
      for (let i = 0; i < values.length && !sameDayConflict && times.size > 1; i++) {
        for (let j = i + 1; j < values.length && !sameDayConflict; j++) {
          const [x, y] = [values[i], values[j]];
          sameDayConflict = x.story.dated && y.story.dated && !!x.story.time && x.story.time === y.story.time && !x.update && !y.update && !valuesMeet(x, y);
        }
      }
      const update = !allMeet && !sameDayConflict && (values.some((v) => v.update) || times.size > 1 || (moving && !sameDay));
      const later = laterDate(values);
      const items = values.map((v) => ({
        path: v.story.article.path,
        outlet: v.story.article.outlet,
        span: placeOf(v),
        wording: wordingOf(v),
        value: { value: v.value, hedge: v.hedge, slot, group, ...(v.derived ? { derived: v.derived } : {}) },
      }));
      let message: string;
      const inThe = noun ? ` in the ${noun}` : '';
      if (allMeet) message = `The number of ${what}${inThe} is worded differently but agrees within the hedges: ${listed(values)}.`;
      else if (update) message = `The number of ${what}${inThe} changed as the story developed: ${listed(values)}${later ? `; the latest figure is the one of ${later}` : ''}.`;
      else message = `The number of ${what}${inThe} differs: ${listed(values)}.`;
      drafts.push({
        items,
        soft: allMeet || update,
        message,
        why: whyIncident(ctx, named ? act : null, ordered.map((e) => e.sig), values),
        data: { frame: 'count', slot, group, incident: act, agree: allMeet, update, ...(later && update ? { latest: later } : {}) },
      });
    }
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------------
// People: ages, children, times shot.

/** A number one article gives a person. */
interface PersonValue {
  story: ArticleFrames;
  value: number;
  /** The year it is dated to, when its sentence dates it to a past one. */
  year: number | null;
  span: { start: number; end: number };
  text: string;
  /** The name as written, or null when the article describes the person without naming them. */
  mentionText: string | null;
  /** For a description: what it says happened to the person ("shot and not killed"). */
  role: PersonRole | null;
  /** For a description: whether the article itself or only the whole story names the one person it fits. */
  basis: 'article' | 'story' | null;
  /** True when the article says "he" or "she", resolved to the person. */
  pronoun?: boolean;
  /**
   * For an age of people described together ("two women, 68 and 48"): the others of the group,
   * each the person the story names with that age, so this age is the one left for this person.
   */
  group?: Array<{ id: string; age: number }>;
}

type PersonFactKind = 'age' | 'kin' | 'times' | 'term';

const yearOf = (time: string | null) => (time ? Number(time.slice(0, 4)) : null);

/** Statuses that fit what a description says happened to a person. */
function fitsRole(role: PersonRole, statuses: ReadonlySet<string>, everKilled: boolean): boolean {
  switch (role) {
    case 'killed':
      return statuses.has('killed');
    case 'shot':
    case 'wounded':
      return (statuses.has('shot') || statuses.has('wounded')) && !everKilled;
    case 'arrested':
    case 'charged':
      return ['arrested', 'charged', 'convicted', 'sentenced'].some((x) => statuses.has(x));
  }
}

const ROLE_WORDS: Record<PersonRole, string> = { killed: 'killed', shot: 'shot and not killed', wounded: 'wounded and not killed', arrested: 'arrested or charged', charged: 'arrested or charged' };

export interface PeopleIndex {
  /** Each article's people (entity ids) with the statuses it gives them. */
  perArticle: Map<ArticleFrames, Map<string, Set<string>>>;
  /** Every status any article gives each person. */
  story: Map<string, Set<string>>;
}

const peopleMemo = new WeakMap<ClaimIndex, PeopleIndex>();

export function peopleIndex(ctx: RuleContext): PeopleIndex {
  const done = peopleMemo.get(ctx.claims);
  if (done) return done;
  const perArticle = new Map<ArticleFrames, Map<string, Set<string>>>();
  const story = new Map<string, Set<string>>();
  for (const s of storyFrames(ctx)) {
    const own = new Map<string, Set<string>>();
    for (const { status: st, entity: id, via } of s.statuses) {
      // A description the story alone ties to a person is not certain enough to pick out whom another description fits.
      if (st.negated || via === 'story') continue;
      for (const map of [own, story]) {
        const set = map.get(id) ?? new Set<string>();
        set.add(st.status);
        map.set(id, set);
      }
    }
    perArticle.set(s, own);
  }
  const index = { perArticle, story };
  peopleMemo.set(ctx.claims, index);
  return index;
}

/**
 * The person a description fits ("a 31-year-old mom was shot in the arm"): the one person the
 * article reports so, or, when the article names nobody so, the one person the whole story does.
 */
export function describedPerson(index: PeopleIndex, story: ArticleFrames, role: PersonRole, age: number | null, namedAges: ReadonlyMap<string, number[]>): { id: string; basis: 'article' | 'story' } | null {
  // A described age rules out a person whose named age is far from it ("an 11-year-old girl" is not the 32-year-old mother).
  const ageFits = (id: string) => age === null || !namedAges.get(id)?.length || namedAges.get(id)!.some((a) => Math.abs(a - age) <= 3);
  const fits = (map: Map<string, Set<string>>) => [...map].filter(([id, st]) => fitsRole(role, st, !!index.story.get(id)?.has('killed')) && ageFits(id)).map(([id]) => id);
  const local = fits(index.perArticle.get(story) ?? new Map());
  if (local.length === 1) return { id: local[0], basis: 'article' };
  if (local.length > 1) return null;
  const all = fits(index.story);
  return all.length === 1 ? { id: all[0], basis: 'story' } : null;
}

const FEMALE_GROUPS = new Set(['women', 'girls', 'sisters']);
const MALE_GROUPS = new Set(['men', 'boys', 'brothers']);

/**
 * The person of a group described with ages ("two women, 68 and 48, were found dead") whose
 * age the others' leave: the story must report exactly as many people in the group's role as
 * the group has, each with one age by name and of a gender the group's noun allows; every age
 * but one must be a named person's, and the one person left gets the age left. Any doubt (more
 * people in the role, two ages unmatched, a person with two ages) gives nobody.
 */
function groupMember(
  index: PeopleIndex,
  g: GroupDescriptor,
  namedAges: ReadonlyMap<string, number[]>,
  genders: ReadonlyMap<string, 'male' | 'female' | null>,
  surnames: ReadonlyMap<string, ReadonlySet<string>>,
): { id: string; age: number; others: Array<{ id: string; age: number }> } | null {
  // A surname alone that the story also gives people named in full ("Ms. Gomes" beside
  // "Catherine Gomes" and "Gary Gomes") is one of them, not one more person.
  const inRole = [...index.story].filter(([id, st]) => fitsRole(g.role, st, !!index.story.get(id)?.has('killed')) && !(surnames.get(id)?.size ?? 0)).map(([id]) => id);
  if (inRole.length !== g.ages.length) return null;
  const ageOf = new Map<string, number>();
  for (const id of inRole) {
    const ages = new Set(namedAges.get(id) ?? []);
    if (ages.size !== 1) return null;
    const gender = genders.get(id);
    if ((gender === 'male' && FEMALE_GROUPS.has(g.noun)) || (gender === 'female' && MALE_GROUPS.has(g.noun))) return null;
    ageOf.set(id, [...ages][0]);
  }
  const left = [...g.ages];
  const others: Array<{ id: string; age: number }> = [];
  const unmatched: string[] = [];
  for (const id of inRole) {
    const at = left.indexOf(ageOf.get(id)!);
    if (at >= 0) {
      left.splice(at, 1);
      others.push({ id, age: ageOf.get(id)! });
    } else unmatched.push(id);
  }
  if (unmatched.length !== 1 || left.length !== 1 || !others.length) return null;
  return { id: unmatched[0], age: left[0], others };
}

/** The ages the articles give each person by name (entity id → every age given, in article order). */
export function agesByName(stories: readonly ArticleFrames[]): Map<string, number[]> {
  const namedAges = new Map<string, number[]>();
  for (const story of stories) {
    for (const a of story.frames.ages) {
      const id = story.entity(a.mention);
      if (!id) continue;
      const list = namedAges.get(id) ?? [];
      list.push(a.value);
      namedAges.set(id, list);
    }
  }
  return namedAges;
}

/** Each article's value of one kind of fact for each person, named or described; an article that gives one person two values for one time gives none. */
function personValues(ctx: RuleContext, kind: PersonFactKind): Map<string, PersonValue[]> {
  const stories = storyFrames(ctx);
  const index = peopleIndex(ctx);
  // Surnames shared by two people of the story (a mother and her son): a fact given to the
  // surname alone may belong to either.
  const surnames = new Map<string, Set<string>>();
  for (const e of ctx.entities.values()) {
    if (e.kind !== 'person') continue;
    const last = e.name.split(/\s+/).pop()!.toLowerCase();
    const set = surnames.get(last) ?? new Set<string>();
    set.add(e.id);
    surnames.set(last, set);
  }
  // The ages the story gives each person by name, to tell whom a description of an age fits.
  const namedAges = agesByName(stories);
  // For each one-word name, the other people of the story named in full with it as their surname.
  const sharedSurname = new Map<string, Set<string>>();
  for (const e of ctx.entities.values()) {
    if (e.kind !== 'person' || /\s/.test(e.name.trim())) continue;
    const others = [...(surnames.get(e.name.trim().toLowerCase()) ?? [])].filter((o) => o !== e.id);
    if (others.length) sharedSurname.set(e.id, new Set(others));
  }
  // What the story's words tell of each person's gender, a person told both ways left unknown.
  const genders = new Map<string, 'male' | 'female' | null>();
  for (const story of kind === 'age' ? stories : []) {
    for (const g of story.frames.people.genders) {
      const id = story.entity(g.mention);
      if (!id) continue;
      const known = genders.get(id);
      genders.set(id, known === undefined || known === g.gender ? g.gender : null);
    }
  }
  const byEntity = new Map<string, PersonValue[]>();
  for (const story of stories) {
    const own = new Map<string, PersonValue[]>();
    const add = (id: string, v: PersonValue) => {
      const list = own.get(id) ?? [];
      list.push(v);
      own.set(id, list);
    };
    const named =
      kind === 'age'
        ? story.frames.ages
        : kind === 'kin'
          ? story.frames.people.kin
          : kind === 'times'
            ? story.frames.people.times
            : [];
    // Sentences come from statuses, whose person may be a pronoun resolved by the story.
    for (const { status: st, entity: id } of kind === 'term' ? story.statuses : []) {
      if (!st.term || st.negated || st.description !== undefined) continue;
      add(id, { story, value: st.term.months, year: null, span: { start: st.span.start, end: st.term.end }, text: story.article.text.slice(st.span.start, st.term.end), mentionText: st.mention >= 0 ? story.article.mentions[st.mention].text : ctx.nameOf(id), role: null, basis: null, pronoun: st.mention < 0 });
    }
    for (const a of named) {
      const id = story.entity(a.mention);
      if (!id) continue;
      const mentionText = story.article.mentions[a.mention].text;
      if (!/\s/.test(mentionText.trim()) && (surnames.get(mentionText.toLowerCase().replace(/['\u2019]s$/, ''))?.size ?? 0) > 1) continue;
      add(id, { story, value: a.value, year: 'year' in a ? (a.year as number | null) : null, span: a.span, text: a.text, mentionText, role: null, basis: null });
    }
    for (const d of kind === 'term' ? [] : story.frames.people.descriptors) {
      const value = kind === 'age' ? d.age : kind === 'kin' ? d.kin : d.times;
      if (value === null) continue;
      const who = describedPerson(index, story, d.role, d.age, namedAges);
      // A person the article names with this fact already is read from the name; a described
      // age is compared only with an age the story gives the person by name.
      if (!who || own.has(who.id) || (kind === 'age' && !namedAges.get(who.id)?.length)) continue;
      add(who.id, { story, value, year: null, span: d.span, text: d.text, mentionText: null, role: d.role, basis: who.basis });
    }
    for (const g of kind === 'age' ? story.frames.people.groups : []) {
      const who = groupMember(index, g, namedAges, genders, sharedSurname);
      if (!who || own.has(who.id)) continue;
      add(who.id, { story, value: who.age, year: null, span: g.span, text: g.text, mentionText: null, role: g.role, basis: 'story', group: who.others });
    }
    for (const [id, list] of own) {
      const current = list.filter((a) => a.year === null);
      const pick = current.length ? current : list;
      if (new Set(pick.map((a) => `${a.value}|${a.year}`)).size > 1) continue;
      const all = byEntity.get(id) ?? [];
      all.push(pick.find((a) => a.mentionText !== null) ?? pick[0]);
      byEntity.set(id, all);
    }
  }
  return byEntity;
}

/** One line on why the values are of one person: the names used, and how a description was tied to them. */
function whyPerson(ctx: RuleContext, id: string, refs: readonly PersonValue[]): string {
  const names = [...new Set(refs.filter((r) => !r.pronoun).map((r) => r.mentionText).filter((n): n is string => !!n))].slice(0, 3).map((n) => `"${n}"`);
  const described = refs.filter((r) => r.mentionText === null);
  const name = ctx.nameOf(id);
  const parts = [names.length ? `${names.join(', ')} name${names.length === 1 ? 's' : ''} one person` : ''];
  for (const p of refs.filter((r) => r.pronoun).slice(0, 2)) {
    parts.push(`"${clean(p.text, 40)}" (${p.story.article.outlet}) is said of ${name}, the nearest person named before it whose gender the story does not tell apart`);
  }
  for (const d of described.filter((r) => r.group).slice(0, 1)) {
    const ages = d.group!.map((o) => `${ctx.nameOf(o.id)} is ${o.age}`).join(', ');
    parts.push(`"${clean(d.text, 60)}" (${d.story.article.outlet}) gives ${d.group!.length + 1} people ${ROLE_WORDS[d.role!]}, as many as the story names so; ${ages} by name, so ${d.value} is ${name}`);
  }
  for (const d of described.filter((r) => !r.group).slice(0, 2)) {
    parts.push(`"${clean(d.text, 60)}" (${d.story.article.outlet}) is ${name}, the one person ${d.basis === 'article' ? 'that article' : 'the story'} reports ${ROLE_WORDS[d.role!]}`);
  }
  return `Same person: ${parts.filter(Boolean).join('; ')}.`;
}

function listValues(refs: readonly PersonValue[]): string {
  return refs.slice(0, MAX_LISTED).map((r) => `${r.value} ("${clean(r.text, 60)}", ${r.story.article.outlet}${r.story.time ? `, ${r.story.dated ? '' : 'after '}${r.story.time}` : ''})`).join(' vs ') + andMore(refs.length - MAX_LISTED);
}

/** Puts a source with a different value second, so the first source's finding relates to it first. */
function differentSecond(refs: PersonValue[]): PersonValue[] {
  const out = [...refs];
  const other = out.findIndex((r) => r.value !== out[0].value);
  if (other > 1) out.splice(1, 0, ...out.splice(other, 1));
  return out;
}

/** The drafts of `age-differs`: one person given different ages, beyond what the time between the articles explains. */
export function ageFindings(ctx: RuleContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const [id, all] of personValues(ctx, 'age')) {
    if (all.length < 2 || all.every((r) => r.value === all[0].value)) continue;
    const refs = differentSecond(all);
    // The ages that cannot all hold, allowing for the years between the articles.
    let conflict = false;
    let update = false;
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length; j++) {
        const a = refs[i];
        const b = refs[j];
        if (a.value === b.value) continue;
        const ya = a.year ?? yearOf(a.story.time);
        const yb = b.year ?? yearOf(b.story.time);
        // An age dated to a past year is compared only with one whose year is known.
        if ((a.year !== null || b.year !== null) && (ya === null || yb === null)) continue;
        if (ya !== null && yb !== null && ya !== yb) {
          const older = ya > yb ? a : b;
          const younger = older === a ? b : a;
          if (older.value >= younger.value && older.value - younger.value <= Math.abs(ya - yb) + 1) {
            update = true;
            continue;
          }
        }
        // Two ages a year or two apart from articles of unknown dates may be the time between them.
        if ((ya === null || yb === null || !a.story.dated || !b.story.dated) && ya !== yb && Math.abs(a.value - b.value) <= 2) {
          update = true;
          continue;
        }
        conflict = true;
      }
    }
    if (!conflict && !update) continue;
    const name = ctx.nameOf(id);
    const list = listValues(refs);
    drafts.push({
      items: refs.map((r) => ({ path: r.story.article.path, outlet: r.story.article.outlet, span: r.span, wording: clean(r.text, 80), value: r.value })),
      soft: !conflict,
      message: conflict ? `The sources give ${name} different ages: ${list}.` : `The ages given for ${name} differ by about the time between the articles: ${list}.`,
      why: whyPerson(ctx, id, refs),
      data: { frame: 'age', entity: id, ages: refs.slice(0, MAX_LISTED).map((r) => ({ outlet: r.story.article.outlet, path: r.story.article.path, value: r.value, year: r.year, described: r.mentionText === null })), update: !conflict },
    });
  }
  return drafts;
}

/**
 * The drafts of `quantity-differs` for numbers given to one person: how many children
 * ("a mother of 12" / "Mother of 13 Zurana Horton") and how many times the person was shot.
 * Articles of different dates that differ are an update (an autopsy corrects a first report).
 */
export function personCountFindings(ctx: RuleContext): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const kind of ['kin', 'times', 'term'] as const) {
    for (const [id, all] of personValues(ctx, kind)) {
      if (all.length < 2 || all.every((r) => r.value === all[0].value)) continue;
      const refs = differentSecond(all);
      const times = new Set(refs.filter((r) => r.story.dated && r.story.time).map((r) => r.story.time));
      const update = kind === 'times' && times.size > 1;
      const name = ctx.nameOf(id);
      const what = kind === 'kin' ? `number of children of ${name}` : kind === 'times' ? `number of times ${name} was shot` : `sentence given to ${name}`;
      const list = kind === 'term' ? refs.slice(0, MAX_LISTED).map((r) => `"${clean(r.text, 70)}" (${r.story.article.outlet})`).join(' vs ') + andMore(refs.length - MAX_LISTED) : listValues(refs);
      drafts.push({
        items: refs.map((r) => ({ path: r.story.article.path, outlet: r.story.article.outlet, span: r.span, wording: clean(r.text, 80), value: r.value })),
        soft: update,
        message: update ? `The ${what} changed between the articles: ${list}.` : `The ${what} differs: ${list}.`,
        why: whyPerson(ctx, id, refs),
        data: { frame: 'person', fact: kind, entity: id, update },
      });
    }
  }
  return drafts;
}

/** A number of earlier offences one article gives a person, with what it counts. */
interface PriorValue extends PersonValue {
  noun: PriorFact['noun'];
}

/**
 * One value per person and kind from each article (an article that gives one person two values
 * of one kind gives none), grouped across articles; the groups in which two values differ where
 * `meet` says they may be compared, with the refs in the order `differentSecond` gives.
 */
function differingPersonValues<V extends PersonValue>(
  ctx: RuleContext,
  read: (story: ArticleFrames) => Iterable<{ id: string; kind: string; value: V }>,
  meet: (a: V, b: V) => boolean,
): { id: string; kind: string; refs: V[] }[] {
  const byKey = new Map<string, { id: string; kind: string; refs: V[] }>();
  for (const story of storyFrames(ctx)) {
    const own = new Map<string, { id: string; kind: string; list: V[] }>();
    for (const { id, kind, value } of read(story)) {
      const key = `${id}\u0000${kind}`;
      const entry = own.get(key) ?? { id, kind, list: [] };
      entry.list.push(value);
      own.set(key, entry);
    }
    for (const [key, { id, kind, list }] of own) {
      if (new Set(list.map((v) => v.value)).size > 1) continue;
      const entry = byKey.get(key) ?? { id, kind, refs: [] };
      entry.refs.push(list[0]);
      byKey.set(key, entry);
    }
  }
  const out: { id: string; kind: string; refs: V[] }[] = [];
  for (const { id, kind, refs: all } of byKey.values()) {
    if (all.length < 2) continue;
    let differ = false;
    for (let i = 0; i < all.length && !differ; i++) for (let j = i + 1; j < all.length && !differ; j++) differ = Math.abs(all[i].value - all[j].value) > 1e-6 && meet(all[i], all[j]);
    if (differ) out.push({ id, kind, refs: differentSecond(all) as V[] });
  }
  return out;
}

/** Counts of different things (arrests, convictions) are not compared; the offence itself ("his second DWI") is compared with either. */
const priorsMeet = (a: PriorValue, b: PriorValue) => a.noun === b.noun || a.noun === null || b.noun === null;

/**
 * The drafts of `quantity-differs` for the earlier offences of one kind a person has ("three
 * prior DUI convictions" / "this is his second DWI"), as information: records are read
 * differently and one outlet may count arrests the other does not.
 */
export function priorFindings(ctx: RuleContext): FindingDraft[] {
  const groups = differingPersonValues<PriorValue>(
    ctx,
    function* (story) {
      for (const p of story.frames.people.priors) {
        const id = story.entity(p.mention);
        if (!id) continue;
        const mention = story.article.mentions[p.mention];
        yield { id, kind: p.offence, value: { story, value: p.value, year: null, span: p.span, text: p.text, mentionText: mention.text, role: null, basis: null, pronoun: /^(?:his|her)\b/i.test(p.text), noun: p.noun } };
      }
    },
    priorsMeet,
  );
  const drafts: FindingDraft[] = [];
  for (const { id, kind: offence, refs } of groups) {
    const name = ctx.nameOf(id);
    const what = offence ? `${offence} offences` : `${refs.find((r) => r.noun)?.noun ?? 'offence'}s`;
    drafts.push({
      items: refs.map((r) => ({ path: r.story.article.path, outlet: r.story.article.outlet, span: r.span, wording: clean(r.text, 80), value: r.value })),
      soft: true,
      message: `The number of earlier ${what} given for ${name} differs (a second offence has one before it): ${listValues(refs)}.`,
      why: whyPerson(ctx, id, refs),
      data: { frame: 'person', fact: 'priors', offence, entity: id, update: false },
    });
  }
  return drafts;
}

/** How long one article says a person lived or worked somewhere, in the unit it wrote. */
interface DurationValue extends PersonValue {
  unit: DurationFact['unit'];
  object: string[];
  /** True when the article gives the length for one the person lived with ("with his mum"). */
  companion: boolean;
}

/** Weeks are compared only with weeks: "four weeks" and "a month" are one length said loosely. Years and months convert exactly. */
const durationsMeet = (a: DurationValue, b: DurationValue) => (a.unit === 'week') === (b.unit === 'week') && sameWork(a, b);
/**
 * Lengths of working are compared only for the same work: both name none ("worked for 15 years")
 * or they share a word ("at the mill" / "at Acme mill"); five years on one team may fall within
 * fifteen at one employer. A stay is compared whatever place each names (place-differs compares the places).
 */
const sameWork = (a: DurationValue, b: DurationValue) => (a.object.length === 0 && b.object.length === 0) || a.object.some((w) => b.object.includes(w));

/**
 * The drafts of `quantity-differs` for how long one person lived or worked somewhere ("a four
 * year spell living in Cardiff" / "had been living in South Wales for the past three years"), as
 * information: the same person, the same act; lengths are compared in months, so "four years" and
 * "48 months" agree.
 */
export function durationFindings(ctx: RuleContext): FindingDraft[] {
  const groups = differingPersonValues<DurationValue>(
    ctx,
    function* (story) {
      for (const d of story.frames.people.durations) {
        const id = story.entity(d.mention);
        if (!id) continue;
        yield { id, kind: d.act, value: { story, value: d.months, year: null, span: d.span, text: d.text, mentionText: story.article.mentions[d.mention].text, role: null, basis: null, pronoun: false, unit: d.unit, object: d.act === 'working' ? d.object : [], companion: !!d.companion } };
      }
    },
    durationsMeet,
  );
  const drafts: FindingDraft[] = [];
  for (const { id, kind, refs } of groups) {
    const act = kind as DurationFact['act'];
    const name = ctx.nameOf(id);
    drafts.push({
      items: refs.map((r) => ({ path: r.story.article.path, outlet: r.story.article.outlet, span: r.span, wording: clean(r.text, 80), value: r.value })),
      soft: true,
      message: `How long ${name} spent ${act} there differs between sources: ${refs.slice(0, MAX_LISTED).map((r) => `"${clean(r.text, 60)}" (${r.story.article.outlet})`).join(' vs ')}${andMore(refs.length - MAX_LISTED)}.`,
      why: whyPerson(ctx, id, refs) + refs.filter((r) => r.companion).map((r) => ` ${r.story.article.outlet} says ${name} lived there with the one it is about ("${clean(r.text, 60)}"), so for as long.`).join(''),
      data: { frame: 'person', fact: 'duration', act, entity: id, update: false },
    });
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------------
// Statuses.

interface StatusRef {
  story: ArticleFrames;
  status: string;
  negated: boolean;
  span: { start: number; end: number };
  text: string;
  /** For a description: the words, and whether the article itself ties it to the person. */
  described?: { text: string; via: 'tied' | 'story' };
}

/** One line on why two statuses are of one person: the name in both, or how a description was tied to it. */
function whyStatus(name: string, a: StatusRef, b: StatusRef): string {
  if (!a.described && !b.described) return `Same person: ${name} in both articles.`;
  const parts = [a, b].map((r) =>
    !r.described
      ? `${r.story.article.outlet} names ${name}`
      : r.described.via === 'tied'
        ? `"${clean(r.described.text, 40)}" (${r.story.article.outlet}) is ${name}, as that article says`
        : `"${clean(r.described.text, 40)}" (${r.story.article.outlet}) is taken to be ${name}, the one person the story describes so`,
  );
  return `Same person: ${parts.join('; ')}.`;
}

/** The drafts of `status-differs`: one person reported in states that cannot both hold. */
export function statusFindings(ctx: RuleContext): FindingDraft[] {
  const stories = storyFrames(ctx);
  const byEntity = new Map<string, Map<ArticleFrames, StatusRef[]>>();
  for (const story of stories) {
    const year = story.time ? story.time.slice(0, 4) : null;
    for (const { status: s, entity: id, via } of story.statuses) {
      // A status of another time ("was acquitted in 1958") is not the person's status in the story.
      if (s.dates.some((d) => d.period || (d.value && year && !d.value.startsWith(year)))) continue;
      const perStory = byEntity.get(id) ?? new Map<ArticleFrames, StatusRef[]>();
      const list = perStory.get(story) ?? [];
      const d = s.description !== undefined ? story.article.descriptions?.[s.description] : undefined;
      list.push({ story, status: s.status, negated: s.negated, span: s.span, text: s.text, ...(d && via ? { described: { text: d.text, via } } : {}) });
      perStory.set(story, list);
      byEntity.set(id, perStory);
    }
  }
  const drafts: FindingDraft[] = [];
  for (const [id, perStory] of byEntity) {
    if (perStory.size < 2) continue;
    const entries = [...perStory.entries()];
    const has = (refs: readonly StatusRef[], status: string, negated = false) => refs.some((r) => r.status === status && r.negated === negated);
    // The report that names the person comes first; then one the article ties to the person.
    const rank = (r: StatusRef) => (!r.described ? 0 : r.described.via === 'tied' ? 1 : 2);
    const pick = (refs: readonly StatusRef[], status: string, negated: boolean) => refs.filter((r) => r.status === status && r.negated === negated).sort((p, q) => rank(p) - rank(q))[0];
    const reported: Array<{ a: StatusRef; b: StatusRef; kind: 'contradiction' | 'denial'; update: boolean }> = [];
    const seen = new Set<string>();
    // The pair reported for each pair of states: the first found, unless a later pair is of
    // articles of one time where it was of different times. "Sought" in one article and
    // "arrested" in an article of the next day is an update; "arrested" in another article of
    // the same day is a contradiction, and the one worth showing.
    const contradictionAt = new Map<string, number>();
    for (let i = 0; i < entries.length; i++) {
      for (let j = 0; j < entries.length; j++) {
        if (i === j) continue;
        const [sa, ra] = entries[i];
        const [sb, rb] = entries[j];
        for (const [x, y] of CONTRADICTIONS) {
          if (!(has(ra, x) && has(rb, y) && !has(ra, y) && !has(rb, x))) continue;
          const key = `${x}|${y}`;
          const earlier = contradictionAt.get(key);
          if (earlier !== undefined && !reported[earlier].update) continue;
          const a = pick(ra, x, false);
          const b = pick(rb, y, false);
          // Stages of one case follow each other: the earlier stage in the earlier article is an update.
          const sx = stageOf(x);
          const sy = stageOf(y);
          const staged = !!sx && !!sy && sx[0] === sy[0];
          const ta = sa.dated ? sa.time : null;
          const tb = sb.dated ? sb.time : null;
          const ordered = staged && ta && tb && ta !== tb && (sx![1] < sy![1] ? ta < tb : tb < ta);
          const found = { a, b, kind: 'contradiction' as const, update: staged && (!!ordered || !ta || !tb) };
          if (earlier === undefined) {
            contradictionAt.set(key, reported.length);
            reported.push(found);
          } else if (!found.update) reported[earlier] = found;
        }
        // One article reports what the other denies: "was charged" and "has not been charged".
        for (const r of ra) {
          if (r.negated || !has(rb, r.status, true) || has(rb, r.status) || (r.described && ra.some((o) => o.status === r.status && !o.negated && !o.described))) continue;
          const key = `not|${r.status}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const b = pick(rb, r.status, true);
          const ta = sa.dated ? sa.time : null;
          const tb = sb.dated ? sb.time : null;
          reported.push({ a: r, b, kind: 'denial', update: !ta || !tb || tb < ta });
        }
      }
    }
    const name = ctx.nameOf(id);
    for (const { a, b, kind, update } of reported) {
      const items = [a, b].map((r) => ({ path: r.story.article.path, outlet: r.story.article.outlet, span: r.span, wording: clean(r.text, 80), value: { status: r.status, negated: r.negated } }));
      const when = (r: StatusRef) => (r.story.dated && r.story.time ? `, ${r.story.time}` : '');
      const pair = `"${clean(a.text, 60)}" (${a.story.article.outlet}${when(a)}) vs "${clean(b.text, 60)}" (${b.story.article.outlet}${when(b)})`;
      const message =
        kind === 'denial'
          ? update
            ? `One source reports that ${name} was ${a.status}, another that ${name} was not, possibly before it happened: ${pair}.`
            : `The sources disagree on whether ${name} was ${a.status}: ${pair}.`
          : update
            ? `The sources report ${name} at different stages (${a.status}, ${b.status}): an update of a developing story unless the articles are of one time: ${pair}.`
            : `The sources report ${name} as ${a.status} and as ${b.status}, which cannot both hold: ${pair}.`;
      // A description only the story ties to the person ("the gunman" where another outlet
      // names the gunman) may be someone else: worth a look, not a correction.
      const unsure = [a, b].some((r) => r.described?.via === 'story');
      drafts.push({
        items,
        soft: update || unsure,
        message,
        why: whyStatus(name, a, b),
        data: { frame: 'status', entity: id, statuses: [a.status, b.status], denial: kind === 'denial', update },
      });
    }
  }
  return drafts;
}
