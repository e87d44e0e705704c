/**
 * Hyphenated compounds ("Jean-Claude", "U.S.-led", "Che-cheung"): the tagger splits them into
 * word, hyphen, word, while the extractors that read names and titles want them as one word.
 */
import type { Token } from '../text/tokens';

/** A hyphen as it joins the parts of a compound: hyphen-minus, hyphen, or non-breaking hyphen. */
const HYPHEN = /^[-\u2010\u2011]$/;

/**
 * Index of the last token of the hyphenated compound that starts at `tokens[i]`, or `i` when
 * none does. Parts are glued while a hyphen touches both of them and the part after it starts
 * with a letter; `joins`, when given, may refuse a join by looking at the two parts around a
 * hyphen, and the compound then ends before that hyphen.
 */
export function compoundEnd(tokens: readonly Token[], i: number, joins?: (left: Token, right: Token) => boolean): number {
  let j = i;
  while (
    j + 2 < tokens.length &&
    HYPHEN.test(tokens[j + 1].text) &&
    tokens[j + 1].start === tokens[j].end &&
    tokens[j + 2].start === tokens[j + 1].end &&
    /^\p{L}/u.test(tokens[j + 2].text) &&
    (!joins || joins(tokens[j], tokens[j + 2]))
  ) {
    j += 2;
  }
  return j;
}
