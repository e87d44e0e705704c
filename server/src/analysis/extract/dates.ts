import type { DateRef, Sentence, Span, TimeOfDay } from '../types';
import type { ArticleContext } from './context';
import type { Token } from '../text/tokens';
import { sentenceAt } from '../text/segment';
import { scanWords } from '../text/words';
import {
  CLOCK_WORDS,
  COUNT_HEDGES,
  DAY_PARTS,
  FUTURE_CUE,
  MONTHS,
  MONTH_ABBR,
  MONTH_CUES,
  MONTH_FULL,
  NAMED_DAY_WORDS,
  NAMED_DAYS,
  PAST_CUE,
  PRESENT_AUXILIARY_BEFORE,
  PRESENT_FINITE,
  TIME_HEDGES,
  TIME_ZONES,
  WEEKDAYS,
  WEEKDAY_ABBR,
  WEEKDAY_FULL,
} from '../data/dates';
import { NUMBER_WORD_PATTERN, wordToNumber } from '../data/numbers';
import wordData from '../data/rulesWords.json';
import { isEventNoun, lemmaOf, relatePredicates } from '../compare/events';
import {
  addDays,
  addMonths,
  type Day,
  daysBetween,
  easterOf,
  formatDay,
  formatMonth,
  formatYear,
  isValidDay,
  parseDay,
  thanksgivingOf,
  weekdayNear,
} from './dateCalendar';

/*
 * How dates are found and placed on the calendar.
 *
 * Each rule below is one regular expression over the body with a function that turns a match
 * into a candidate. Candidates that overlap keep the longest ("Thursday, May 2" beats "Thursday"),
 * and the survivors are resolved in reading order, so that "a day earlier" can lean on the date
 * the text mentioned just before it.
 *
 * Choices a reader should know:
 * - A span is the time expression itself, without the preposition: "on Sunday" gives "Sunday",
 *   while modifiers that narrow it stay inside ("early Sunday", "Tuesday morning", "last month").
 * - A weekday in news means the most recent such day on or before the article's date, unless the
 *   words before it point to the future ("will meet on Tuesday", "until Monday", "next Tuesday").
 * - Durations are not dates: "six months", "in six months", "for two weeks" are not reported.
 *   Periods such as "over the past week" are skipped too, because no single calendar value
 *   stands for them; "last week" and "this weekend" are reported with a null value for the same
 *   reason.
 * - With no article date, anything relative has a null value; absolute dates still resolve.
 *   What the words state is kept all the same (`stated`: "Friday" is a Friday whatever its date).
 * - A clock time ("8.49pm", "shortly after 2 a.m.", "2045 GMT") next to a day belongs to it;
 *   alone it is reported with a null value. Its hedge gives the range of minutes it allows.
 * - Named events and days are not dates of the article's year: "the July 7 bombings" (a date
 *   before a plural event noun) and "Black Friday" have a null value unless the text gave the
 *   year; days a feast fixes ("Good Friday", "Black Friday") are computed for the year given or
 *   the article's. A date before a noun ("Monday's ruling", "the Friday meeting") is that noun's
 *   (`head`). An offset from an event ("three days after the earthquake") counts from the day the
 *   article gives that event, and stays null when it gives none.
 * - Every pattern is linear: bounded repetitions only, no nested quantifiers over the same text.
 */

/** What a rule knows about its match before the article's other dates are known. */
interface Candidate extends Span {
  /** Computes the value once earlier dates are resolved. */
  resolve: (env: Env) => string | null;
  relative: boolean;
  stated?: DateRef['stated'];
  named?: boolean;
  time?: TimeOfDay;
  /** A clock time with no day of its own: joined to an adjacent day expression when there is one. */
  clock?: boolean;
  /** An offset from an event the text names ("three days after the earthquake"). */
  anchor?: { head: string; n: number; unit: string };
  /** A time counted back from the moment of writing ("12 weeks ago"). */
  ago?: { n: number; unit: string };
}

/** What resolution needs: the article's date, the last date mentioned, and the words before. */
interface Env {
  article: Day | null;
  /** The last day-precise date resolved before this expression, if any. */
  lastDay: Day | null;
  /** The last value of any precision resolved before this expression. */
  lastValue: string | null;
  /** Years given to month-day pairs earlier in the text ("June 20, 2005" then "June 20"). */
  yearOfMonthDay: Map<string, number>;
  /** The words of the sentence before the expression (up to 80 characters). */
  before: string;
  /** The words of the sentence after the expression (up to 40 characters). */
  after: string;
  /** The whole sentence before the expression. */
  sentenceBefore: string;
}

const S = '[ \\t\\u00a0]{1,3}';
const WD_ANY = `(?:${WEEKDAY_FULL}|${WEEKDAY_ABBR})\\b\\.?`;
const MON_ANY = `(?:${MONTH_FULL}|${MONTH_ABBR})\\b\\.?`;
const ORD = '(?:st|nd|rd|th)?';

type Rule = { re: RegExp; make: (m: RegExpExecArray, text: string) => Candidate | null };

const monthNumber = (name: string): number => MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
const weekdayNumber = (name: string): number => WEEKDAYS[name.toLowerCase().replace(/\.$/, '')] ?? -1;

function candidate(m: RegExpExecArray, relative: boolean, resolve: (env: Env) => string | null, trimStart = 0): Candidate {
  return { start: m.index + trimStart, end: m.index + m[0].length, relative, resolve };
}

/**
 * Month and day without a year: the article's year, adjusted by tense and earlier mentions. A
 * date that names an event ("the July 7 bombings") takes only a year the text gave it.
 */
function resolveMonthDay(month: number, day: number, env: Env, named = false): string | null {
  const known = env.yearOfMonthDay.get(`${month}-${day}`);
  if (known !== undefined) return isValidDay(known, month, day) ? formatDay({ year: known, month, day }) : null;
  if (named) return null;
  const a = env.article;
  if (!a) return null;
  let year = a.year;
  if (!isValidDay(year, month, day)) return null;
  const offset = daysBetween(a, { year, month, day });
  const future = futureTense(env.before);
  // A day well ahead of the article is a past one only when the clause is in the past tense, or
  // when it lies so far ahead (over four months) that last year's is the likelier reading.
  if (offset > 7 && !future && (offset > 120 || pastTense(env.before))) year -= 1;
  else if (offset < -60 && future) year += 1;
  return isValidDay(year, month, day) ? formatDay({ year, month, day }) : null;
}

/** Every future cue of a text, in turn ({@link FUTURE_CUE} made global once). */
const FUTURE_CUES = new RegExp(FUTURE_CUE.source, 'gi');

/**
 * Whether the words before a date point to the future: a future cue ("will", "until", "is due
 * to", "next") not followed by a verb in the past tense, which then governs the date ("had
 * threatened to abstain until the government agreed on Monday": Monday is past). A participle
 * after a present auxiliary ("will be charged on Monday") is no past tense.
 */
function futureTense(before: string): boolean {
  const fre = FUTURE_CUES;
  fre.lastIndex = 0;
  let end = -1;
  for (let m = fre.exec(before); m; m = fre.exec(before)) end = m.index + m[0].length;
  if (end < 0) return false;
  const re = PAST_CUES;
  re.lastIndex = end;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    if (/^(?:since|ago)$/i.test(m[0])) continue;
    if (/ed$/i.test(m[0]) && !/^(?:was|were|had|did)$/i.test(m[0]) && PRESENT_AUXILIARY_BEFORE.test(before.slice(Math.max(0, m.index - 24), m.index))) continue;
    return false;
  }
  return true;
}

/** Every past-tense cue of a text, in turn ({@link PAST_CUE} made global once). */
const PAST_CUES = new RegExp(PAST_CUE.source, 'gi');

/**
 * Whether the words before a date are in the past tense: the last past-tense cue of the clause
 * ("was", "had", "-ed") decides, unless it is a participle of the present ("when he's sentenced",
 * "has closed") or a present-tense verb follows it ("he needed more time and the judge has given
 * him a May 10 deadline").
 */
export function pastTense(before: string): boolean {
  const re = PAST_CUES;
  re.lastIndex = 0;
  let last = -1;
  let lastEnd = -1;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    if (/ed$/i.test(m[0]) && !/^(?:was|were|had|did)$/i.test(m[0]) && PRESENT_AUXILIARY_BEFORE.test(before.slice(Math.max(0, m.index - 24), m.index))) continue;
    last = m.index;
    lastEnd = m.index + m[0].length;
  }
  return last >= 0 && !PRESENT_FINITE.test(before.slice(lastEnd));
}

/** A month without a year: the article's year, or the one before when the month lies ahead in past-tense text. */
function resolveMonth(month: number, env: Env, modifier: string | undefined): string | null {
  const a = env.article;
  if (!a) return null;
  let year = a.year;
  const mod = modifier?.toLowerCase();
  const future = futureTense(env.before);
  if (mod === 'last') {
    if (month >= a.month) year -= 1;
  } else if (mod === 'next') {
    if (month <= a.month) year += 1;
  } else if (mod !== 'this') {
    if (month > a.month && !future && (month - a.month > 4 || pastTense(env.before))) year -= 1;
    else if (month < a.month - 2 && future) year += 1;
  }
  return formatMonth(year, month);
}

function resolveWeekday(weekday: number, modifier: string | undefined, env: Env): string | null {
  const a = env.article;
  if (!a || weekday < 0) return null;
  const mod = modifier?.toLowerCase();
  let day: Day;
  if (mod === 'last' || mod === 'past' || mod === 'previous') day = weekdayNear(a, weekday, 'before');
  else if (mod === 'next' || mod === 'coming' || mod === 'following') day = weekdayNear(a, weekday, 'after');
  else if (futureTense(env.before)) day = weekdayNear(a, weekday, 'onOrAfter');
  else day = weekdayNear(a, weekday, 'onOrBefore');
  return formatDay(day);
}

/** Two-digit years: 00–49 are this century, 50–99 the last. */
function fullYear(y: string): number {
  const n = +y;
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** Words after a four-digit number that make it a count rather than a year ("2000 people"). */
const COUNT_NOUNS = new Set(
  'people men women children police staff personnel troops soldiers feet metres meters miles km kg tonnes tons euros dollars pounds votes times percent per cent residents pupils students homes houses cases deaths'.split(' '),
);
const NOT_PLURAL = new Set('is was has as this his its thus plus across towards afterwards always perhaps unless whereas besides'.split(' '));

function looksLikeCount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (COUNT_HEDGES.test(before)) return true;
  if (/[$€£¥#(]\s*$/.test(before) || /\bNo\.\s*$/.test(before)) return true;
  const after = text.slice(end, end + 30);
  // A clock time with its zone ("1052 GMT", "1852 HKT", "0440 hrs").
  if (/^[ \t]{0,2}(?:GMT|UTC|hrs\b|hours\b|h\b|[A-Z]{1,3}T\b)/.test(after)) return true;
  // After a determiner or a preposition of time, a plural noun does not make it a count
  // ("the 2014 protests", "in 2008 elections").
  if (/\b(?:the|a|an|in|since|by|until|from|of|between|before|after|during)[ \t]{1,3}$/i.test(before)) return false;
  const next = /^[ \t]{1,3}([a-z]+)/.exec(after);
  if (next) {
    const w = next[1];
    if (COUNT_NOUNS.has(w)) return true;
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !NOT_PLURAL.has(w)) return true;
  }
  return false;
}

const STOPWORDS = new Set<string>(wordData.stopwords);

/**
 * True when a month and day without a year name an event rather than a day of the article's
 * year: "the July 7 bombings", "the September 11 attacks" (a date between "the" and a plural
 * noun of an event).
 */
function namesEvent(text: string, start: number, end: number): boolean {
  if (!/\bthe[ \t]{1,3}$/i.test(text.slice(Math.max(0, start - 8), start))) return false;
  const next = /^[ \t]{1,3}([a-z][a-z-]{2,30})\b/.exec(text.slice(end, end + 40));
  return !!next && next[1].endsWith('s') && !next[1].endsWith('ss') && isEventNoun(next[1]);
}

/** The weekday, month and day a month-day match states. */
function statedOf(weekday: string | undefined, month: number, day?: number): DateRef['stated'] {
  const out: NonNullable<DateRef['stated']> = { month };
  if (day !== undefined) out.day = day;
  if (weekday) {
    const w = weekdayNumber(weekday);
    if (w >= 0) out.weekday = w;
  }
  return out;
}

const AMPM = '(?:[AaPp]\\.[ \\t]?[Mm]\\.?|[AaPp][Mm]\\b)';
const TIME_HEDGE = Object.keys(TIME_HEDGES)
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/ /g, '[ \\t]{1,3}'))
  .join('|');

/**
 * Rounding a time allows when it has no hedge: a whole hour is often given for a few minutes
 * either side of it, a quarter or a multiple of five minutes for a couple; "8:39" for none.
 */
function roundTolerance(minutes: number): number {
  if (minutes % 60 === 0) return 5;
  if (minutes % 15 === 0) return 3;
  if (minutes % 5 === 0) return 2;
  return 0;
}

/** A clock time from its parts, or null when they are no time of day. */
function clockTime(m: RegExpExecArray, hedgeText: string | undefined, hours: number, minutes: number, zone: string | undefined): TimeOfDay | null {
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
  const at = hours * 60 + minutes;
  const hedge = hedgeText ? hedgeText.toLowerCase().replace(/[ \t]+/g, ' ') : null;
  const range = hedge ? TIME_HEDGES[hedge] : undefined;
  const [before, after] = range ?? [roundTolerance(at), roundTolerance(at)];
  return { start: m.index, end: m.index + m[0].length, text: m[0], minutes: at, from: at - before, to: at + after, hedge, zone: zone ? zone.toUpperCase() : null };
}

const RULES: Rule[] = [
  // "Friday, July 21, 2017", "Dec. 21, 2025", "May 3rd, 2013", "Thursday, May 2", "November 27-2005".
  {
    re: new RegExp(`\\b(?:(${WD_ANY}),?${S})?(${MON_ANY})${S}(\\d{1,2})${ORD}\\b(?!:|\\.\\d|,\\d)(?:(?:,?${S}|-)(\\d{4})\\b)?`, 'gi'),
    make(m, text) {
      const month = monthNumber(m[2]);
      const day = +m[3];
      if (!month || day < 1 || day > 31) return null;
      if (m[1] && !m[1].match(new RegExp(`^(?:${WEEKDAY_FULL})$`, 'i')) && !/^[A-Z]/.test(m[1])) return null;
      const stated = statedOf(m[1], month, day);
      if (m[4]) {
        const year = +m[4];
        return { ...candidate(m, false, () => (isValidDay(year, month, day) ? formatDay({ year, month, day }) : null)), stated };
      }
      const named = namesEvent(text, m.index, m.index + m[0].length);
      return { ...candidate(m, true, (env) => resolveMonthDay(month, day, env, named)), stated, named };
    },
  },
  // "21 December 2025", "Saturday 8 October 2011", "MON 22 JUL 2013", "6th June".
  {
    re: new RegExp(`(?<![\\d,.])\\b(?:(${WD_ANY}),?${S})?(\\d{1,2})${ORD}${S}(?:of${S})?(${MON_ANY})(?:,?${S}(\\d{4})\\b)?`, 'gi'),
    make(m, text) {
      const month = monthNumber(m[3]);
      const day = +m[2];
      if (!month || day < 1 || day > 31) return null;
      // "May" after a number is usually the verb ("3 may be"); ask for a capital.
      if (/^may$/i.test(m[3]) && !/^M/.test(m[3])) return null;
      const stated = statedOf(m[1], month, day);
      if (m[4]) {
        const year = +m[4];
        return { ...candidate(m, false, () => (isValidDay(year, month, day) ? formatDay({ year, month, day }) : null)), stated };
      }
      const named = namesEvent(text, m.index, m.index + m[0].length);
      return { ...candidate(m, true, (env) => resolveMonthDay(month, day, env, named)), stated, named };
    },
  },
  // "February 2022", "June, 2005", "Oct. 2011", "late October 2011".
  {
    re: new RegExp(`\\b(?:(early|late|mid)(?:-|${S}))?(${MON_ANY}),?${S}(\\d{4})\\b`, 'gi'),
    make(m) {
      const month = monthNumber(m[2]);
      const year = +m[3];
      if (!month) return null;
      if (/^may$/i.test(m[2]) && !/^M/.test(m[2])) return null;
      return { ...candidate(m, false, () => formatMonth(year, month)), stated: { month } };
    },
  },
  // ISO and numeric dates: "2025-12-21", "2012.08.08", "4/9/2007", "11/28/05", "08.07.2012".
  {
    re: /(?<![\d./-])(\d{1,4})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d|-\d(?!\d?:\d))/g,
    make(m) {
      const [a, sep, b, c] = [m[1], m[2], m[3], m[4]];
      if (a.length === 4) {
        if (c.length !== 2) return null;
        const year = +a;
        const month = +b;
        const day = +c;
        return isValidDay(year, month, day) ? candidate(m, false, () => formatDay({ year, month, day })) : null;
      }
      if (a.length > 2) return null;
      if (sep !== '/' && c.length !== 4) return null;
      const year = fullYear(c);
      const monthFirst = isValidDay(year, +a, +b) ? { year, month: +a, day: +b } : null;
      const dayFirst = isValidDay(year, +b, +a) ? { year, month: +b, day: +a } : null;
      if (!monthFirst && !dayFirst) return null;
      return candidate(m, false, (env) => {
        let pick = monthFirst ?? dayFirst!;
        if (monthFirst && dayFirst) {
          // Both readings are real days: one within two months of the article's date wins; otherwise
          // slashes read month first (American usage) and dots day first (European usage).
          const near = (d: Day): number => (env.article ? Math.abs(daysBetween(env.article, d)) : Infinity);
          if (Math.min(near(monthFirst), near(dayFirst)) <= 62) {
            pick = near(monthFirst) <= near(dayFirst) ? monthFirst : dayFirst;
          } else {
            pick = sep === '/' ? monthFirst : dayFirst;
          }
        }
        return formatDay(pick);
      });
    },
  },
  // A month alone, after a cue: "in July", "since September", "late October", "July this year".
  {
    re: new RegExp(`\\b(?:(early|late|mid)(?:-|${S}))?(${MONTH_FULL}|Sept\\.)(?!${S}?\\d)(?:${S}(this|last|next)${S}year\\b)?`, 'gi'),
    make(m, text) {
      const name = m[2];
      if (!/^[A-Z]/.test(name)) return null;
      const month = monthNumber(name);
      if (!month) return null;
      if (!m[1]) {
        const prev = /([A-Za-z]+)[ \t\u00a0-]{1,3}$/.exec(text.slice(Math.max(0, m.index - 20), m.index));
        const cue = prev?.[1].toLowerCase();
        if (!cue || !MONTH_CUES.has(cue)) return null;
        // "May" and "March" are verbs and names too often to accept weak cues.
        if (/^(may|march)$/i.test(name) && ['to', 'that', 'and', 'or', 'as', 'on', 'for', 'each', 'every'].includes(cue)) return null;
        if (/^(?:last|next|this)$/.test(cue)) {
          const start = m.index - prev![0].length;
          return { start, end: m.index + m[0].length, relative: true, resolve: (env) => resolveMonth(month, env, cue), stated: { month } };
        }
      }
      const yearWord = m[3]?.toLowerCase();
      const c = candidate(m, true, (env) => {
        if (!yearWord) return resolveMonth(month, env, undefined);
        if (!env.article) return null;
        const year = env.article.year + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0);
        return formatMonth(year, month);
      });
      return { ...c, stated: { month } };
    },
  },
  // A year: "in 2019", "the 2014 protests", "late 2007", "mid-2015", "2000 - 2050".
  {
    re: /(?<![\d,.$€£#/:-]|\d[.,])\b(?:(early|late|mid)(?:-|[ \t]{1,3}))?(1[5-9]\d\d|20\d\d|2100)\b(?![.,]\d|%|[''\u2019]?s\b|-(?:year|old|strong|member|page|mile|acre))/gi,
    make(m, text) {
      const digits = m.index + m[0].length - m[2].length;
      if (looksLikeCount(text, digits, m.index + m[0].length)) return null;
      const year = +m[2];
      return candidate(m, false, () => formatYear(year));
    },
  },
  // "today", "yesterday evening", "tomorrow", "tonight", "late yesterday".
  {
    re: new RegExp(`\\b(?:(early|late)${S})?(today|tonight|yesterday|tomorrow)(?:['\\u2019]s)?(?:${S}(?:${DAY_PARTS})\\b)?`, 'gi'),
    make(m) {
      const word = m[2].toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return candidate(m, true, (env) => (env.article ? formatDay(addDays(env.article, offset)) : null));
    },
  },
  // "this morning", "last night", "this evening".
  {
    re: new RegExp(`\\b(?:(early|late)${S})?(this|last)${S}(${DAY_PARTS})\\b`, 'gi'),
    make(m) {
      const last = m[2].toLowerCase() === 'last';
      const part = m[3].toLowerCase();
      if (last && part !== 'night') return null;
      return candidate(m, true, (env) => (env.article ? formatDay(addDays(env.article, last ? -1 : 0)) : null));
    },
  },
  // A weekday: "Sunday", "early Sunday", "last Friday", "Tuesday morning", "Monday's".
  {
    re: new RegExp(
      `\\b(?:(early|late)${S}(?:on${S})?)?(?:(last|next|this|past|coming|previous|following)${S})?(${WEEKDAY_FULL})(?:['\\u2019]s)?(?:${S}(?:${DAY_PARTS})\\b)?`,
      'gi',
    ),
    make(m, text) {
      if (!/^[A-Z]/.test(m[3])) return null;
      const weekday = weekdayNumber(m[3]);
      const mod = m[2];
      // "the second Tuesday of each month": a recurring day, not one day.
      if (/\b(?:first|second|third|fourth|last|every|each)[ \t]{1,3}(?:on[ \t]{1,3})?$/i.test(text.slice(Math.max(0, m.index - 16), m.index)) || /^[ \t]{1,3}of[ \t]{1,3}(?:each|every|the)[ \t]{1,3}month\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) {
        return { ...candidate(m, true, () => null), named: true };
      }
      if (!m[1] && !mod) {
        // "Black Friday", "Good Friday": a named day, not the last such weekday.
        const prev = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]{1,3}$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
        if (prev && NAMED_DAY_WORDS.has(prev[1].toLowerCase())) {
          const start = m.index - (prev[0].length - prev[0].indexOf(prev[1]));
          const rule = NAMED_DAYS[`${prev[1].toLowerCase()} ${m[3].toLowerCase()}`];
          const year = /^,?[ \t]{1,3}(\d{4})\b/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
          const end = m.index + m[0].length + (year ? year[0].length : 0);
          const resolve = (env: Env): string | null => {
            if (!rule) return null;
            const y = year ? +year[1] : env.article?.year;
            if (y === undefined || y < 1583 || y > 9999) return null;
            const dayOf = (yy: number) => addDays(rule.from === 'easter' ? easterOf(yy) : thanksgivingOf(yy), rule.days);
            let day = dayOf(y);
            // Without a year, a named day well ahead of the article in past-tense text is last year's.
            if (!year && env.article && daysBetween(env.article, day) > 7 && !futureTense(env.before)) day = dayOf(y - 1);
            return formatDay(day);
          };
          return { start, end, relative: !year, resolve, named: !rule };
        }
      }
      return { ...candidate(m, true, (env) => resolveWeekday(weekday, mod, env)), stated: weekday >= 0 ? { weekday } : undefined };
    },
  },
  // "two days ago", "a day earlier", "Seventeen years ago", "the day before", "three months later".
  {
    re: new RegExp(
      `\\b(${NUMBER_WORD_PATTERN}|\\d{1,3}|an?|the)${S}(day|week|month|year|decade)s?${S}(ago|earlier|before|later|after|previously|prior)\\b`,
      'gi',
    ),
    make(m, text) {
      const word = m[1].toLowerCase();
      const n = word === 'the' ? 1 : /^\d+$/.test(word) ? +word : wordToNumber(word);
      if (n === null || n > 500) return null;
      const unit = m[2].toLowerCase();
      const dir = m[3].toLowerCase();
      const sign = dir === 'later' || dir === 'after' ? 1 : -1;
      if (dir === 'ago' && word === 'the') return null;
      // "two months before the election" counts from an event the text names after it: from the
      // day the article gives that event when it gives one (see `resolveAnchors`), else the
      // value stays null.
      const follows = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      // "One day after placing him on injured reserve" counts from an act the text names too.
      const namedAnchor = (dir === 'before' || dir === 'after') && /^[ \t]{1,3}(?:the|a|an|his|her|their|its|[A-Z][a-z]|[a-z]{2,20}ing\b)/.test(follows);
      const head = namedAnchor ? anchorHead(follows) : null;
      const anchor = head ? { head, n: sign * n, unit } : undefined;
      const c = candidate(m, true, (env) => {
        if (namedAnchor) return null;
        if (dir === 'ago') {
          const a = env.article;
          if (!a) return null;
          return shift(a, unit, -n, 'article');
        }
        const base = env.lastDay ?? env.article;
        if (!base) return null;
        return shift(base, unit, sign * n, 'event');
      });
      return namedAnchor ? { ...c, named: true, anchor } : dir === 'ago' ? { ...c, ago: { n, unit } } : c;
    },
  },
  // "last week", "next month", "this year", "earlier this month", "the previous year".
  {
    re: new RegExp(`\\b(?:(earlier|later)${S})?(last|next|this|the${S}previous|the${S}following|the${S}next)${S}(day|week|weekend|month|year)(?!${S}(?:ago|earlier|later|before))\\b`, 'gi'),
    make(m) {
      const which = m[2].toLowerCase().replace(/\s+/g, ' ');
      const unit = m[3].toLowerCase();
      const anchored = which.startsWith('the ');
      const step = which === 'last' || which === 'the previous' ? -1 : which === 'next' || which === 'the following' || which === 'the next' ? 1 : 0;
      // "next day" without "the" reads as a duration or a noun phrase; only anchored forms count.
      if (unit === 'day' && !anchored) return null;
      return candidate(m, true, (env) => {
        if (unit === 'week' || unit === 'weekend') return null;
        if (unit === 'day') {
          const d = env.lastDay ?? env.article;
          return d ? formatDay(addDays(d, step)) : null;
        }
        const base = anchored ? env.lastDay ?? env.article : env.article;
        if (!base) return null;
        if (unit === 'month') {
          const t = addMonths(base.year, base.month, step);
          return formatMonth(t.year, t.month);
        }
        return formatYear(base.year + step);
      });
    },
  },
  // A clock time: "8.49pm", "shortly after 2 a.m.", "about 2045 GMT", "16:05 GMT", "around noon".
  {
    re: new RegExp(
      `\\b(?:(${TIME_HEDGE})[ \\t]{1,3})?(?:(\\d{1,2})(?:[:.](\\d{2}))?[ \\t]?(${AMPM})|(\\d{1,2}):(\\d{2})(?![\\d:])|(\\d{2})\\.?(\\d{2})(?=[ \\t]{1,2}(?:${TIME_ZONES}|hrs|hours)\\b)|(noon|midday|midnight)\\b)(?:[ \\t]{1,2}(?:hrs\\.?|hours)(?=[ \\t]{1,2}(?:${TIME_ZONES})\\b))?(?:[ \\t]{1,2}(${TIME_ZONES})\\b)?`,
      'gi',
    ),
    make(m, text) {
      const hedge = m[1];
      const zone = m[10];
      let time: TimeOfDay | null = null;
      if (m[2] !== undefined) {
        let h = +m[2];
        if (h < 1 || h > 12) return null;
        const pm = /^p/i.test(m[4]);
        if (h === 12) h = 0;
        time = clockTime(m, hedge, h + (pm ? 12 : 0), m[3] === undefined ? 0 : +m[3], zone);
      } else if (m[5] !== undefined) {
        // "15:30" alone could be a ratio, a verse or a fight's clock ("stopped at 2:56"): a zone
        // makes it a time, and so does a hedge or "at" before a 24-hour time ("at 15:30", "at 09:10").
        const clock24 = +m[5] >= 13 || m[5].length === 2;
        if (!zone && !(clock24 && (hedge || /\bat[ \t]{1,3}$/i.test(text.slice(Math.max(0, m.index - 4), m.index))))) return null;
        time = clockTime(m, hedge, +m[5], +m[6], zone);
      } else if (m[7] !== undefined) {
        time = clockTime(m, hedge, +m[7], +m[8], zone);
      } else if (m[9] !== undefined) {
        // "noon" is a time after a hedge or "at" ("around noon", "at midnight"), not in "the noon news".
        if (!hedge && !/\bat[ \t]{1,3}$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
        time = clockTime(m, hedge, Math.floor(CLOCK_WORDS[m[9].toLowerCase()] / 60), 0, zone);
      }
      if (!time) return null;
      return { ...candidate(m, true, () => null), time, clock: true };
    },
  },
];

/** The noun an offset counts from: "the earthquake" in "three days after the earthquake struck". */
function anchorHead(follows: string): string | null {
  const m = /^[ \t]{1,3}(?:the|a|an|his|her|their|its)[ \t]{1,3}((?:[a-z][a-z-]{0,30}[ \t]{1,3}){0,2}[a-z][a-z-]{0,30})\b/.exec(follows);
  if (!m) return null;
  const words = m[1].split(/[ \t]+/);
  let head: string | null = null;
  for (const w of words) {
    if (STOPWORDS.has(w)) break;
    head = w;
  }
  return head;
}

function shift(base: Day, unit: string, n: number, _from: 'article' | 'event'): string | null {
  switch (unit) {
    case 'day':
      return formatDay(addDays(base, n));
    case 'month': {
      const t = addMonths(base.year, base.month, n);
      return formatMonth(t.year, t.month);
    }
    case 'year':
      return formatYear(base.year + n);
    default:
      // Weeks and decades have no single calendar value of the forms this model offers.
      return null;
  }
}

/** Finds the candidates of every rule over `text` from `from` on. */
function findCandidates(text: string, from: number): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    const re = rule.re;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = rule.make(m, text);
      if (c && c.end > c.start) found.push(c);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping candidates keep the longest; the list is in order of start, so one pass does.
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return joinClocks(text, kept);
}

/** Words between a clock time and the day after it ("8.40am on Saturday", "16:05 GMT, 9 June 2013"). */
const CLOCK_THEN_DAY = /^(?:,?[ \t]{1,3}(?:on[ \t]{1,3})?|,)$/;
/** Words between a day and the clock time after it ("Friday at 8.49pm", "Jul 7, 2012 8:44 PM"). */
const DAY_THEN_CLOCK = /^(?:,?[ \t]{1,3}(?:at[ \t]{1,3})?|,|[ \t]{0,3}[|@][ \t]{0,3})$/;

/**
 * Gives each clock time to the day expression right before or after it, which then states
 * the time; a full date written with its time ("16:05 GMT, 9 June 2013") takes the time into
 * its span. Times next to no day stay on their own.
 */
function joinClocks(text: string, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    let c = kept[i];
    // The same time in a second zone, in brackets ("1052 GMT (1852 HKT)"), is part of the first.
    const twin = kept[i + 1];
    if (c.clock && twin?.clock && /^[ \t]{0,2}\($/.test(text.slice(c.end, twin.start)) && text[twin.end] === ')') {
      c = { ...c, end: twin.end + 1 };
      kept[i + 1] = c;
      continue;
    }
    if (!c.clock) {
      out.push(c);
      continue;
    }
    const next = kept[i + 1];
    if (next && !next.clock && !next.time && next.start - c.end <= 6 && CLOCK_THEN_DAY.test(text.slice(c.end, next.start))) {
      kept[i + 1] = { ...next, time: c.time, start: next.relative ? next.start : c.start };
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && !prev.clock && !prev.time && c.start - prev.end <= 6 && DAY_THEN_CLOCK.test(text.slice(prev.end, c.start))) {
      out[out.length - 1] = { ...prev, time: c.time, end: prev.relative ? prev.end : c.end };
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * The last clause of the words before an expression: tense cues beyond a semicolon, a colon, a
 * dash, a parenthesis or a comma belong to another clause ("killed by police on Saturday, as
 * the vigil will go on" must not make Saturday a future day).
 */
function clauseOf(before: string): string {
  let cut = -1;
  const re = /[;:(\u2014\u2013]|,\s/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before))) cut = m.index + m[0].length;
  return cut >= 0 ? before.slice(cut) : before;
}

/**
 * An article without a header date often carries a dateline on one of its first lines
 * ("Posted: Apr 2, 2009 11:06 PM"): a full, absolute date there stands in for the article's date.
 */
function datelineOf(text: string, from: number, candidates: Candidate[]): Day | null {
  let end = from;
  for (let lines = 0; lines < 3 && end < text.length; ) {
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    if (text.slice(end, lineEnd).trim()) lines++;
    end = lineEnd + 1;
  }
  const env: Env = { article: null, lastDay: null, lastValue: null, yearOfMonthDay: new Map(), before: '', after: '', sentenceBefore: '' };
  for (const c of candidates) {
    if (c.start >= end) break;
    if (c.relative) continue;
    // A dateline is a line that is mostly the date itself, not a sentence that mentions one.
    const lineStart = Math.max(text.lastIndexOf('\n', c.start) + 1, from);
    const nl = text.indexOf('\n', c.end);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineEnd - lineStart - (c.end - c.start) > 40 && !pressDateline(text, lineStart, c, lineEnd)) continue;
    const day = parseDay(c.resolve(env));
    if (day) return day;
  }
  return null;
}

const TRAILING_TIME =
  /^(?:,?[ \t]{1,3}(?:at[ \t]{1,3})?|[ \t]{0,3}[|@][ \t]{0,3})\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b))?(?:[ \t]{1,2}(?:GMT|UTC|BST|CET|CEST|IST|ET|[ECMP][DS]T|AKDT)\b)?/;

/**
 * Finds date expressions in the article's body and resolves each to `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD` against the article's date (from its header). Never throws; linear in the text.
 */
export function extractDates(ctx: ArticleContext): DateRef[] {
  const text = ctx.text;
  const from = Math.max(0, Math.min(ctx.header.bodyStart, text.length));
  const candidates = findCandidates(text, from);
  const article = parseDay(ctx.date) ?? datelineOf(text, from, candidates);
  const env: Env = {
    article,
    lastDay: null,
    lastValue: null,
    yearOfMonthDay: new Map(),
    before: '',
    after: '',
    sentenceBefore: '',
  };
  // A month and day the article gives with its year anywhere, later too ("a June 20 shooting …
  // the June 20, 2005 attempted murder"), lend that year to the same month and day given without one.
  const statedYears = new Map<string, number>();
  for (const c of candidates) {
    if (c.relative) continue;
    let d: Day | null = null;
    try {
      d = parseDay(c.resolve(env));
    } catch {
      d = null;
    }
    if (d && !statedYears.has(`${d.month}-${d.day}`)) statedYears.set(`${d.month}-${d.day}`, d.year);
  }
  env.yearOfMonthDay = new Map(statedYears);
  const out: DateRef[] = [];
  const anchored: Anchored[] = [];
  for (const c of candidates) {
    const sentence = sentenceAt(ctx.sentences, c.start);
    const sStart = sentence ? sentence.start : Math.max(from, c.start - 200);
    env.sentenceBefore = text.slice(Math.max(sStart, c.start - 400), c.start);
    env.before = clauseOf(env.sentenceBefore.slice(-80));
    env.after = text.slice(c.end, Math.min(c.end + 40, sentence ? sentence.end : c.end + 40));
    let value: string | null = null;
    try {
      value = c.resolve(env);
    } catch {
      value = null;
    }
    // A clock time right after a day belongs to the same expression ("Jul 7, 2012 8:44 PM ET",
    // "April 30, 2008 at 4:31 AM"): the span takes it in; the value stays the day.
    let end = c.end;
    if (value && value.length === 10) {
      const time = TRAILING_TIME.exec(text.slice(end, end + 40));
      if (time) end += time[0].length;
    }
    const ref: DateRef = { start: c.start, end, text: text.slice(c.start, end), value, relative: c.relative };
    describe(ref, c, text, () => ctx.tokens);
    out.push(ref);
    if (c.anchor) anchored.push({ ref, anchor: c.anchor, index: out.length - 1 });
    if (value) {
      env.lastValue = value;
      const d = parseDay(value);
      if (d) {
        env.lastDay = d;
        // A year the text states is not overridden by one inferred for a later mention.
        if (!c.relative || !statedYears.has(`${d.month}-${d.day}`)) env.yearOfMonthDay.set(`${d.month}-${d.day}`, d.year);
      }
    }
  }
  if (anchored.length) resolveAnchors(text, ctx.sentences, out, anchored);
  return out;
}

/** Fills in what the words state besides the value: calendar fields, part of day, time, the noun it is attached to. */
function describe(ref: DateRef, c: Candidate, text: string, tokens: () => readonly Token[]): void {
  if (c.stated && Object.keys(c.stated).length) ref.stated = c.stated;
  const part = /\b(morning|afternoon|evening|night|overnight)\b/i.exec(ref.text)?.[1] ?? /^(early|late)\b/i.exec(ref.text)?.[1];
  if (part) ref.part = part.toLowerCase() === 'overnight' ? 'night' : part.toLowerCase();
  if (c.time) ref.time = c.time;
  if (c.named) ref.named = true;
  if (c.ago) ref.ago = c.ago;
  if (!c.clock) {
    const head = headOf(text, ref, tokens);
    if (head) ref.head = head;
  }
}

/** Determiners before a date used as a noun's modifier ("the Friday meeting"). */
const MODIFIER_DETERMINER = /\b(?:the|a|an|this|that|his|her|their|its)[ \t]{1,3}$/i;

/**
 * The noun a date is attached to: after a possessive date ("Monday's ruling", "yesterday's
 * jury verdict"), or after a date between a determiner and a noun ("the July 7 bombings", "the
 * Friday meeting"). Read from the tagger's parts of speech: the last noun of the run of
 * adjectives and nouns that follows. Undefined when the date stands on its own.
 */
function headOf(text: string, ref: DateRef, tokens: () => readonly Token[]): (Span & { text: string }) | undefined {
  const possessive = /['\u2019]s$/.test(ref.text);
  if (!possessive && !MODIFIER_DETERMINER.test(text.slice(Math.max(0, ref.start - 8), ref.start))) return undefined;
  // Cheap test first: a word must follow (after a comma that closes a full date: "the March 11, 2005, incident").
  if (!/^,?[ \t]{1,3}[A-Za-z]/.test(text.slice(ref.end, ref.end + 5))) return undefined;
  const list = tokens();
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < ref.end) lo = mid + 1;
    else hi = mid;
  }
  let head: Token | undefined;
  if (list[lo]?.text === ',' && !possessive) lo++;
  for (let k = lo; k < list.length && k < lo + 6; k++) {
    const t = list[k];
    // Parts of a hyphenated modifier ("play-in round", "first-degree murder") whatever their tags.
    const joined = list[k + 1]?.text === '-' && list[k + 1].start === t.end;
    const after = list[k - 1]?.text === '-' && list[k - 1].end === t.start;
    if (joined || after || (t.text === '-' && list[k - 1]?.end === t.start)) continue;
    if (t.pos === 'NOUN' && /^[a-z]/.test(t.text)) head = t;
    else if (t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN') continue;
    else break;
  }
  return head ? { start: head.start, end: head.end, text: head.text } : undefined;
}

interface Anchored {
  ref: DateRef;
  anchor: { head: string; n: number; unit: string };
  index: number;
}

/** How far from an offset its event's date is looked for, in dates either way. */
const ANCHOR_REACH = 40;

/**
 * Resolves offsets from an event ("three days after the earthquake") from the day the article
 * gives that event: the nearest date, earlier in the text first, whose sentence names the event
 * by the same word or a synonym ("the quake struck on May 12"). Without one the value stays null.
 */
function resolveAnchors(text: string, sentences: Sentence[], refs: DateRef[], anchored: Anchored[]): void {
  const words = new Map<number, string[]>();
  const wordsOf = (s: Sentence): string[] => {
    let w = words.get(s.start);
    if (!w) {
      w = scanWords(text, s.start, Math.min(s.end, s.start + 600)).filter((x) => x.kind === 'word').map((x) => x.lower.replace(/['\u2019]s$/, ''));
      words.set(s.start, w);
    }
    return w;
  };
  const names = (head: string, word: string): boolean => {
    if (word === head) return true;
    const noun = { word: head, pos: 'noun' as const };
    if (lemmaOf(word, 'noun') === lemmaOf(head, 'noun') || lemmaOf(word, 'verb') === lemmaOf(head, 'noun')) return true;
    const r = relatePredicates(noun, { word, pos: 'noun' });
    return r === 'same' || r === 'synonym';
  };
  for (const { ref, anchor, index } of anchored) {
    const order: number[] = [];
    for (let k = 1; k <= ANCHOR_REACH; k++) order.push(index - k);
    for (let k = 1; k <= ANCHOR_REACH; k++) order.push(index + k);
    for (const i of order) {
      const other = refs[i];
      if (!other || other.named || !other.value || other.value.length !== 10) continue;
      const sentence = sentenceAt(sentences, other.start);
      if (!sentence) continue;
      // A later date of the same sentence dates the event only when it follows the event's
      // noun ("after the earthquake struck on May 12"), not when it restates the offset's own day.
      if (i > index && ref.start >= sentence.start && ref.start < sentence.end) {
        const between = text.slice(ref.end, other.start).toLowerCase();
        if (between.length > 60 || !between.includes(anchor.head)) continue;
      }
      if (!wordsOf(sentence).some((w) => w.length > 2 && names(anchor.head, w))) continue;
      const day = parseDay(other.value);
      const value = day ? shift(day, anchor.unit, anchor.n, 'event') : null;
      if (value) {
        ref.value = value;
        delete ref.named;
      }
      break;
    }
  }
}

/** The place of a news dateline before its date: "WASHINGTON, ", "ST. PAUL, Minn., ", "LONDON (Reuters), ". */
const DATELINE_PLACE = /^[ \t]*\p{Lu}[\p{Lu}\p{M}.'\u2019 -]{1,40}(?:,[ \t]*\p{Lu}[\p{L}.]{1,20}(?:[ \t]\p{Lu}[\p{L}.]{1,20})?)?(?:[ \t]*\([\p{L} .]{1,30}\))?,?[ \t]*$/u;
/** What follows the date of a news dateline: an agency in brackets, then a dash or a colon. */
const DATELINE_AFTER = /^[ \t]*(?:\([\p{L} .]{1,30}\)[ \t]*)?(?:[\u2014\u2013]|--?(?=[ \t])|:)/u;

/**
 * True when the date opens a paragraph as a news dateline does, after the place in capitals and
 * before a dash: "WASHINGTON, March 4, 2025 — The Senate passed …".
 */
function pressDateline(text: string, lineStart: number, date: Span, lineEnd: number): boolean {
  return date.start - lineStart <= 80 && DATELINE_PLACE.test(text.slice(lineStart, date.start)) && DATELINE_AFTER.test(text.slice(date.end, Math.min(lineEnd, date.end + 40)));
}

const DATELINE_CUE = /^[ \t]*(?:published|updated|posted|last updated|filed|date|dated)\b/i;

/**
 * True when a date stands on one of the first lines of the body and that line is mostly the
 * date ("Published on: Fri, 11 Nov 2011 at 09:56 IST"): a dateline dates the article, not an
 * event it reports.
 */
export function onDateline(text: string, bodyStart: number, ref: Span): boolean {
  let lineStart = bodyStart;
  for (let lines = 0; lines < 5; lines++) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (ref.start >= lineStart && ref.end <= lineEnd) {
      const rest = text.slice(lineStart, ref.start) + ' ' + text.slice(ref.end, lineEnd);
      // A line that is the date and a few words, or that says it is one ("Published on: …").
      return (rest.length <= 60 && (DATELINE_CUE.test(text.slice(lineStart, lineEnd)) || (rest.match(/[A-Za-z]{2,}/g) ?? []).length <= 3)) || pressDateline(text, lineStart, ref, lineEnd);
    }
    if (nl < 0 || lineStart > ref.end) return false;
    lineStart = nl + 1;
  }
  return false;
}

/**
 * The day an article was written: its header's date, or the first full date of a dateline
 * (see `onDateline`), which the extractor also resolves relative dates against. Null when
 * neither is known.
 */
export function articleDayOf(text: string, bodyStart: number, headerDate: string | null, refs: readonly DateRef[]): string | null {
  if (parseDay(headerDate)) return headerDate;
  for (const r of refs) {
    if (r.start < bodyStart) continue;
    if (!r.relative && r.value && r.value.length === 10 && onDateline(text, bodyStart, r)) return r.value;
    if (r.start - bodyStart > 2000) break;
  }
  return null;
}
