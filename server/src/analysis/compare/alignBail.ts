/**
 * Bail: the amount a court set for a suspect's release ("held on $500,000 bail", "a judge set his
 * bail at $750,000", "held on $150,000 bond each", "bail of £5,000"). An amount is read only
 * beside the word "bail" or "bond" in a sentence about custody or a court, and not in a sentence
 * about an earlier case ("last year", "in 2019"). Each article's bail is its one amount per
 * currency, compared as information under `quantity-differs` (`oneEach.ts`). Each article is
 * read once, by its text: linear.
 */
import type { FindingDraft, RuleContext } from './rules/rule';
import { caseReader, oneEachFindings, peopleInSentence } from './oneEach';
import { MONEY, moneyOf } from './alignMoney';

const SP = '[ \\t]{1,2}';
/** "$500,000 bail", "a $1 million cash bond"; "bail of $5,000", "bail was set at $750,000", "bond at $150,000". */
const BAIL = new RegExp(
  [
    `${MONEY}(?:${SP}(?:cash|secured|unsecured|surety|cash-only|cash-or-surety|property))?${SP}(?:bail|bond)\\b`,
    `\\b(?:bail|bond)(?:${SP}(?:was|is|has${SP}been|had${SP}been|will${SP}be))?(?:${SP}(?:later|initially))?${SP}(?:set${SP}at|of|at|totall?ing)${SP}${MONEY}`,
  ].join('|'),
  'gi',
);
/** Words that make a sentence about custody or a court, where "bond" is bail. */
const CUSTODY = /\b(?:held|hold|holding|jail|jailed|custody|court|judge|magistrate|set|posted|post|charged|arraign(?:ed|ment)?|released|freed|booked|detention|remanded|lieu)\b/i;

/** The bail amounts of an article's sentences about the story's own case, keyed by currency sign. Never throws; linear in the text. */
export const extractBail = caseReader(BAIL, CUSTODY, (m, article, sentence) => {
  // MONEY holds six groups: the first alternative's amount is groups 1 to 6, the second's 7 to 12.
  const money = moneyOf(m, m[1] !== undefined || m[4] !== undefined ? 1 : 7);
  if (!money) return null;
  return { key: money.sign, value: String(money.value), span: { start: m.index, end: m.index + m[0].length }, text: m[0], people: peopleInSentence(article, sentence) };
});

/** The drafts of `quantity-differs` for one bail given different amounts: information. */
export function bailFindings(ctx: RuleContext): FindingDraft[] {
  return oneEachFindings(ctx, extractBail, {
    thing: () => 'bail',
    message: (_key, versus) => `The bail is given as different amounts: ${versus}.`,
    why: 'Same bail: each article gives one bail amount for the case it reports, and no two name different people with it.',
  });
}
