/**
 * Word-level helpers for comparing claims: words with their offsets, a light stemmer, and
 * content stems. Everything here is linear in the length of its input.
 */
import type { Span } from '../types';
import wordData from '../data/rulesWords.json';
import { scanWords } from '../text/words';

/** A word of a text with its offsets. */
export interface Word extends Span {
  text: string;
}

const STOPWORDS = new Set<string>(wordData.stopwords);
const SYNONYMS: Record<string, string> = wordData.synonyms;

/** The words of `text[span]` with offsets into `text`, read by the analysis's one word scanner. */
export function wordsOf(text: string, span: Span = { start: 0, end: text.length }): Word[] {
  const out: Word[] = [];
  for (const w of scanWords(text, span.start, span.end)) {
    if (w.kind !== 'word') continue;
    // Claims compare words without an abbreviation's stop ("Mr." as "Mr"); initials keep theirs.
    const bare = w.text.endsWith('.') && !/\.[\p{L}]\.$/u.test(w.text) && !/^[\p{L}]\.$/u.test(w.text);
    out.push({ start: w.start, end: bare ? w.end - 1 : w.end, text: bare ? w.text.slice(0, -1) : w.text });
  }
  return out;
}

/** Printable ASCII except the backtick: text that folding only lower-cases. */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Lower case with straight apostrophes and no diacritics. */
export function fold(word: string): string {
  // Most words are plain ASCII, which has no diacritics or curly apostrophes to remove.
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase();
}

/**
 * A crude English stem: enough to make "discussed", "discussions" and "discussing" compare
 * equal, and "seriously" equal to "serious". Synonyms from the data then map stems that name
 * the same thing onto one.
 */
export function stem(word: string): string {
  let cached = stems.get(word);
  if (cached === undefined) {
    // Bounded: a long session meets ever more words.
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, (cached = stemUncached(word)));
  }
  return cached;
}

/** Stems of the words met so far: the same words recur in every article of a story. */
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

function stemUncached(word: string): string {
  let w = fold(word).replace(/'s$/, '').replace(/'$/, '');
  if (/\d/.test(w)) return w.replace(/,/g, '');
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ions')) w = w.slice(0, -4);
  else if (w.length > 4 && w.endsWith('ion')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return SYNONYMS[w] ?? w;
}

/** True for words that carry no content of their own. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(fold(word));
}

/** The distinct content stems of `text[span]`, in order of first appearance. */
export function contentStems(text: string, span?: Span, skip: Span[] = []): string[] {
  return stemsOfWords(wordsOf(text, span), skip);
}

/** `contentStems` of words already read (`wordsOf` of the span). */
export function stemsOfWords(words: readonly Word[], skip: readonly Span[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words) {
    if (skip.some((s) => w.start < s.end && s.start < w.end)) continue;
    if (isStopword(w.text)) continue;
    const s = stem(w.text);
    if (s.length < 2 || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

/**
 * The list copied to its length, for lists that are kept: a list grown by push (or built by
 * `filter`) keeps room for 17 entries, and a compared story keeps hundreds of thousands of lists
 * of one to a few entries. An empty list is returned as it is: it holds no room.
 */
export function fitted<T>(list: T[]): T[] {
  return list.length ? list.slice() : list;
}

/** How many items two lists share. */
export function sharedCount(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  let n = 0;
  for (const x of new Set(b)) if (set.has(x)) n++;
  return n;
}

/** The items two lists share, in the order of the first. */
export function shared(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => set.has(x));
}

/** Collapses white space and trims, for showing a wording in a message. */
export function clean(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  // Cut at a word boundary so that no word is shown half.
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

export { sentenceAt } from '../text/segment';

/** A segment that opens with a count ("31 magazines", "and about 300 rounds"): an item of a list of counts. */
const COUNT_ITEM = /^\s*(?:(?:and|or)\s+)?(?:(?:about|some|nearly|almost|around|roughly|at least|at most|more than|fewer than|less than|over|up to)\s+)?(?:\$|€|£)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b)/i;

/**
 * The clause of a sentence around `span`: the text between the nearest clause punctuation
 * (comma, semicolon, colon, dash, parenthesis) before and after it. A comma between items of a
 * list of counts ("confiscated 14 rifles, 31 magazines and 923 rounds") joins noun phrases of
 * one clause, so the clause of each count runs over the whole list to its verb.
 */
export function clauseAround(text: string, sentence: Span, span: Span): Span {
  const isBreak = (c: string) => c === ',' || c === ';' || c === ':' || c === '\u2014' || c === '\u2013' || c === '(' || c === ')';
  // A clause is read at most 400 characters either side, however long the sentence.
  const min = Math.max(sentence.start, span.start - 400);
  const max = Math.min(sentence.end, span.end + 400);
  let start = span.start;
  for (;;) {
    while (start > min && !isBreak(text[start - 1])) start--;
    // Past a list comma when this segment and the one before it each open with a count.
    if (start <= min || text[start - 1] !== ',' || !COUNT_ITEM.test(text.slice(start, span.end))) break;
    let before = start - 1;
    while (before > min && !isBreak(text[before - 1])) before--;
    if (!/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(text.slice(before, start - 1))) break;
    start = start - 1;
  }
  let end = span.end;
  for (;;) {
    while (end < max && !isBreak(text[end])) end++;
    // Past a list comma when the next segment is another count of the list.
    if (end >= max || text[end] !== ',' || !COUNT_ITEM.test(text.slice(end + 1, Math.min(max, end + 40)))) break;
    end++;
  }
  return { start, end };
}
