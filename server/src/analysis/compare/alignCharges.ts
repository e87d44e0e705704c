/**
 * The degree of a charge: "charged with first-degree murder" in one article, "second-degree
 * murder" in another. A degree is read with its crime ("first-degree murder", "second-degree
 * attempted murder", "third-degree assault") in a sentence about a charge, a plea or a verdict,
 * not in a sentence about an earlier case. Each article's degree of a crime is its one degree of
 * it, compared per crime as information under `status-differs` (`oneEach.ts`); "murder" told
 * without a degree is not compared. Each article is read once, by its text: linear.
 */
import type { FindingDraft, RuleContext } from './rules/rule';
import { caseReader, oneEachFindings, peopleInSentence } from './oneEach';

const SP = '[ \\t]{1,2}';
const CRIME = `(?:murder|manslaughter|homicide|assault|sexual${SP}assault|burglary|robbery|arson|kidnapping|rape|theft|criminal${SP}sexual${SP}conduct)`;
/** "first-degree murder", "2nd-degree attempted murder", "attempted first-degree murder". */
const DEGREE = new RegExp(`\\b(?:(attempted)${SP})?(first|second|third|fourth|1st|2nd|3rd|4th)[- ]degree${SP}(?:(attempted)${SP})?(${CRIME})\\b`, 'gi');
/** Words that make a sentence about a charge, a plea or a verdict. */
const CHARGE_WORDS = /\b(?:charg(?:e|es|ed|ing)|indict(?:ed|ment)|accused|fac(?:es|ed|ing)|counts?|convicted|guilty|plea(?:ded|d)?|arrested|booked|suspicion|sentenced|jailed|held)\b/i;
const ORDINALS: Record<string, string> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth' };

/** The degrees of the charges an article's sentences name, keyed by crime. Never throws; linear in the text. */
export const extractChargeDegrees = caseReader(DEGREE, CHARGE_WORDS, (m, article, sentence) => {
  const degree = m[2].toLowerCase();
  const crime = `${m[1] || m[3] ? 'attempted ' : ''}${m[4].toLowerCase().replace(/\s+/g, ' ')}`;
  return { key: crime, value: ORDINALS[degree] ?? degree, span: { start: m.index, end: m.index + m[0].length }, text: m[0], people: peopleInSentence(article, sentence) };
});

/** The drafts of `status-differs` for one charge given different degrees: information. */
export function chargeDegreeFindings(ctx: RuleContext): FindingDraft[] {
  return oneEachFindings(ctx, extractChargeDegrees, {
    thing: (crime) => `charge of ${crime}`,
    message: (crime, versus) => `The charge of ${crime} is given different degrees: ${versus}.`,
    why: 'Same charge: each article gives one degree of this crime for the case it reports, and no two name different people with it.',
  });
}
