/**
 * Stray spellings of a name: a capitalised word one source writes where the other sources (or
 * the same article elsewhere) write a name one letter away ("Regains" for "Reagins", "Oriels"
 * for "Orioles", "Browsnville" for "Brownsville"). Such a word is often no name mention at
 * all, since the misspelt form may be an English word, so the search runs over every
 * capitalised word of the articles, not over the entities linking found.
 *
 * A word is taken for a stray spelling of another only with evidence besides the letters, so
 * that two different people or places with similar names are not merged:
 * - the same slot: the neighbouring words match those of an occurrence of the other spelling
 *   ("with the Angeles" / "with the Angels"; a sentence start before a verb on both sides);
 * - the same writer: the article itself writes the other spelling elsewhere, the word is
 *   never an ordinary lower-case word of the story, and every article that uses it also uses
 *   the other spelling (no outlet spells it so consistently);
 * - the same name otherwise: the word stands in a name whose other words are those of a name
 *   with the other spelling ("Gulf of Eden" / "Gulf of Aden"), for places and organisations.
 * The other spelling must be used by at least as many articles; a word in a person's full name
 * is left to entity linking (two full names one letter apart in one article are two people),
 * and forms that differ by an ending ("Somali", "Somalia"), by British or American spelling,
 * or that are both given names ("Maria", "Mario") are not strays.
 */
import type { Article, Span } from '../types';
import { foldName } from '../text/normalize';
import { CALENDAR_WORDS, GIVEN_NAMES } from '../data/names';
import spellings from '../data/spellings.json';
import { editDistance, nameSkeleton } from './link';
import { fitted } from './claimsText';

/** A capitalised word of an article, with the words around it in its sentence. */
export interface CapitalWord extends Span {
  /** The word as written, without a possessive ending. */
  display: string;
  /** Folded, lower case, without a possessive ending. */
  word: string;
  /** Up to three words before it in its sentence, nearest first; "<s>" marks the sentence start. */
  left: string[];
  /** Up to three words after it in its sentence, nearest first; "</s>" marks the sentence end. */
  right: string[];
  /** True when the next word is a verb (as the tagger read it). */
  verbAfter: boolean;
  /** True when the word begins its sentence, where capitals say nothing. */
  initial: boolean;
  /** The index of the name mention the word stands in, or -1. */
  mention: number;
  /** True when that mention names a person. */
  person: boolean;
  /** The other words of that mention, folded, in order ('' where this word stands). */
  nameWords: string[];
}

/** What an article gives the search: its capitalised words and its lower-case words. */
export interface ArticleWords {
  capitals: CapitalWord[];
  /** Every word written in lower case, folded. */
  readonly lower: ReadonlySet<string>;
}

const START = '<s>';
const END = '</s>';
const WORD = /[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*|[,;:]/gu;
const AMERICAN: Record<string, string> = spellings.toAmerican;

/** Capitalised words and lower-case words, by article; articles are immutable once analysed. */
const wordsCache = new WeakMap<object, ArticleWords>();

function sortedStarts(spans: readonly Span[] | undefined): number[] {
  if (!Array.isArray(spans)) return [];
  const starts = spans.map((s) => s.start);
  // Spans come in text order: sort only when they do not.
  for (let i = 1; i < starts.length; i++) if (!(starts[i - 1] <= starts[i])) return starts.sort((a, b) => a - b);
  return starts;
}

function has(sorted: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === x;
}

const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const NAME_START = /^[\p{L}\p{N}]/u;
const LETTERS = /^\p{L}+$/u;

/** 1 for a word that begins with a lower-case letter, 2 with a capital, 0 otherwise. */
function caseOf(word: string): 0 | 1 | 2 {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : 0;
  return LOWER_START.test(word) ? 1 : UPPER_START.test(word) ? 2 : 0;
}

/** The words of one sentence, as `WORD` reads them: their offsets and their text. */
function sentenceWords(text: string, s: Span): { starts: number[]; texts: string[] } {
  const starts: number[] = [];
  const texts: string[] = [];
  const body = text.slice(s.start, s.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    starts.push(s.start + m.index);
    texts.push(m[0]);
  }
  return { starts, texts };
}

/** A word folded for the search: `foldName` without a possessive ending. */
function foldWord(word: string): string {
  const f = foldName(word);
  return f.endsWith("'s") ? f.slice(0, -2) : f;
}

/**
 * The words of a sentence that lie inside a mention: a run of neighbours, since the words are in
 * order and never overlap, found by walking out from a word known to lie inside. Returns the
 * indexes [from, to).
 */
function wordsInside(starts: readonly number[], texts: readonly string[], i: number, span: Span): [number, number] {
  let from = i;
  while (from > 0 && starts[from - 1] >= span.start) from--;
  let to = i + 1;
  while (to < starts.length && starts[to] + texts[to].length <= span.end) to++;
  return [from, to];
}

/** The sentences of an article, or the whole text as one. */
function sentencesOf(article: Article, text: string): readonly Span[] {
  return Array.isArray(article.sentences) && article.sentences.length ? article.sentences : [{ start: 0, end: text.length }];
}

/**
 * Forgets the words read from these articles (see {@link releaseClaims}): they are the largest
 * part of what comparing a story keeps per article, and are read again should it be compared again.
 */
export function forgetArticleWords(articles: readonly Article[]): void {
  for (const a of articles) {
    wordsCache.delete(a);
    usesCache.delete(a);
  }
}

/**
 * The capitalised words of an article with their neighbours, read once per article; only the
 * words a capitalised word needs are folded. Fields of the article that are missing or malformed
 * are read as empty; a failure beyond that reaches the rule runner, which reports it as the
 * rule's problem instead of as no strays.
 */
export function articleWords(article: Article): ArticleWords {
  const cached = wordsCache.get(article);
  if (cached) return cached;
  const text = typeof article.text === 'string' ? article.text : '';
  let lower: Set<string> | null = null;
  const out: ArticleWords = {
    capitals: [],
    // The lower-case words matter only for a few candidate strays: read on first use.
    get lower(): ReadonlySet<string> {
      if (lower) return lower;
      lower = new Set();
      for (const s of sentencesOf(article, text)) for (const w of sentenceWords(text, s).texts) if (caseOf(w) === 1) lower.add(foldWord(w));
      return lower;
    },
  };
  const verbs = sortedStarts(article.verbs);
  const mentions = (Array.isArray(article.mentions) ? article.mentions : [])
    .map((m, index) => ({ m, index }))
    .filter(({ m }) => m && typeof m.start === 'number' && typeof m.end === 'number')
    .sort((a, b) => a.m.start - b.m.start);
  let mi = 0;
  for (const s of sentencesOf(article, text)) {
    const { starts, texts } = sentenceWords(text, s);
    const folded: string[] = [];
    const foldAt = (k: number): string => folded[k] ?? (folded[k] = foldWord(texts[k]));
    // The words of the mention the last capitalised word stood in, this sentence.
    const inMention = { mention: -1, from: 0, to: 0 };
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      if (caseOf(t) !== 2) continue;
      const display = t.replace(/['\u2019]s$/, '');
      // Initialisms and shouted words carry no spelling of a name.
      if (display.length < 4 || display === display.toUpperCase()) continue;
      const start = starts[i];
      const end = start + t.length;
      while (mi < mentions.length && mentions[mi].m.end <= start) mi++;
      const inside = mi < mentions.length && mentions[mi].m.start <= start && mentions[mi].m.end >= end ? mentions[mi] : null;
      const nameWords: string[] = [];
      if (inside) {
        if (inMention.mention !== inside.index) [inMention.mention, inMention.from, inMention.to] = [inside.index, ...wordsInside(starts, texts, i, inside.m)];
        for (let k = inMention.from; k < inMention.to; k++) if (NAME_START.test(texts[k])) nameWords.push(k === i ? '' : foldAt(k));
      }
      const left: string[] = [];
      for (let k = i - 1; k >= 0 && left.length < 3; k--) left.push(foldAt(k));
      if (left.length < 3 && i < 3) left.push(START);
      const right: string[] = [];
      for (let k = i + 1; k < texts.length && right.length < 3; k++) right.push(foldAt(k));
      if (right.length < 3 && texts.length - i - 1 < 3) right.push(END);
      out.capitals.push({
        start,
        end: start + display.length,
        display,
        word: foldAt(i),
        // Copied to their length: an array grown by push keeps room for 17 entries, and these
        // are kept for every capitalised word of every article of a story being compared.
        left: left.slice(),
        right: right.slice(),
        verbAfter: i + 1 < texts.length && has(verbs, starts[i + 1]),
        initial: i === 0,
        mention: inside ? inside.index : -1,
        person: inside?.m.kind === 'person',
        nameWords: nameWords.length ? nameWords.slice() : nameWords,
      });
    }
  }
  wordsCache.set(article, out);
  return out;
}

/** True for a word of the text, not a mark of the sentence's bounds or punctuation. */
const isWord = (x: string) => x !== START && x !== END && /^[\p{L}\p{N}]/u.test(x);

/**
 * How well two occurrences share a slot: the neighbouring words they share, counted outward
 * from the word on each side (a verb after both counts as one), and how many of those are
 * words of the text rather than sentence bounds, punctuation or the verb.
 */
export function slotMatch(a: CapitalWord, b: CapitalWord): { score: number; words: number } {
  let score = 0;
  let words = 0;
  for (let i = 0; i < Math.min(a.left.length, b.left.length) && a.left[i] === b.left[i]; i++) {
    score++;
    if (isWord(a.left[i])) words++;
  }
  if (a.verbAfter && b.verbAfter && a.right[0] !== b.right[0]) score++;
  else {
    for (let i = 0; i < Math.min(a.right.length, b.right.length) && a.right[i] === b.right[i]; i++) {
      score++;
      if (isWord(a.right[i])) words++;
    }
  }
  return { score, words };
}

/** True when one form is the other with an ending added ("Somali", "Somalia"; "Nationals", "National"). */
function endingOnly(a: string, b: string): boolean {
  return a.length !== b.length && (a.startsWith(b) || b.startsWith(a));
}

/** True when two neighbouring letters of one word are swapped in the other: a typing slip. */
export function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * True when two words are spellings of one name as letters go: one change (a neighbouring pair
 * swapped counting as one) in words of five letters or more, the first letter kept unless the
 * words are long, or the same spelling skeleton; `short` allows words of four letters (inside
 * a name whose other words agree). Endings, British and American spelling, calendar words and
 * two given names are not.
 */
export function nearSpelling(a: string, b: string, short = false): boolean {
  const len = Math.min(a.length, b.length);
  if (len < (short ? 4 : 5) || !otherForm(a, b)) return false;
  // Another last letter is another ending ("Somalis", "Somalia"), not a slip.
  if (a.length === b.length && a.slice(0, -1) === b.slice(0, -1)) return false;
  if (nameSkeleton(a) === nameSkeleton(b)) return true;
  if (a[0] !== b[0] && len < 8 && !short) return false;
  return editDistance(a, b, 1) <= 1;
}

/**
 * True when two different words may be spellings of one name at all: letters only, and not
 * one with an ending added, British and American spelling, calendar words or two given names.
 */
function otherForm(a: string, b: string): boolean {
  if (a === b || !LETTERS.test(a) || !LETTERS.test(b)) return false;
  if (endingOnly(a, b) || AMERICAN[a] === b || AMERICAN[b] === a) return false;
  if (CALENDAR_WORDS.has(a) || CALENDAR_WORDS.has(b)) return false;
  return !(GIVEN_NAMES.has(a) && GIVEN_NAMES.has(b));
}

/**
 * True when two longer words are two changes apart with the same first letter ("Oriels",
 * "Orioles"): a stray only where the words around them agree at length.
 */
function twoApart(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 6 || a[0] !== b[0] || !otherForm(a, b)) return false;
  return editDistance(a, b, 2) === 2;
}

/** A word without a plural "s" ("guns" → "gun"), for comparing the words of group names. */
const unplural = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/**
 * The sound of a word of a name as its consonants carry it: its first letter, then its other
 * letters without vowels, doubled letters written once, a plural "s" left off ("goon" and
 * "guns" both "gn"). Two words with one sound that are not one word are written alike to the
 * ear, as a name heard and not seen often is.
 */
export function consonantKey(word: string): string {
  const w = unplural(word);
  return (w[0] ?? '') + w.slice(1).replace(/[aeiouy]+/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * True when two words of group names sound alike but are spelt apart ("Goon", "Guns"): the same
 * first letter and consonants, other vowels, three letters or more without a plural "s", and not
 * one word with an ending added, a house spelling, calendar words or two given names. Evidence
 * enough only inside a name whose other words agree (see `straysOf`).
 */
export function soundAlike(a: string, b: string): boolean {
  const [sa, sb] = [unplural(a), unplural(b)];
  if (Math.min(sa.length, sb.length) < 3 || sa === sb || !otherForm(a, b)) return false;
  return consonantKey(a) === consonantKey(b) && consonantKey(a).length >= 2;
}

/** One stray spelling: the word, the spelling it strays from, and why they are one name. */
export interface Stray {
  path: string;
  word: CapitalWord;
  /** The other spelling, folded. */
  other: string;
  /**
   * The other spelling as each other article writes it (the occurrence whose slot fits best);
   * the stray's own article only when no other article has it.
   */
  counterparts: Occurrence[];
  /** True when more articles write the other spelling as a name than this one. */
  majority: boolean;
  /** Why the two are one name, in a short clause. */
  why: string;
}

/** A capitalised word in one article. */
export interface Occurrence {
  path: string;
  outlet: string;
  word: CapitalWord;
}

/** True for a word that is written as a name: inside a mention, or capitalised within a sentence. */
const established = (w: CapitalWord) => w.mention >= 0 || !w.initial;

/** True for a word standing alone, not as a part of a longer name. */
const lone = (w: CapitalWord) => w.nameWords.length <= 1;

/** The other words of a name with the word left out, or '' for a lone word. */
const otherWords = (w: CapitalWord) => (lone(w) ? '' : w.nameWords.filter(Boolean).join(' '));

/**
 * Every string made by deleting at most one letter of a word (two from words of six letters or
 * more, which may be two changes apart), the word included.
 */
function deletions(word: string): string[] {
  const out = new Set([word]);
  const once: string[] = [];
  for (let i = 0; i < word.length; i++) once.push(word.slice(0, i) + word.slice(i + 1));
  for (const w of once) out.add(w);
  if (word.length >= 6) for (const w of once) for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  return [...out];
}

/** How one article uses a capitalised word: its occurrences in text order, and what the search asks of them all. */
interface WordUse {
  occurrences: Occurrence[];
  /** Some occurrence is written as a name (`established`). */
  established: boolean;
  /** Some occurrence stands in the name of a group or a place (not a person's, not alone). */
  groupName: boolean;
}

/** Each article's capitalised words by word, read once per article (see `articleUses`). */
const usesCache = new WeakMap<object, Map<string, WordUse>>();

/**
 * An article's capitalised words grouped by word, in order of first use, with their
 * occurrences: a story compared again after an edit reads the other articles' groupings as
 * they were, so that the search costs a look-up per distinct word of an article, not an
 * object per capitalised word of the story.
 */
function articleUses(article: Article): Map<string, WordUse> {
  const cached = usesCache.get(article);
  if (cached) return cached;
  const out = new Map<string, WordUse>();
  for (const w of articleWords(article).capitals) {
    const o: Occurrence = { path: article.path, outlet: article.outlet, word: w };
    let use = out.get(w.word);
    if (!use) out.set(w.word, (use = { occurrences: [], established: false, groupName: false }));
    use.occurrences.push(o);
    if (established(w)) use.established = true;
    if (inGroupName(w)) use.groupName = true;
  }
  // Copied to their length: kept for every distinct word of every article of a compared story.
  for (const use of out.values()) use.occurrences = fitted(use.occurrences);
  usesCache.set(article, out);
  return out;
}

/** True for a word standing in the name of a group or a place: a mention's, not a person's, not alone. */
const inGroupName = (w: CapitalWord) => !lone(w) && !w.person && w.mention >= 0;

/**
 * The stray spellings of a story's articles. Runs over distinct words, not pairs of words: the
 * near spellings of a word are looked up through its one-letter deletions, made once per word.
 * A failure is not caught here: the rule runner reports it as the rule's problem, so a scan that
 * broke never reads as "no stray spellings".
 */
export function findStrays(articles: readonly Article[]): Stray[] {
  const out: Stray[] = [];
  // The story's distinct words in order of first use, with the articles that use each (by
  // their place in `articles`) and whether any of them writes it as a name or in a group's name.
  const uses = articles.map(articleUses);
  const byWord = new Map<string, { at: number[]; established: boolean; groupName: boolean }>();
  for (let a = 0; a < uses.length; a++) {
    for (const [word, use] of uses[a]) {
      const known = byWord.get(word);
      if (!known) byWord.set(word, { at: [a], established: use.established, groupName: use.groupName });
      else {
        known.at.push(a);
        if (use.established) known.established = true;
        if (use.groupName) known.groupName = true;
      }
    }
  }
  // Every occurrence of a word, in the order of the articles and of their text: read for the
  // few words that have a near spelling.
  const lists = new Map<string, Occurrence[]>();
  const occurrencesOf = (word: string): Occurrence[] => {
    let list = lists.get(word);
    if (!list) {
      list = [];
      for (const a of byWord.get(word)!.at) for (const o of uses[a].get(word)!.occurrences) list.push(o);
      lists.set(word, list);
    }
    return list;
  };
  // True for a word some article of the story writes in lower case (asked of few words).
  const lower = (word: string) => articles.some((article) => articleWords(article).lower.has(word));
  const namedIn = (list: readonly Occurrence[]) => new Set(list.filter((o) => established(o.word)).map((o) => o.path));
  const keysOf = new Map<string, string[]>();
  // Only words of letters may be spellings of one another (`otherForm`), and never calendar words.
  for (const word of byWord.keys()) if (word.length >= 4 && LETTERS.test(word) && !CALENDAR_WORDS.has(word)) keysOf.set(word, deletions(word));
  // The words written as names, indexed by their one-letter deletions.
  const byDeletion = new Map<string, string[]>();
  // The words of names of groups and places, also by their sound (`soundAlike`), kept apart
  // from the deletions by a mark no word has.
  for (const [word, keys] of keysOf) {
    if (byWord.get(word)!.groupName) keys.push(`\u0000${consonantKey(word)}`);
  }
  for (const [word, keys] of keysOf) {
    if (!byWord.get(word)!.established) continue;
    for (const key of keys) {
      const at = byDeletion.get(key);
      if (!at) byDeletion.set(key, [word]);
      else if (at[at.length - 1] !== word) at.push(word);
    }
  }
  const seen = new Set<string>();
  for (const [word, keys] of keysOf) {
    const candidates = new Set<string>();
    for (const key of keys) for (const other of byDeletion.get(key) ?? []) if (other !== word) candidates.add(other);
    if (!candidates.size) continue;
    const list = occurrencesOf(word);
    const mine = namedIn(list).size;
    for (const other of candidates) {
      const others = occurrencesOf(other);
      const theirs = namedIn(others).size;
      if (theirs < mine) continue;
      for (const stray of straysOf(word, list, other, others, lower)) {
        const key = `${stray.path}\u0000${stray.word.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...stray, majority: theirs > mine });
      }
    }
  }
  return out;
}

/** The occurrence of a list whose slot fits `w` best (the first on a tie), with how well. */
function bestSlot(w: CapitalWord, list: readonly Occurrence[]): { at: Occurrence; score: number; words: number } | null {
  let best: { at: Occurrence; score: number; words: number } | null = null;
  for (const x of list) {
    if (x.word === w) continue;
    const m = slotMatch(w, x.word);
    if (!best || m.score > best.score) best = { at: x, ...m };
  }
  return best;
}

/** The occurrences of `word` that stray from `other`, with the evidence for each. */
function straysOf(word: string, list: readonly Occurrence[], other: string, others: readonly Occurrence[], lower: (word: string) => boolean): Array<Omit<Stray, 'majority'>> {
  const out: Array<Omit<Stray, 'majority'>> = [];
  const short = nearSpelling(word, other, true);
  const long = nearSpelling(word, other);
  const far = !short && !long && twoApart(word, other);
  const alike = !short && !long && !far && soundAlike(word, other);
  if (!short && !long && !far && !alike) return out;
  // A word that is part of a person's full name anywhere is that person's name: linking and
  // the full-name comparison decide (two full names one letter apart in one article are two people).
  if (list.some((o) => o.word.person && !lone(o.word))) return out;
  const otherPaths = new Set(others.map((o) => o.path));
  const everyWithOther = list.every((o) => otherPaths.has(o.path));
  const otherLone = others.some((o) => lone(o.word));
  const slip = swapped(word, other) || Math.min(word.length, other.length) >= 6;
  for (const o of list) {
    const w = o.word;
    let why = '';
    if (!lone(w)) {
      const pos = w.nameWords.indexOf('');
      const fellow = others.find((x) => !lone(x.word) && !x.word.person && x.word.nameWords.indexOf('') === pos && otherWords(x.word) === otherWords(w));
      if (fellow && short && !w.person) why = `the rest of the name is the same ("${fellow.word.display}" in ${fellow.outlet})`;
      else if (fellow && alike && !w.person && !list.some((x) => otherPaths.has(x.path))) {
        // Spelt apart but alike to the ear: also the word after or before the name must be the
        // same in one use ("the Young Goon gang", "the Young Guns gang"), and no article may
        // write both, which would make them two groups.
        const best = bestSlot(w, others.filter((x) => !lone(x.word) && otherWords(x.word) === otherWords(w)));
        if (best && best.words >= w.nameWords.length) why = `the rest of the name and the words around it are the same, and the two spellings sound alike ("${inSlot(w, best.at.word)}" in ${o.outlet}, "${inSlot(best.at.word, w)}" in ${best.at.outlet})`;
      }
    } else if ((long || far) && otherLone) {
      const best = bestSlot(w, others);
      // Two changes apart, the words must share more of their slot.
      const [score, words] = far ? [3, 2] : [2, 1];
      if (best && best.score >= score && best.words >= words) why = `the words around it are the same ("${inSlot(w, best.at.word)}" in ${o.outlet}, "${inSlot(best.at.word, w)}" in ${best.at.outlet})`;
      else if (!far && otherPaths.has(o.path) && everyWithOther && slip && !lower(word)) why = 'the same article writes the other spelling elsewhere';
    }
    if (!why) continue;
    const byPath = new Map<string, Occurrence[]>();
    for (const x of others) {
      if (x.path === o.path) continue;
      const at = byPath.get(x.path);
      if (at) at.push(x);
      else byPath.set(x.path, [x]);
    }
    const counterparts = [...byPath.values()].map((xs) => bestSlot(w, xs)!.at);
    if (!counterparts.length) {
      const same = others.find((x) => x.path === o.path);
      if (same) counterparts.push(same);
    }
    if (counterparts.length) out.push({ path: o.path, word: w, other, counterparts, why });
  }
  return out;
}

/** A word with the neighbours it shares with another occurrence ("with the Angeles"), for the reason a finding gives. */
function inSlot(w: CapitalWord, other: CapitalWord): string {
  const left: string[] = [];
  for (let i = 0; i < Math.min(w.left.length, other.left.length) && w.left[i] === other.left[i] && isWord(w.left[i]); i++) left.unshift(w.left[i]);
  const right: string[] = [];
  for (let i = 0; i < Math.min(w.right.length, other.right.length) && w.right[i] === other.right[i] && w.right[i] !== END; i++) right.push(w.right[i]);
  if (!right.length && w.verbAfter && other.verbAfter) right.push(w.right[0]);
  return [...left, w.display, ...right].join(' ').replace(/ ([,;:])/g, '$1');
}
