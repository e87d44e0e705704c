/**
 * What the frame readers share: a date stated next to a fact, whether it names a period rather
 * than a day of the story, and the person a fact in a sentence is about.
 */
import type { Mention, Span } from '../types';
import { COMMON_WORDS } from '../data/names';

/** A date stated next to a fact. */
export interface FrameDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null when it could not be placed. */
  value: string | null;
  text: string;
  /** True for a month, a year or a span back ("in February", "last year", "two years ago"): not the day of the story's incident. */
  period: boolean;
}

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** True for a date that names a month, a year or a span back rather than a day of the story. */
export function isPeriod(d: { value: string | null; text: string }): boolean {
  if (d.value && /^\d{4}(?:-\d{2})?$/.test(d.value)) return true;
  const t = d.text.toLowerCase();
  if (/\b(?:ago|last (?:year|month|season|spring|summer|autumn|fall|winter)|earlier this year|previous|decades?)\b/.test(t)) return true;
  return !d.value && MONTH.test(t) && !/\d/.test(t);
}

/** Index of the first item of a list sorted by start whose start is at or after `offset`. */
export function firstFrom(list: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when two person keys can name one person ("gomes", "gary gomes"). */
export function samePersonKey(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/**
 * A common word capitalised at the start of a sentence ("Police arrested Smith") that the names
 * reader took for a person: one word that the names lexicon lists as a word and not a name.
 */
const commonAtStart = (m: Mention, sentenceStart: number) => m.start === sentenceStart && !/\s/.test(m.text) && COMMON_WORDS.has(m.text.toLowerCase());

/** The one person named in a span of a sentence that starts it (by key), or -1 when none or several; `any` when it names someone. */
function onlyPersonFrom(mentions: readonly Mention[], span: Span): { who: number; any: boolean } {
  let who = -1;
  let any = false;
  for (let i = firstFrom(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) {
    const m = mentions[i];
    if (m.kind !== 'person' || commonAtStart(m, span.start)) continue;
    if (who >= 0) {
      const key = mentions[who].key;
      if (!samePersonKey(m.key, key)) return { who: -1, any: true };
    } else who = i;
    any = true;
  }
  return { who, any };
}

/**
 * The person words at `at` in sentence `s` are about: the one named before them in the sentence
 * or, when the sentence names nobody before them, the one the sentence before names; -1 when
 * none, several, or a gender (of "his", "she") the person's known gender contradicts.
 */
export function personFinder(
  sentences: readonly Span[],
  mentions: readonly Mention[],
  genders: ReadonlyArray<{ mention: number; gender: 'male' | 'female' }>,
): (s: number, at: number, gender: 'male' | 'female' | null) => number {
  const genderOf = new Map(genders.map((g) => [g.mention, g.gender]));
  return (s, at, gender) => {
    const own = onlyPersonFrom(mentions, { start: sentences[s].start, end: at });
    let who = own.who;
    if (!own.any && s > 0) who = onlyPersonFrom(mentions, sentences[s - 1]).who;
    if (who < 0) return -1;
    const known = genderOf.get(who);
    return gender && known && known !== gender ? -1 : who;
  };
}
