import type { Quantity, Span } from '../types';
import type { Token } from '../text/tokens';
import type { ArticleContext } from './context';
import { extractDates } from './dates';
import { MULTIPLIERS, NUMBER_WORD_PATTERN, wordToNumber } from '../data/numbers';
import { BACK_REFERENCE_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DISCOURSE_NOUNS, HEDGES, IRREGULAR_PLURALS, LABEL_WORDS } from '../data/units';

/*
 * How quantities are found.
 *
 * A number is digits ("1,300", "1.5") or a number word ("nine", "twenty-five"), optionally
 * scaled ("1.5 million", "£2bn"). What it counts comes after it: a currency ("85 million
 * euros"), a percent sign or word, or the noun phrase the tagger marks ("guided aerial bombs"),
 * whose last word is made singular. A hedge just before it ("about", "more than") is kept.
 *
 * Not quantities: numbers inside dates (the date extractor's spans, so years are excluded the
 * same way), clock times ("3 p.m.", "9:30"), ordinals ("1st"), hyphenated compounds
 * ("36-year-old"), labels ("Route 94", "Boeing 737"), partitives ("nine of them"), and vague
 * amounts ("dozens of"), which have no number to compare; counts of sides, reasons or options
 * ("the two warring sides"), which frame the story rather than state a fact; and small number
 * words that point back ("the two countries"). A bare number is kept only when a
 * hedge, a currency or a percent says it is an amount ("at least 12").
 */

const NUMERIC = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const NUMBER_RE = new RegExp(
  `(?<![\\w.,/:\\-])(?:(${NUMERIC})(?:(bn|mn|mln|tn|m|b|k)(?![\\w]))?|(${NUMBER_WORD_PATTERN}))(?![\\w]|[.,]\\d)` +
    `(?:[ \\t]{1,2}(hundred|thousand|million|billion|trillion)\\b)?`,
  'gi',
);
const CURRENCY_BEFORE = /(?:\bUS[ \t](?=\$))?(US\$|C\$|A\$|[$€£¥₹₽₴])[ \t]?$/;
const HEDGE_BEFORE = new RegExp(`\\b(${HEDGES.map((h) => h.replace(/ /g, '[ \\t]{1,2}')).join('|')})[ \\t]{1,2}$`, 'i');
const TIME_AFTER = /^(?::\d|[ \t]?(?:a\.?m\b|p\.?m\b|GMT\b|BST\b|UTC\b|CET\b|CEST\b|E[DS]T\b|ET\b|P[DS]T\b|hrs\b|o['\u2019]clock\b))/i;

/** Makes the last word of a unit singular: "guided aerial bombs" → "guided aerial bomb". */
export function singular(phrase: string): string {
  const words = phrase.split(' ');
  const last = words[words.length - 1];
  let s = last;
  if (last in IRREGULAR_PLURALS) s = IRREGULAR_PLURALS[last];
  else if (/[^aeiou]ies$/.test(last)) s = last.slice(0, -3) + 'y';
  else if (/(?:ss|x|ch|sh|zz|[^aeiou]us)es$/.test(last)) s = last.slice(0, -2);
  else if (/[^su]s$/.test(last) && last.length > 3) s = last.slice(0, -1);
  words[words.length - 1] = s;
  return words.join(' ');
}

/** Index of the first token starting at or after `pos`. */
function tokenAfter(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A model designator ("AK-47", "F-16", "M4", "A320"): a modifier of the noun it precedes. */
const MODEL = /^[A-Z]{1,4}-?\d{1,4}[A-Za-z]?$/;

/**
 * The noun phrase right after `pos` that says what a number counts: adjectives, participles
 * and nouns, up to four words, ending on the last noun. A model designator among them ("14
 * AK-47 rifles") modifies the noun and is not part of the unit. Returns null when no noun follows.
 */
function unitAfter(text: string, tokens: Token[], pos: number): { unit: string; end: number; partitive: boolean } | null {
  let i = tokenAfter(tokens, pos);
  let cursor = pos;
  let lastNoun = -1;
  let end = pos;
  const words: string[] = [];
  for (let n = 0; n < 4 && i < tokens.length; n++, i++) {
    const t = tokens[i];
    if (!/^[ \t]{0,2}$/.test(text.slice(cursor, t.start))) break;
    if (n === 0 && t.text.toLowerCase() === 'of') return { unit: '', end: pos, partitive: true };
    if (MODEL.test(t.text) && i + 1 < tokens.length) {
      cursor = t.end;
      continue;
    }
    if (!/^[a-z][a-z-]*$/.test(t.text)) break;
    const ok = t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'VERB' && /ed$/.test(t.text));
    if (!ok) break;
    words.push(t.text);
    cursor = t.end;
    if (t.pos === 'NOUN') {
      lastNoun = words.length - 1;
      // The end is the end of the last noun taken.
      end = t.end;
    }
  }
  if (lastNoun < 0) return null;
  return { unit: singular(words.slice(0, lastNoun + 1).join(' ')), end, partitive: false };
}

function insideAny(spans: Span[], start: number, end: number): boolean {
  // Spans are in order; a binary search finds the last span starting at or before `start`.
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && spans[found].end >= end;
}

/**
 * Finds numbers with what they count and any hedge: "about 1,300 drones" gives value 1300,
 * unit "drone", hedge "about"; "€80 million" gives 80000000 "EUR"; "12%" gives 12 "percent".
 * Never throws; linear in the text. `dates` are the article's dates when the caller has them
 * already (numbers inside them are no quantities); read from the text otherwise.
 */
export function extractQuantities(ctx: ArticleContext, dates: readonly Span[] = extractDates(ctx)): Quantity[] {
  const text = ctx.text;
  const from = Math.max(0, Math.min(ctx.header.bodyStart, text.length));
  const dateSpans = dates.map((d) => ({ start: d.start, end: d.end }));
  let tokens: Token[] | null = null;
  const out: Quantity[] = [];
  const re = new RegExp(NUMBER_RE.source, NUMBER_RE.flags);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const numStart = m.index;
    const numEnd = m.index + m[0].length;
    const [, digits, abbr, word, scale] = m;
    if (insideAny(dateSpans, numStart, numStart + 1)) continue;
    const after = text.slice(numEnd, numEnd + 12);
    if (TIME_AFTER.test(after)) continue;
    // Hyphenated compounds ("36-year-old", "a 90-day sentence") and scores ("58-3").
    if (/^-[\w]/.test(after)) continue;
    const before = text.slice(Math.max(from, numStart - 30), numStart);
    const label = /([A-Za-z]+)\.?[ \t]{1,2}$/.exec(before);
    // "Route 94", "Boeing 737", "No. 10"; "no"/"nos" only as the capitalised abbreviation.
    if (label && LABEL_WORDS.has(label[1].toLowerCase()) && (!/^nos?$/i.test(label[1]) || /^N/.test(label[1]))) continue;
    if (/#[ \t]?$/.test(before)) continue;

    let value: number | null = digits ? Number(digits.replace(/,/g, '')) : wordToNumber(word);
    if (value === null || !Number.isFinite(value)) continue;
    if (abbr) value *= MULTIPLIERS[abbr.toLowerCase()] ?? 1;
    if (scale) value *= MULTIPLIERS[scale.toLowerCase()] ?? 1;
    value = Math.round(value * 1e6) / 1e6;

    let start = numStart;
    let unit: string | null = null;
    const cur = CURRENCY_BEFORE.exec(before);
    if (cur) {
      unit = CURRENCY_SYMBOLS[cur[1]] ?? null;
      start = numStart - cur[0].length;
    }
    // A suffix abbreviation is a scale only with money ("£2bn"); "5m" alone is five metres.
    if (abbr && !cur) continue;
    let end = numEnd;
    if (!unit) {
      const pct = /^[ \t]?(?:%|percent\b|per[ \t]cent\b|pct\b)/i.exec(text.slice(numEnd, numEnd + 12));
      if (pct) {
        unit = 'percent';
        end = numEnd + pct[0].length;
      }
    }
    if (!unit) {
      const cw = /^[ \t]{1,2}([A-Za-z]+)\b/.exec(text.slice(numEnd, numEnd + 20));
      const code = cw ? CURRENCY_WORDS[cw[1].toLowerCase()] : undefined;
      if (cw && code) {
        unit = code;
        end = numEnd + cw[0].length;
      }
    }
    if (!unit) {
      tokens ??= ctx.tokens;
      const found = unitAfter(text, tokens, numEnd);
      if (found?.partitive) continue;
      if (found) {
        // Counts of sides, reasons or options frame the story; they are not claims to compare.
        if (DISCOURSE_NOUNS.has(found.unit.slice(found.unit.lastIndexOf(' ') + 1))) continue;
        // "the two countries" points back at things already named; a checker compares the
        // sentence that first counted them. Only small number words, never digits.
        if (word && value <= 10 && BACK_REFERENCE_WORDS.has((/([A-Za-z]+)[ \t]{1,2}$/.exec(before)?.[1] ?? '').toLowerCase())) continue;
        unit = found.unit;
        end = found.end;
      }
    }
    const hedgeMatch = HEDGE_BEFORE.exec(text.slice(Math.max(from, start - 30), start));
    const hedge = hedgeMatch ? hedgeMatch[1].toLowerCase().replace(/\s+/g, ' ') : null;
    if (!unit) {
      // A bare number is an amount only when hedged, and never a bare number word ("one").
      if (!hedge || word) continue;
      unit = '';
    }
    if (hedgeMatch) start -= hedgeMatch[0].length;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      unit,
      hedge,
      number: { start: numStart, end: numEnd },
    });
  }
  return joinRanges(text, out);
}

/** What joins the two ends of a range of money: "between X and Y", "from X to Y", "X to Y", "X-Y". */
const RANGE_LINK = /^[ \t]{0,2}(?:and|to|-|\u2013)[ \t]{0,2}$/;
const RANGE_OPENER = /\b(between|from)[ \t]{1,2}$/i;
const CURRENCY_CODE = /^[A-Z]{3}$/;
/** Hedges that give an amount's lower bound ("at least") and its upper bound ("as much as"). */
const LOWER_BOUNDS = new Set(['at least', 'more than', 'over', 'well over', 'just over', 'upwards of', 'in excess of', 'no less than', 'greater than']);
const UPPER_BOUNDS = new Set(['as much as', 'as many as', 'up to', 'at most', 'no more than']);
/** What joins a lower bound to an upper one: "and possibly", "but perhaps", "or even". */
const BOUND_LINK = /^[ \t]*,?[ \t]*(?:and|but|or)(?:[ \t]{1,2}(?:possibly|perhaps|maybe|potentially|even|probably))?[ \t]*$/i;

/**
 * Joins two amounts of one currency written as the ends of one range into one quantity with
 * an upper end: "between $140 million and $150 million" is one value, not two figures. "And"
 * joins only after "between" ("$5 million and $2 million in fees" are two amounts). A lower end
 * written without its scale ("$140 to $160 million") takes the scale of the upper end. Two
 * amounts that do not rise are not a range.
 */
function joinRanges(text: string, list: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    // "at least $160 million and possibly as much as $180 million": a lower bound and an upper
    // bound of one amount are its range, not two figures.
    if (b && CURRENCY_CODE.test(a.unit) && b.unit === a.unit && a.upper === undefined && b.upper === undefined && LOWER_BOUNDS.has(a.hedge ?? '') && UPPER_BOUNDS.has(b.hedge ?? '') && a.value < b.value && BOUND_LINK.test(text.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), value: a.value, upper: b.value, unit: a.unit, hedge: null, number: { start: a.number.start, end: b.number.end } });
      i++;
      continue;
    }
    if (!b || !CURRENCY_CODE.test(a.unit) || b.unit !== a.unit || b.hedge || a.upper !== undefined) {
      out.push(a);
      continue;
    }
    const link = RANGE_LINK.exec(text.slice(a.end, b.start));
    const opener = RANGE_OPENER.exec(text.slice(Math.max(0, a.start - 12), a.start));
    if (!link || (/and/i.test(link[0]) && opener?.[1].toLowerCase() !== 'between')) {
      out.push(a);
      continue;
    }
    let low = a.value;
    // "$140 to $160 million": the lower end is in millions too.
    while (low > 0 && low * 1000 <= b.value) low *= 1000;
    if (!(low > 0) || low >= b.value) {
      out.push(a);
      continue;
    }
    const start = opener ? a.start - opener[0].length : a.start;
    out.push({ start, end: b.end, text: text.slice(start, b.end), value: low, upper: b.value, unit: a.unit, hedge: a.hedge, number: { start: a.number.start, end: b.number.end } });
    i++;
  }
  return out;
}
