/**
 * Utterances: which quotations of different sources are one remark, decided before any two
 * are compared. Two direct quotations are one remark when their speakers can be one (the same
 * name; an organisation and someone speaking for it; "police" or "authorities" and a named
 * member; a speaker one source does not name) and their words align sentence by sentence, so
 * that a selection of a statement's sentences, or a fragment of one, aligns with its part and
 * only that part is compared. A reported statement is linked to the one sentence of the same
 * speaker's direct quotation that it reports. A chant or a slogan ("marchers chanted “…”") is
 * repeated by a crowd on many occasions, so it is no one remark and is not aligned.
 *
 * Alignment is one-to-one, like an assignment: the candidate pairs are taken best first, and a
 * sentence of one article is aligned with at most one passage of each other article, so a
 * remark printed twice is not compared crosswise and two remarks of one speaker are not diffed
 * as one. Candidates come from an index of content words over distinct renderings (the same
 * words in ten outlets are one rendering), never from every pair of quotations.
 *
 * How the words differ is classified by meaning (`classifyChange`): a number, a negation, a
 * condition, a modal, a time word, a person or content words make a difference of meaning;
 * function words, inflection, spelling, house style, an abbreviation, words an editor put in
 * brackets and sentences one source leaves out make a difference of form.
 */
import quoteWords from '../data/quoteWords.json';
import spellings from '../data/spellings.json';
import type { Span } from '../types';
import type { ClaimIndex, QuoteClaim } from './claims';
import { linkedGroups } from './rules/rule';
import { fitted, isStopword, stem } from './claimsText';
import { classifyChange, diffSequences, isClockMark, type DiffBlock, isFunctionWord, isTimeWord, MEANING_CHANGES, type ChangeKind, type ChangeWord } from './diff';

// ---------------------------------------------------------------------------------------------
// Words compared: one or more keys per written word.

const STYLE: Record<string, string> = quoteWords.houseStyle;
/** British spellings with their American forms ("fibre" → "fiber"): one word written two ways. */
const AMERICAN: Record<string, string> = spellings.toAmerican;
const NUMBERS: Record<string, string> = quoteWords.numbers;
const COLLECTIVE = new Set<string>(quoteWords.collectiveSpeakers);
/** Stems of the words of the most general senses ("felt", "going", "thing"): no passage is paired on them. */
let lightStems: Set<string> | null = null;
const isLight = (s: string) => (lightStems ??= new Set(quoteWords.lightWords.map(stem))).has(s);
/** Words after which "'s" is "is" ("it's", "that's"); elsewhere it marks a possessive. */
const IS_AFTER = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this']);
const ENDINGS: Record<string, string> = { m: 'am', re: 'are', ve: 'have', ll: 'will', d: 'would' };

/** The compared form of one word part: house style, numbers as numerals, one spelling for British and American. */
function normalise(part: string): string {
  // "6:00" is read as "6" and "00": minutes of nought add nothing to the hour.
  if (/^0{2,}$/.test(part)) return '';
  if (/\d/.test(part)) return part.replace(/,(?=\d{3})/g, '').replace(/[^\p{L}\p{N}.%]/gu, '').replace(/\.$/, '');
  const w = part.replace(/[^\p{L}\p{N}]/gu, '');
  if (!w) return '';
  if (NUMBERS[w]) return NUMBERS[w];
  const styled = STYLE[w] ?? w;
  if (AMERICAN[styled]) return AMERICAN[styled];
  if (styled !== w) return styled;
  if (w.length < 5 || isFunctionWord(w)) return w;
  // British and American spellings the list does not hold, by their regular endings ("fuelled"/"fueled").
  return w
    .replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
    .replace(/our(s|hood|ed|ing|ite|able)?$/, 'or$1')
    .replace(/tre$/, 'ter')
    .replace(/ll(ed|ing)$/, 'l$1');
}

/** The keys of a folded word: dashes split it, contractions are written out ("don't" → "do not"). */
export function keysOfWord(word: string): readonly string[] {
  let cached = wordKeys.get(word);
  if (cached === undefined) {
    // Bounded: a long session meets ever more words.
    if (wordKeys.size >= MAX_WORD_KEYS) wordKeys.clear();
    wordKeys.set(word, (cached = keysOfWordUncached(word)));
  }
  return cached;
}

/** Keys of the words met so far: quotations repeat the same words across a story's sources. */
const wordKeys = new Map<string, readonly string[]>();
const MAX_WORD_KEYS = 50_000;

function keysOfWordUncached(word: string): readonly string[] {
  const out: string[] = [];
  for (const raw of word.replace(/[\u2018\u2019]/g, "'").split(/[-\u2013\u2014]+/)) {
    let part = raw.replace(/^'+|'+$/g, '');
    let extra: string | null = null;
    let m: RegExpExecArray | null;
    if (part === "won't") [part, extra] = ['will', 'not'];
    else if (part === "can't" || part === 'cannot') [part, extra] = ['can', 'not'];
    else if (part === "shan't") [part, extra] = ['shall', 'not'];
    else if ((m = /^(.+)n't$/.exec(part))) [part, extra] = [m[1], 'not'];
    else if ((m = /^(.+)'(m|re|ve|ll|d|s)$/.exec(part))) {
      part = m[1];
      extra = m[2] === 's' ? (m[1] === 'let' ? 'us' : IS_AFTER.has(m[1]) ? 'is' : null) : ENDINGS[m[2]];
    }
    for (const p of [part, extra]) {
      // A number word may stand for a number and a unit ("century" is "100 years").
      for (const k of (p ? normalise(p) : '').split(' ')) if (k) out.push(k);
    }
  }
  return out;
}

/** A quotation's words as compared. */
interface Layout {
  keys: string[];
  /** The word of `q.words` each key comes from. */
  wordOf: number[];
  /** Each sentence as a range of keys. */
  sentences: Array<[number, number]>;
  /** Keys an editor put in brackets. */
  bracketed: Set<number>;
  /** Keys of words written as names. */
  named: Set<number>;
  /** The distinct keys that carry content (not function words), brackets left out. */
  content: Set<string>;
  /** The last word of `q.words` each key comes from (a clock time of several words is one key). */
  wordTo: number[];
  /** Key positions before which an ellipsis marks words the source left out (`keys.length`: after the last). */
  elided: Set<number>;
  /** True when the quotation is a fragment the writer cut from the remark (see `QuoteClaim.fragment`). */
  fragment: boolean;
}

const layouts = new WeakMap<readonly string[], Layout>();

function layoutOf(q: QuoteClaim): Layout {
  // The word lists belong to each article's cached claims: computed once per quotation.
  let done = layouts.get(q.words);
  if (!done) layouts.set(q.words, (done = buildLayout(q)));
  return done;
}

function buildLayout(q: QuoteClaim): Layout {
  const keys: string[] = [];
  const wordOf: number[] = [];
  const wordTo: number[] = [];
  const starts = new Set(q.sentenceStarts ?? [0]);
  const bracketWords = new Set(q.bracketed ?? []);
  const capitalWords = new Set(q.capitalised ?? []);
  const elidedWords = new Set(q.elided ?? []);
  const sentenceFrom: number[] = [];
  const bracketed = new Set<number>();
  const named = new Set<number>();
  const elided = new Set<number>();
  const clocks = clockTimes(q.words, new Set(q.joined ?? []));
  for (let i = 0; i < q.words.length; i++) {
    if (starts.has(i) || i === 0) sentenceFrom.push(keys.length);
    if (elidedWords.has(i)) elided.add(keys.length);
    const clock = clocks.get(i);
    const last = clock ? clock.to - 1 : i;
    for (const k of clock ? clock.keys : keysOfWord(q.words[i])) {
      if (bracketWords.has(i)) bracketed.add(keys.length);
      if (capitalWords.has(i)) named.add(keys.length);
      keys.push(k);
      wordOf.push(i);
      wordTo.push(last);
    }
    i = last;
  }
  if (elidedWords.has(q.words.length)) elided.add(keys.length);
  const bounds = [...new Set(sentenceFrom)].filter((s) => s < keys.length);
  const sentences: Array<[number, number]> = bounds.map((s, i) => [s, i + 1 < bounds.length ? bounds[i + 1] : keys.length]);
  const content = new Set<string>();
  keys.forEach((k, i) => {
    if (!bracketed.has(i) && k.length > 1 && !isFunctionWord(k)) content.add(k);
  });
  // Kept for every quotation of a story.
  return { keys: fitted(keys), wordOf: fitted(wordOf), sentences, bracketed, named, content, wordTo: fitted(wordTo), elided, fragment: !!q.fragment };
}

const MERIDIEM = /^([ap])\.?m\.?$/;

/**
 * The clock times among a quotation's words, each as the keys it is compared by: the time on a
 * 12-hour clock and, when the words tell it, "a.m." or "p.m." ("6:41pm" and "18:41" are
 * "6:41 p.m.", "0241 GMT" is "2:41 a.m. gmt"). By the first word of each, with the word after its last.
 */
function clockTimes(words: readonly string[], joined: ReadonlySet<number>): Map<number, { to: number; keys: string[] }> {
  const out = new Map<number, { to: number; keys: string[] }>();
  for (let i = 0; i < words.length; i++) {
    let hour = -1;
    let minute = 0;
    let meridiem = '';
    let to = i + 1;
    // Written on a 24-hour clock: "18:41", "02:41", "0241".
    let clock24 = false;
    let m: RegExpExecArray | null;
    const w = words[i];
    // Every clock time below opens with a digit.
    const first = w.charCodeAt(0);
    if (!(first >= 48 && first <= 57)) continue;
    const next = words[i + 1] ?? '';
    if (/^\d{1,2}$/.test(w) && joined.has(i + 1) && (m = /^(\d{2})([ap]\.?m\.?)?$/.exec(next))) {
      // "6:41pm", "18:41", "8:49 p.m.": the scanner reads the hour and the minutes as two words.
      [hour, minute, meridiem, to, clock24] = [Number(w), Number(m[1]), m[2] ?? '', i + 2, Number(w) > 12 || /^0\d$/.test(w)];
    } else if ((m = /^(\d{1,2})[.:](\d{2})([ap]\.?m\.?)$/.exec(w))) [hour, minute, meridiem] = [Number(m[1]), Number(m[2]), m[3]];
    else if ((m = /^(\d{1,2})\.(\d{2})$/.exec(w)) && MERIDIEM.test(next)) [hour, minute] = [Number(m[1]), Number(m[2])];
    else if ((m = /^(\d{1,2})([ap]\.?m\.?)$/.exec(w))) [hour, meridiem] = [Number(m[1]), m[2]];
    else if (/^\d{1,2}$/.test(w) && MERIDIEM.test(next)) hour = Number(w);
    // "0241 GMT": four digits are a time only with a time zone after them.
    else if ((m = /^([01]\d|2[0-3])([0-5]\d)$/.exec(w)) && isClockMark(next) && !MERIDIEM.test(next)) [hour, minute, clock24] = [Number(m[1]), Number(m[2]), true];
    if (hour < 0 || hour > 24 || minute > 59) continue;
    if (!meridiem && MERIDIEM.test(words[to] ?? '')) meridiem = words[to++];
    let half = meridiem ? `${meridiem[0]}.m.` : '';
    if (!half && (clock24 || hour === 0 || hour === 24)) half = hour % 24 < 12 ? 'a.m.' : 'p.m.';
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    out.set(i, { to, keys: [`${h12}:${String(minute).padStart(2, '0')}`, ...(half ? [half] : [])] });
    i = to - 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Two direct quotations: which sentences align, and how the aligned words differ.

/** A change between two aligned passages, in keys of each, with what it does to the meaning. */
export interface Change {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  /** `selection`: whole sentences one source quotes and the other leaves out, or words it leaves out at an ellipsis. */
  kind: ChangeKind | 'selection';
}

/** How two direct quotations align. */
export interface DirectAlignment {
  /** The aligned keys of each, fragments at either end left out. */
  a: [number, number];
  b: [number, number];
  /** Words both share, in order. */
  common: number;
  /** `common` over the shorter aligned passage. */
  ratio: number;
  /** `common` over the shorter of the aligned sentences, before the ends where the sources cut the statement are left out. */
  coverage: number;
  changes: Change[];
  /** `same`: the same words; `fragment`: one quotes more of the statement (or other sentences of it) but the shared words agree. */
  relation: 'same' | 'fragment' | 'differs';
  /** True when a change alters the meaning (see `classifyChange`). */
  meaning: boolean;
}

/** Changes that turn a sentence round even when they only add words at its start or end. */
const TURNING: readonly ChangeKind[] = ['negation', 'condition', 'modality'];

/** The words of a layout between two keys, as a change reads them (an editor's brackets left out). */
function changeWords(L: Layout, from: number, to: number): ChangeWord[] {
  const out: ChangeWord[] = [];
  for (let k = from; k < to; k++) if (!L.bracketed.has(k)) out.push({ key: L.keys[k], name: L.named.has(k) });
  return out;
}

/** At most this many sentences are aligned per quotation: a longer one is a transcript, not a remark. */
const MAX_SENTENCES = 40;
/** A sentence of function words aligns on at least this many words in order… */
const WEAK_WORDS = 5;
/** …that are at least this share of the longer sentence. */
const WEAK_SHARE = 0.7;

function sharedCount(a: readonly string[], b: ReadonlySet<string>): number {
  let n = 0;
  const seen = new Set<string>();
  for (const k of a) if (b.has(k) && !seen.has(k)) {
    seen.add(k);
    n++;
  }
  return n;
}

/**
 * Aligns the sentences of two direct quotations (monotone, one to one) and diffs the passage
 * from the first aligned sentence to the last on each side. Null when no sentence aligns.
 * `within` limits each side to the sentences inside a range of its keys.
 */
export function alignDirect(A: Layout, B: Layout, within?: { a: [number, number]; b: [number, number] }): DirectAlignment | null {
  const inside = (r: [number, number] | undefined) => (s: [number, number]) => !r || (s[0] >= r[0] && s[1] <= r[1]);
  const sa = A.sentences.slice(0, MAX_SENTENCES).filter(inside(within?.a));
  const sb = B.sentences.slice(0, MAX_SENTENCES).filter(inside(within?.b));
  if (!sa.length || !sb.length) return null;
  const contentOf = (L: Layout, [f, t]: [number, number]) => new Set(L.keys.slice(f, t).filter((k, i) => !L.bracketed.has(f + i) && k.length > 1 && !isFunctionWord(k)));
  const cb = sb.map((s) => contentOf(B, s));
  const score: number[][] = sa.map(() => new Array<number>(sb.length).fill(0));
  // A sentence of few content words ("I don't need to do anything anymore") aligns only on most
  // of its words, and only beside sentences that align on their content.
  const weak: number[][] = sa.map(() => new Array<number>(sb.length).fill(0));
  let strong = false;
  for (let i = 0; i < sa.length; i++) {
    const ka = A.keys.slice(sa[i][0], sa[i][1]);
    for (let j = 0; j < sb.length; j++) {
      const shared = sharedCount(ka, cb[j]);
      const kb = B.keys.slice(sb[j][0], sb[j][1]);
      if (shared < 2 && Math.min(ka.length, kb.length) < WEAK_WORDS) continue;
      const common = diffSequences(ka, kb).common;
      if (shared >= 2 && common >= 3 && common >= 0.5 * Math.min(ka.length, kb.length)) {
        score[i][j] = common;
        strong = true;
      } else if (common >= WEAK_WORDS && common >= WEAK_SHARE * Math.max(ka.length, kb.length)) weak[i][j] = common;
    }
  }
  if (strong) for (let i = 0; i < sa.length; i++) for (let j = 0; j < sb.length; j++) score[i][j] ||= weak[i][j];
  // The monotone one-to-one alignment of sentences with the most shared words.
  const matched = monotoneMatch(score);
  if (!matched.length) return null;
  const aFrom = sa[matched[0][0]][0];
  const aTo = sa[matched[matched.length - 1][0]][1];
  const bFrom = sb[matched[0][1]][0];
  const bTo = sb[matched[matched.length - 1][1]][1];
  const { blocks } = diffSequences(A.keys.slice(aFrom, aTo), B.keys.slice(bFrom, bTo));
  const all = blocks.map((x) => ({ aFrom: x.aFrom + aFrom, aTo: x.aTo + aFrom, bFrom: x.bFrom + bFrom, bTo: x.bTo + bFrom }));
  // The runs of shared words between the blocks; the aligned passage runs from the first run
  // that anchors it (three words, or two with content) to the last. What lies outside on either
  // side is where the two sources cut the statement: one quotes more of it than the other, or
  // each leads into it in its own words. Only a short change there (a word or a few, on both
  // sides: "This morning" for "Yesterday") is compared.
  const runs: Array<{ a: number; b: number; n: number }> = [];
  let pa = aFrom;
  let pb = bFrom;
  for (const x of [...all, { aFrom: aTo, aTo, bFrom: bTo, bTo }]) {
    if (x.aFrom > pa) runs.push({ a: pa, b: pb, n: x.aFrom - pa });
    pa = x.aTo;
    pb = x.bTo;
  }
  // A run anchors the passage when it holds three words, or two with content, and is not only
  // names: names say what the story is about, not what was said.
  const anchors = (r: { a: number; n: number }) => {
    const run = A.keys.slice(r.a, r.a + r.n);
    return run.some((_, i) => !A.named.has(r.a + i)) && (r.n >= 3 || (r.n >= 2 && run.some((k) => !isFunctionWord(k))));
  };
  const firstRun = runs.find(anchors);
  const lastRun = [...runs].reverse().find(anchors);
  if (!firstRun || !lastRun) return null;
  const EDGE = 4;
  let a: [number, number] = [firstRun.a, lastRun.a + lastRun.n];
  let b: [number, number] = [firstRun.b, lastRun.b + lastRun.n];
  let trimmed = false;
  const edges: Array<{ aFrom: number; aTo: number; bFrom: number; bTo: number }> = [];
  // Where a source's words stop by its own choice: an ellipsis marks words left out, and a
  // fragment's ends are where the writer cut it from the remark.
  const cut = (L: Layout, at: number) => L.elided.has(at) || (L.fragment && (at === 0 || at === L.keys.length));
  // The shared words are one phrase when one run anchors the passage: a change at its edge then
  // shows one remark only when both passages are whole sentences of the speaker's and either the
  // phrase runs to the other end of each ("This morning I was stopped…" / "Yesterday I was
  // stopped…") or the change is of form only ("This is a funny game" / "It was a funny game, we
  // were…"). Two remarks that share a phrase ("…this late-night talk show rut" / "…the
  // late-night talk-show format") are not compared.
  const onePhrase = firstRun === lastRun;
  const whole = (L: Layout, from: number, to: number) => !cut(L, from) && !cut(L, to);
  const leadEmpty = firstRun.a === aFrom && firstRun.b === bFrom;
  const tailEmpty = lastRun.a + lastRun.n === aTo && lastRun.b + lastRun.n === bTo;
  // A short end is compared when both sides have words there, or when the words one side adds
  // there turn the sentence round ("Not raising the rate…", "…if the council agrees"), unless
  // the other side stops there by its own choice.
  const compared = (e: { aFrom: number; aTo: number; bFrom: number; bTo: number }, end: 'lead' | 'tail') => {
    if (e.aTo - e.aFrom > EDGE || e.bTo - e.bFrom > EDGE) return false;
    if (e.aTo > e.aFrom && e.bTo > e.bFrom) {
      if (!onePhrase) return true;
      if (!whole(A, aFrom, aTo) || !whole(B, bFrom, bTo)) return false;
      return (end === 'lead' ? tailEmpty : leadEmpty) || classifyChange(changeWords(A, e.aFrom, e.aTo), changeWords(B, e.bFrom, e.bTo)) === 'form';
    }
    const stop = e.aTo > e.aFrom ? cut(B, end === 'lead' ? e.bTo : e.bFrom) : cut(A, end === 'lead' ? e.aTo : e.aFrom);
    return !stop && TURNING.includes(classifyChange(changeWords(A, e.aFrom, e.aTo), changeWords(B, e.bFrom, e.bTo)));
  };
  const lead = { aFrom, aTo: a[0], bFrom, bTo: b[0] };
  if (lead.aTo > lead.aFrom || lead.bTo > lead.bFrom) {
    if (compared(lead, 'lead')) {
      edges.push(...all.filter((x) => x.aTo <= lead.aTo && x.bTo <= lead.bTo));
      a = [aFrom, a[1]];
      b = [bFrom, b[1]];
    } else trimmed = true;
  }
  const tail = { aFrom: a[1], aTo, bFrom: b[1], bTo };
  if (tail.aTo > tail.aFrom || tail.bTo > tail.bFrom) {
    if (compared(tail, 'tail')) {
      edges.push(...all.filter((x) => x.aFrom >= tail.aFrom && x.bFrom >= tail.bFrom));
      a = [a[0], aTo];
      b = [b[0], bTo];
    } else trimmed = true;
  }
  const inner = [...edges, ...all.filter((x) => x.aFrom >= firstRun.a + firstRun.n && x.aTo <= lastRun.a)].sort((x, y) => x.aFrom - y.aFrom || x.bFrom - y.bFrom);
  const common = runs.filter((r) => r.a >= a[0] && r.a + r.n <= a[1]).reduce((n, r) => n + r.n, 0);
  const wholeSentences = (L: Layout, from: number, to: number) => from === to || (L.sentences.some((s) => s[0] === from) && L.sentences.some((s) => s[1] === to));
  // Words one side leaves out where it marks the cut with an ellipsis are a selection too.
  const elision = (x: DiffBlock) => (x.aFrom === x.aTo && A.elided.has(x.aFrom)) || (x.bFrom === x.bTo && B.elided.has(x.bFrom));
  // A time zone or "p.m." that one side leaves to the reader is the same words in another house
  // style ("6:41pm PST" / "18:41"), not a change.
  const onlyClockMarks = (L: Layout, from: number, to: number) => L.keys.slice(from, to).every(isClockMark);
  const styled = (x: DiffBlock) => (x.aFrom === x.aTo && onlyClockMarks(B, x.bFrom, x.bTo)) || (x.bFrom === x.bTo && onlyClockMarks(A, x.aFrom, x.aTo));
  const classified: Change[] = inner.filter((x) => !styled(x)).map((x) => {
    if ((wholeSentences(A, x.aFrom, x.aTo) && wholeSentences(B, x.bFrom, x.bTo)) || elision(x)) return { ...x, kind: 'selection' as const };
    return { ...x, kind: classifyChange(changeWords(A, x.aFrom, x.aTo), changeWords(B, x.bFrom, x.bTo)) };
  });
  const raised = raisedNegation(A, B, classified);
  const changes = classified.map((c) => (raised.has(c) ? { ...c, kind: 'form' as const } : c));
  const real = changes.filter((c) => c.kind !== 'selection');
  const relation = real.length ? 'differs' : trimmed || changes.length ? 'fragment' : 'same';
  const ratio = common / Math.max(1, Math.min(a[1] - a[0], b[1] - b[0]));
  const coverage = common / Math.max(1, Math.min(aTo - aFrom, bTo - bFrom));
  return { a, b, common, ratio, coverage, changes, relation, meaning: real.some((c) => MEANING_CHANGES.includes(c.kind as ChangeKind)) };
}

/**
 * The monotone one-to-one matching of rows to columns (sentences of one passage to those of
 * another) with the highest total score; a zero score never matches. Pairs in order.
 */
function monotoneMatch(score: readonly (readonly number[])[]): Array<[number, number]> {
  const rows = score.length;
  const cols = rows ? score[0].length : 0;
  const best: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) best[i][j] = Math.max(best[i - 1][j], best[i][j - 1], score[i - 1][j - 1] ? best[i - 1][j - 1] + score[i - 1][j - 1] : 0);
  }
  const matched: Array<[number, number]> = [];
  for (let i = rows, j = cols; i > 0 && j > 0; ) {
    if (score[i - 1][j - 1] && best[i][j] === best[i - 1][j - 1] + score[i - 1][j - 1]) {
      matched.unshift([i - 1, j - 1]);
      i--;
      j--;
    } else if (best[i][j] === best[i - 1][j]) i--;
    else j--;
  }
  return matched;
}

/** Verbs that carry the negation of the clause they govern (see `raisedNegation`). */
const NEG_RAISING = new Set<string>(quoteWords.negRaising);
/** The auxiliary that carries a negation before a verb ("did not feel"). */
const DO_SUPPORT = new Set(['do', 'does', 'did']);
/** How far, in words, the clause a verb governs may hold the negation it raises. */
const RAISE_REACH = 12;

/**
 * The two negation changes of a pair of renderings that are one negation in two places: a
 * "not" before a verb such as "think", "believe" or "feel" in one, and in the clause that verb
 * governs in the other ("I didn't feel we were ready" / "I felt we weren't ready"). Such
 * verbs carry the negation of their clause, so the meaning is unchanged; any other word
 * changed with the negation (besides the "do" that carries it) keeps the changes as they are.
 */
function raisedNegation(A: Layout, B: Layout, changes: readonly Change[]): Set<Change> {
  const none = new Set<Change>();
  const neg = changes.filter((c) => c.kind === 'negation');
  if (neg.length !== 2) return none;
  const nots = (L: Layout, from: number, to: number) => L.keys.slice(from, to).filter((k) => k === 'not').length;
  // Which side alone has the change's one "not".
  const sideOf = (c: Change): 'a' | 'b' | null => {
    const na = nots(A, c.aFrom, c.aTo);
    const nb = nots(B, c.bFrom, c.bTo);
    return na === 1 && nb === 0 ? 'a' : nb === 1 && na === 0 ? 'b' : null;
  };
  const [first, second] = neg[0].aFrom <= neg[1].aFrom ? [neg[0], neg[1]] : [neg[1], neg[0]];
  const s1 = sideOf(first);
  const s2 = sideOf(second);
  if (!s1 || !s2 || s1 === s2) return none;
  const rest = (L: Layout, from: number, to: number) => changeWords(L, from, to).filter((w) => w.key !== 'not' && !DO_SUPPORT.has(w.key));
  for (const c of neg) if (classifyChange(rest(A, c.aFrom, c.aTo), rest(B, c.bFrom, c.bTo)) !== 'form') return none;
  // The first "not" stands right before a raising verb ("did not feel")...
  const L = s1 === 'a' ? A : B;
  const [from, to] = s1 === 'a' ? [first.aFrom, first.aTo] : [first.bFrom, first.bTo];
  const at = L.keys.slice(from, to).indexOf('not') + from;
  if (!NEG_RAISING.has(L.keys[at + 1] ?? '')) return none;
  // ...and the second in the clause it governs, in the same sentence, a few words on.
  const M = s2 === 'a' ? A : B;
  const [verbAt, notAt] = s2 === 'a' ? [first.aTo, second.aFrom] : [first.bTo, second.bFrom];
  if (notAt - verbAt > RAISE_REACH || M.sentences.some(([f]) => f > verbAt && f <= notAt)) return none;
  return new Set(neg);
}

// ---------------------------------------------------------------------------------------------
// Speakers.

/** How the speakers of two quotations can be one. */
export type SpeakerMatch = 'same' | 'member' | 'unnamed';

/** True when a speaker is a body of people rather than one ("police", "authorities", "officials"). */
export function isCollectiveSpeaker(text: string | null): boolean {
  if (!text) return false;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}']+/u)
    .filter((w) => w && !isStopword(w));
  return words.length > 0 && words.every((w) => COLLECTIVE.has(w));
}

/**
 * Whether the speakers of two quotations can be one speaker: the same name; a body of people
 * and one who speaks for it (an organisation and a person, "police" and a named officer); or a
 * speaker that one of them does not name. Null for two different people or organisations.
 */
export function speakerMatch(a: QuoteClaim, b: QuoteClaim): SpeakerMatch | null {
  if (a.speaker && a.speaker === b.speaker) return 'same';
  if (!a.speaker || !b.speaker) {
    // A speaker the text names but the linking left without an entity ("said Locke") is named:
    // the other source must name them too.
    const na = namesIn(a);
    const nb = namesIn(b);
    if (!a.speaker && na.length && !na.some((w) => nb.includes(w))) return null;
    if (!b.speaker && nb.length && !nb.some((w) => na.includes(w))) return null;
    return 'unnamed';
  }
  if (isCollectiveSpeaker(a.speakerText) || isCollectiveSpeaker(b.speakerText)) return 'member';
  const kinds = [a.speakerKind, b.speakerKind];
  if (kinds.includes('organization') && kinds[0] !== kinds[1]) return 'member';
  return null;
}

/** The capitalised words that introduce a quotation's speaker, pronouns and collective nouns left out. */
function namesIn(q: QuoteClaim): string[] {
  if (!q.speakerText || isCollectiveSpeaker(q.speakerText)) return [];
  return (q.speakerText.match(/\p{Lu}[\p{L}'\u2019.-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/['\u2019]s$/, '')).filter((w) => !isFunctionWord(w) && !isStopword(w));
}

// ---------------------------------------------------------------------------------------------
// The story's utterances.

/** Two sources' renderings of one remark. */
export interface UtterancePair {
  /**
   * `differs`: direct quotations of one remark whose aligned words differ; `paraphrase`: a
   * reported statement and the direct quotation it reports; `retold`: direct quotations of one
   * speaker on one occasion that tell one moment in their own words (see `retoldPairs`).
   */
  relation: 'differs' | 'paraphrase' | 'retold';
  /** A representative quotation of each rendering (for a paraphrase, `a` is the reported one). */
  a: QuoteClaim;
  b: QuoteClaim;
  /** Every quotation with the first rendering, and with the second, that was aligned (at least one each). */
  aAll: QuoteClaim[];
  bAll: QuoteClaim[];
  /** The aligned keys of each rendering (see `passage`). */
  aKeys: [number, number];
  bKeys: [number, number];
  /** How the speakers are one. */
  speakers: SpeakerMatch;
  /** For `differs`: the alignment with its changes. */
  alignment?: DirectAlignment;
  /** For `retold`: a remark both sources quote on that occasion, which ties the passages to it. */
  anchor?: { a: QuoteClaim; b: QuoteClaim; aKeys: [number, number] };
  /** For `paraphrase` and `retold`: the content words both share, as the first rendering writes them. */
  shared?: string[];
}

/** Where a quotation's words from key `from` to key `to` (exclusive) stand, from the first word's start to the last word's end. */
export function wordsSpan(q: QuoteClaim, keys: readonly [number, number]): Span {
  const L = layoutOf(q);
  const first = q.wordSpans?.[L.wordOf[keys[0]]];
  const last = q.wordSpans?.[L.wordTo[keys[1] - 1]];
  return keys[1] > keys[0] && first && last ? { start: first.start, end: last.end } : q.content;
}

/** The span a finding marks for a passage: the whole quotation, with its marks, when the passage is all of its words. */
export function passage(q: QuoteClaim, keys: readonly [number, number]): Span {
  const L = layoutOf(q);
  if (keys[1] <= keys[0] || (keys[0] === 0 && keys[1] >= L.keys.length)) return q.span;
  return wordsSpan(q, keys);
}

/** The words of a quotation from key `from` to key `to`, as indexes into `q.words`. */
export function passageWords(q: QuoteClaim, keys: readonly [number, number]): [number, number] {
  const L = layoutOf(q);
  if (keys[1] <= keys[0]) return [0, q.words.length];
  return [L.wordOf[keys[0]], L.wordTo[keys[1] - 1] + 1];
}

/** The keys of a quotation, for callers that show a change (`Change` ranges index them). */
export function quoteKeys(q: QuoteClaim): { keys: readonly string[]; wordOf: readonly number[] } {
  const L = layoutOf(q);
  return { keys: L.keys, wordOf: L.wordOf };
}

/** Postings longer than this are skipped when finding candidates: such words say little. */
const MAX_POSTING = 400;
/** Words two quotations must share, in order, to be one remark; more when the speaker match is looser. */
const MIN_COMMON = 3;
const MIN_COMMON_LOOSE = 5;
const MIN_RATIO = 0.5;
const MIN_RATIO_LOOSE = 0.6;
/** With a looser speaker match, the shared words must also cover most of the aligned sentences. */
const MIN_COVERAGE_LOOSE = 0.7;

interface Rendering {
  quotes: QuoteClaim[];
  layout: Layout;
  paths: Set<string>;
}

function renderingsOf(quotes: readonly QuoteClaim[]): Rendering[] {
  const groups = new Map<string, Rendering>();
  for (const q of quotes) {
    const layout = layoutOf(q);
    const k = layout.keys.join(' ');
    const g = groups.get(k);
    if (g) {
      g.quotes.push(q);
      g.paths.add(q.path);
    } else groups.set(k, { quotes: [q], layout, paths: new Set([q.path]) });
  }
  return [...groups.values()];
}

/** Candidate pairs of renderings: those sharing at least `min` content keys, found through postings. */
function candidates(left: readonly Rendering[], right: readonly Rendering[], keysOf: (r: Rendering) => Iterable<string>, min: number, same: boolean): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  right.forEach((r, j) => {
    for (const k of keysOf(r)) {
      const list = postings.get(k);
      if (list) list.push(j);
      else postings.set(k, [j]);
    }
  });
  const out: Array<[number, number]> = [];
  left.forEach((r, i) => {
    const n = new Map<number, number>();
    for (const k of keysOf(r)) {
      const list = postings.get(k);
      if (!list || list.length > MAX_POSTING) continue;
      for (const j of list) if (!same || j > i) n.set(j, (n.get(j) ?? 0) + 1);
    }
    for (const [j, c] of n) if (c >= min) out.push([i, j]);
  });
  return out;
}

/** Which passages of each quotation are already aligned with a passage of another article. */
class Usage {
  private used = new Map<QuoteClaim, Map<string, Array<[number, number]>>>();
  free(q: QuoteClaim, other: string, keys: readonly [number, number]): boolean {
    const ranges = this.used.get(q)?.get(other);
    return !ranges || !ranges.some((u) => u[0] < keys[1] && keys[0] < u[1]);
  }
  take(q: QuoteClaim, other: string, keys: readonly [number, number]): void {
    let byPath = this.used.get(q);
    if (!byPath) this.used.set(q, (byPath = new Map()));
    const range: [number, number] = [keys[0], Math.max(keys[1], keys[0] + 1)];
    const ranges = byPath.get(other);
    if (ranges) ranges.push(range);
    else byPath.set(other, [range]);
  }
}

const memo = new WeakMap<ClaimIndex, UtterancePair[]>();

/**
 * The story's utterances across sources: direct quotations that are one remark with different
 * words (`differs`), and reported statements linked to the direct quotation they report
 * (`paraphrase`). Computed once per claim index.
 */
export function alignUtterances(index: ClaimIndex): UtterancePair[] {
  const done = memo.get(index);
  if (done) return done;
  const quotes = index.all.filter((c): c is QuoteClaim => c.kind === 'quote' && c.words.length > 0);
  const directQuotes = quotes.filter((q) => q.direct);
  const direct = renderingsOf(directQuotes);
  const usage = new Usage();
  // Retellings are sought per pair of articles, so only in a story of a bounded number of
  // sources quoting directly; a larger one keeps the other alignments (see `retoldPairs`).
  const anchors: Anchor[] | null = new Set(directQuotes.map((q) => q.path)).size <= MAX_RETOLD_SOURCES ? [] : null;
  const out = [...directPairs(direct, usage, anchors), ...(anchors ? retoldPairs(directQuotes, anchors, usage) : []), ...paraphrasePairs(renderingsOf(quotes.filter((q) => !q.direct)), direct)];
  memo.set(index, out);
  return out;
}

/** Two direct quotations of different articles aligned as one remark, whatever their relation. */
interface Anchor {
  qa: QuoteClaim;
  qb: QuoteClaim;
  match: SpeakerMatch;
  aKeys: [number, number];
  /** Words both share in order. */
  common: number;
}

function directPairs(renderings: readonly Rendering[], usage: Usage, anchors: Anchor[] | null): UtterancePair[] {
  const found: Array<{ i: number; j: number; al: DirectAlignment }> = [];
  for (const [i, j] of candidates(renderings, renderings, (r) => r.layout.content, 2, true)) {
    const ri = renderings[i];
    const rj = renderings[j];
    // Two renderings met only inside one article are not compared.
    if ([...ri.paths].every((p) => rj.paths.has(p)) && [...rj.paths].every((p) => ri.paths.has(p))) continue;
    const al = alignDirect(ri.layout, rj.layout);
    if (!al || al.common < MIN_COMMON || al.ratio < MIN_RATIO) continue;
    found.push({ i, j, al });
    // A sentence one source puts before the aligned passage and the other after it is the
    // same remark's sentences in another order: it is aligned on its own.
    for (const within of reordered(ri.layout, rj.layout, al)) {
      const more = alignDirect(ri.layout, rj.layout, within);
      if (more && more.common >= MIN_COMMON && more.ratio >= MIN_RATIO) found.push({ i, j, al: more });
    }
  }
  // Best first: the pair that shares most words in order takes the passages it aligns.
  found.sort((x, y) => y.al.common - x.al.common || y.al.ratio - x.al.ratio || x.i - y.i || x.j - y.j);
  const out: UtterancePair[] = [];
  for (const { i, j, al } of found) {
    const ri = renderings[i];
    const rj = renderings[j];
    // The pairs of quotations that are one remark; quotations of one wording by different
    // speakers are different remarks, so each connected set of pairs is an utterance pair.
    const edges: Array<{ qa: QuoteClaim; qb: QuoteClaim; match: SpeakerMatch }> = [];
    for (const qa of ri.quotes) {
      // An article that prints both renderings compares each with its own copy.
      if (rj.paths.has(qa.path)) continue;
      for (const qb of rj.quotes) {
        if (ri.paths.has(qb.path)) continue;
        // A chant or a slogan is repeated by a crowd on many occasions: two outlets'
        // renderings of it are not known to be one remark.
        if (qa.chant || qb.chant) continue;
        const match = speakerMatch(qa, qb);
        if (!match) continue;
        if (match !== 'same' && (al.common < MIN_COMMON_LOOSE || al.ratio < MIN_RATIO_LOOSE || al.coverage < MIN_COVERAGE_LOOSE)) continue;
        if (!usage.free(qa, qb.path, al.a) || !usage.free(qb, qa.path, al.b)) continue;
        usage.take(qa, qb.path, al.a);
        usage.take(qb, qa.path, al.b);
        edges.push({ qa, qb, match });
        anchors?.push({ qa, qb, match, aKeys: al.a, common: al.common });
      }
    }
    if (al.relation !== 'differs') continue;
    for (const { links: component } of linkedGroups(edges, (e) => [e.qa, e.qb])) {
      const aAll = new Set<QuoteClaim>();
      const bAll = new Set<QuoteClaim>();
      let speakers: SpeakerMatch | null = null;
      for (const { qa, qb, match } of component) {
        aAll.add(qa);
        bAll.add(qb);
        if (!speakers || (speakers !== 'same' && match === 'same')) speakers = match;
      }
      const a = [...aAll];
      const b = [...bAll];
      out.push({ relation: 'differs', a: a[0], b: b[0], aAll: a, bAll: b, aKeys: al.a, bKeys: al.b, speakers: speakers!, alignment: al });
    }
  }
  return out;
}

/**
 * The ranges of keys outside an alignment where two quotations may hold the same sentences in
 * another order: what one has before its aligned passage against what the other has after it.
 */
function reordered(A: Layout, B: Layout, al: DirectAlignment): Array<{ a: [number, number]; b: [number, number] }> {
  const out: Array<{ a: [number, number]; b: [number, number] }> = [];
  if (al.a[0] > 0 && al.b[1] < B.keys.length) out.push({ a: [0, al.a[0]], b: [al.b[1], B.keys.length] });
  if (al.a[1] < A.keys.length && al.b[0] > 0) out.push({ a: [al.a[1], A.keys.length], b: [0, al.b[0]] });
  return out;
}

/** Time words that are also verbs ("I saw her fall", "spring into action", "march on the capital"). */
const TIME_OR_VERB = new Set(['fall', 'spring', 'march', 'present']);
/** Words before which such a word names a time ("this fall", "in the spring", "last March"). */
const BEFORE_TIME = new Set(['the', 'this', 'that', 'last', 'next', 'early', 'late', 'in', 'of', 'by', 'since', 'until', 'from', 'every', 'each', 'mid', 'for', 'at']);

/** True when the key at `k` says when: a time word, unless it is one that is also a verb and no determiner or preposition makes it a time. */
function saysWhen(keys: readonly string[], k: number): boolean {
  if (!isTimeWord(keys[k])) return false;
  return !TIME_OR_VERB.has(keys[k]) || (k > 0 && BEFORE_TIME.has(keys[k - 1]));
}

/** The content stems of a quotation's words from key `from` to `to`, names left out. */
function stemsOf(q: QuoteClaim, from: number, to: number): string[] {
  const L = layoutOf(q);
  const out = new Set<string>();
  for (let k = from; k < to; k++) {
    if (L.named.has(k) || L.bracketed.has(k)) continue;
    const w = q.words[L.wordOf[k]];
    // Time words say when, not what was said.
    if (isStopword(w) || isFunctionWord(L.keys[k]) || saysWhen(L.keys, k) || /^\d/.test(L.keys[k])) continue;
    const s = stem(L.keys[k]);
    if (s.length > 1) out.add(s);
  }
  return [...out];
}

/** A reported statement must share this many content words, names aside, with the sentence it reports. */
const MIN_PARAPHRASE = 3;
/** …and this share of its own content words. */
const MIN_PARAPHRASE_RATIO = 0.25;

/**
 * Reported statements linked to the direct quotation they report: the same speaker, and one
 * sentence of the quotation sharing enough content words (names left out: they say what the
 * story is about, not what was said). Each reported rendering is linked to its best sentence;
 * a sentence is linked with at most one reported statement of each other article.
 */
function paraphrasePairs(reported: readonly Rendering[], direct: readonly Rendering[]): UtterancePair[] {
  const stemsCache = new Map<Rendering, string[]>();
  const allStems = (r: Rendering) => {
    let s = stemsCache.get(r);
    if (!s) stemsCache.set(r, (s = stemsOf(r.quotes[0], 0, r.layout.keys.length)));
    return s;
  };
  type Found = { i: number; j: number; sentence: [number, number]; shared: string[]; score: number };
  const best = new Map<number, Found[]>();
  for (const [i, j] of candidates(reported, direct, allStems, MIN_PARAPHRASE, false)) {
    const rr = reported[i];
    const rd = direct[j];
    // Only the same named speaker's words, in different articles.
    const speakers = new Set(rr.quotes.map((q) => q.speaker).filter(Boolean));
    if (!rd.quotes.some((q) => q.speaker && speakers.has(q.speaker))) continue;
    const mine = new Set(allStems(rr));
    for (const sentence of rd.layout.sentences) {
      const shared = stemsOf(rd.quotes[0], sentence[0], sentence[1]).filter((s) => mine.has(s));
      if (shared.length < MIN_PARAPHRASE || shared.length < MIN_PARAPHRASE_RATIO * mine.size) continue;
      const score = shared.length / Math.sqrt(mine.size * Math.max(1, sentence[1] - sentence[0]));
      const list = best.get(i) ?? [];
      list.push({ i, j, sentence, shared, score });
      best.set(i, list);
    }
  }
  const usage = new Usage();
  const out: UtterancePair[] = [];
  // Reported statements with the clearest counterpart first; each takes its best free sentence.
  const order = [...best.values()].map((list) => list.sort((x, y) => y.shared.length - x.shared.length || y.score - x.score));
  order.sort((x, y) => y[0].shared.length - x[0].shared.length || y[0].score - x[0].score || x[0].i - y[0].i);
  for (const list of order) {
    for (const f of list) {
      const rr = reported[f.i];
      const rd = direct[f.j];
      const keys = reportedKeys(rr.quotes[0], new Set(f.shared));
      const aAll: QuoteClaim[] = [];
      const bAll = new Set<QuoteClaim>();
      for (const qa of rr.quotes) {
        if (rd.paths.has(qa.path)) continue;
        let linked = false;
        for (const qb of rd.quotes) {
          if (rr.paths.has(qb.path) || !qa.speaker || qa.speaker !== qb.speaker) continue;
          if (!usage.free(qb, qa.path, f.sentence) || !usage.free(qa, qb.path, keys)) continue;
          usage.take(qb, qa.path, f.sentence);
          usage.take(qa, qb.path, keys);
          bAll.add(qb);
          linked = true;
        }
        if (linked) aAll.push(qa);
      }
      if (!aAll.length) continue;
      const b = [...bAll];
      out.push({ relation: 'paraphrase', a: aAll[0], b: b[0], aAll, bAll: b, aKeys: keys, bKeys: f.sentence, speakers: 'same', shared: wordsWithStems(aAll[0], keys, new Set(f.shared)) });
      break;
    }
  }
  return out;
}

const JOINERS = new Set(['and', 'but', 'or', 'so', 'then', 'while', 'also']);

/** The words of a quotation between two keys whose stems are among `stems`, each once, as written (folded). */
function wordsWithStems(q: QuoteClaim, keys: readonly [number, number], stems: ReadonlySet<string>): string[] {
  const L = layoutOf(q);
  const out: string[] = [];
  for (let k = keys[0]; k < keys[1]; k++) {
    const w = q.words[L.wordOf[k]];
    if (stems.has(stem(L.keys[k])) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** The clauses of a reported statement that hold the words it shares with the quotation: exactly the words reported. */
function reportedKeys(q: QuoteClaim, shared: ReadonlySet<string>): [number, number] {
  const L = layoutOf(q);
  const clauseStarts = new Set(q.clauseStarts ?? []);
  const clauses: Array<[number, number]> = [];
  let from = 0;
  for (let k = 1; k <= L.keys.length; k++) {
    if (k === L.keys.length || (L.wordOf[k] !== L.wordOf[k - 1] && clauseStarts.has(L.wordOf[k]))) {
      clauses.push([from, k]);
      from = k;
    }
  }
  const holding = clauses.filter(([f, t]) => stemsOf(q, f, t).some((s) => shared.has(s)));
  if (!holding.length) return [0, L.keys.length];
  let first = holding[0][0];
  const last = holding[holding.length - 1][1];
  // A clause's joining word ("and asked for privacy") is the writer's, not the report.
  while (first < last - 1 && JOINERS.has(L.keys[first])) first++;
  return [first, last];
}

// ---------------------------------------------------------------------------------------------
// One moment told in other words.

/** Retellings are sought in stories of at most this many sources that quote directly. */
const MAX_RETOLD_SOURCES = 100;
/** A passage retold in other words shares at least this many content words, names aside… */
const MIN_RETOLD = 2;
/** …that are at least this share of the content words of the shorter passage. */
const MIN_RETOLD_SHARE = 0.25;

/** A run of sentences of a quotation, as keys, with the content stems of each sentence. */
interface Run {
  q: QuoteClaim;
  sentences: Array<{ keys: [number, number]; stems: Set<string> }>;
}

/**
 * The direct quotations of a speaker on the occasion a quotation is from (see
 * `QuoteWords.occasion`): the article's quotations of a named speaker; for a speaker the article does not name, the
 * quotation itself and the quotations beside it that name none either (a witness's account is
 * often printed in a few quotations in a row).
 */
function occasionQuotes(q: QuoteClaim, inArticle: readonly QuoteClaim[]): QuoteClaim[] {
  // A statement the article dates between two quotations may open another interview or hearing.
  const same = (o: QuoteClaim) => (o.occasion ?? 0) === (q.occasion ?? 0);
  if (q.speaker) return inArticle.filter((o) => o.speaker === q.speaker && same(o));
  const at = inArticle.indexOf(q);
  return [inArticle[at - 1], q, inArticle[at + 1]].filter((o): o is QuoteClaim => !!o && (o === q || (!o.speaker && same(o))));
}

/** The content stems that occur in exactly one of some quotations. */
function onceIn(quotes: readonly QuoteClaim[]): Set<string> {
  const count = new Map<string, number>();
  for (const q of quotes) for (const s of new Set(stemsOf(q, 0, layoutOf(q).keys.length))) count.set(s, (count.get(s) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n === 1).map(([s]) => s));
}

/** The runs of a quotation's sentences that no passage of the other article is aligned with yet. */
function freeRuns(q: QuoteClaim, other: string, usage: Usage): Run[] {
  const L = layoutOf(q);
  const out: Run[] = [];
  let run: Run | null = null;
  for (const s of L.sentences.slice(0, MAX_SENTENCES)) {
    if (!usage.free(q, other, s)) {
      run = null;
      continue;
    }
    if (!run) out.push((run = { q, sentences: [] }));
    run.sentences.push({ keys: s, stems: new Set(stemsOf(q, s[0], s[1])) });
  }
  return out;
}

/**
 * How two runs tell one moment: their sentences aligned in order (monotone, one to one), each
 * aligned pair sharing content words. Null unless the shared words are at least `MIN_RETOLD`
 * and either one pair of sentences shares two or more, or two pairs share one each: an account
 * told in the same order, not two sentences that happen to share a word of the story.
 */
function retold(ra: Run, rb: Run, telling: (s: string) => boolean): { a: [number, number]; b: [number, number]; shared: Set<string> } | null {
  const sa = ra.sentences;
  const sb = rb.sentences;
  const share = sa.map((x) => sb.map((y) => [...x.stems].filter((s) => y.stems.has(s) && telling(s)).length));
  const matched = monotoneMatch(share);
  if (!matched.length || (matched.length < 2 && share[matched[0][0]][matched[0][1]] < 2)) return null;
  const shared = new Set<string>();
  for (const [i, j] of matched) for (const s of sa[i].stems) if (sb[j].stems.has(s) && telling(s)) shared.add(s);
  const stemsIn = (list: Run['sentences'], from: number, to: number) => new Set(list.slice(from, to + 1).flatMap((x) => [...x.stems]));
  const [first, last] = [matched[0], matched[matched.length - 1]];
  const [inA, inB] = [stemsIn(sa, first[0], last[0]), stemsIn(sb, first[1], last[1])];
  if (shared.size < MIN_RETOLD || shared.size < MIN_RETOLD_SHARE * Math.min(inA.size, inB.size)) return null;
  // A retelling has words of its own on both sides: a passage whose every content word the
  // other has is a fragment of it, not the moment told again.
  if ([...inA].every((s) => inB.has(s)) || [...inB].every((s) => inA.has(s))) return null;
  return { a: [sa[first[0]].keys[0], sa[last[0]].keys[1]], b: [sb[first[1]].keys[0], sb[last[1]].keys[1]], shared };
}

/**
 * Direct quotations that tell one moment in other words: a witness describing the screams they
 * heard to two reporters, or a testimony each outlet quotes from different sentences. Two
 * outlets' quotations are of one occasion when both already quote one remark of the speaker
 * there (an anchor aligned by `directPairs`); passages of that speaker's quotations on that
 * occasion that no remark aligns are then paired when their sentences, in order, share content
 * words (names, numbers and time words aside). Pairs are taken best first, one to one.
 */
function retoldPairs(quotes: readonly QuoteClaim[], anchors: readonly Anchor[], usage: Usage): UtterancePair[] {
  if (!anchors.length) return [];
  const byPath = new Map<string, QuoteClaim[]>();
  for (const q of quotes) {
    if (q.chant) continue;
    const list = byPath.get(q.path);
    if (list) list.push(q);
    else byPath.set(q.path, [q]);
  }
  for (const list of byPath.values()) list.sort((x, y) => x.span.start - y.span.start);
  type Found = { qa: QuoteClaim; qb: QuoteClaim; a: [number, number]; b: [number, number]; shared: Set<string>; anchor: Anchor };
  const found: Found[] = [];
  const seen = new Map<QuoteClaim, Set<QuoteClaim>>();
  // Each quotation's occasion, and the words that tell its passages apart, once.
  const sides = new Map<QuoteClaim, QuoteClaim[]>();
  const side = (q: QuoteClaim) => {
    let list = sides.get(q);
    if (!list) sides.set(q, (list = occasionQuotes(q, byPath.get(q.path) ?? [])));
    return list;
  };
  const onceMemo = new Map<QuoteClaim[], Set<string>>();
  const once = (list: QuoteClaim[]) => {
    let set = onceMemo.get(list);
    if (!set) onceMemo.set(list, (set = onceIn(list)));
    return set;
  };
  for (const anchor of anchors) {
    // A body of people and one who speaks for it may be quoted on many occasions; a shared
    // phrase ("late-night talk show") does not show that two outlets heard one occasion.
    if (anchor.match === 'member' || anchor.common < MIN_COMMON_LOOSE) continue;
    const sideA = side(anchor.qa);
    const sideB = side(anchor.qb);
    // The words that tell a passage apart from the speaker's other remarks there: a word of
    // several of them ("players") says what the speaker talks about, not which moment, and a
    // word of the most general senses ("felt", "going") says little of either.
    const onceA = once(sideA);
    const onceB = once(sideB);
    const telling = (s: string) => onceA.has(s) && onceB.has(s) && !isLight(s);
    for (const qa of sideA) {
      for (const qb of sideB) {
        let done = seen.get(qa);
        if (!done) seen.set(qa, (done = new Set()));
        if (done.has(qb)) continue;
        done.add(qb);
        const match = speakerMatch(qa, qb);
        if (!match || match === 'member') continue;
        const runsA = freeRuns(qa, qb.path, usage);
        const runsB = runsA.length ? freeRuns(qb, qa.path, usage) : [];
        const told: Found[] = [];
        for (const ra of runsA) {
          for (const rb of runsB) {
            const r = retold(ra, rb, telling);
            if (r) told.push({ qa, qb, a: r.a, b: r.b, shared: r.shared, anchor });
          }
        }
        if (!told.length) continue;
        // Quotations whose words align where nothing else is aligned are one remark quoted
        // (the same words in two outlets), which `directPairs` compares.
        const al = alignDirect(layoutOf(qa), layoutOf(qb));
        if (al && al.common >= MIN_COMMON && al.ratio >= MIN_RATIO && usage.free(qa, qb.path, al.a) && usage.free(qb, qa.path, al.b)) continue;
        found.push(...told);
      }
    }
  }
  const keysOf = (x: Found) => x.a[1] - x.a[0] + x.b[1] - x.b[0];
  found.sort((x, y) => y.shared.size - x.shared.size || keysOf(x) - keysOf(y) || x.qa.span.start - y.qa.span.start || x.qb.span.start - y.qb.span.start);
  const out: UtterancePair[] = [];
  for (const f of found) {
    if (!usage.free(f.qa, f.qb.path, f.a) || !usage.free(f.qb, f.qa.path, f.b)) continue;
    usage.take(f.qa, f.qb.path, f.a);
    usage.take(f.qb, f.qa.path, f.b);
    out.push({
      relation: 'retold',
      a: f.qa,
      b: f.qb,
      aAll: [f.qa],
      bAll: [f.qb],
      aKeys: f.a,
      bKeys: f.b,
      speakers: speakerMatch(f.qa, f.qb) ?? 'unnamed',
      shared: wordsWithStems(f.qa, f.a, f.shared),
      anchor: { a: f.anchor.qa, b: f.anchor.qb, aKeys: f.anchor.aKeys },
    });
  }
  return out;
}
