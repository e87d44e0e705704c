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
import { SPEECH_VERB_FORMS } from '../data/speech';
import { EVENTLESS_VERBS, FUTURE_CUE, OCCURRENCE_VERBS, REPORT_VERBS } from '../data/dates';
import wordData from '../data/rulesWords.json';
import { isEventNoun, lemmaOf, namesEvent, type Predicate } from './events';
import { isPeriod } from './framesCommon';

/** Auxiliary and modal verbs: they carry tense, not the event. */
export const AUXILIARIES = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

const VALUE_VERBS = new Set<string>(wordData.valueVerbs.map(stem));
const BOUNDARIES = new Set<string>(wordData.clauseBoundaries);
const WINDOW_WORDS = new Set<string>(wordData.windowWords);
const SCOPE = new Set<string>(wordData.scopeModifiers);
const PERIODS = new Set<string>(wordData.framePeriods);
const FRAME_DETERMINERS: Record<string, string> = wordData.frameDeterminers;
/** Word sequences that place a figure at a past high point or a former time ("at its peak"); "*" is any one word. */
const FORMER_TIMES: readonly (readonly string[])[] = wordData.formerTimes;
/** Forms of "be" before "used to" make it the passive of "use" ("was used to treat"), not a former habit. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** True when the words from `k` on spell one of the former times, "at its peak", "formerly". */
function formerTimeAt(words: readonly Word[], k: number, lower: string): boolean {
  for (const seq of FORMER_TIMES) {
    if (seq[0] !== lower || k + seq.length > words.length) continue;
    if (!seq.every((p, j) => j === 0 || p === '*' || fold(words[k + j].text) === p)) continue;
    if (lower === 'used' && k > 0 && BE_FORMS.has(fold(words[k - 1].text))) continue;
    return true;
  }
  return false;
}
const PERSON_NOUNS = new Set<string>(wordData.personNouns);
const DEICTIC = wordData.deicticDates.map((d) => d.split(' '));
/** Words that may stand between a number's noun and the verb it is the subject of ("were not arrested"). */
const ADVERBS = new Set(['not', 'never', 'also', 'already', 'reportedly', 'allegedly', 'still', 'all', 'both', 'each', 'later', 'then', 'now']);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'his', 'her']);
const RECALL = wordData.recallWords.map((r) => r.split(' '));
/** The recall phrases by their first word, each list in the data's order: a word opens few of them. */
const RECALL_BY_FIRST = new Map<string, string[][]>();
for (const r of RECALL) {
  const list = RECALL_BY_FIRST.get(r[0]);
  if (list) list.push(r);
  else RECALL_BY_FIRST.set(r[0], [r]);
}
/** Words that join two verbs into one predicate ("destroyed or damaged"). */
const COORDINATORS = new Set(['or', 'and']);

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
  /** The article's date (`YYYY-MM-DD`, its header's or its dateline's), when it gives one: a year or month after it is a target, not another incident. */
  today?: string | null;
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
  /** When the count happened, as far as its sentence tells (see `timeOf`). */
  time: CountTime;
}

/** Where a count sits in time. */
export interface CountTime {
  /** True when its words place it in another incident than the story's own ("last year", "in January", "a similar outage"). */
  recall: boolean;
  /** The months and years its clause names ("2008-01"), when it is recalled. */
  periods: string[];
  /** True when its clause, or its sentence when nothing there recalls another incident, names a day or a time. */
  dated: boolean;
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

/** The words of a span, as `wordsOf` reads them. */
export interface SpanWords {
  span: Span;
  words: readonly Word[];
}

/** Words the caller of `quantityContext` has read already: the number's sentence (its window) and its clause. */
export interface QuantityWords {
  sentence: SpanWords;
  clause: readonly Word[];
}

/**
 * Reads what a number is about: `clause` is the clause around it (see `clauseAround`),
 * `quantity` its words ("seven bullets"); `read` the words of its sentence and clause when the
 * caller has them.
 */
export function quantityContext(src: ContextSource, clause: Span, quantity: Span, read?: QuantityWords): QuantityContext {
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
      governing.add(coordinated(src, lead.slice(seg), k - seg, -1, verbs, sentence));
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
    if (s && (sawAux || (!lower.endsWith('ing') && next !== 'by' && next !== 'of'))) governing.add(coordinated(src, tail, k, 1, verbs, sentence));
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
  return { governing: [...governing], participants: [...new Set(participants)], scope: [...scope].sort(), frame: frameOf(src, clause, quantity, read?.clause), window, time: timeOf(src, clause, quantity, [...governing], read?.sentence) };
}

/** True for a word that may stand inside a coordinated predicate ("destroyed or badly damaged"). */
const isModifier = (w: string) => ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly'));

/**
 * The predicate of the verb at `words[k]`: its stem, or, when "or" or "and" joins it to other
 * event verbs ("destroyed or damaged 40 homes", "40 homes were damaged or destroyed"), every
 * verb of the coordination as one predicate ("damag or destroy"). A count of what was destroyed
 * or damaged is not a count of what was destroyed, so the coordination is compared as a whole,
 * never by one of its verbs. `dir` is the way the coordination is read from `k`: -1 back from a
 * verb before the number, 1 on from one after it.
 */
function coordinated(src: ContextSource, words: readonly Word[], k: number, dir: -1 | 1, verbs: Map<number, Span>, sentence: Span | undefined): string {
  const members = [eventStem(src, words[k], verbs, sentence)!];
  let conj = '';
  let at = k;
  for (let guard = 0; guard < 4; guard++) {
    let j = at + dir;
    while (j >= 0 && j < words.length && isModifier(fold(words[j].text))) j += dir;
    const word = words[j];
    if (!word) break;
    const lower = fold(word.text);
    // Only a comma (and the modifiers passed over) may stand between the verbs and the word that joins them.
    const gap = (x: Word, y: Word) => src.text.slice(Math.min(x.end, y.end), Math.max(x.start, y.start)).replace(/[\p{L}'\u2019-]+/gu, '');
    let next = j;
    if (COORDINATORS.has(lower) && /^[\s,]*$/.test(gap(words[at], word))) {
      next = j + dir;
      while (next >= 0 && next < words.length && isModifier(fold(words[next].text))) next += dir;
    } else if (!(conj && dir < 0 && /^\s*,\s*$/.test(gap(words[at], word)))) break;
    const other = words[next] ? eventStem(src, words[next], verbs, sentence) : null;
    if (!other) break;
    if (next !== j) conj = lower;
    members.push(other);
    at = next;
  }
  const set = [...new Set(members)].sort();
  return set.length > 1 ? set.join(` ${conj} `) : set[0];
}

/**
 * When a count happened, as far as its sentence tells. It is recalled from another incident
 * when a month, a year or a span back ("in January", "two years ago") or a recall phrase
 * ("last year", "a similar", "an earlier") stands before it in its sentence or after it in its
 * clause (a date only when it dates the count's event, not another verb's, and only when it is
 * not later than the article's date: "by 2030" is a target); a day or a time named in its own
 * clause overrides both ("on Friday, a year after…").
 * It is dated when its clause names a day or a time, or when its sentence does and recalls
 * nothing.
 */
function timeOf(src: ContextSource, clause: Span, quantity: Span, governing: readonly string[], known?: SpanWords): CountTime {
  const sentence = sentenceAt(src.sentences, quantity.start) ?? clause;
  const win = { start: Math.max(sentence.start, quantity.start - 400), end: Math.min(sentence.end, quantity.end + 400) };
  const inClause = (x: Span) => x.start >= clause.start && x.end <= clause.end;
  const dates = within(src.dates, win)
    .map((i) => src.dates[i])
    .filter((d) => !(d.start < quantity.end && quantity.start < d.end) && !d.named);
  const isDay = (d: DateRef) => !isPeriod(d) && ((d.value?.length ?? 0) >= 10 || d.stated?.weekday !== undefined || d.stated?.day !== undefined || !!d.time);
  const ownDay = dates.some((d) => inClause(d) && isDay(d));
  // A month, a year or a span back before the count in its sentence, or after it in its clause,
  // that dates the count's event: one that opens the sentence or the clause ("In January, five
  // cables were cut"), or one of the verb that governs the count ("cut in January"), not a
  // date of another verb ("proposed the rule in May and has since received 300,000 comments").
  // A year or a month after the article's own ("build 40,000 homes by 2030") is a target the
  // count is planned for, not an incident the story recalls.
  const later = (d: DateRef) => !!src.today && !!d.value && d.value > src.today.slice(0, d.value.length);
  const periods = dates.filter((d) => {
    if (!isPeriod(d) || later(d) || !(d.end <= quantity.start || inClause(d))) return false;
    const first = dateEvent(src, d).predicates[0];
    return !first || first.start >= d.end || governing.some((g) => g.split(/ (?:or|and) /).includes(stem(first.word.split(' ')[0])));
  });
  const words = known && known.span.start === win.start && known.span.end === win.end ? known.words : wordsOf(src.text, win);
  const folded = words.map((w) => fold(w.text));
  let phrase = false;
  let phraseHere = false;
  for (let k = 0; k < words.length && !phraseHere; k++) {
    const opening = RECALL_BY_FIRST.get(folded[k]);
    if (!opening) continue;
    for (const r of opening) {
      if (!r.every((p, j) => folded[k + j] === p)) continue;
      const span = { start: words[k].start, end: words[k + r.length - 1].end };
      if (span.start < quantity.end && quantity.start < span.end) continue;
      phrase = true;
      if (span.end <= quantity.start || inClause(span)) phraseHere = true;
      break;
    }
  }
  const recall = !ownDay && (periods.length > 0 || phraseHere);
  const dated = ownDay || (!recall && !phrase && !periods.length && dates.some(isDay));
  return { recall, periods: recall ? periods.map((d) => d.value).filter((v): v is string => !!v) : [], dated };
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

/**
 * The time frame a clause states: "last season", "this year", "career", "former" for a past high
 * point or a former time ("at its peak", "at one point", "formerly"), and its resolved dates.
 */
function frameOf(src: ContextSource, clause: Span, skip: Span, words: readonly Word[] = wordsOf(src.text, clause)): string[] {
  const out = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    const lower = fold(words[k].text);
    if (lower === 'career') out.add('career');
    const det = FRAME_DETERMINERS[lower];
    const next = words[k + 1] ? fold(words[k + 1].text) : '';
    if (det && PERIODS.has(next)) out.add(`${det} ${next}`);
    if (formerTimeAt(words, k, lower)) out.add('former');
  }
  for (const d of within(src.dates, clause).map((i) => src.dates[i])) {
    if (d.value && d.end > d.start && !(d.start < skip.end && skip.start < d.end)) out.add(`date:${d.value}`);
  }
  return [...out].sort();
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

/** Words that open another clause: the event a date belongs to is not read across them. */
const CLAUSE_OPENERS = /\b(?:that|which|who|whom|whose|where|while|whereas|because|although|though|but|when|unless|whether|if)\b/gi;
const CLAUSE_STOPS = /[;\u2014\u2013()"\u201c\u201d]|:(?!\d)/g;
/** Particles that make a phrasal verb with the verb before them ("broke out", "checked in"). */
const PARTICLES = new Set(['out', 'in', 'up', 'down', 'off', 'on', 'over', 'away', 'back', 'through']);
/** How far from a date its event's words are read, either way. */
const EVENT_REACH = 200;

/** What a date belongs to: the predicates of its event, and whether it dates only a report of it. */
export interface DateEvent {
  /** The verb the date governs as written ("broke out", "checked in"), or the noun it is attached to, with their offsets. */
  predicates: (Predicate & Span)[];
  /** True when the date dates a statement ("said on Friday", "announced Friday"), not what the statement reports. */
  report: boolean;
  /** True when the event is expected, planned or scheduled ("is expected to be charged today"). */
  future: boolean;
  /** The words of the event's clause around the date: from the last clause opener before it to the first after it. */
  span: Span;
  /** The mention a relative clause is about ("Joique Bell, who was signed Wednesday"), as an index into the mentions. */
  antecedent?: number;
  /** True when `antecedent` is the person a "he" or "she" opening the sentence is taken to stand for: less sure than a name. */
  pronoun?: boolean;
}

/** Words after which a word the tagger calls a verb is a noun ("a charge", "his team's win"). */
const NOUN_BEFORE = /(?:\b(?:a|an|the|his|her|their|its|our|your|my|this|that)|['\u2019]s)[ \t]{1,3}$/i;

/** A determiner and adverbs of degree or order before a word ("their only", "the newly"): a participle after them is attributive. */
const ATTRIBUTIVE_BEFORE = /(?:\b(?:a|an|the|his|her|their|its|our|your|my|this|that)|['\u2019]s)(?:[ \t]{1,3}(?:only|first|last|next|long|once|[a-z]{3,}ly))+[ \t]{1,3}$/i;

/**
 * Between a verb and its date, a noun phrase (its object, or after "for", "in", "at", "to") that
 * an attributive participle describes and whose head the date's preposition follows ("meet for
 * their only scheduled debate on", "attend a postponed hearing on"): the date is that
 * occasion's too.
 */
const OBJECT_BEFORE_DATE = /^[ \t]{1,3}(?:(?:for|in|at|to)[ \t]{1,3})?(?:a|an|the|his|her|their|its|our)(?:[ \t]{1,3}(?:only|first|last|next|long|once|[a-z]{3,}ly))*[ \t]{1,3}[a-z]{3,}ed[ \t]{1,3}[a-z]{3,}[ \t]{1,3}(?:on|at)[ \t]{1,3}$/i;

/** Conjunctions of time that open the clause of a date's verb ("after the blaze broke out at 8.40pm"). */
const TIME_CONJUNCTIONS = /\b(?:after|before|until|till|once|as soon as)[ \t]+/gi;

/** Prepositions that open another event before a date ("charged after a shooting at a party Friday"). */
const EVENT_PREPOSITIONS = /\b(?:after|before|following|during|since|amid)[ \t]{1,3}/gi;

/** True when `word` is a verb of telling ("said", "announces"). */
function isReportVerb(word: string): boolean {
  const w = word.toLowerCase();
  return REPORT_VERBS.has(SPEECH_VERB_FORMS[w] ?? lemmaOf(w, 'verb'));
}

/**
 * The event a date belongs to. A date attached to a noun ("Monday's ruling") is that noun's.
 * Otherwise it is the nearest event verb before it in its clause, over commas but not over
 * words that open another clause ("which", "that", "when"), passing over participles that only
 * describe a noun ("vessels transiting the Gulf"); when none, the nearest after it ("Early
 * Friday, the actress checked in"). A speech verb there makes the date the statement's
 * ("announced on Friday that she checked in"). With no verb, a noun of an event just before
 * the date's preposition ("the attack on Friday") is its predicate.
 */
export function dateEvent(src: ContextSource, date: DateRef): DateEvent {
  // Each count asks for the events of the dates around it, and a sentence's counts share its
  // dates: the event of a date is found once per article's context.
  let known = dateEventsOf.get(src);
  if (!known) dateEventsOf.set(src, (known = new Map()));
  let event = known.get(date);
  if (!event) known.set(date, (event = dateEventUncached(src, date)));
  return event;
}

/** The events of the dates asked for, per context (one per article's claims). */
const dateEventsOf = new WeakMap<ContextSource, Map<DateRef, DateEvent>>();

function dateEventUncached(src: ContextSource, date: DateRef): DateEvent {
  const { text } = src;
  const sentence = sentenceAt(src.sentences, date.start) ?? { start: Math.max(0, date.start - EVENT_REACH), end: Math.min(text.length, date.end + EVENT_REACH) };
  // The clause around the date: back to the last stop or opener, on to the first.
  // The date's words with the clock time written before it ("at 8.40am on Saturday").
  const start = Math.min(date.start, date.time?.start ?? date.start);
  // "the fifth operation since September": the start of a period the clause looks back over,
  // not the day of its event. ("closed until Friday" keeps its date: the end is the fact.)
  if (/\b(?:since|throughout)[ \t]{1,3}$/i.test(text.slice(Math.max(0, start - 12), start))) return { predicates: [], report: false, future: false, span: { start: date.start, end: date.end } };
  let from = Math.max(sentence.start, start - EVENT_REACH);
  // Another date before it in the sentence dates its own clause ("signed Wynn on Tuesday and Bell today").
  const previous = within(src.dates, { start: from, end: start });
  if (previous.length) {
    const end = src.dates[previous[previous.length - 1]].end;
    // "Late Saturday and early Sunday": a range of two dates, which neither of them dates alone.
    if (/^[ \t]*(?:and|or|to|through|until|till|-|\u2013)[ \t]*$/i.test(text.slice(end, start))) return { predicates: [], report: false, future: false, span: { start: date.start, end: date.end } };
    from = Math.max(from, end);
  }
  const before = text.slice(from, start);
  let cut = -1;
  let opener = '';
  for (const re of [CLAUSE_STOPS, CLAUSE_OPENERS]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      if (m.index + m[0].length > cut) {
        cut = m.index + m[0].length;
        opener = m[0].toLowerCase();
      }
    }
  }
  let antecedent: number | undefined;
  let head: (Predicate & Span & { phraseStart: number }) | undefined;
  if (cut >= 0) {
    const floor = from;
    // "Joique Bell, who was signed Wednesday": the relative clause is about the name before it.
    if (opener === 'who' || opener === 'which' || opener === 'that') {
      const openerStart = from + cut - opener.length;
      const named = within(src.mentions, { start: Math.max(0, openerStart - 80), end: openerStart });
      const last = named[named.length - 1];
      // "the fire at the store in Millbrook, which broke out at 3 a.m.": the clause is about the
      // noun phrase before it, whose head (not the last name of its modifiers) is the event.
      if (opener !== 'who') head = antecedentHead(src, { start: floor, end: openerStart });
      if (!head && last !== undefined && /^[ \t]*,?[ \t]*$/.test(text.slice(src.mentions[last].end, openerStart))) antecedent = last;
    }
    from += cut;
    // The antecedent's noun phrase belongs to the clause: its names are the event's participants.
    if (head) from = head.phraseStart;
  }
  let to = Math.min(sentence.end, date.end + EVENT_REACH);
  const after = text.slice(date.end, to);
  let stop = after.length;
  // After the date, "and" starts what is joined to its clause ("on Tuesday and Joique Bell today").
  for (const re of [CLAUSE_STOPS, CLAUSE_OPENERS, /\band\b/gi]) {
    re.lastIndex = 0;
    const m = re.exec(after);
    if (m) stop = Math.min(stop, m.index);
  }
  to = date.end + stop;
  const span = { start: from, end: to };
  let future = FUTURE_CUE.test(text.slice(from, start)) || /\b(?:next|coming|tomorrow|upcoming)\b/i.test(date.text);
  // "He has a prior conviction from 1992": a clause whose subject is "he" or "she" and that
  // names no one else is about the person the sentence before named first.
  let pronoun = false;
  if (antecedent === undefined) {
    antecedent = pronounSubject(src, sentence, span);
    pronoun = antecedent !== undefined;
  }
  const found = (predicates: DateEvent['predicates'], report = false): DateEvent => ({ predicates, report, future, span, antecedent, ...(pronoun ? { pronoun } : {}) });
  if (date.head) return found([{ word: date.head.text, pos: 'noun', start: date.head.start, end: date.head.end }]);
  const verbs = src.verbsIn(span);
  // "three prior convictions, spanning from 1990 to 1991": a participle right before the date's
  // preposition describes the noun before it, whose event the date is, whatever verb governs
  // the noun ("records show he has …").
  const described = DESCRIBED.exec(text.slice(Math.max(from, start - 60), start));
  if (described && /^[a-z]/.test(described[1]) && !STOP_WORDS.has(described[1]) && isEventNoun(described[1])) {
    const at = start - described[0].length;
    if (!verbs.some((v) => v.start === at)) return found([{ word: described[1], pos: 'noun', start: at, end: at + described[1].length }]);
  }
  const isAux = (v: Span) => AUXILIARIES.has(text.slice(v.start, v.end).toLowerCase());
  const usable = (v: Span, k: number, list: Span[]): boolean => {
    const word = text.slice(v.start, v.end);
    if (isAux(v) || !isEventVerb(text, v, sentence)) return false;
    // A verb that names or possesses ("a man called Lee", "took part") has no event of its own,
    // unless it sends someone somewhere ("police were called to the house", "was taken to hospital").
    if (EVENTLESS_VERBS.has(lemmaOf(word, 'verb')) && !SENT_TO.test(text.slice(v.end, v.end + 24))) return false;
    // After a determiner or a possessive the word is a noun the tagger took for a verb ("on a charge of", "his team's win").
    if (NOUN_BEFORE.test(text.slice(Math.max(0, v.start - 8), v.start))) return false;
    // A participle between a determiner (and adverbs) and a noun describes the noun ("their only scheduled debate").
    if (ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, v.start - 40), v.start)) && /ed$/i.test(word)) {
      const next = /^[ \t]{1,3}([a-z]{3,})\b/.exec(text.slice(v.end, v.end + 24));
      if (next && !STOP_WORDS.has(next[1]) && !list.some((u) => u.start === v.end + next[0].length - next[1].length)) return false;
    }
    // A participle with no auxiliary before it describes a noun ("vessels transiting", "on Friday capturing").
    if (/ing$/i.test(word)) {
      const prev = list[k - 1];
      if (!prev || !isAux(prev) || v.start - prev.end > 12) return false;
    }
    return true;
  };
  let chosen: Span | undefined;
  for (let k = verbs.length - 1; k >= 0 && !chosen; k--) if (verbs[k].end <= start && usable(verbs[k], k, verbs)) chosen = verbs[k];
  // A past form the tagger missed before the date comes before any verb after it.
  if (!chosen) chosen = untaggedVerb(src, { start: from, end: start });
  for (let k = 0; k < verbs.length && !chosen; k++) if (verbs[k].start >= date.end && usable(verbs[k], k, verbs)) chosen = verbs[k];
  let subject: (Predicate & Span) | undefined;
  if (chosen && chosen.end <= start) {
    // "They were sent to the church after the blaze broke out at 8.40pm": a clause that a
    // conjunction of time opens before the date's verb is the date's own, and the words before
    // the conjunction (and the names in them) tell of another event.
    const lead = text.slice(span.start, chosen.start);
    let opened: RegExpExecArray | null = null;
    TIME_CONJUNCTIONS.lastIndex = 0;
    for (let m = TIME_CONJUNCTIONS.exec(lead); m; m = TIME_CONJUNCTIONS.exec(lead)) opened = m;
    if (opened && !/[,;]/.test(lead.slice(opened.index + opened[0].length))) {
      span.start += opened.index + opened[0].length;
      // Whether it is expected is read in its own clause too ("were moved next door after the fire broke out").
      future = FUTURE_CUE.test(text.slice(span.start, start)) || /\b(?:next|coming|tomorrow|upcoming)\b/i.test(date.text);
    }
    // "the blaze at the store broke out at 8.40pm": the subject of a verb of occurrence, when it
    // opens the clause and its head names an event, names the verb's event too.
    const lemma = lemmaOf(text.slice(chosen.start, chosen.end), 'verb');
    const particle = /^[ \t]{1,2}([a-z]+)/.exec(text.slice(chosen.end, chosen.end + 12))?.[1];
    const occurs = OCCURRENCE_VERBS.has(lemma) || (!!particle && OCCURRENCE_VERBS.has(`${lemma} ${particle}`));
    const np = occurs && !head ? antecedentHead(src, { start: span.start, end: chosen.start }) : undefined;
    // The noun must head its phrase: "the injury woes continued" is about woes, not an injury.
    const next = np ? wordsOf(text, { start: np.end, end: chosen.end })[0] : undefined;
    const heads = !!next && (next.start === chosen.start || STOP_WORDS.has(next.text.toLowerCase()));
    if (np && heads && !/\S/.test(text.slice(span.start, np.phraseStart)) && namesEvent(np.word)) subject = { word: np.word, pos: 'noun', start: np.start, end: np.end };
  }
  const predicates: DateEvent['predicates'] = [];
  let report = false;
  if (chosen && chosen.end <= start) {
    // A preposition that opens another event between the verb and the date gives the date to
    // that event: "charged with murder after a shooting at a party in Vancouver Friday".
    const between = text.slice(chosen.end, start);
    EVENT_PREPOSITIONS.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = EVENT_PREPOSITIONS.exec(between); m; m = EVENT_PREPOSITIONS.exec(between)) last = m;
    if (last) {
      const offset = chosen.end + last.index + last[0].length;
      for (const w of wordsOf(text, { start: offset, end: start }).slice(0, 4)) {
        const lower = w.text.toLowerCase();
        if (STOP_WORDS.has(lower) || !/^[a-z]/.test(w.text)) continue;
        if (!verbs.some((v) => v.start === w.start) && isEventNoun(lower)) {
          return found([{ word: w.text, pos: 'noun', start: w.start, end: w.end }]);
        }
      }
    }
  }
  if (chosen) {
    let word = text.slice(chosen.start, chosen.end);
    let end = chosen.end;
    // A particle makes a phrasal verb when no noun follows it ("broke out in the roof", "checked in on Tuesday").
    const particle = /^[ \t]{1,2}([a-z]+)\b([ \t]{1,2}[A-Za-z]+|[^A-Za-z]|$)/.exec(text.slice(end, end + 30));
    if (particle && PARTICLES.has(particle[1]) && (!/[A-Za-z]/.test(particle[2]) || STOP_WORDS.has(particle[2].trim().toLowerCase()))) {
      word = `${word} ${particle[1]}`;
      end += 1 + particle[1].length;
    }
    predicates.push({ word, pos: 'verb', start: chosen.start, end });
    report = isReportVerb(text.slice(chosen.start, chosen.end));
    // The event the relative clause's verb tells of is also named by its antecedent ("the fire"),
    // and the event of a verb by its subject when that names one ("the blaze broke out").
    if (head && !report) predicates.push({ word: head.word, pos: 'noun', start: head.start, end: head.end });
    else if (subject && !report) predicates.push(subject);
  }
  // With no verb, "the attack on Friday", "the fire at 8.49pm": a noun of an event right before the date's preposition.
  // A place named between them is the event's too ("a conviction in Minnetonka from 1992").
  const lead = /([A-Za-z]{3,})(?:[ \t]{1,3}(?:in|at)[ \t]{1,3}[A-Z][A-Za-z'\u2019.-]*(?:[ \t][A-Z][A-Za-z'\u2019.-]*){0,3})?[ \t]{1,3}(?:on|at|of|in|from)[ \t]{1,3}$/.exec(text.slice(Math.max(from, start - 60), start));
  if (lead && !report && (!predicates.length || (chosen && chosen.end <= start && OBJECT_BEFORE_DATE.test(text.slice(chosen.end, start))))) {
    const at = start - lead[0].length;
    const isVerb = verbs.some((v) => v.start === at);
    if (!isVerb && /^[a-z]/.test(lead[1]) && !STOP_WORDS.has(lead[1]) && isEventNoun(lead[1])) predicates.push({ word: lead[1], pos: 'noun', start: at, end: at + lead[1].length });
  }
  return found(predicates, report);
}

const STOP_WORDS = new Set<string>(wordData.stopwords);

/** A noun, a participle that describes it and the date's preposition ("convictions, spanning from", "attacks dating back to"). */
const DESCRIBED = /([A-Za-z]{3,}),?[ \t]{1,3}[a-z]{3,}ing[ \t]{1,3}(?:from|back[ \t]{1,3}to|to|between)[ \t]{1,3}$/;

/**
 * The person a clause whose subject is "he" or "she" is about: the first person named in the
 * sentences before (`antecedent`), when the clause opens its sentence with the pronoun and
 * names no person itself. Undefined otherwise.
 */
function pronounSubject(src: ContextSource, sentence: Span, span: Span): number | undefined {
  const first = wordsOf(src.text, { start: sentence.start, end: Math.min(sentence.end, sentence.start + 12) })[0];
  if (!first || first.start < span.start || !PRONOUN_SUBJECTS.has(fold(first.text)) || /^h(?:is|er)$/i.test(first.text)) return undefined;
  if (within(src.mentions, span).some((m) => src.mentions[m].kind === 'person')) return undefined;
  const at = antecedent(src, sentence);
  return at >= 0 ? at : undefined;
}

/** "to" and a place after a verb: the verb sends someone there ("called to the house", "taken to Mercy Hospital"). */
const SENT_TO = /^[ \t]{1,2}to[ \t]{1,2}(?:(?:the|a|an|his|her|their|its|this)\b|hospital\b|[A-Z])/;

/** Determiners that open a noun phrase. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'his', 'her']);

/**
 * The head of the noun phrase a relative clause is about, when it names an event: read back
 * from "which" or "that" over the phrase and its modifiers ("the blaze at the store in High
 * Street, Millbrook, which …"), up to a verb or a clause's edge; the leftmost noun after a
 * determiner is the head. Undefined when that noun names no event.
 */
function antecedentHead(src: ContextSource, span: Span): (Predicate & Span & { phraseStart: number }) | undefined {
  const words = wordsOf(src.text, span);
  const verbs = src.verbsIn(span);
  let found: (Predicate & Span & { phraseStart: number }) | undefined;
  for (let k = words.length - 1, n = 0; k >= 1 && n < 14; k--, n++) {
    const w = words[k];
    if (verbs.some((v) => v.start === w.start && !AUXILIARIES.has(w.text.toLowerCase()))) break;
    const lower = w.text.toLowerCase();
    if (lower === 'and' || lower === 'or' || lower === 'but') break;
    if (/^[a-z]{3,}$/.test(w.text) && DETERMINERS.has(words[k - 1].text.toLowerCase()) && !STOP_WORDS.has(lower) && isEventNoun(lower)) {
      found = { word: w.text, pos: 'noun', start: w.start, end: w.end, phraseStart: words[k - 1].start };
    }
  }
  return found;
}

/**
 * The nearest past-tense verb the tagger missed before a date ("an Indian warship foiled a
 * pirate attack … on Friday"): a lower-case word the verb lexicon knows as a past form, not
 * after a determiner.
 */
function untaggedVerb(src: ContextSource, span: Span): Span | undefined {
  const words = wordsOf(src.text, span);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!/^[a-z]{3,}ed$/.test(w.text) || NOUN_BEFORE.test(src.text.slice(Math.max(0, w.start - 8), w.start))) continue;
    const lemma = lemmaOf(w.text, 'verb');
    if (lemma !== w.text && isEventNoun(lemma) && !EVENTLESS_VERBS.has(lemma) && !REPORT_VERBS.has(lemma)) return { start: w.start, end: w.end };
  }
  return undefined;
}

/**
 * The kinds of occasion a clause names by a compound whose modifiers are themselves acts ("a
 * plea and case management hearing", "a three day trial hearing", "his bail hearing"): for each
 * head noun of an event (its lemma), the lemmas of the event nouns that qualify it. A hearing
 * for a plea and a hearing for a trial are two occasions, whatever else their clauses share.
 * Only heads with at least one such modifier are given; reads the clause's words once.
 */
export function occasionKinds(src: ContextSource, clause: Span): Array<{ head: string; kinds: string[] }> {
  const words = wordsOf(src.text, clause);
  const verbs = src.verbsIn(clause);
  let v = 0;
  const isVerb = (w: Word): boolean => {
    while (v < verbs.length && verbs[v].end <= w.start) v++;
    return v < verbs.length && verbs[v].start === w.start;
  };
  const nounish = words.map((w) => /^[a-z][a-z-]{2,}$/.test(w.text) && !STOP_WORDS.has(w.text) && !isVerb(w));
  const out: Array<{ head: string; kinds: string[] }> = [];
  for (let k = 1; k < words.length; k++) {
    // The head ends its compound: the next word is no noun of its phrase.
    if (!nounish[k] || !namesEvent(words[k].text) || (k + 1 < words.length && nounish[k + 1] && /^[ \t-]+$/.test(src.text.slice(words[k].end, words[k + 1].start)))) continue;
    const kinds: string[] = [];
    for (let j = k - 1; j >= 0 && k - j <= 6; j--) {
      const w = words[j].text.toLowerCase();
      if (!/^[ \t-]+$/.test(src.text.slice(words[j].end, words[j + 1].start))) break;
      if (w === 'and' || w === 'or' || /^\d/.test(w)) continue;
      if (!nounish[j]) break;
      if (namesEvent(w)) kinds.push(lemmaOf(w, 'noun'));
    }
    if (kinds.length) out.push({ head: lemmaOf(words[k].text, 'noun'), kinds });
  }
  return out;
}
