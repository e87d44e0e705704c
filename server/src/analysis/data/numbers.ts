/**
 * English number words, shared by the date extractor ("two days ago", "Seventeen years ago")
 * and the quantity extractor ("nine missiles", "twenty-five people", "1.5 million").
 */

/** Cardinal words from zero to nineteen, and the tens. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that multiply the number before them ("1.5 million", "two hundred"). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  // Abbreviations used in headlines and financial copy ("£2bn", "$5m", "10k").
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  mln: 1_000_000,
  bn: 1_000_000_000,
  b: 1_000_000_000,
  tn: 1_000_000_000_000,
};

/**
 * Reads a number written in words ("two", "twenty-five", "a", "a dozen"), returning null when
 * the text is not one. Case does not matter.
 */
export function wordToNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a dozen' || w === 'dozen') return 12;
  if (w === 'a couple of' || w === 'a couple') return 2;
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const parts = w.split(/[-\s]/);
  if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) {
    const tens = NUMBER_WORDS[parts[0]];
    const unit = NUMBER_WORDS[parts[1]];
    if (tens >= 20 && tens % 10 === 0 && unit >= 1 && unit <= 9) return tens + unit;
  }
  return null;
}

/** A regular-expression source matching one number word, including "twenty-five". */
export const NUMBER_WORD_PATTERN =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
