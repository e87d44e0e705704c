/**
 * Places named inside an organisation's name: "Texas" in "University of Texas", "U.S." in "U.S.
 * Department of Agriculture", "New Zealand" in "New Zealand Herald". The organisation stays one
 * name (one highlight, one entity); the places it contains are a second, nested layer that says
 * where the organisation is or whom it serves. A part counts only when the gazetteer knows it as
 * a country, a region or a large city and it is written capitalised; a city whose name is also a
 * common word or a person's name ("Mobile", "Lincoln") does not count, and the whole name is
 * never its own part, nor are the parts of a place's name that stands for an organisation.
 */
import { COMMON_WORDS, DEMONYMS, GIVEN_NAMES, LARGE_CITIES, PEOPLE, PLACES, SURNAMES } from '../data/names';
import type { Mention, Span } from '../types';

/** A place named inside another name, with offsets in the article. */
export interface NamedPlace extends Span {
  text: string;
}

/** The longest place name tried, in words ("Bosnia and Herzegovina"). */
const MAX_WORDS = 4;

function isPlace(lower: string): boolean {
  if (DEMONYMS.has(lower)) return false;
  if (PLACES.has(lower)) return true;
  // A city named like a person or a thing names the person or thing inside another name as
  // often as the city ("Lincoln Center", "Hamilton College", "Orange Bowl").
  return LARGE_CITIES.has(lower) && !COMMON_WORDS.has(lower) && !GIVEN_NAMES.has(lower) && !SURNAMES.has(lower) && !PEOPLE.has(lower);
}

/**
 * The places an organisation's name contains, in text order, longest first where they overlap
 * ("North Carolina", not "Carolina"). Other kinds of names give none: a place's own parts
 * ("Mexico" in "Mexico City") are not places it is in, and a person's name is not read.
 */
export function placesInName(mention: Pick<Mention, 'start' | 'text' | 'kind'>): NamedPlace[] {
  if (mention.kind !== 'organization') return [];
  // A place's name standing for its government or team ("North Korea said", "Chicago won") is
  // one place, not a name with places inside.
  if (isPlace(mention.text.replace(/^the\s+/i, '').toLowerCase())) return [];
  const words: Array<{ start: number; end: number }> = [];
  for (const m of mention.text.matchAll(/[^\s/()]+/g)) {
    let end = m.index + m[0].length;
    // A possessive or a trailing comma is not part of the word ("Texas's", "Sheffield,").
    const bare = m[0].replace(/(?:['\u2019]s?|,)$/u, '');
    end = m.index + bare.length;
    if (bare) words.push({ start: m.index, end });
  }
  const out: NamedPlace[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      if (n === words.length) continue;
      const first = mention.text[words[i].start];
      const last = mention.text[words[i + n - 1].start];
      // Every word of the place is capitalised at its ends ("Bosnia and Herzegovina" has a
      // lower-case word inside, which the lookup itself checks).
      if (!isUpper(first) || !isUpper(last)) continue;
      const text = mention.text.slice(words[i].start, words[i + n - 1].end);
      if (!isPlace(text.toLowerCase())) continue;
      out.push({ start: mention.start + words[i].start, end: mention.start + words[i + n - 1].end, text });
      i += n - 1;
      break;
    }
  }
  return out;
}

function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
