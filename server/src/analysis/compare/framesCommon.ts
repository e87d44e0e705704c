/**
 * What the frame readers share: a date stated next to a fact, and whether it names a period
 * rather than a day of the story.
 */
import type { Span } from '../types';

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
