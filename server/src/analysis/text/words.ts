/**
 * The one word scanner of the analysis, and the one reading of abbreviations. Extractors and
 * comparers split text into words here, and the sentence segmentation asks here whether a full
 * stop after a word ends a sentence, so "U.S." or "Mr." is one word wherever it is read and the
 * same stop that keeps a word whole never ends a sentence. Everything is linear in the length
 * of the text read.
 */
import type { Span } from '../types';
import abbreviations from '../data/abbreviations.json';

/** A word or a punctuation mark with its offsets in the text. */
export interface Word extends Span {
  text: string;
  lower: string;
  /** 'word' for letters and digits, 'punct' for any other single character. */
  kind: 'word' | 'punct';
}

/**
 * One word: letters, marks and digits, joined by a hyphen, an apostrophe, a full stop or an
 * ampersand ("son-in-law", "O'Brien", "U.S", "AT&T"), or by a comma between digits ("1,300");
 * or any other single character that is not white space. A joiner is needed before each
 * repetition, so the pattern cannot backtrack badly.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'\u2019.&]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|[^\s\p{L}\p{N}]/gu;
/** The same word, anchored where the search starts. */
const WORD_AT = new RegExp(WORD.source, 'uy');

/**
 * An entry written in lower case matches a word in lower case or capitalised ("etc", "Etc"), an
 * entry written with a capital only a capitalised word ("Ill" for Illinois, not "ill").
 */
function table(entries: readonly string[]): { anyCase: Set<string>; capitalised: Set<string> } {
  const anyCase = new Set<string>();
  const capitalised = new Set<string>();
  for (const e of entries) (e === e.toLowerCase() ? anyCase : capitalised).add(e.toLowerCase());
  return { anyCase, capitalised };
}

const NEVER_ENDS = table(abbreviations.never);
const MAY_END = table(abbreviations.ambiguous);
const STARTERS = new Set<string>(abbreviations.sentenceStarters);

function listed(list: { anyCase: Set<string>; capitalised: Set<string> }, word: string, lower: string): boolean {
  if (/^\p{Lu}/u.test(word)) {
    // Capitals throughout are a word of their own ("CA" is California, not "ca." for circa).
    if (list.capitalised.has(lower)) return true;
    return list.anyCase.has(lower) && (word.length < 2 || !/^[\p{Lu}.]+$/u.test(word));
  }
  return list.anyCase.has(lower);
}

/** Letters joined by full stops ("U.S", "Ph.D", "a.m", "A.J"): initials written without the last stop. */
const INITIALISM = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;

/** How a word written before a full stop reads: which kind of abbreviation, or none. */
export type Abbreviation = 'never' | 'ambiguous' | null;

/**
 * Whether `written` (without its stop) is an abbreviation: `never` when its stop never ends a
 * sentence ("Mr", "e.g"); `ambiguous` when it may ("Inc", "U.S", a single letter: "J.", "c.").
 */
export function abbreviationOf(written: string): Abbreviation {
  // The last part of a hyphenated word is what abbreviates ("then-No.", "D-W.", "Golf-U.S.").
  const word = written.slice(written.lastIndexOf('-') + 1);
  const lower = word.toLowerCase();
  if (listed(NEVER_ENDS, word, lower)) return 'never';
  if (listed(MAY_END, word, lower) || INITIALISM.test(word) || /^\p{L}$/u.test(word)) return 'ambiguous';
  return null;
}

/**
 * True for a title abbreviated with its stop ("Adm.", "Msgr.", "Atty."), given in lower case:
 * the capitalised entries of the abbreviations whose stop never ends a sentence.
 */
export function isAbbreviatedTitle(lower: string): boolean {
  return lower.endsWith('.') && NEVER_ENDS.capitalised.has(lower.slice(0, -1));
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;

/** True for the code of an ASCII letter or digit. */
const isAsciiLetterOrDigit = (code: number): boolean => (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);

/** True for a letter, mark or digit (a character as `charBefore` and `charAt` give it). */
function isWordChar(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  // ASCII, the common case, without a regular expression.
  if (code < 0x80) return isAsciiLetterOrDigit(code);
  return WORD_CHAR.test(c);
}

/**
 * The character that ends at offset `i`: one code unit, or two for a letter beyond the Basic
 * Multilingual Plane, so that such a letter is read whole. '' at the start of the text.
 */
export function charBefore(text: string, i: number): string {
  if (i >= 2) {
    const low = text.charCodeAt(i - 1);
    const high = text.charCodeAt(i - 2);
    if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return i >= 1 ? text[i - 1] : '';
}

/** The character that starts at offset `i` (two code units beyond the Basic Multilingual Plane), or ''. */
export function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The longest word the scanner reads back from `end`, at most 40 characters back, or null. */
export function wordBefore(text: string, end: number): Span | null {
  const floor = Math.max(0, end - 40);
  let s = end;
  while (s > floor) {
    const c = charBefore(text, s);
    if (isWordChar(c)) s -= c.length;
    else if (s - 1 > floor && isWordChar(charBefore(text, s - 1)) && isWordChar(charAt(text, s)) && (/[-'\u2019.&]/.test(c) || (c === ',' && /\p{N}/u.test(text[s - 2]) && /\p{N}/u.test(text[s])))) s--;
    else break;
  }
  // A word starts with a letter or digit, not with a combining mark.
  while (s < end && !/^[\p{L}\p{N}]/u.test(charAt(text, s))) s += charAt(text, s).length || 1;
  return s < end ? { start: Math.min(s, end), end } : null;
}

/** The word that follows a full stop, and whether a bracket opens before it. */
export interface NextWord {
  word: Word;
  /** True when "(" or "[" stands before the word. */
  bracketed: boolean;
}

/**
 * The next word after `from`: past closing marks, then white space (at least one character of
 * it), then at most one opening mark ("(", a quotation mark); read from at most 64 characters.
 * Null when no word follows so.
 */
export function nextWord(text: string, from: number): NextWord | null {
  let i = from;
  while (i < text.length && /["'\u201d\u2019)\]]/.test(text[i])) i++;
  const spaced = i;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (i === spaced) return null;
  const bracketed = text[i] === '(' || text[i] === '[';
  if (/["'\u201c\u2018(\[]/.test(text[i] ?? '')) i++;
  WORD_AT.lastIndex = 0;
  const m = WORD_AT.exec(text.slice(i, i + 64));
  if (!m || !/^[\p{L}\p{N}]/u.test(m[0])) return null;
  return { word: { start: i, end: i + m[0].length, text: m[0], lower: m[0].toLowerCase(), kind: 'word' }, bracketed };
}

/**
 * Whether `next` can open a sentence: a capital or a digit, a name in lower case with a capital
 * inside ("iPhone", "eBay"), or a bracket ("(credit: …)").
 */
export function opensSentence(next: NextWord): boolean {
  return /^(?:[\p{Lu}\p{N}]|\p{Ll}+\p{Lu})/u.test(next.word.text) || next.bracketed;
}

/**
 * Whether the full stop at `dot` ends a sentence as far as the words around it tell. The next
 * word must be able to open one. Then the word before decides: never after a title or "e.g.";
 * after initials or an ambiguous abbreviation only when the next word usually opens a sentence
 * ("U.S. The", not "U.S. Army"), never before a number or a bracket in lower case; after any
 * other word, yes.
 */
export function stopEndsSentence(text: string, dot: number): boolean {
  const next = nextWord(text, dot + 1);
  if (!next || !opensSentence(next)) return false;
  const word = wordBefore(text, dot);
  const kind = word ? abbreviationOf(text.slice(word.start, word.end)) : null;
  if (kind === null) return true;
  // "at 6 p.m. (local time)": a bracket in lower case goes on the sentence of an abbreviation.
  if (kind === 'never' || (next.bracketed && /^\p{Ll}/u.test(next.word.text))) return false;
  // A contraction opens a sentence as its first part does ("I've", "It's").
  return !/^\p{N}/u.test(next.word.text) && STARTERS.has(next.word.lower.split(/['\u2019]/)[0]);
}

/**
 * Whether the full stop at `text[end]` belongs to the word `text[start, end)`: it does for
 * initials ("U.S.", "J.") and for an abbreviation whose stop does not end a sentence here
 * ("Mr.", "Inc. said"); otherwise it is a mark of its own. The tagger's tokens
 * follow the same decision (`text/tokens.ts`).
 */
export function keepsStop(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (INITIALISM.test(value) || /^\p{Lu}$/u.test(value)) return true;
  return abbreviationOf(value) !== null && !stopEndsSentence(text, end);
}

/**
 * Splits `text[from, to)` into words and punctuation marks. A full stop stays with the word
 * before it when the two are initials ("U.S.", "J.") or an abbreviation whose stop does not end
 * a sentence here ("Mr.", "Inc. said"); otherwise it is a mark of its own.
 *
 * The extractors and comparers read many windows of one article (a sentence, the words before a
 * quote, a clause), often the same ones: once a text has been asked for twice, its words are
 * scanned once and a window is read from them (see {@link windowOf}), with the same result as
 * scanning the window itself.
 */
export function scanWords(text: string, from = 0, to = text.length): Word[] {
  // A whole text (a sentence cut out by the caller) is read once; odd bounds are read as given.
  if (from === 0 && to === text.length) return scanRange(text, from, to);
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= text.length)) return scanRange(text, from, to);
  const words = indexed(text);
  return words ? windowOf(text, words, from, to) : scanRange(text, from, to);
}

/** Texts read in windows lately, most recent last, with their words once read twice. */
const recent = new Map<string, Word[] | null>();
/**
 * How many texts keep their words: one, the article being analysed or whose claims are being
 * built (an article's windows are read one article after another, never interleaved with
 * another's). Words kept for more texts outlive the young generation's collections and are
 * copied into the old one: with eight, nearly every article's words were, a fifth of all that
 * the check promoted. A text read in turn with another is read window by window, as a text
 * read once.
 */
const MAX_RECENT = 1;
/** Longer texts are read window by window: their words would hold too much memory. */
const MAX_INDEXED = 1_000_000;

/** The words of the whole `text` when it is read in windows often enough to keep them, else null. */
function indexed(text: string): Word[] | null {
  // Most windows are of the text the last one was of.
  if (text === lastText) return lastWords;
  if (text.length > MAX_INDEXED) return null;
  let words = recent.get(text);
  if (words === undefined) {
    // First time: only remembered. Texts read once (a comparison visiting every article of a
    // story in turn) are never scanned whole.
    if (recent.size >= MAX_RECENT) recent.delete(recent.keys().next().value!);
    recent.set(text, null);
    return null;
  }
  recent.delete(text);
  if (words === null) words = scanRange(text, 0, text.length);
  recent.set(text, words);
  lastText = text;
  lastWords = words;
  return words;
}

/** The text of the last window read from its words, and those words. */
let lastText: string | null = null;
let lastWords: Word[] | null = null;

/**
 * The words of `text[from, to)` from the words of the whole text: those inside the window as
 * they are, and the text scanned afresh only where the window cuts a word (a word cut at `from`
 * reads as its tail, and may join what follows differently) until the scan meets the whole
 * text's words again, and from the last word `to` cuts. Scanning resumes identically at any
 * offset between two words of the whole text, as nothing but white space lies between them.
 */
function windowOf(text: string, words: readonly Word[], from: number, to: number): Word[] {
  // The first word ending after `from`.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Word[] = [];
  let i = lo;
  if (i < words.length && words[i].start < from) {
    // `from` cuts a word: scan from it until the scan stops between two words of the whole text.
    const part = text.slice(from, to);
    WORD.lastIndex = 0;
    for (;;) {
      const w = scanNext(text, part, from);
      if (!w) return out;
      out.push(w);
      const at = from + WORD.lastIndex;
      while (i < words.length && words[i].end <= at) i++;
      if (i >= words.length || words[i].start >= at) break;
    }
  }
  for (; i < words.length && words[i].end <= to; i++) out.push(words[i]);
  // `to` cuts the next word: scan from its start to `to`.
  if (i < words.length && words[i].start < to) for (const w of scanRange(text, words[i].start, to)) out.push(w);
  return out;
}

const LETTER_OR_DIGIT_START = /^[\p{L}\p{N}]/u;

/** True when `value` starts with a letter or a digit; ASCII is told without a regular expression. */
export function opensWithLetterOrDigit(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 0x80) return isAsciiLetterOrDigit(c);
  return LETTER_OR_DIGIT_START.test(value);
}

/** Splits `text[from, to)` into words, reading the text itself. */
function scanRange(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const part = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let w = scanNext(text, part, from); w; w = scanNext(text, part, from)) out.push(w);
  return out;
}

/** The next word of `part` (`text` from `from` on) after `WORD.lastIndex`, or null; moves `WORD.lastIndex` past it. */
function scanNext(text: string, part: string, from: number): Word | null {
  const m = WORD.exec(part);
  if (!m) return null;
  let value = m[0];
  const start = from + m.index;
  const isWord = opensWithLetterOrDigit(value);
  if (isWord && part[m.index + value.length] === '.' && keepsStop(text, start, start + value.length)) {
    value += '.';
    WORD.lastIndex++;
  }
  return { start, end: start + value.length, text: value, lower: value.toLowerCase(), kind: isWord ? 'word' : 'punct' };
}
