/**
 * Aligns dated events across sources. The dated clauses of a story are grouped into events by
 * `events.ts` (the predicate the date belongs to, of one class by WordNet; shared participants;
 * the same mood; years no more than one apart), one clause per source, and two dates are
 * compared only when their clauses were judged one event directly. What is compared is what
 * both give: the day, or the weekday, month and day of the month the words state when no
 * article date resolves them ("on Friday" is a Friday in any week), then the time of day
 * within the hedges each allows.
 */
import type { ClaimIndex, DateClaim } from './claims';
import { isDeictic } from './claimsContext';
import { GroupMemories, groupEvents, type EventClause, type EventGroup } from './events';
import { parseDay, weekdayOf } from '../extract/dateCalendar';
import { PART_HOURS } from '../data/dates';

/** What two dates of one event disagree on, and how surely. */
export interface DateConflict {
  /** `day` (calendar days, weekdays, months) or `time` (times of day). */
  what: 'day' | 'time';
  /**
   * False when the disagreement may be no disagreement: a day named by the moment of writing
   * ("yesterday") a day off, a night that may run past midnight, times that overlap within
   * their hedges or are given in different time zones.
   */
  certain: boolean;
  /** Why it is uncertain, for the message. */
  note?: string;
}

/** The calendar fields a date gives: those it states, and those its value fixes when the value can be trusted. */
interface Fields {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/**
 * The fields of a date comparable with those of `other`: a value resolved against an article's
 * date counts only when both articles have the same date (a weekday in a Monday article and in
 * the next week's may be different days), but what the words state always counts.
 */
function fieldsOf(d: DateClaim, other: DateClaim): Fields {
  const f: Fields = {};
  const trusted = d.value && (!d.relative || (!!d.articleDate && d.articleDate === other.articleDate));
  if (d.value && trusted) {
    f.year = +d.value.slice(0, 4);
    if (d.value.length >= 7) f.month = +d.value.slice(5, 7);
    if (d.value.length === 10) {
      f.day = +d.value.slice(8, 10);
      const day = parseDay(d.value);
      if (day) f.weekday = weekdayOf(day);
    }
  }
  if (d.stated?.month !== undefined) f.month = d.stated.month;
  if (d.stated?.day !== undefined) f.day = d.stated.day;
  if (d.stated?.weekday !== undefined) f.weekday = d.stated.weekday;
  return f;
}

/** True when the date names the day by the moment of writing ("today", "last night"). */
const deictic = (d: DateClaim) => d.relative && isDeictic(d.text);

/** Late in a day: its night or evening, or "late". */
const late = (d: DateClaim) => d.part === 'night' || d.part === 'evening' || d.part === 'late';
/** Early in a day: "early", or a time before six in the morning. */
const early = (d: DateClaim) => d.part === 'early' || (!!d.time && d.time.to <= 360);

/** True when `a` is late on one day and `b` early on the next: one night may be meant. */
function sameNight(a: DateClaim, b: DateClaim, fa: Fields, fb: Fields): boolean {
  if (fa.weekday === undefined || fb.weekday === undefined) return false;
  return ((fa.weekday + 1) % 7 === fb.weekday && late(a) && early(b)) || ((fb.weekday + 1) % 7 === fa.weekday && late(b) && early(a));
}

/** Whether two dates of one event disagree, and how surely; null when they agree or share nothing to compare. */
export function dateConflict(a: DateClaim, b: DateClaim): DateConflict | null {
  const fa = fieldsOf(a, b);
  const fb = fieldsOf(b, a);
  // A time counted back from the moment of writing ("12 weeks ago", "six weeks ago") is compared
  // as a span of days from each article's own date, within the rounding its words allow.
  if ((a.ago || b.ago) && !(['year', 'month', 'day', 'weekday'] as const).some((k) => fa[k] !== undefined && fb[k] !== undefined)) return agoConflict(a, b);
  const differs = (k: keyof Fields) => fa[k] !== undefined && fb[k] !== undefined && fa[k] !== fb[k];
  // An event dated by years alone ("a conviction from 1992", "convictions spanning from 1990 to
  // 1991") is compared by its years, within the range either gives. Such background events are
  // often one of a series (several convictions, several moves), so whether the two passages
  // tell of the same one is less sure: an observation.
  if ((a.value?.length === 4 || b.value?.length === 4) && fa.year !== undefined && fb.year !== undefined) {
    const [fromA, toA] = yearsOf(a, fa.year);
    const [fromB, toB] = yearsOf(b, fb.year);
    if (toA < fromB || toB < fromA) return { what: 'day', certain: false, note: 'an event dated by its year alone may be one of several of its kind' };
    return null;
  }
  if (differs('year') || differs('month') || differs('day') || differs('weekday')) {
    if (sameNight(a, b, fa, fb)) return { what: 'day', certain: false, note: 'one source dates it late on one day, the other early the next: the same night may be meant' };
    // A day named by the moment of writing may be a day off: the article's date does not say
    // at what hour or in which time zone it was written.
    if ((deictic(a) || deictic(b)) && a.value?.length === 10 && b.value?.length === 10) {
      const days = Math.abs(Date.parse(`${a.value}T00:00:00Z`) - Date.parse(`${b.value}T00:00:00Z`)) / 86_400_000;
      if (days <= 1) return { what: 'day', certain: false, note: 'a day named by the moment of writing ("this morning", "yesterday") depends on the hour and time zone the article was written in, which its date does not give' };
    }
    return { what: 'day', certain: true };
  }
  const ta = a.time;
  const tb = b.time;
  if (!ta || !tb) return partConflict(a, b, fa, fb);
  if (ta.minutes === tb.minutes) return null;
  if ((ta.zone ?? '') !== (tb.zone ?? '')) {
    return { what: 'time', certain: false, note: `the times are given in different zones (${ta.zone ?? 'local time'}, ${tb.zone ?? 'local time'})` };
  }
  if (apart(ta, tb) && !(atMidnight(ta) && !apart(nextDay(ta), tb)) && !(atMidnight(tb) && !apart(ta, nextDay(tb)))) return { what: 'time', certain: true };
  return { what: 'time', certain: false, note: 'the times differ but agree within their hedges or rounding' };
}

/** Minutes in a day: midnight is the start of one day and the end of the day before. */
const DAY_MINUTES = 24 * 60;
/** True when two clock times' ranges, hedges included, do not meet. */
const apart = (x: { from: number; to: number }, y: { from: number; to: number }) => x.to < y.from || y.to < x.from;
/** True when a clock time's range reaches midnight from after it ("just before midnight", "about 12 a.m."). */
const atMidnight = (t: { from: number }) => t.from <= 0;
/** A time at midnight read as the end of the day before ("just before midnight" meets "11:50 p.m."). */
const nextDay = (t: { from: number; to: number }) => ({ from: t.from + DAY_MINUTES, to: t.to + DAY_MINUTES });

/** The years a date given by its year allows: its range ("1990 to 1991"), or every year up to a bound ("by 1958"). */
function yearsOf(d: DateClaim, year: number): [number, number] {
  if (d.yearBound === 'by') return [-Infinity, year];
  return [year, d.yearTo ?? year];
}

/** The minutes of its day a date puts its event in: its clock time within its hedge, else its part of the day. */
function hoursOf(d: DateClaim): readonly [number, number] | null {
  if (d.time) return [d.time.from, d.time.to];
  return d.part ? PART_HOURS[d.part] ?? null : null;
}

/**
 * Whether two dates of one day put their event in different parts of it ("Tuesday morning",
 * "Tuesday afternoon"; "at 9 p.m." and "Tuesday morning"), when at least one names only a part
 * of the day. Parts of the day have no sharp edges and an event may last through two of them,
 * so this is never certain: an observation. Only dates both known to be of one day are
 * compared, and a time after midnight is also read as the night before's.
 */
function partConflict(a: DateClaim, b: DateClaim, fa: Fields, fb: Fields): DateConflict | null {
  if (!a.part && !b.part) return null;
  const oneDay = (fa.day !== undefined && fb.day !== undefined) || (fa.weekday !== undefined && fb.weekday !== undefined);
  if (!oneDay) return null;
  const ha = hoursOf(a);
  const hb = hoursOf(b);
  if (!ha || !hb) return null;
  const overlap = (x: readonly [number, number], y: readonly [number, number]) => x[0] <= y[1] && y[0] <= x[1];
  // Hours before six may be told as the end of the night before ("Thursday night, at 1:30 a.m.").
  const small = (x: readonly [number, number]): readonly [number, number] => (x[1] <= 360 ? [x[0] + 1440, x[1] + 1440] : x);
  if (overlap(ha, hb) || overlap(small(ha), hb) || overlap(ha, small(hb))) return null;
  const said = (d: DateClaim) => (d.time ? `at ${d.time.text}` : `in the ${d.part === 'early' || d.part === 'late' ? `${d.part} hours` : d.part}`);
  return { what: 'time', certain: false, note: `one source puts it ${said(a)}, the other ${said(b)}; parts of the day have no sharp edges and an event may last through both` };
}

/** A day of a date as days since 1970, with the rounding its words allow; null when it has none. */
function dayOf(d: DateClaim): { mid: number; slack: number } | null {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  if (d.ago) return d.articleDate ? { mid: day(d.articleDate) - d.ago.days, slack: d.ago.slack } : null;
  if (d.value?.length === 10 && (!d.relative || d.articleDate)) return { mid: day(d.value), slack: 0.5 };
  return null;
}

/** Whether a counted-back time and another date of one event disagree beyond their rounding (and a day for the hour of writing). */
function agoConflict(a: DateClaim, b: DateClaim): DateConflict | null {
  const da = dayOf(a);
  const db = dayOf(b);
  if (!da || !db || !Number.isFinite(da.mid) || !Number.isFinite(db.mid)) return null;
  return Math.abs(da.mid - db.mid) > da.slack + db.slack + 1 ? { what: 'day', certain: true } : null;
}

/** What the grouping reads of a dated clause. */
function clauseOf(d: DateClaim): EventClause {
  const when: EventClause['when'] = {};
  const month = d.stated?.month ?? (d.value && d.value.length >= 7 ? +d.value.slice(5, 7) : undefined);
  const day = d.stated?.day ?? (d.value?.length === 10 ? +d.value.slice(8, 10) : undefined);
  if (month !== undefined) {
    when.monthOfYear = month;
    if (day !== undefined) when.dayOfYear = Math.round((Date.UTC(2000, month - 1, day) - Date.UTC(2000, 0, 1)) / 86_400_000) + 1;
  }
  const weekday = d.stated?.weekday ?? (d.value?.length === 10 && parseDay(d.value) ? weekdayOf(parseDay(d.value)!) : undefined);
  if (weekday !== undefined) when.weekday = weekday;
  if (d.value && d.value.length >= 7) {
    // Resolved against an article's date, a value is near enough to tell other events apart
    // even when it cannot be compared with another article's.
    when.month = +d.value.slice(0, 4) * 12 + +d.value.slice(5, 7) - 1;
    const day = d.value.length === 10 ? Date.parse(`${d.value}T00:00:00Z`) : NaN;
    if (Number.isFinite(day)) when.day = Math.round(day / 86_400_000);
  }
  return { predicates: d.predicates, participants: d.entities, words: d.context, mood: d.mood, year: d.value ? +d.value.slice(0, 4) : undefined, ...(d.yearTo !== undefined ? { yearTo: d.yearTo } : {}), ...(d.inferred?.length ? { inferred: d.inferred } : {}), ...(d.kin?.length ? { kin: d.kin } : {}), when, ...(d.occasions ? { occasions: d.occasions } : {}) };
}

/** The key of clauses every test treats alike: predicates, names, words, mood and date. */
const classKeys = new WeakMap<DateClaim, string>();
export function classKey(d: DateClaim): string {
  let k = classKeys.get(d);
  if (k === undefined) {
    const t = d.time;
    k = [
      d.predicates.map((p) => `${p.pos}:${p.word.toLowerCase()}`).join('\u0000'),
      d.entities.join('\u0000'),
      d.inferred?.join('\u0000') ?? '',
      d.kin?.join('\u0000') ?? '',
      d.context.join('\u0000'),
      d.mood,
      d.value ?? '',
      d.yearTo ?? '',
      d.yearBound ?? '',
      d.relative,
      d.articleDate ?? '',
      d.text.toLowerCase(),
      d.stated ? `${d.stated.weekday}/${d.stated.month}/${d.stated.day}` : '',
      d.part ?? '',
      t ? `${t.minutes}/${t.from}/${t.to}/${t.zone ?? ''}` : '',
      d.ago ? `${d.ago.days}/${d.ago.slack}` : '',
      d.occasions ? d.occasions.map((o) => `${o.head}:${o.kinds.join(',')}`).join(';') : '',
    ].join('\u0001');
    classKeys.set(d, k);
  }
  return k;
}

const memo = new WeakMap<ClaimIndex, EventGroup<DateClaim>[]>();
/**
 * The last groupings of dated clauses: a story compared again after an edit keeps most of its
 * clauses, and only the pairs the edit made are tested (in a 200-article story the grouping
 * tests some 60,000 pairs of clause classes).
 */
const memories = new GroupMemories(2);

/** Forgets the groupings kept of stories with articles at these paths (see `releaseClaims`). */
export function forgetDateGroupings(paths: ReadonlySet<string>): void {
  memories.forget(paths);
}

/** The story's dated events: one clause per source, and the pairs judged one event directly. */
export function dateEvents(index: ClaimIndex): EventGroup<DateClaim>[] {
  const done = memo.get(index);
  if (done) return done;
  const seen = new Set<DateClaim>();
  const dates: DateClaim[] = [];
  for (const [key, claims] of index.byKey) {
    if (!key.startsWith('date:')) continue;
    for (const c of claims) if (c.kind === 'date' && !seen.has(c)) seen.add(c), dates.push(c);
  }
  let out: EventGroup<DateClaim>[] = [];
  if (new Set(dates.map((d) => d.path)).size >= 2) out = groupEvents(dates, { clauseOf, sourceOf: (d) => d.path, keyOf: classKey, memory: memories });
  memo.set(index, out);
  return out;
}

/** Groups of dated clauses, from at least two sources, that state the same event. */
export function alignDates(index: ClaimIndex): DateClaim[][] {
  return dateEvents(index).map((g) => g.members);
}
