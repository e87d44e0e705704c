/**
 * How long one act lasted, in minutes or hours: "the jury deliberated for nine hours", "after 11
 * hours of deliberations", "a two-hour standoff", "a standoff that lasted nearly five hours".
 * The act is the word the length belongs to (the verb before "for", the noun after "of", the
 * noun the length describes, the noun that "lasted"), compared by its stem, so that a verb and
 * its noun ("deliberated", "deliberations") are one act. Each article's one length per act is
 * compared through `oneEach.ts` (an article with two gives none; sentences that name different
 * people or organisations, none in common, are not compared; a sentence about an earlier event,
 * or dated more than a week before the article, is not read), as information, hedged lengths by the range their hedge allows. Lengths in days
 * or longer are left out: a story that develops over days updates them. Each article is read
 * once, by its text: linear.
 */
import type { FindingDraft, RuleContext } from './rules/rule';
import { caseReader, oneEachFindings, peopleInSentence, type CaseValue } from './oneEach';
import { amountsAgree } from './alignMoney';
import { stem } from './claimsText';
import { NUMBER_WORD_PATTERN, wordToNumber } from '../data/numbers';
import { articleDate } from './frames';
import type { Article, Span } from '../types';

/** Days before the article's date after which a dated sentence tells of an earlier act. */
const EARLIER_DAYS = 7;

/**
 * True when the sentence names a day by its month ("on Nov. 7") that is more than a week before
 * the article's date, or any such day when either cannot be placed on the calendar: the act it tells of
 * is an earlier one ("convicted on Nov. 7 after 12 hours of deliberation", in a report of the
 * sentencing weeks later).
 */
function datedEarlier(article: Article, sentence: Span): boolean {
  const own = articleDate(article, article.dates);
  const ownDay = own && /^\d{4}-\d\d-\d\d/.test(own) ? Date.parse(own.slice(0, 10)) : NaN;
  for (const d of article.dates) {
    if (d.start < sentence.start || d.end > sentence.end || d.stated?.month === undefined || d.stated.day === undefined) continue;
    const day = d.value && /^\d{4}-\d\d-\d\d$/.test(d.value) ? Date.parse(d.value) : NaN;
    if (Number.isNaN(ownDay) || Number.isNaN(day) || ownDay - day > EARLIER_DAYS * 86_400_000) return true;
  }
  return false;
}

const SP = '[ \\t]{1,2}';
const N = `(\\d{1,3}(?:\\.\\d)?|${NUMBER_WORD_PATTERN}|an?)`;
const HEDGE = `((?:about|around|roughly|some|approximately|nearly|almost|more${SP}than|less${SP}than|at${SP}least|over|under|just${SP}over|just${SP}under)${SP})?`;
const UNIT = '(minutes?|hours?)';
/**
 * The four ways a length is told, each with its hedge, number, unit and act word: "deliberated
 * for nine hours", "11 hours of deliberations", "a two-hour standoff", "a standoff that lasted
 * nearly five hours".
 */
const LENGTH = new RegExp(
  [
    `\\b([a-z]{4,}ed)${SP}for${SP}${HEDGE}${N}${SP}${UNIT}\\b`,
    `\\b${HEDGE}${N}${SP}${UNIT}${SP}of${SP}([a-z]{4,})\\b`,
    `\\b(?:a|an|the)${SP}${HEDGE}${N}-(minute|hour)${SP}([a-z]{4,})\\b`,
    `\\b([a-z]{4,})${SP}(?:(?:that|which)${SP})?(?:lasted|went${SP}on${SP}for|stretched${SP}for)${SP}${HEDGE}${N}${SP}${UNIT}\\b`,
  ].join('|'),
  'gi',
);
/** Nouns after "N hours of" that measure rather than name an act ("hours of footage", "of work"). */
const NOT_ACTS = new Set(['footage', 'video', 'recordings', 'recording', 'tape', 'tapes', 'work', 'time', 'sleep', 'daylight', 'driving', 'travel', 'flight', 'overtime', 'community', 'service', 'training']);

/** The lengths of acts an article gives, keyed by the act's stem, in minutes. */
export const extractActLengths = caseReader(LENGTH, /\S/, (m, article, sentence) => {
  // The groups of each way: [act, hedge, number, unit] at their places in the pattern.
  const ways: Array<[number, number, number, number]> = [[1, 2, 3, 4], [8, 5, 6, 7], [12, 9, 10, 11], [13, 14, 15, 16]];
  const way = ways.find(([act]) => m[act] !== undefined);
  if (!way || datedEarlier(article, sentence)) return null;
  const [act, hedge, number, unit] = way.map((i) => m[i] ?? '');
  const word = act.toLowerCase();
  if (NOT_ACTS.has(word)) return null;
  const n = /^\d/.test(number) ? Number(number) : wordToNumber(number);
  if (n === null || !Number.isFinite(n) || n <= 0) return null;
  const minutes = /^hour/i.test(unit) ? n * 60 : n;
  return {
    key: stem(word),
    value: String(minutes),
    hedge: hedge.trim().toLowerCase() || null,
    span: { start: m.index, end: m.index + m[0].length },
    text: m[0],
    people: peopleInSentence(article, sentence, true),
  } satisfies CaseValue;
});

/** The drafts of `quantity-differs` for one act's length told differently: information. */
export function actLengthFindings(ctx: RuleContext): FindingDraft[] {
  return oneEachFindings(ctx, extractActLengths, {
    thing: (key) => `length of ${key}`,
    message: (_key, versus) => `How long it lasted is given differently: ${versus}.`,
    why: 'Same act: each article gives one length for an act named by one word stem, and no two name different people or organisations with it.',
    agree: amountsAgree,
  });
}
