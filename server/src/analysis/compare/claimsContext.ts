/**
 * What a number or a date is about, read from the words around it: the verb that governs it,
 * the people and organisations it belongs to, the words that narrow what it counts, and the
 * time frame its clause states. Two figures of one unit are compared only when none of these
 * tell them apart ("seven bullets" that hit a man are not the "four bullets" his gun held;
 * one player's touchdowns are not another's). Everything here reads a bounded window of one
 * sentence and is linear in it.
 */
import type { DateRef, Mention, Span } from '../types';
import { fold, sentenceAt, stem, wordsOf, type Word } from './claimsText';
import { TITLE_HEADS } from '../data/titles';
import wordData from '../data/rulesWords.json';

/** Auxiliary and modal verbs: they carry tense, not the event. */
export const AUXILIARIES = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

const VALUE_VERBS = new Set<string>(wordData.valueVerbs.map(stem));
const BOUNDARIES = new Set<string>(wordData.clauseBoundaries);
const WINDOW_WORDS = new Set<string>(wordData.windowWords);
const SCOPE = new Set<string>(wordData.scopeModifiers);
const PERIODS = new Set<string>(wordData.framePeriods);
const FRAME_DETERMINERS: Record<string, string> = wordData.frameDeterminers;
const PERSON_NOUNS = new Set<string>(wordData.personNouns);
const DEICTIC = wordData.deicticDates.map((d) => d.split(' '));
/** Words that may stand between a number's noun and the verb it is the subject of ("were not arrested"). */
const ADVERBS = new Set(['not', 'never', 'also', 'already', 'reportedly', 'allegedly', 'still', 'all', 'both', 'each', 'later', 'then', 'now']);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'his', 'her']);

/**
 * False for a word the tagger calls a verb but that is part of a name: a capitalised word
 * that does not start its sentence ("Betty Ford" is not the verb "to ford").
 */
export function isEventVerb(text: string, span: Span, sentence: Span | undefined): boolean {
  const first = text.charAt(span.start);
  if (first === first.toLowerCase()) return true;
  if (!sentence) return true;
  const before = span.start - sentence.start;
  if (before > 40) return false;
  return !/[\p{L}\p{N}]/u.test(text.slice(sentence.start, span.start));
}

/** Indexes of the items of a list sorted by start (mentions, dates) that lie inside `span`, found by bisection. */
function within(list: readonly Span[], span: Span): number[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < list.length && list[i].start < span.end; i++) if (list[i].end <= span.end) out.push(i);
  return out;
}

/** What the analysis of one article offers the readers below. */
export interface ContextSource {
  text: string;
  sentences: readonly Span[];
  mentions: readonly Mention[];
  dates: readonly DateRef[];
  /** Every verb and auxiliary inside a span of one sentence, in text order. */
  verbsIn(span: Span): Span[];
}

/** What governs a number, and what it belongs to. */
export interface QuantityContext {
  governing: string[];
  /** Indexes into the article's mentions. */
  participants: number[];
  scope: string[];
  frame: string[];
  window: boolean;
}

/** The stem of a verb when it names an event (not an auxiliary, not a level, not part of a name). */
function eventStem(src: ContextSource, word: Word, verbs: Map<number, Span>, sentence: Span | undefined): string | null {
  const v = verbs.get(word.start);
  if (!v) return null;
  const lower = fold(word.text);
  if (AUXILIARIES.has(lower) || !isEventVerb(src.text, v, sentence)) return null;
  const s = stem(word.text);
  return VALUE_VERBS.has(s) ? null : s;
}

/**
 * Reads what a number is about: `clause` is the clause around it (see `clauseAround`),
 * `quantity` its words ("seven bullets").
 */
export function quantityContext(src: ContextSource, clause: Span, quantity: Span): QuantityContext {
  const { text } = src;
  const sentence = sentenceAt(src.sentences, quantity.start);
  const verbs = new Map(src.verbsIn(clause).map((v) => [v.start, v]));
  const lead = wordsOf(text, { start: clause.start, end: quantity.start });
  // The segment that leads up to the number: after the last word that opens another clause.
  let seg = 0;
  for (let k = lead.length - 1; k >= 0; k--) {
    if (BOUNDARIES.has(fold(lead[k].text))) {
      seg = k + 1;
      break;
    }
  }
  const governing = new Set<string>();
  // The nearest event verb before the number in its segment: "hit by", "loaded with".
  for (let k = lead.length - 1; k >= seg; k--) {
    const s = eventStem(src, lead[k], verbs, sentence);
    if (s) {
      governing.add(s);
      break;
    }
  }
  // The predicate the number is the subject of: "89 people were arrested". Without an
  // auxiliary, a participle after the noun only describes it ("people suspected of",
  // "cables running across"), so it is taken only when it reads as a finite verb.
  const tail = wordsOf(text, { start: quantity.end, end: Math.min(clause.end, quantity.end + 80) });
  let sawAux = false;
  for (let k = 0; k < tail.length && k < 5; k++) {
    const lower = fold(tail[k].text);
    if (AUXILIARIES.has(lower)) {
      sawAux = true;
      continue;
    }
    if (ADVERBS.has(lower)) continue;
    const s = eventStem(src, tail[k], verbs, sentence);
    const next = tail[k + 1] ? fold(tail[k + 1].text) : '';
    if (s && (sawAux || (!lower.endsWith('ing') && next !== 'by' && next !== 'of'))) governing.add(s);
    break;
  }
  // The people and organisations named in the segment ("Smith's two touchdowns").
  const segStart = seg < lead.length ? lead[seg].start : quantity.start;
  const from = seg > 0 ? segStart : clause.start;
  const participants: number[] = [];
  const named = within(src.mentions, { start: from, end: quantity.start });
  for (const i of named) if (src.mentions[i].kind !== 'place') participants.push(i);
  if (!participants.length && sentence && !named.length) {
    // "He finished with…", "The undrafted rookie finished with…": the subject of the
    // sentence before, when the segment is the start of the sentence.
    const first = wordsOf(text, { start: sentence.start, end: Math.min(sentence.end, sentence.start + 80) });
    const startsSentence = seg === 0 && (lead.length === 0 || lead[0].start === first[0]?.start);
    const opener = first[0] ? fold(first[0].text) : '';
    const describes = opener === 'the' && first.slice(1, 4).some((w) => PERSON_NOUNS.has(fold(w.text)) || TITLE_HEADS.has(fold(w.text)));
    if (startsSentence && (PRONOUN_SUBJECTS.has(opener) || describes)) {
      const at = antecedent(src, sentence);
      if (at >= 0) participants.push(at);
    }
  }
  // Words that narrow what is counted, next to the number or inside its words.
  const scope = new Set<string>();
  for (const w of [...lead.slice(Math.max(seg, lead.length - 3)), ...wordsOf(text, quantity)]) {
    const lower = fold(w.text);
    if (SCOPE.has(lower)) scope.add(lower);
  }
  // A number right after "first", "last", "top" picks a span: "their first two drives".
  const before = lead.length ? fold(lead[lead.length - 1].text) : '';
  const window = WINDOW_WORDS.has(before);
  return { governing: [...governing], participants: [...new Set(participants)], scope: [...scope].sort(), frame: frameOf(src, clause, quantity), window };
}

/** The first person named in the nearest of the two sentences before `sentence` that names one. */
function antecedent(src: ContextSource, sentence: Span): number {
  let lo = 0;
  let hi = src.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (src.sentences[mid].start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 2; i--) {
    const found = within(src.mentions, src.sentences[i]).find((m) => src.mentions[m].kind === 'person');
    if (found !== undefined) return found;
  }
  return -1;
}

/** The time frame a clause states: "last season", "this year", "career", and its resolved dates. */
function frameOf(src: ContextSource, clause: Span, skip: Span): string[] {
  const out = new Set<string>();
  const words = wordsOf(src.text, clause);
  for (let k = 0; k < words.length; k++) {
    const lower = fold(words[k].text);
    if (lower === 'career') out.add('career');
    const det = FRAME_DETERMINERS[lower];
    const next = words[k + 1] ? fold(words[k + 1].text) : '';
    if (det && PERIODS.has(next)) out.add(`${det} ${next}`);
  }
  for (const d of within(src.dates, clause).map((i) => src.dates[i])) {
    if (d.value && d.end > d.start && !(d.start < skip.end && skip.start < d.end)) out.add(`date:${d.value}`);
  }
  return [...out].sort();
}

/** Stems of the event verbs nearest a date on either side within its clause: the event it dates. */
export function dateGoverning(src: ContextSource, clause: Span, date: Span): string[] {
  const sentence = sentenceAt(src.sentences, date.start);
  const out: string[] = [];
  const verbs = src.verbsIn(clause);
  const usable = (v: Span) => {
    const word = src.text.slice(v.start, v.end);
    return !AUXILIARIES.has(word.toLowerCase()) && isEventVerb(src.text, v, sentence);
  };
  for (let k = verbs.length - 1; k >= 0; k--) {
    if (verbs[k].end <= date.start && usable(verbs[k])) {
      out.push(stem(src.text.slice(verbs[k].start, verbs[k].end)));
      break;
    }
  }
  for (const v of verbs) {
    if (v.start >= date.end && usable(v)) {
      const s = stem(src.text.slice(v.start, v.end));
      if (!out.includes(s)) out.push(s);
      break;
    }
  }
  return out;
}

/**
 * True when a date's words name a day by the moment of writing ("this morning", "yesterday"):
 * resolved against an article's date, such a day may be off by one, since the date does not
 * say at what hour or in which time zone the article was written.
 */
export function isDeictic(words: string): boolean {
  const w = wordsOf(words).map((x) => fold(x.text));
  return DEICTIC.some((d) => w.some((_, k) => d.every((p, j) => w[k + j] === p)));
}
