/**
 * Conversion from the core's UTF-16 offsets to Unicode code point offsets, which is how brat
 * standoff and the W3C Web Annotation selectors count characters. A character outside the Basic
 * Multilingual Plane (an emoji, say) is two UTF-16 code units but one code point.
 */

/** How many UTF-16 code units each checkpoint block covers. */
const BLOCK = 1024;

/** Converts offsets of one text; built once per text so that many conversions stay cheap. */
export interface CodePointIndex {
  /**
   * The code point offset of a UTF-16 offset. An offset that falls between the two halves of a
   * surrogate pair is moved to the start of the pair when `round` is 'down' (a span's start)
   * and past its end when 'up' (a span's end), so a span never cuts a character in half.
   */
  toCodePoint(offset: number, round?: 'down' | 'up'): number;
  /** The UTF-16 offset `count` code points before `offset` (never before 0). */
  back(offset: number, count: number): number;
  /** The UTF-16 offset `count` code points after `offset` (never past the end). */
  forward(offset: number, count: number): number;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Builds the index. The text is scanned once; the index keeps, for every block of 1,024 code
 * units, how many low surrogates that complete a pair came before it, so each conversion reads
 * at most one block. A text with no surrogates at all converts by identity.
 */
export function codePointIndex(text: string): CodePointIndex {
  const length = text.length;
  const clamp = (o: number) => (Number.isFinite(o) ? Math.max(0, Math.min(length, Math.trunc(o))) : 0);
  // True when the code unit at `i` is the second half of a pair, which does not count as a character.
  const trailing = (i: number) => i > 0 && i < length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1));
  const hasPairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);

  let before: Uint32Array | null = null;
  if (hasPairs) {
    before = new Uint32Array(Math.floor(length / BLOCK) + 1);
    let seen = 0;
    for (let i = 0; i <= length; i++) {
      if (i % BLOCK === 0) before[i / BLOCK] = seen;
      if (trailing(i)) seen++;
    }
  }

  const toCodePoint = (offset: number, round: 'down' | 'up' = 'down'): number => {
    let o = clamp(offset);
    if (trailing(o)) o += round === 'up' ? 1 : -1;
    if (!before) return o;
    const block = Math.floor(o / BLOCK);
    let skipped = before[block];
    for (let i = block * BLOCK; i < o; i++) if (trailing(i)) skipped++;
    return o - skipped;
  };

  const back = (offset: number, count: number): number => {
    let o = clamp(offset);
    for (let n = 0; n < count && o > 0; n++) {
      o--;
      if (trailing(o)) o--;
    }
    return o;
  };

  const forward = (offset: number, count: number): number => {
    let o = clamp(offset);
    for (let n = 0; n < count && o < length; n++) {
      o++;
      if (trailing(o)) o++;
    }
    return o;
  };

  return { toCodePoint, back, forward };
}
