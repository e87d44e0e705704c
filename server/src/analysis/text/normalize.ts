/** Small text helpers shared by the extractors. */

/** Removes a leading byte-order mark, as editors do when they load a file. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Folds a name for comparison: lower case, no diacritics, straight apostrophes, single spaces. */
export function foldName(name: string): string {
  // Printable ASCII without spaces or a backtick (most words) has nothing to fold but case.
  let plain = true;
  for (let i = 0; i < name.length && plain; i++) {
    const c = name.charCodeAt(i);
    plain = c > 0x20 && c < 0x7f && c !== 0x60;
  }
  return plain ? name.toLowerCase() : foldNameFully(name);
}

/** `foldName` without its shortcut for plain ASCII words: every step applied to every name. */
export function foldNameFully(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The part of `text` after the last of the characters `stops` (all of it when none occurs):
 * what `/[^stops]*$/` matches, found by one scan back instead of a match tried at every offset.
 */
export function tailAfter(text: string, stops: string): string {
  let i = text.length;
  while (i > 0 && !stops.includes(text[i - 1])) i--;
  return text.slice(i);
}

/** True when the code unit at `i` is the second half of a surrogate pair. */
export function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}
