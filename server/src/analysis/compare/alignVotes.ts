/**
 * Vote tallies: "passed 54-46", "by 61 votes to 39", "by a vote of 61 to 38", "with 61 in favour
 * and 39 against". A tally is read only in a sentence that speaks of a vote (a form of "vote" or
 * a verb of deciding: passed, approved, rejected…), and a sentence about an earlier vote (a year after "in",
 * "last March", "earlier", "previous", "similar") is left out. Each article's own vote is its one
 * tally; an article with two different tallies (a committee and the floor) gives none. Two
 * articles' tallies are of one vote when the number of votes cast is nearly the same (a chamber
 * of 100 is not a committee of 21), and differ when the counts for and against do, read in either
 * order ("failed 46-54" is "54-46"). Each article is read once, by its text: linear.
 */
import type { Article, Span } from '../types';
import type { FindingDraft, RuleContext } from './rules/rule';
import { caseReader } from './oneEach';
import { groupedVersus, MAX_LISTED, rarestFirst } from './rules/rule';

export interface Tally {
  /** The larger count first. */
  high: number;
  low: number;
  span: Span;
  text: string;
}

const N = '(\\d{1,3})';
const SP = '[ \\t]{1,2}';
const TALLY = new RegExp(
  [
    `\\b${N}${SP}votes?${SP}(?:to|against)${SP}${N}\\b`,
    `\\b(?:vote|margin|tally)${SP}of${SP}${N}(?:${SP}to${SP}|[ \\t]?[-\\u2013][ \\t]?)${N}\\b`,
    `\\b${N}${SP}(?:votes?${SP})?(?:in${SP}favou?r|for)(?:${SP}of${SP}[a-z]+)?,?${SP}(?:and${SP}|with${SP})?${N}${SP}(?:votes?${SP})?against\\b`,
    `(?<![\\d$\\u20ac\\u00a3.,/-])${N}[-\\u2013]${N}(?![\\d%]|[-\\u2013.,]\\d|${SP}?(?:year|month|week|day|hour|minute|member|seat|point|per|percent)|-[a-z])`,
  ].join('|'),
  'gi',
);
/** Words that make a sentence about a vote: a form of "vote", a verb of deciding, voters, a body that votes. */
const VOTE_WORDS = /\bvot(?:e|es|ed|ing)\b|\b(?:passed|approved|rejected|adopted|cleared|defeated|endorsed|ratified|confirmed|overturned|upheld|ballots?|tally|margin|lawmakers|senators|MPs|deputies|legislators|senate|parliament|congress|assembly|legislature|chamber|council|committee)\b/i;
/** Votes cast on both sides may differ by this share (abstentions, absences) and still be one vote. */
const TURNOUT_SLACK = 0.1;

/** The tallies of an article's sentences about a current vote, read once per article. Never throws; linear in the text. */
export const extractTallies = caseReader<Tally>(TALLY, VOTE_WORDS, (m) => {
  const nums = m.slice(1).filter((x): x is string => x !== undefined).map(Number);
  if (nums.length !== 2) return null;
  const [a, b] = nums;
  if (a + b < 3) return null;
  return { high: Math.max(a, b), low: Math.min(a, b), span: { start: m.index, end: m.index + m[0].length }, text: m[0] };
});

interface Placed extends Tally {
  article: Article;
}

/** The drafts of `quantity-differs` for one vote told with different tallies: information. */
export function voteFindings(ctx: RuleContext): FindingDraft[] {
  const own: Placed[] = [];
  for (const article of ctx.articles) {
    const tallies = extractTallies(article);
    if (!tallies.length) continue;
    if (new Set(tallies.map((t) => `${t.high}-${t.low}`)).size !== 1) continue;
    own.push({ ...tallies[0], article });
  }
  if (own.length < 2 || own.every((t) => t.high === own[0].high && t.low === own[0].low)) return [];
  // One vote: the votes cast are nearly the same in every article.
  const totals = own.map((t) => t.high + t.low);
  const top = Math.max(...totals);
  if (top - Math.min(...totals) > Math.max(3, TURNOUT_SLACK * top)) return [];
  // The tally most articles give first, so each article's finding names a different one.
  rarestFirst(own, (t) => `${t.high}-${t.low}`);
  const items = own.map((t) => ({ path: t.article.path, outlet: t.article.outlet, span: t.span, wording: t.text, value: `${t.high}-${t.low}` }));
  return [
    {
      items,
      soft: true,
      message: `The vote is given with different tallies: ${groupedVersus(items)}.`,
      why: 'Same vote: each article gives one tally for the vote it reports, and the votes cast are nearly the same.',
      data: { thing: 'vote', values: items.slice(0, MAX_LISTED).map((i) => ({ outlet: i.outlet, path: i.path, value: i.value })) },
    },
  ];
}

