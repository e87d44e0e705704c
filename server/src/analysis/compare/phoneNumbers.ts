/**
 * Telephone numbers: the lines an article asks readers to call ("anyone with information is
 * asked to call police on 0845 125 2222"). Outlets copy these from one appeal, so two numbers of
 * a story that are the same digits but for one digit added, dropped, changed or swapped are one
 * line that one outlet printed wrongly, which a reader who calls it will find out; numbers
 * further apart are different lines (the police and a charity), and two numbers one article
 * gives side by side are two lines, however alike. Pure, never throws.
 */
import type { Span } from '../types';

/** A telephone number as an article writes it. */
export interface PhoneNumber {
  span: Span;
  text: string;
  /**
   * Its digits without a trunk prefix ("08451252222" → "8451252222"; "1-800-…" → "800…"), so
   * that one line written with and without the prefix ("020 …", "(0)20 …") is one number.
   */
  digits: string;
}

/** The digits of a number without the trunk prefix a caller dials before it at home: a leading 0, or a 1 before ten digits. */
export function lineDigits(digits: string): string {
  if (digits.length === 11 && digits.startsWith('1')) return digits.slice(1);
  return digits.replace(/^0/, '');
}

/**
 * Groups of digits joined by single spaces, hyphens or dots, with an optional country code and
 * area code in brackets; not inside a longer run of digits or a decimal number.
 */
const NUMBER = /(?<![\p{L}\p{N}.,/])(?:\+\d{1,3}[ .-]?)?(?:\(0\))?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,6}){1,4}(?![\p{L}\p{N}]|[.,/-]\d)/gu;
/** Words that ask for or give a number to call, before it in its sentence. */
const CUE = /\b(?:call|calls|calling|contact|contacted|phone|telephone|tel|ring|dial|text|hotline|helpline|freephone|number|fax)\b/i;
/** How far before a number its cue may stand. */
const CUE_REACH = 120;
/** Fewer digits than this are no telephone number a story prints (a score, a short code). */
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

/**
 * The telephone numbers of a text: digit groups of 7 to 15 digits in all that a word of calling
 * ("call", "contact", "hotline") announces earlier in their sentence. `sentences` are the text's
 * sentence spans, in order.
 */
export function phoneNumbers(text: string, sentences: readonly Span[]): PhoneNumber[] {
  const out: PhoneNumber[] = [];
  let s = 0;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const all = m[0].replace(/\D/g, '');
    if (all.length < MIN_DIGITS || all.length > MAX_DIGITS) continue;
    const digits = lineDigits(all);
    // An ISO date ("2013-06-08") or a range of years is no number to call.
    if (/^\d{4}-\d{2}-\d{2}$/.test(m[0]) || /^\d{4}[ -]\d{4}$/.test(m[0])) continue;
    while (s < sentences.length && sentences[s].end <= m.index) s++;
    const from = Math.max(s < sentences.length && sentences[s].start <= m.index ? sentences[s].start : 0, m.index - CUE_REACH);
    if (!CUE.test(text.slice(from, m.index))) continue;
    out.push({ span: { start: m.index, end: m.index + m[0].length }, text: m[0], digits });
  }
  return out;
}

/**
 * True when two digit strings are one line written wrongly: the same but for one digit added,
 * dropped or changed, or two neighbouring digits swapped.
 */
export function oneDigitApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const restA = a.length - i - j;
  const restB = b.length - i - j;
  if (restA <= 1 && restB <= 1) return true;
  // Two neighbouring digits swapped ("125" / "152").
  return restA === 2 && restB === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/** A number of one article in a story's comparison. */
export interface PlacedNumber extends PhoneNumber {
  path: string;
}

/**
 * The groups of numbers of different articles that are one line written differently: each
 * group joins numbers one digit apart (see `oneDigitApart`), never two numbers that one article
 * gives both of. Numbers are compared only within the same first four digits, so the cost is
 * that of the numbers sharing a prefix, not of every pair.
 */
export function misprintedLines(numbers: readonly PlacedNumber[]): PlacedNumber[][] {
  const byPrefix = new Map<string, PlacedNumber[]>();
  for (const n of numbers) {
    const key = n.digits.slice(0, 4);
    const list = byPrefix.get(key);
    if (list) list.push(n);
    else byPrefix.set(key, [n]);
  }
  const groups: PlacedNumber[][] = [];
  for (const list of byPrefix.values()) {
    const distinct = [...new Set(list.map((n) => n.digits))];
    if (distinct.length < 2) continue;
    // Digit strings one article gives side by side are different lines.
    const together = new Set<string>();
    const byPath = new Map<string, Set<string>>();
    for (const n of list) byPath.set(n.path, (byPath.get(n.path) ?? new Set()).add(n.digits));
    for (const set of byPath.values()) for (const x of set) for (const y of set) if (x !== y) together.add(`${x} ${y}`);
    const parent = new Map(distinct.map((d) => [d, d]));
    const find = (d: string): string => (parent.get(d) === d ? d : find(parent.get(d)!));
    for (let x = 0; x < distinct.length; x++) {
      for (let y = x + 1; y < distinct.length; y++) {
        const [a, b] = [distinct[x], distinct[y]];
        if (!together.has(`${a} ${b}`) && oneDigitApart(a, b)) parent.set(find(b), find(a));
      }
    }
    const joined = new Map<string, PlacedNumber[]>();
    for (const n of list) {
      const root = find(n.digits);
      const members = joined.get(root);
      if (members) members.push(n);
      else joined.set(root, [n]);
    }
    for (const members of joined.values()) if (new Set(members.map((n) => n.digits)).size > 1) groups.push(members);
  }
  return groups;
}
