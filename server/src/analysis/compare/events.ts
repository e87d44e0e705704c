/**
 * Events: which clauses of a story, in different sources, report the same happening. Values
 * (a date, a time, a count) are compared only between clauses this module has put in one
 * event, and every comparison can say in one line why the two clauses are one event.
 *
 * Two clauses report the same event when
 * - their predicates are of one class: the same lemma, WordNet synonyms ("foiled" and
 *   "thwarted" share a sense), or one names the other's direct hypernym ("murdered" is a way
 *   to "kill"); a noun names the event of the verb it derives from ("the bombing", "bombed");
 * - they share participants: a person, organisation or place both name (and, when both name
 *   people, a person); or, when one of them names nobody, enough words of what they are about
 *   ("the fire broke out in the roof of the store");
 * - they are compatible in time: the same mood (what happened is not what is expected to
 *   happen), and dates no further apart than a couple of days, a few months or a year
 *   (`WITHIN`), at the precision both give: an earlier quake or a week-later announcement
 *   is another event, not one dated differently.
 *
 * The predicate lexicon is derived from WordNet 3.1 by `scripts/lexicon/eventLexicon.ts` into
 * `data/eventLexicon.json` (a few hundred kilobytes of text); it is decoded on first use and
 * kept. Everything here is pure, never throws on odd input, and grouping tests only clauses
 * that share a predicate class, never every pair of a story's clauses.
 *
 * Typical use:
 * ```ts
 * const groups = groupEvents(claims, { clauseOf: (c) => c.event, sourceOf: (c) => c.path, keyOf: (c) => signature(c) });
 * for (const g of groups) for (const e of g.edges) compare(e.a, e.b, describeMatch(e.match, nameOf));
 * ```
 */
import lexiconData from '../data/eventLexicon.json';
import wordData from '../data/rulesWords.json';
import { fitted, stem } from './claimsText';
import { relatePlaces } from './placeRelation';

/** A word that states an event: a verb ("thwarted"), or the noun a value is attached to ("ruling"). */
export interface Predicate {
  /** The word as written (any case); a verb may carry its particle ("broke out"). */
  word: string;
  pos: 'verb' | 'noun';
}

/** How two predicates name one event, from the closest relation to the loosest. */
export type PredicateRelation = 'same' | 'synonym' | 'hypernym';

/** What decides a clause's event. */
export interface EventClause {
  /** The predicates the compared value belongs to (the verb that governs a date, the noun it is attached to). */
  predicates: readonly Predicate[];
  /** Entity ids of the people, organisations and places the clause names (ids of people start with `person:`). */
  participants: readonly string[];
  /** Those of `participants` the clause names only by a pronoun ("He has a prior conviction"): a match on them alone is weak. */
  inferred?: readonly string[];
  /** Those of `inferred` the clause names by kin ("with his mum"): a match that needs them is weak whatever else it shares. */
  kin?: readonly string[];
  /** Content stems of the clause, predicates left out: what the event is about. */
  words: readonly string[];
  /** `future` for what is expected, planned or scheduled; `past` otherwise. */
  mood?: 'past' | 'future';
  /** A year the clause's own time gives, when it gives one. */
  year?: number;
  /** The last year of a range of years the clause's time gives ("from 1990 to 1991"), whose first is `year`. */
  yearTo?: number;
  /**
   * When the clause's own time puts it, roughly: a day (days since 1970) or a month (months
   * since year 0); or, when the year is unknown, a day of the year (1–366, "March 11") or a
   * month of the year (1–12). Clauses further apart than `WITHIN` are different events, not
   * one event dated differently.
   */
  when?: { day?: number; month?: number; dayOfYear?: number; monthOfYear?: number; weekday?: number };
  /**
   * The kinds of occasion the clause names by a compound of acts ("a plea hearing": head
   * `hearing`, kinds `plea`): two clauses that qualify one head by no act in common report
   * two occasions ("a plea hearing", "a trial hearing").
   */
  occasions?: ReadonlyArray<{ head: string; kinds: readonly string[] }>;
}

/**
 * How far apart two clauses of one event can be dated and still be one event: a week-later
 * announcement, an earlier quake the story recalls, a previous game are other events.
 */
export const WITHIN = { days: 2, months: 3, years: 1 };

/** Why two clauses are taken to report one event. */
export interface EventMatch {
  relation: PredicateRelation;
  /** The two predicates that met, as written. */
  predicates: [string, string];
  /** Entity ids both clauses name. */
  participants: string[];
  /** Content stems both clauses share. */
  words: string[];
  /** Higher is a closer match; used to pick one clause per source. */
  score: number;
  /**
   * True when the clauses are one event by less than a participant or several words: their
   * verbs and the nouns that name their event agree ("the blaze broke out"), or one act on the
   * same day at places the data cannot tell apart (a street and a town). Values compared across
   * such a match are an observation, not a warning.
   */
  weak?: boolean;
  /** True when a weak match rests partly on both clauses dating the event to the same day. */
  sameDay?: boolean;
  /** True when a weak match rests on a person one clause names only by "he" or "she", or by kin ("his mum"). */
  inferred?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The lexicon, decoded on first use.

/** A word's senses in a WordNet-derived lexicon: its own, and their direct hypernyms. */
export interface Senses {
  own: readonly number[];
  parents: readonly number[];
}

interface Lexicon {
  verbs: Map<string, Senses>;
  nouns: Map<string, Senses>;
  irregular: Map<string, string>;
}

let lexicon: Lexicon | null = null;

/** Decodes a lexicon table written as `word=own,…/parent,…;…` with sense ids in base 36. */
export function decodeTable(text: string): Map<string, Senses> {
  const map = new Map<string, Senses>();
  if (!text) return map;
  for (const entry of text.split(';')) {
    const eq = entry.indexOf('=');
    if (eq <= 0) continue;
    const [own, parents] = entry.slice(eq + 1).split('/');
    const ids = (s: string | undefined) => (s ? s.split(',').filter(Boolean).map((x) => parseInt(x, 36)) : []);
    map.set(entry.slice(0, eq), { own: ids(own), parents: ids(parents) });
  }
  return map;
}

/** The decoded lexicon; an unreadable lexicon leaves every predicate compared by its lemma alone. */
function lex(): Lexicon {
  if (lexicon) return lexicon;
  try {
    const data = lexiconData as { verbs?: string; nouns?: string; irregular?: string };
    const irregular = new Map<string, string>();
    for (const pair of (data.irregular ?? '').split(';')) {
      const [form, base] = pair.split('=');
      if (form && base) irregular.set(form, base);
    }
    lexicon = { verbs: decodeTable(data.verbs ?? ''), nouns: decodeTable(data.nouns ?? ''), irregular };
  } catch {
    lexicon = { verbs: new Map(), nouns: new Map(), irregular: new Map() };
  }
  return lexicon;
}

/** Candidate base forms of an inflected word, most likely first (WordNet's "morphy" rules). */
function baseForms(w: string, pos: 'verb' | 'noun'): string[] {
  const out = [w];
  const cut = (n: number, add = '') => w.slice(0, w.length - n) + add;
  if (w.endsWith('ies') && w.length > 4) out.push(cut(3, 'y'));
  if (w.endsWith('es') && w.length > 3) out.push(cut(2), cut(1));
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 2) out.push(cut(1));
  if (pos === 'verb') {
    if (w.endsWith('ied') && w.length > 4) out.push(cut(3, 'y'));
    if (w.endsWith('ed') && w.length > 3) {
      out.push(cut(2), cut(1));
      if (w.length > 4 && w[w.length - 3] === w[w.length - 4]) out.push(cut(3));
    }
    if (w.endsWith('ing') && w.length > 4) {
      out.push(cut(3), cut(3, 'e'));
      if (w.length > 5 && w[w.length - 4] === w[w.length - 5]) out.push(cut(4));
      if (w.endsWith('ying')) out.push(cut(4, 'ie'));
    }
  }
  return out;
}

/**
 * The lemma of a verb or an event noun as the lexicon lists it ("broke" → "break", "thwarted"
 * → "thwart", "bombings" → "bombing", "broke out" → "break out"), or the word's light stem
 * when the lexicon does not know it.
 */
export function lemmaOf(word: string, pos: 'verb' | 'noun'): string {
  const key = pos === 'verb' ? `v${word}` : `n${word}`;
  let cached = lemmas.get(key);
  if (cached === undefined) {
    // Bounded: a long session meets ever more words.
    if (lemmas.size >= MAX_LEMMAS) lemmas.clear();
    lemmas.set(key, (cached = lemmaUncached(word, pos)));
  }
  return cached;
}

/**
 * Lemmas of the words met so far, by part of speech: every pair of predicates the grouping
 * compares asks for both lemmas again, and a story's clauses repeat a few verbs.
 */
const lemmas = new Map<string, string>();
const MAX_LEMMAS = 50_000;

/** Verbs of going whose phrase with "back" is to return (`returnVerbs` in `rulesWords.json`). */
const RETURN_VERBS: ReadonlySet<string> = new Set((wordData as { returnVerbs?: string[] }).returnVerbs ?? []);

function lemmaUncached(word: string, pos: 'verb' | 'noun'): string {
  const w = word.toLowerCase().replace(/[\u2019']s$/, '').trim();
  if (!w) return w;
  const { verbs, nouns, irregular } = lex();
  const table = pos === 'verb' ? verbs : nouns;
  const space = w.indexOf(' ');
  if (space > 0 && pos === 'verb') {
    const head = lemmaOf(w.slice(0, space), 'verb');
    const particle = w.slice(space + 1).trim();
    // A verb of going with "back" is the act of returning ("moved back to Millom", "flew back
    // home"), whatever WordNet lists for the phrase ("move back" is to withdraw).
    if (particle === 'back' && RETURN_VERBS.has(head)) return 'return';
    const phrase = `${head} ${particle}`;
    return table.has(phrase) ? phrase : head;
  }
  if (pos === 'verb') {
    const base = irregular.get(w);
    if (base) return base;
  }
  for (const form of baseForms(w, pos)) if (table.has(form)) return form;
  // A noun the lexicon does not list may still be a verb's event ("arrests").
  if (pos === 'noun') for (const form of baseForms(w, 'noun')) if (verbs.has(form)) return form;
  return stem(w);
}

function sensesOf(p: Predicate): Senses | undefined {
  const { verbs, nouns } = lex();
  const lemma = lemmaOf(p.word, p.pos);
  if (p.pos === 'verb') return verbs.get(lemma);
  return nouns.get(lemma) ?? verbs.get(lemma);
}

const intersects = (a: readonly number[], b: readonly number[]): boolean => a.some((x) => b.includes(x));

/** The distance of two positions around a circle of `n`. */
const circle = (x: number, y: number, n: number): number => Math.min(Math.abs(x - y), n - Math.abs(x - y));

/**
 * How two predicates name one event: `same` lemma ("arrested", "arrests"), `synonym` (a
 * WordNet sense in common: "foiled", "thwarted"), `hypernym` (one's sense is the other's
 * direct hypernym: "murdered", "killed"), or null.
 */
export function relatePredicates(a: Predicate, b: Predicate): PredicateRelation | null {
  return relatePrepared(preparePredicate(a), preparePredicate(b));
}

/** A predicate with what relating it reads: its lemma, the stem of the lemma's first word, its senses. */
interface PreparedPredicate {
  word: string;
  pos: Predicate['pos'];
  lemma: string;
  stem: string;
  senses: Senses | undefined;
}

function preparePredicate(p: Predicate): PreparedPredicate {
  const lemma = lemmaOf(p.word, p.pos);
  return { word: p.word, pos: p.pos, lemma, stem: lemma ? stem(lemma.split(' ')[0]) : '', senses: lemma ? sensesOf(p) : undefined };
}

/** `relatePredicates` of two prepared predicates. */
function relatePrepared(a: PreparedPredicate, b: PreparedPredicate): PredicateRelation | null {
  const la = a.lemma;
  const lb = b.lemma;
  if (!la || !lb) return null;
  if (la === lb) return 'same';
  // The project's own word data names a few more ("voted" for a plan is "approved" it).
  if (a.stem === b.stem) return 'synonym';
  const sa = a.senses;
  const sb = b.senses;
  if (!sa || !sb) return null;
  if (intersects(sa.own, sb.own)) return 'synonym';
  if (intersects(sa.own, sb.parents) || intersects(sa.parents, sb.own)) return 'hypernym';
  return null;
}

/**
 * Keys under which a predicate is indexed: its lemma and its senses (own and direct
 * hypernyms). Two predicates that `relatePredicates` relates always share a key, so an index
 * by these keys finds every candidate pair without testing all pairs.
 */
export function predicateKeys(p: Predicate): string[] {
  const lemma = lemmaOf(p.word, p.pos);
  if (!lemma) return [];
  const keys = [`l:${lemma}`, `t:${stem(lemma.split(' ')[0])}`];
  const s = sensesOf(p);
  // Own senses are keys; a hypernym is a key too, so that "murder" (whose hypernym is a sense of
  // "kill") meets "kill" under it.
  if (s) for (const id of [...s.own, ...s.parents]) keys.push(`s:${id}`);
  return keys;
}

const RANK: Record<PredicateRelation, number> = { same: 3, synonym: 2, hypernym: 1 };

/** The closest relation between any predicate of `a` and any of `b`, with the two words. */
function bestRelation(a: readonly PreparedPredicate[], b: readonly PreparedPredicate[]): { relation: PredicateRelation; words: [string, string] } | null {
  let best: { relation: PredicateRelation; words: [string, string] } | null = null;
  for (const pa of a) {
    for (const pb of b) {
      const r = relatePrepared(pa, pb);
      if (r && (!best || RANK[r] > RANK[best.relation])) best = { relation: r, words: [pa.word, pb.word] };
    }
  }
  return best;
}

/** Shared words needed when one clause names no participant, or when the clauses share none. */
const MIN_WORDS_UNNAMED = 3;

/** The distinct items of `a` that `b` holds too, in the order of `a`. */
function shared<T>(a: readonly T[], b: readonly T[]): T[] {
  // A clause names few participants and words: lists are searched, not hashed.
  if (b.length > 16 || a.length > 16) {
    const set = new Set(b);
    return [...new Set(a.filter((x) => set.has(x)))];
  }
  const out: T[] = [];
  for (const x of a) if (b.includes(x) && !out.includes(x)) out.push(x);
  return out;
}

/**
 * A clause with what `sameEvent` reads of it on its own, read once: a grouping tests each
 * clause against many others.
 */
export interface PreparedClause {
  clause: EventClause;
  predicates: readonly PreparedPredicate[];
  verbs: readonly PreparedPredicate[];
  nouns: readonly PreparedPredicate[];
  /** The participants that are people. */
  people: readonly string[];
  /** The stems of the first words of the predicates as written (not of their lemmas). */
  predicateStems: ReadonlySet<string>;
}

/** Reads once what `sameEvent` needs of a clause. */
export function prepareClause(c: EventClause): PreparedClause {
  const predicates = c.predicates.map(preparePredicate);
  return {
    clause: c,
    predicates,
    verbs: predicates.filter((p) => p.pos === 'verb'),
    nouns: predicates.filter((p) => p.pos === 'noun'),
    people: c.participants.filter((p) => p.startsWith('person:')),
    predicateStems: new Set(c.predicates.map((p) => stem(p.word.split(' ')[0]))),
  };
}

/**
 * Whether two clauses report the same event (see the module's comment), and why. Null when
 * they do not.
 */
export function sameEvent(a: EventClause, b: EventClause): EventMatch | null {
  return samePrepared(prepareClause(a), prepareClause(b));
}

/** `sameEvent` of two prepared clauses. */
export function samePrepared(pa: PreparedClause, pb: PreparedClause): EventMatch | null {
  const a = pa.clause;
  const b = pb.clause;
  if (a.mood && b.mood && a.mood !== b.mood) return null;
  if (a.year !== undefined && b.year !== undefined && Math.max(a.year, b.year) - Math.min(a.yearTo ?? a.year, b.yearTo ?? b.year) > WITHIN.years) return null;
  const wa = a.when;
  const wb = b.when;
  if (wa?.day !== undefined && wb?.day !== undefined && Math.abs(wa.day - wb.day) > WITHIN.days) return null;
  if (wa?.month !== undefined && wb?.month !== undefined && Math.abs(wa.month - wb.month) > WITHIN.months) return null;
  // Without years, the distance around the calendar's circle.
  if (wa?.dayOfYear !== undefined && wb?.dayOfYear !== undefined && circle(wa.dayOfYear, wb.dayOfYear, 366) > WITHIN.days) return null;
  if (wa?.monthOfYear !== undefined && wb?.monthOfYear !== undefined && circle(wa.monthOfYear, wb.monthOfYear, 12) > WITHIN.months) return null;
  // Two clauses that name people, none of them the same, are about different people's acts
  // ("placed Thomas on injured reserve", "placed Ivory on injured reserve").
  const peopleA = pa.people;
  const peopleB = pb.people;
  if (peopleA.length && peopleB.length && !peopleA.some((p) => peopleB.includes(p))) return null;
  if (otherOccasions(a, b)) return null;
  const rel = bestRelation(pa.predicates, pb.predicates);
  if (!rel) return null;
  // A place inside another that the other clause names is that place at another granularity
  // ("in Millom", "in Cumbria"): a participant both name, not two different places.
  const participants = shared(a.participants, b.participants);
  if (!participants.length) participants.push(...nestedPlaces(a.participants, b.participants));
  const words = shared(a.words, b.words).filter((w) => !pa.predicateStems.has(w) && !pb.predicateStems.has(w));
  // Two clauses whose verbs meet and whose antecedents name one kind of event as well ("the
  // fire, which broke out", "the blaze broke out") share what they are about: a word in common.
  let namedBoth = false;
  if (pa.nouns.length && pb.nouns.length && bestRelation(pa.verbs, pb.verbs)) {
    const named = bestRelation(pa.nouns, pb.nouns);
    if (named) {
      namedBoth = named.relation !== 'hypernym';
      const [x, y] = named.words.map((w) => w.toLowerCase());
      words.push(x === y ? x : `${x}/${y}`);
    }
  }
  let weak = false;
  const day = sameDay(a, b);
  if (!participants.length) {
    // Two clauses that name people or places, none of them the same, are about different
    // events; unless they name only places of which one may lie in the other (a street and a
    // town), and report one act on the same day with a word in common ("police were called to
    // a house in Millbrook on Saturday", "… to a property in Elm Street on Saturday").
    if (a.participants.length && b.participants.length) {
      if (!(day && rel.relation === 'same' && words.length && mayNest(a.participants, b.participants))) return null;
      weak = true;
    } else if (words.length < MIN_WORDS_UNNAMED) {
      // Both clauses name their event by a verb and a noun that agree ("the blaze broke out",
      // "the fire … broke out"): one event, though less surely than by a participant.
      // So do two scheduled acts of one kind that share a word ("the candidates will debate on
      // October 8", "the candidates meet for their only scheduled debate on October 9").
      const scheduled = a.mood === 'future' && b.mood === 'future' && rel.relation !== 'hypernym' && words.length > 0;
      if (!scheduled && (!namedBoth || rel.relation === 'hypernym')) return null;
      weak = true;
    }
  } else if (!words.length && (rel.relation === 'hypernym' || participants.every((p) => p.startsWith('place:')))) {
    // A looser link (one act a kind of the other, or only a place in common) needs a word of
    // what happened in common too: "won at North Carolina" is not "scored 20 points" there.
    return null;
  }
  // A person both clauses share only because a "he" or "she", or a kin phrase, was taken to stand for them makes
  // the match less sure than a name would.
  const unsure = (p: string) => !!(a.inferred?.includes(p) || b.inferred?.includes(p));
  // A person named by kin ("his mum") is one the article names in that relation, which makes a
  // match on them less sure than a name, unless the clauses also share a person named in both.
  const byKin = participants.some((p) => a.kin?.includes(p) || b.kin?.includes(p)) && !participants.some((p) => p.startsWith('person:') && !unsure(p));
  const inferred = participants.length > 0 && (byKin || participants.every(unsure));
  if (inferred) weak = true;
  const score = RANK[rel.relation] * 2 + participants.length * 3 + words.length;
  // A story's grouping keeps tens of thousands of matches.
  return { relation: rel.relation, predicates: rel.words, participants: fitted(participants), words: fitted(words), score, ...(weak ? { weak, ...(day ? { sameDay: true } : {}), ...(inferred ? { inferred } : {}) } : {}) };
}

/**
 * True when the clauses name one kind of occasion qualified by different acts ("a plea and case
 * management hearing", "a three day trial hearing"): different proceedings, not one dated twice.
 */
function otherOccasions(a: EventClause, b: EventClause): boolean {
  if (!a.occasions?.length || !b.occasions?.length) return false;
  for (const x of a.occasions) {
    for (const y of b.occasions) if (x.head === y.head && !x.kinds.some((k) => y.kinds.includes(k))) return true;
  }
  return false;
}

/** True when both clauses put their event on one day: the same date, or the same weekday or day of the year where neither gives more. */
function sameDay(a: EventClause, b: EventClause): boolean {
  const wa = a.when;
  const wb = b.when;
  if (!wa || !wb) return false;
  if (wa.day !== undefined && wb.day !== undefined) return wa.day === wb.day;
  if (wa.dayOfYear !== undefined && wb.dayOfYear !== undefined) return wa.dayOfYear === wb.dayOfYear;
  return wa.weekday !== undefined && wa.weekday === wb.weekday;
}

/** Words that end the name of a street or a road: a place inside a town that the place data does not hold. */
const STREET = /[ -](?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|way|close|crescent|terrace|square|place|highway|parkway|court|row)$/;

/**
 * True when every participant of both clauses is a place and each place of one may hold or lie
 * in each of the other's: the same place or nested by the place data, or a street against a
 * place that is not a street (the data holds no streets); never two places the data puts apart.
 */
function mayNest(a: readonly string[], b: readonly string[]): boolean {
  const places = (l: readonly string[]) => l.every((p) => p.startsWith('place:'));
  if (!places(a) || !places(b)) return false;
  const street = (p: string) => STREET.test(placeName(p));
  for (const x of a) {
    for (const y of b) {
      if (street(x) !== street(y)) continue;
      if (!['same', 'contains', 'within'].includes(relatePlaces({ name: placeName(x) }, { name: placeName(y) }))) return false;
    }
  }
  return true;
}

/** The name a place's entity id was made from ("place:palm-springs" → "palm springs"). */
function placeName(id: string): string {
  return id.slice('place:'.length).replace(/-\d+$/, '').replace(/-/g, ' ');
}

/** Places of `a` that lie inside, or hold, a place of `b` by the place data or are the same place under another name. */
function nestedPlaces(a: readonly string[], b: readonly string[]): string[] {
  const pa = a.filter((p) => p.startsWith('place:'));
  const pb = b.filter((p) => p.startsWith('place:'));
  const out: string[] = [];
  for (const x of pa) {
    if (pb.some((y) => ['same', 'contains', 'within'].includes(relatePlaces({ name: placeName(x) }, { name: placeName(y) })))) out.push(x);
  }
  return out;
}

/**
 * One line saying why two clauses are one event, for a finding's message: the predicates and
 * how they relate, the participants both name (`nameOf` gives an entity's name), the words both
 * use (`wordOf` gives a stem's word as written).
 */
export function describeMatch(m: EventMatch, nameOf: (id: string) => string = (id) => id, wordOf: (stem: string) => string = (s) => s): string {
  const [x, y] = m.predicates.map((p) => p.toLowerCase());
  const how =
    m.relation === 'same' || x === y
      ? `both report "${x}"`
      : m.relation === 'synonym'
        ? `"${x}" and "${y}" name one act (synonyms)`
        : `"${x}" and "${y}" name one act (one is a kind of the other in WordNet)`;
  const parts = [how];
  if (m.participants.length) parts.push(`both name ${m.participants.slice(0, 3).map(nameOf).join(', ')}`);
  if (m.words.length) parts.push(`both mention ${m.words.slice(0, 4).map(wordOf).join(', ')}`);
  if (m.sameDay) parts.push('both put it on the same day');
  return parts.join('; ');
}

/** A group of clauses from different sources that report one event. */
export interface EventGroup<T> {
  /** One clause per source: the one that matches the rest of the group best. */
  members: T[];
  /**
   * Pairs of members judged the same event directly (not only through a third), closest first:
   * one pair for each two matched classes of alike members (see `GroupOptions.keyOf`), so that
   * their number grows with the distinct clauses, not with the sources.
   */
  edges: { a: T; b: T; match: EventMatch }[];
}

/** How `groupEvents` reads the items it groups. */
export interface GroupOptions<T> {
  clauseOf(item: T): EventClause;
  /** The item's source (an article's path): a group holds at most one item per source. */
  sourceOf(item: T): string;
  /**
   * A key that is equal for items every test treats alike (same predicates, participants,
   * words, value). Items with one key are tested once, so a story that retells one clause in
   * hundreds of articles costs the square of its distinct clauses, not of its clauses.
   */
  keyOf(item: T): string;
  /**
   * Groupings of these items kept from before (the same story compared again after an edit):
   * a pair of classes tested then, whose keys and predicates are unchanged, is not tested again.
   */
  memory?: GroupMemories;
}

/**
 * What one grouping found, for the next grouping of mostly the same items: each class's key
 * (by its number), the exact words of its predicates (a key holds them lower-cased, and a
 * match names them as written), and the matches by pair number. Two of its classes that share
 * a predicate key were tested, so a pair of them without a match is no event.
 */
interface GroupMemory {
  classes: Map<string, number>;
  words: string[];
  matches: PairMatches;
  /** The sources of the items grouped, so that a story let go can be forgotten. */
  sources: ReadonlySet<string>;
}

/** Above this many pairs of classes (the square of their number), matches are kept in a map. */
const MAX_TABLE_PAIRS = 1 << 21;

/**
 * The matches of a grouping by pair number, in the order they were found. A story's dated
 * clauses make tens of thousands of pairs of classes, and a grouping after an edit reads each
 * pair's match from the grouping before: while the pairs are few enough, a pair's match is
 * read from a table of numbers rather than a map.
 */
class PairMatches {
  /** Pair numbers, in the order their matches were set. */
  readonly keys: number[] = [];
  /** The matches, in that order. */
  readonly values: EventMatch[] = [];
  /** By pair number, 1 + the match's place in `values`, 0 for none. */
  private readonly table: Int32Array | null;
  private readonly map: Map<number, EventMatch> | null;

  constructor(pairs: number) {
    this.table = pairs <= MAX_TABLE_PAIRS ? new Int32Array(pairs) : null;
    this.map = this.table ? null : new Map();
  }

  get(k: number): EventMatch | undefined {
    if (!this.table) return this.map!.get(k);
    const at = this.table[k];
    return at ? this.values[at - 1] : undefined;
  }

  /** Sets the match of a pair not set before. */
  add(k: number, m: EventMatch): void {
    this.keys.push(k);
    this.values.push(m);
    if (this.table) this.table[k] = this.values.length;
    else this.map!.set(k, m);
  }
}

/**
 * The last few groupings, kept so that grouping a story again after an edit tests only the
 * pairs of classes the edit made: `sameEvent` depends on nothing but the two clauses, which
 * a class's key and predicate words determine. Bounded: it keeps `size` groupings.
 */
export class GroupMemories {
  private kept: GroupMemory[] = [];
  constructor(private readonly size = 2) {}

  /** The kept grouping that holds most of the first classes' keys, if any holds one. */
  recall(keys: readonly string[]): GroupMemory | undefined {
    let best: GroupMemory | undefined;
    let most = 0;
    for (const m of this.kept) {
      let held = 0;
      for (let i = 0; i < keys.length && i < 32; i++) if (m.classes.has(keys[i])) held++;
      if (held > most) (best = m), (most = held);
    }
    return best;
  }

  keep(m: GroupMemory): void {
    this.kept = [m, ...this.kept.filter((k) => k !== m)].slice(0, this.size);
  }

  /**
   * Forgets the groupings of items from any of these sources: a story nobody edits is not
   * grouped again soon, and a grouping of one holds some 15 MB of matches.
   */
  forget(sources: ReadonlySet<string>): void {
    const held = (m: GroupMemory): boolean => {
      for (const s of sources) if (m.sources.has(s)) return true;
      return false;
    };
    if (this.kept.some(held)) this.kept = this.kept.filter((m) => !held(m));
  }
}

/**
 * Groups items of different sources into events. Candidates come from an index by predicate
 * key (`predicateKeys`); groups are the connected parts of the same-event relation, and each
 * keeps one item per source (the best connected) and the direct matches between those, so a
 * value is compared only across two clauses judged one event, never through a chain.
 */
export function groupEvents<T>(items: readonly T[], options: GroupOptions<T>): EventGroup<T>[] {
  // Classes of interchangeable items.
  const classes: { key: string; members: T[]; clause: EventClause }[] = [];
  const byKey = new Map<string, number>();
  for (const item of items) {
    const key = options.keyOf(item);
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, classes.length);
      classes.push({ key, members: [item], clause: options.clauseOf(item) });
    } else classes[at].members.push(item);
  }
  // Index classes by predicate key, in class order; each class's lists, with its place in each.
  const index = new Map<string, number[]>();
  const listsOf: { list: number[]; at: number }[][] = classes.map((c, i) => {
    const keys = new Set<string>();
    for (const p of c.clause.predicates) for (const k of predicateKeys(p)) keys.add(k);
    const lists: { list: number[]; at: number }[] = [];
    for (const k of keys) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      lists.push({ list, at: list.length });
      list.push(i);
    }
    return lists;
  });
  // A grouping kept from before: each class's number there when its key and predicate words
  // are the same (-1 otherwise). This grouping's matches are kept for the next.
  const writtenOf = (i: number) => classes[i].clause.predicates.map((p) => p.word).join('\u0000');
  const memory = options.memory;
  const before = memory?.recall(classes.map((c) => c.key));
  const was = before
    ? classes.map((c, i) => {
        const b = before.classes.get(c.key);
        return b !== undefined && before.words[b] === writtenOf(i) ? b : -1;
      })
    : null;
  const n = classes.length;
  const parent = classes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const matches = matchClasses(classes, listsOf, options.sourceOf, before && was ? { memory: before, was } : null, parent, find);
  if (memory) {
    const sources = new Set<string>();
    for (const item of items) sources.add(options.sourceOf(item));
    memory.keep({ classes: byKey, words: classes.map((_, i) => writtenOf(i)), matches, sources });
  }
  const pairKey = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  // How well each class is connected inside its component (the sum of its match scores: a
  // match joins two classes of one component), and the classes each class matches, for the
  // edges: both read from the matches, not by testing every two classes of a component.
  const { weight, linked } = connections(matches, n);
  // Components of classes, then one member per source.
  const components = new Map<number, number[]>();
  classes.forEach((_, i) => {
    const r = find(i);
    const list = components.get(r);
    if (list) list.push(i);
    else components.set(r, [i]);
  });
  const out: EventGroup<T>[] = [];
  for (const ids of components.values()) {
    const sources = new Set<string>();
    for (const i of ids) for (const m of classes[i].members) sources.add(options.sourceOf(m));
    if (sources.size < 2) continue;
    const ranked = [...ids].sort((p, q) => weight[q] - weight[p] || p - q);
    const chosen = new Map<string, { item: T; cls: number }>();
    for (const i of ranked) {
      for (const m of classes[i].members) {
        const s = options.sourceOf(m);
        if (!chosen.has(s)) chosen.set(s, { item: m, cls: i });
      }
    }
    const members = [...chosen.values()];
    // The chosen members by class: an edge joins two matched classes, once, through a member
    // of each from different sources (members of one class are alike, so one stands for all).
    const byClass = new Map<number, T[]>();
    for (const m of members) {
      const list = byClass.get(m.cls);
      if (list) list.push(m.item);
      else byClass.set(m.cls, [m.item]);
    }
    const kept = [...byClass.keys()];
    const position = new Map<number, number>();
    kept.forEach((c, p) => position.set(c, p));
    const edges: EventGroup<T>['edges'] = [];
    for (let p = 0; p < kept.length; p++) {
      // The kept classes after this one that it matches, in the order they were kept.
      const later: number[] = [];
      for (const c of linked[kept[p]]) {
        const q = position.get(c);
        if (q !== undefined && q > p) later.push(q);
      }
      later.sort((x, y) => x - y);
      for (const q of later) {
        const m = matches.get(pairKey(kept[p], kept[q]))!;
        const a = byClass.get(kept[p])!;
        const b = byClass.get(kept[q])!;
        const source = options.sourceOf(a[0]);
        const other = b.find((x) => options.sourceOf(x) !== source);
        if (other) edges.push({ a: a[0], b: other, match: m });
        else if (a.length > 1) edges.push({ a: a[1], b: b[0], match: m });
      }
    }
    if (!edges.length && byClass.size === 1 && members.length > 1) {
      // One class across sources: its members agree with each other by construction.
      const only = matches.get(pairKey(kept[0], kept[0]));
      if (only) edges.push({ a: members[0].item, b: members[1].item, match: only });
    }
    if (!edges.length) continue;
    edges.sort((e, f) => f.match.score - e.match.score);
    out.push({ members: members.map((m) => m.item), edges });
  }
  return out;
}

/** Each class's summed match scores and the classes it matches, read from the matches of `n` classes. */
function connections(matches: PairMatches, n: number): { weight: Float64Array; linked: number[][] } {
  const weight = new Float64Array(n);
  const linked: number[][] = [];
  for (let i = 0; i < n; i++) linked.push([]);
  for (let e = 0; e < matches.keys.length; e++) {
    const k = matches.keys[e];
    const m = matches.values[e];
    const i = Math.floor(k / n);
    const j = k - i * n;
    weight[i] += m.score;
    if (j === i) continue;
    weight[j] += m.score;
    linked[i].push(j);
    linked[j].push(i);
  }
  return { weight, linked };
}

/**
 * Tests the pairs of classes that share a predicate key, once each, the earlier class first, and
 * joins the classes that match (`parent`, `find`). A pair whose two classes a kept grouping
 * (`before`) also held reads that grouping's match instead of being tested again. Apart from
 * `groupEvents` so that the optimised code of this loop, which every grouping runs at length,
 * does not depend on what the rest of the grouping did the first times it ran.
 */
function matchClasses<T>(
  classes: readonly { members: T[]; clause: EventClause }[],
  listsOf: readonly { list: number[]; at: number }[][],
  sourceOf: (item: T) => string,
  before: { memory: GroupMemory; was: readonly number[] } | null,
  parent: number[],
  find: (i: number) => number,
): PairMatches {
  // Matches between classes (and of a class with itself when it spans two sources), keyed by
  // the pair's number, which is neither built nor hashed like a string: a story's dated
  // clauses make many pairs.
  const n = classes.length;
  const matches = new PairMatches(n * n);
  const was = before?.was ?? null;
  const size = before?.memory.classes.size ?? 0;
  // A class's candidates are the later classes under its keys, each marked when met so that a
  // second shared key does not test it again.
  const met = new Int32Array(n).fill(-1);
  // What the test reads of each clause on its own, read once per class when first tested.
  const prepared: (PreparedClause | undefined)[] = new Array(n);
  const preparedAt = (i: number): PreparedClause => prepared[i] ?? (prepared[i] = prepareClause(classes[i].clause));
  const kept = was ? keptInOrder(was, size) : null;
  // Joins two classes, the earlier first, when they match.
  const join = (i: number, j: number, m: EventMatch | null | undefined): void => {
    if (!m) return;
    matches.add(i * n + j, m);
    parent[find(i)] = find(j);
  };
  const test = (i: number, j: number): void => join(i, j, samePrepared(preparedAt(i), preparedAt(j)));
  // A class with itself is tested again: it may have had one source then.
  const selfTest = (i: number): void => {
    if (new Set(classes[i].members.map(sourceOf)).size >= 2) test(i, i);
  };
  if (!before || !kept) {
    for (let i = 0; i < n; i++) {
      for (const { list, at } of listsOf[i]) {
        for (let x = at; x < list.length; x++) {
          const j = list[x];
          if (met[j] === i) continue;
          met[j] = i;
          if (i === j) selfTest(i);
          else if (was && was[i] >= 0 && was[i] < was[j]) join(i, j, before!.memory.matches.get(was[i] * size + was[j]));
          else test(i, j);
        }
      }
    }
    return matches;
  }
  // Most classes were grouped before, in the same order: the matches of two of them are the
  // kept grouping's, read from its list of matches (not by walking every candidate pair again),
  // and only the pairs with a class that is new (or out of order) are tested.
  const old = before.memory.matches;
  for (let e = 0; e < old.keys.length; e++) {
    const k = old.keys[e];
    const b = Math.floor(k / size);
    const i = kept.now[b];
    const j = kept.now[k - b * size];
    if (i >= 0 && j >= 0 && i !== j) join(i, j, old.values[e]);
  }
  for (let i = 0; i < n; i++) {
    if (kept.clean[i]) {
      if (listsOf[i].length) selfTest(i);
      continue;
    }
    // A new class meets every class under its keys: the kept ones before and after it, the new
    // ones after it (a new one before it met it already), and itself.
    for (const { list } of listsOf[i]) {
      for (let x = 0; x < list.length; x++) {
        const j = list[x];
        if (met[j] === i || (j < i && !kept.clean[j])) continue;
        met[j] = i;
        if (i === j) selfTest(i);
        else if (j < i) test(j, i);
        else test(i, j);
      }
    }
  }
  return matches;
}

/**
 * The classes of a grouping that a kept grouping held in the same order (`was[i]`, their
 * numbers there, rising with `i`): `clean[i]` for them, and `now[b]`, a kept class's number
 * now (-1 when it is gone or out of order). Null when too few were kept for reading the kept
 * matches to pay.
 */
function keptInOrder(was: readonly number[], size: number): { clean: Uint8Array; now: Int32Array } | null {
  const clean = new Uint8Array(was.length);
  const now = new Int32Array(size).fill(-1);
  let last = -1;
  let count = 0;
  for (let i = 0; i < was.length; i++) {
    if (was[i] > last) {
      clean[i] = 1;
      now[was[i]] = i;
      last = was[i];
      count++;
    }
  }
  return count * 2 >= was.length ? { clean, now } : null;
}

/** True when the lexicon lists the word as a noun of an act or event ("blaze", "shootings"); verbs alone do not count. */
export function namesEvent(word: string): boolean {
  const { nouns } = lex();
  const w = word.toLowerCase();
  return baseForms(w, 'noun').some((form) => nouns.has(form));
}

/** True when the lexicon lists the word as a noun of an act or event, or as a verb ("attacks", "bombings"). */
export function isEventNoun(word: string): boolean {
  const { nouns, verbs } = lex();
  const w = word.toLowerCase();
  for (const form of baseForms(w, 'noun')) if (nouns.has(form) || verbs.has(form)) return true;
  return false;
}
