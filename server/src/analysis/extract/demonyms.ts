/**
 * Words for the people or things of a place ("Alaskan", "Central Asian", "Bostonian",
 * "African-American"). They describe; they name no place, person or organisation. Besides the
 * hand list of nationalities and creeds (`DEMONYMS`), a word is one when English makes it from
 * a place the gazetteer knows with a demonym's ending ("Kenya" + "n", "Brazil" + "ian",
 * "Canada" → "Canadian", "Texas" → "Texan", "Nepal" + "ese", "Iraq" + "i"), and is not itself a
 * place or a person's name ("Roman", "Adrian" and "Christian" are given names; "Oman" is a
 * country). Derived forms are only read from countries, regions and large cities: a small
 * town's name is too often a surname.
 */
import { COUNTRIES_AND_REGIONS, DEMONYMS, GIVEN_NAMES, LARGE_CITIES, PEOPLE, PLACES, SURNAMES } from '../data/names';

/** An ending of a demonym and the endings of the place names it may replace ("" adds it). */
/** `base` is what is left of the word once the ending is taken off, and must match `baseEnds`. */
const ENDINGS: ReadonlyArray<{ suffix: string; stems: string[]; baseEnds?: RegExp; countriesOnly?: boolean }> = [
  { suffix: 'ian', stems: ['', 'a', 'y', 'ia', 'as'] },
  { suffix: 'ese', stems: ['', 'a'] },
  { suffix: 'an', stems: ['a', 'as', 'o'] },
  // "Hawaiian", "Chicagoan": after a vowel only ("Coro" + "n" would make "Coron" a demonym).
  { suffix: 'an', stems: [''], baseEnds: /[eiou]$/ },
  { suffix: 'n', stems: [''], baseEnds: /a$/ },
  // "Iraqi", "Kuwaiti": from countries only, since many surnames end so ("Milani", "Parisi").
  { suffix: 'i', stems: [''], countriesOnly: true },
];

const cache = new Map<string, boolean>();

function isPlaceName(name: string, countriesOnly: boolean): boolean {
  if (COUNTRIES_AND_REGIONS.has(name)) return true;
  return !countriesOnly && (PLACES.has(name) || LARGE_CITIES.has(name));
}

/** True when `lower` (a word or phrase in lower case) is made from a known place by a demonym's ending. */
function derived(lower: string): boolean {
  for (const e of ENDINGS) {
    if (!lower.endsWith(e.suffix) || lower.length < e.suffix.length + 3) continue;
    const base = lower.slice(0, -e.suffix.length);
    if (e.baseEnds && !e.baseEnds.test(base)) continue;
    for (const stem of e.stems) if (isPlaceName(base + stem, !!e.countriesOnly)) return true;
  }
  return false;
}

/**
 * True when a word or a phrase, in lower case, is a demonym or an adjective of place: in the hand
 * list, made of demonyms joined by hyphens ("african-american"), or derived from a place.
 */
export function isDemonymPhrase(lower: string): boolean {
  const bare = lower.replace(/\.$/, '');
  if (DEMONYMS.has(bare)) return true;
  let known = cache.get(bare);
  if (known !== undefined) return known;
  const parts = bare.split('-');
  if (parts.length > 1 && parts.every((p) => p && (DEMONYMS.has(p) || isDemonymPhrase(p)))) known = true;
  else if (PLACES.has(bare) || COUNTRIES_AND_REGIONS.has(bare) || LARGE_CITIES.has(bare)) known = false;
  else if (!bare.includes(' ') && (GIVEN_NAMES.has(bare) || SURNAMES.has(bare) || PEOPLE.has(bare))) known = false;
  // A plural names the people ("Alaskans").
  else known = /^\p{L}[\p{L} .'\u2019]*$/u.test(bare) && (derived(bare) || (bare.endsWith('s') && derived(bare.slice(0, -1))));
  // The cache holds the words an article uses, never more than a few thousand entries.
  if (cache.size > 50_000) cache.clear();
  cache.set(bare, known);
  return known;
}
