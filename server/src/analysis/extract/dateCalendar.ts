/**
 * Small calendar arithmetic for the date extractor, on plain `{year, month, day}` values so that
 * no time zone or clock of the machine ever leaks into a result.
 */

/** A calendar day; `month` is 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Reads `YYYY-MM-DD` (the header's form), or returns null. */
export function parseDay(iso: string | null | undefined): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDay(d.year, d.month, d.day) ? d : null;
}

/** True when the three numbers name a real day between the years 1 and 9999. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD`, or null when the year leaves the four-digit range. */
export function formatDay(d: Day): string | null {
  if (d.year < 1 || d.year > 9999) return null;
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-MM`, or null when out of range. */
export function formatMonth(year: number, month: number): string | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
  return `${pad(year, 4)}-${pad(month)}`;
}

/** `YYYY`, or null when out of range. */
export function formatYear(year: number): string | null {
  return year >= 1 && year <= 9999 && Number.isInteger(year) ? pad(year, 4) : null;
}

function toEpochDays(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function fromEpochDays(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `n` days after `d` (before it when `n` is negative). */
export function addDays(d: Day, n: number): Day {
  return fromEpochDays(toEpochDays(d) + n);
}

/** Month arithmetic that keeps the year right: `addMonths(2025, 1, -1)` is December 2024. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** Day of the week, Sunday = 0. */
export function weekdayOf(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDays(b) - toEpochDays(a);
}

/**
 * The day with weekday `target` nearest to `ref` in the given direction: `onOrBefore` (the most
 * recent, possibly `ref` itself), `before` (strictly earlier), `onOrAfter`, `after`.
 */
export function weekdayNear(ref: Day, target: number, direction: 'onOrBefore' | 'before' | 'onOrAfter' | 'after'): Day {
  const wd = weekdayOf(ref);
  switch (direction) {
    case 'onOrBefore':
      return addDays(ref, -((wd - target + 7) % 7));
    case 'before':
      return addDays(ref, -(((wd - target + 7) % 7) || 7));
    case 'onOrAfter':
      return addDays(ref, (target - wd + 7) % 7);
    case 'after':
      return addDays(ref, ((target - wd + 7) % 7) || 7);
  }
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterOf(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}

/** United States Thanksgiving: the fourth Thursday of November. */
export function thanksgivingOf(year: number): Day {
  const first = weekdayOf({ year, month: 11, day: 1 });
  return { year, month: 11, day: 1 + ((4 - first + 7) % 7) + 21 };
}
