/**
 * A word-level difference between two renderings of the same words, for hover cards and
 * finding messages ("connect" → "link"). Word sequences are short (a quotation), and the
 * table is capped so that a pathological input stays cheap.
 */
import quoteWords from '../data/quoteWords.json';

/** One step of a word difference: words both share, or words only one side has. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  /** The words of this part, as the side that has them writes them, joined by spaces. */
  text: string;
}

const MAX_WORDS = 400;

function tokens(text: string): string[] {
  return text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
}

function key(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The difference from `a` to `b`, word by word, ignoring case and punctuation at the edges of
 * words. Parts in `a` only are `removed`, parts in `b` only are `added`. Inputs longer than
 * 400 words are compared as one removed and one added part.
 */
export function diffWords(a: string, b: string): DiffPart[] {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length > MAX_WORDS || y.length > MAX_WORDS) {
    return [
      { op: 'removed', text: x.join(' ') },
      { op: 'added', text: y.join(' ') },
    ].filter((p) => p.text) as DiffPart[];
  }
  const xk = x.map(key);
  const yk = y.map(key);
  // Longest common subsequence table, filled from the end.
  const n = x.length;
  const m = y.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = xk[i] === yk[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (xk[i] === yk[j]) {
      push('same', y[j]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) push('removed', x[i++]);
    else push('added', y[j++]);
  }
  while (i < n) push('removed', x[i++]);
  while (j < m) push('added', y[j++]);
  return parts;
}

/** The changed words only, as `"connect" → "link"` phrases, for a one-line message. */
export function describeDiff(input: DiffPart[], max = 3): string[] {
  const out: string[] = [];
  // Punctuation at the end of a changed run is not part of the change a reader cares about.
  const parts = input.map((p) => ({ ...p, text: p.op === 'same' ? p.text : p.text.replace(/[,.;:!?"\u201d\u2019]+$/u, '') }));
  for (let k = 0; k < parts.length && out.length < max; k++) {
    const p = parts[k];
    if (p.op === 'same') continue;
    const next = parts[k + 1];
    if (p.op === 'removed' && next && next.op === 'added') {
      out.push(`"${p.text}" → "${next.text}"`);
      k++;
    } else if (p.op === 'removed') out.push(`without "${p.text}"`);
    else out.push(`adds "${p.text}"`);
  }
  return out;
}

/**
 * A change between two word sequences: the words `a[aFrom, aTo)` replaced by `b[bFrom, bTo)`
 * (either may be empty), between words both share.
 */
export interface DiffBlock {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

/**
 * The blocks that change sequence `a` into `b` (compared as they are: callers normalise the
 * words first), and how many words both share in order. Sequences longer than 400 words are one
 * block.
 */
export function diffSequences(a: readonly string[], b: readonly string[]): { blocks: DiffBlock[]; common: number } {
  const n = a.length;
  const m = b.length;
  if (n > MAX_WORDS || m > MAX_WORDS) return { blocks: n || m ? [{ aFrom: 0, aTo: n, bFrom: 0, bTo: m }] : [], common: 0 };
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  }
  const blocks: DiffBlock[] = [];
  let open: DiffBlock | null = null;
  let i = 0;
  let j = 0;
  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      close();
      i++;
      j++;
      continue;
    }
    if (!open) open = { aFrom: i, aTo: i, bFrom: j, bTo: j };
    if (j >= m || (i < n && table[i + 1][j] >= table[i][j + 1])) open.aTo = ++i;
    else open.bTo = ++j;
  }
  close();
  return { blocks, common: table[0][0] };
}

/**
 * What a change between two renderings of one quotation does to its meaning. A `number`,
 * `negation`, `condition`, `modality`, `time`, `person` or `words` change alters what the
 * speaker is reported to have said; a `form` change (function words, inflection, spelling,
 * an abbreviation) does not.
 */
export type ChangeKind = 'number' | 'negation' | 'condition' | 'modality' | 'time' | 'person' | 'words' | 'form';

/** The changes that alter meaning, in the order a message names them. */
export const MEANING_CHANGES: readonly ChangeKind[] = ['number', 'negation', 'condition', 'modality', 'time', 'person', 'words'];

/** A word of a change: its compared form, and whether it is written as a name (a capital inside a sentence). */
export interface ChangeWord {
  key: string;
  name?: boolean;
}

const NEGATIONS = new Set<string>(quoteWords.negations);
const CONDITIONS = new Set<string>(quoteWords.conditions);
const MODALS = new Set<string>(quoteWords.modals);
const TIME_WORDS = new Set<string>(quoteWords.timeWords);
const CLOCK_MARKS = new Set<string>(quoteWords.clockMarks);
const FUNCTION_WORDS = new Set<string>(quoteWords.functionWords);
const PERSON = new Map<string, string>();
for (const [person, words] of Object.entries(quoteWords.pronouns)) for (const w of words) PERSON.set(w, person);

const isNumber = (key: string) => /^\d/.test(key);

/** True for words that say when: "yesterday", "morning", "last", "Monday". */
export function isTimeWord(key: string): boolean {
  return TIME_WORDS.has(key);
}

/** True for the words that go with a clock time: "a.m.", "p.m." and time zones ("GMT", "PST"). */
export function isClockMark(key: string): boolean {
  return CLOCK_MARKS.has(key);
}

/** True for words that carry no content of their own: function words, pronouns, negations, modals. */
export function isFunctionWord(key: string): boolean {
  return FUNCTION_WORDS.has(key) || PERSON.has(key) || NEGATIONS.has(key) || CONDITIONS.has(key) || MODALS.has(key);
}

function counts(keys: readonly string[], pick: (k: string) => string | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) {
    const v = pick(k);
    if (v !== null) out.set(v, (out.get(v) ?? 0) + 1);
  }
  return out;
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, n] of a) if (b.get(k) !== n) return false;
  return true;
}

/** True when the longer word is the shorter one with one letter added ("Katherine"/"Kathrine"). */
function oneLetterAdded(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** The shared stem of two inflected forms ("bench"/"benches", "progress"/"progressed"), or a misspelling. */
function sameWordForm(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  // Inflection: one is the other with an ending of at most three letters ("bench" + "es").
  if (p >= 4 && p === n && Math.max(a.length, b.length) - n <= 3) return true;
  if (p >= 4 && Math.max(a.length, b.length) - p <= 3 && Math.min(a.length, b.length) - p <= 1) return true;
  // A letter dropped or doubled in a long word ("Kathrine"/"Katherine"); a letter replaced may be another word ("affect"/"effect").
  return n >= 6 && oneLetterAdded(a, b);
}

/** True when `short` is the initials of the words `long` ("ie" for "internet explorer", "us" for "united states"). */
function isAbbreviation(short: string, long: readonly string[]): boolean {
  if (long.length < 2 || short.length !== long.length) return false;
  return long.every((w, i) => w[0] === short[i]);
}

/**
 * What the change from the words `removed` to the words `added` does, from the most to the
 * least serious: a different number, an added or dropped negation, condition or modal, a
 * different time word, a different person (a pronoun of another person, a name for a pronoun),
 * content words replaced, added or left out; otherwise `form`.
 */
export function classifyChange(removed: readonly ChangeWord[], added: readonly ChangeWord[]): ChangeKind {
  const ra = removed.map((w) => w.key);
  const ad = added.map((w) => w.key);
  const num = (k: string) => (isNumber(k) ? k : null);
  if (!sameCounts(counts(ra, num), counts(ad, num))) return 'number';
  if (!sameCounts(counts(ra, (k) => (NEGATIONS.has(k) ? 'not' : null)), counts(ad, (k) => (NEGATIONS.has(k) ? 'not' : null)))) return 'negation';
  if (!sameCounts(counts(ra, (k) => (CONDITIONS.has(k) ? k : null)), counts(ad, (k) => (CONDITIONS.has(k) ? k : null)))) return 'condition';
  if (!sameCounts(counts(ra, (k) => (MODALS.has(k) ? k : null)), counts(ad, (k) => (MODALS.has(k) ? k : null)))) return 'modality';
  const time = (k: string) => (TIME_WORDS.has(k) ? k : null);
  const timeA = counts(ra, time);
  const timeB = counts(ad, time);
  if ((timeA.size || timeB.size) && !sameCounts(timeA, timeB)) return 'time';
  // A time zone or "p.m." that one side leaves to the reader is house style ("6:41pm PST" for
  // "18:41"); different ones on both sides tell different times.
  const clockA = counts(ra, (k) => (CLOCK_MARKS.has(k) ? k : null));
  const clockB = counts(ad, (k) => (CLOCK_MARKS.has(k) ? k : null));
  if (clockA.size && clockB.size && !sameCounts(clockA, clockB)) return 'time';
  // A change of person: pronouns of different persons, or a name where the other has a pronoun.
  const personA = new Set(ra.map((k) => PERSON.get(k)).filter(Boolean));
  const personB = new Set(ad.map((k) => PERSON.get(k)).filter(Boolean));
  const named = (list: readonly ChangeWord[]) => list.some((w) => w.name && !isFunctionWord(w.key));
  if (personA.size || personB.size) {
    const differ = [...personA].some((p) => !personB.has(p)) || [...personB].some((p) => !personA.has(p));
    if (differ && (personA.size ? personB.size > 0 || named(added) : named(removed))) return 'person';
  }
  const content = (keys: readonly string[]) => keys.filter((k) => !isFunctionWord(k) && !isNumber(k) && !TIME_WORDS.has(k) && !CLOCK_MARKS.has(k));
  let ca = content(ra);
  let cb = content(ad);
  // An abbreviation for the words it abbreviates is one name written two ways.
  if (ca.length === 1 && isAbbreviation(ca[0], cb)) ca = cb = [];
  else if (cb.length === 1 && isAbbreviation(cb[0], ca)) ca = cb = [];
  const left = ca.filter((k) => !cb.some((o) => sameWordForm(k, o)));
  const right = cb.filter((k) => !ca.some((o) => sameWordForm(k, o)));
  return left.length || right.length ? 'words' : 'form';
}
