/** Calendar values (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) written as a reader says them. */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Writes a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value in full ("Sunday 21 December 2025"). */
export function describeDate(value: string | null): string {
  if (!value) return 'not resolved';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const year = +m[1];
  if (!m[2]) return String(year);
  const month = MONTHS[+m[2] - 1];
  if (!month) return value;
  if (!m[3]) return `${month} ${year}`;
  const day = +m[3];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, +m[2] - 1, day)).getUTCDay()];
  return `${weekday} ${day} ${month} ${year}`;
}

/** A compact form of a calendar value: "Dec 21", "Jul 2025", "2025". */
export function shortDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const month = m[2] ? SHORT_MONTHS[+m[2] - 1] : undefined;
  if (!month) return m[1];
  return m[3] ? `${month} ${+m[3]}` : `${month} ${m[1]}`;
}
