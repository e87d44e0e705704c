/**
 * Claims: the statements of an article that a fact-checker compares across sources. Who holds
 * which role; who said what; how many of a thing; when an event happened; and which acts are
 * reported as done or as denied. Each claim keeps its span and the entities it is about.
 *
 * The part of a claim that depends on the article alone is computed once per article object
 * and kept (an edit re-extracts only the edited article); entity ids, which depend on the
 * whole story's linking, are filled in when the story's index is built. The index groups
 * claims by key (entity, speaker, unit, event verb, subject), so rules compare only claims
 * that share a key, never every pair of sentences.
 */
import type { Article, DateRef, EntityKind, Span, TimeOfDay } from '../types';
import { tokenize } from '../text/tokens';
import polarityData from '../data/polarity.json';
import currencyData from '../data/currency.json';
import quoteWordData from '../data/quoteWords.json';
import { clauseAround, contentStems, fitted, fold, sentenceAt, stem, stemsOfWords, wordsOf, type Word } from './claimsText';
import { parseRole, type ParsedRole } from './claimsRoles';
import { AUXILIARIES, dateEvent, isEventVerb, occasionKinds, quantityContext, type ContextSource } from './claimsContext';
import { emptyFrames, extractFrames, type LocalFrames } from './frames';
import { emptyPlaces, extractPlaceFacts, locatedIn, type LocalPlaces } from './placeFacts';
import { phoneNumbers, type PhoneNumber } from './phoneNumbers';
import { kinReferents, kinRolesOf } from './kinPeople';
import { lemmaOf, type Predicate } from './events';
import { measureKey, percentMeasure, type Measure } from './measures';
import { speechVerb } from '../data/speech';
import { articleDayOf, onDateline } from '../extract/dates';
import { forgetArticleWords } from './nameStrays';
import { forgetArticleForms } from './rules/nameVariant';
import { forgetPreparedNames } from './link';
import { forgetDateGroupings } from './alignDates';

/** Where a claim was found. */
export interface ClaimBase {
  path: string;
  outlet: string;
  /** The words that state the claim. */
  span: Span;
  /** Those words as written. */
  text: string;
}

/** A person holds a role. */
export interface RoleClaim extends ClaimBase {
  kind: 'role';
  /** The person's entity id. */
  entity: string;
  role: ParsedRole;
  /** Entity ids of the people the role belongs to ("Putin's envoy"). */
  owners: string[];
  /** True when the person is named by a surname several people of the story share, so whose role it is is not sure. */
  unsureHolder?: boolean;
  /** The organisations the role ties the post to ("Hawks coach"): entity ids and the words as written. */
  employers?: Array<{ id: string; text: string }>;
}

/** The words of a quotation as the comparison reads them, with where they stand. */
export interface QuoteWords {
  /** The words of `content`, folded (lower case, straight apostrophes). */
  words: string[];
  stems: string[];
  /** Where each of `words` stands in the article. */
  wordSpans: Span[];
  /** The index in `words` where each sentence of the quoted words starts (the first is 0). */
  sentenceStarts: number[];
  /** Indexes in `words` of the words an editor put in brackets ("[the Act]", "(Tara Reid)"): not the speaker's. */
  bracketed: number[];
  /** Indexes in `words` of words written with a capital inside a sentence: names, most of them. */
  capitalised: number[];
  /** Indexes in `words` of the words that start a clause after a comma, semicolon, colon, dash or bracket. */
  clauseStarts: number[];
  /** Indexes in `words` before which an ellipsis marks words left out ("…", "...", "[...]"); `words.length` for one after the last word. */
  elided: number[];
  /** Indexes in `words` of the words joined to the word before by a colon with no space ("6:41"): the parts of a clock time. */
  joined: number[];
  /** True when the quotation opens inside the writer's sentence with a word in lower case: a fragment the writer cut from the remark. */
  fragment: boolean;
  /**
   * Which occasion of speaking the quotation is from, as far as the article tells: the number of
   * statements the article dates ("Earlier this year, she said", "told Us Weekly three years
   * ago") before it, outside quotation marks. Quotations of one article with different numbers
   * may be from different interviews or hearings.
   */
  occasion?: number;
  /**
   * True when the writer presents the words as a chant, a song or a slogan ("marchers chanted
   * “…”", "placards reading “…”"): a crowd repeats them on many occasions, so they are no one remark.
   */
  chant: boolean;
}

/** A person said something, in quotation marks or in reported speech. */
export interface QuoteClaim extends ClaimBase, QuoteWords {
  kind: 'quote';
  direct: boolean;
  /** The speaker's entity id, when the speaker is a linked name. */
  speaker: string | null;
  /** The speaker as written. */
  speakerText: string | null;
  /** What the speaker's name names (a person, an organisation…), when the speaker is a name. */
  speakerKind: EntityKind | null;
  /** The quoted words without marks. */
  content: Span;
}

/** A number of a thing. */
export interface QuantityClaim extends ClaimBase {
  kind: 'quantity';
  value: number;
  /** The upper end of a range of money ("between $140 million and $150 million"); `value` is its lower end. */
  upper?: number;
  unit: string;
  hedge: string | null;
  /** An ISO 4217 code when the quantity is an amount of money. */
  currency: string | null;
  /** The unit compared: the currency group `money`, or the unit's stem. */
  unitKey: string;
  /** Content stems of the sentence around it: what the number counts, and in what event. */
  context: string[];
  /** Content stems of its clause alone. */
  clauseContext: string[];
  /** Verb stems of its clause. */
  verbs: string[];
  /** The sentence's words by stem, to quote the shared ones in messages. */
  contextWords: Record<string, string>;
  /**
   * Stems of the verbs that govern the number: the nearest event verb before it in its clause
   * ("hit by seven bullets", "loaded with four bullets") and the predicate it is the subject of
   * ("89 people were arrested"). Verbs that only state a level ("rose to", "totalled") are left out.
   */
  governing?: string[];
  /**
   * Entity ids of the people and organisations the number belongs to: names in the words that
   * lead up to it in its clause ("Smith's two touchdowns", "Smith ran for two touchdowns"), or,
   * for a sentence whose subject is "he", "she" or "the rookie", the subject of the sentence before.
   */
  participants?: string[];
  /** Words that narrow what is counted ("total", "career", "new", "first-half"), sorted. */
  scope?: string[];
  /** The time frame stated in its clause: period phrases ("last season", "career") and resolved dates ("date:2013-05-02"). */
  frame?: string[];
  /**
   * True when the number picks a span of the thing rather than counting it ("their first two
   * drives", "the top five players"): the writer chose the number, so it is not compared.
   */
  window?: boolean;
  /**
   * True when the number is a count of a fact frame (people killed, hurt, arrested…): the
   * frames compare it within its incident, so the unit alignment leaves it out.
   */
  framed?: boolean;
  /** What a percentage measures, when its sentence names it ("turnout reached 93 percent"). */
  measure?: Measure;
  /**
   * Set when the number is an argument of its clause's verb ("signed 12 agreements", "four
   * villages were destroyed"), not inside a phrase a preposition opens ("the buildings in seven
   * villages were destroyed").
   */
  argument?: boolean;
  /**
   * The noun an amount of money is the worth of ("the offer, which is believed to be worth
   * $160 million", "its offer, reportedly worth about $160 million", "a deal valued at $5
   * million"), as a lemma.
   */
  worth?: string;
  /**
   * True when its sentence places the count in another incident than the story's own ("last
   * year", "in January", "a similar outage"): it is compared only with counts of that incident.
   */
  recall?: boolean;
  /** The months and years a recalled count's clause names ("2008-01"). */
  periods?: string[];
  /** True when its clause, or its sentence when that recalls nothing, names the day or time of the count. */
  dated?: boolean;
}

/** An event happened on a date, or at a time. */
export interface DateClaim extends ClaimBase {
  kind: 'date';
  /**
   * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null when the words could not be placed on the
   * calendar but still state a weekday, a month or a time ("on Friday" in an article with no date).
   */
  value: string | null;
  /** The last year of a range of years the words give ("from 1990 to 1991"), whose first is `value`. */
  yearTo?: number;
  /** A year given as a bound: "by 1958" (that year or before). */
  yearBound?: 'by';
  /** Entity ids among `entities` that the clause names only by "he" or "she", or by kin ("his mum"): less sure participants. */
  inferred?: string[];
  /** Those of `inferred` that the clause names by kin ("with his mum"), through the article's roles. */
  kin?: string[];
  /** The clause that states the event. */
  clause: Span;
  /** Stems of the clause's verbs. */
  verbs: string[];
  /** Stems of the event's predicates (see `predicates`). */
  governing?: string[];
  /** What the date belongs to: the verb it governs as written, or the noun it is attached to ("Monday's ruling"). */
  predicates: Predicate[];
  /** `future` when the event is expected or scheduled, `past` otherwise. */
  mood: 'past' | 'future';
  context: string[];
  /** Entity ids named in the sentence around it: the event's participants. */
  entities: string[];
  /** True when the value was resolved against another date ("on Sunday"). */
  relative: boolean;
  /** The article's own date (its header's, or its dateline's), which relative dates are resolved against. */
  articleDate: string | null;
  /** What the words state of the calendar (weekday, month, day of the month). */
  stated?: DateRef['stated'];
  /** A part of the day the words name ("night", "early"). */
  part?: string;
  /** The time of day the words give. */
  time?: TimeOfDay;
  /**
   * A time counted back from the moment of writing ("12 weeks ago", "around six weeks ago"), in
   * days, with the rounding its words allow either way: half a unit, or a quarter of the whole
   * when a hedge stands before it.
   */
  ago?: { days: number; slack: number };
  /** The places the clause puts its event at ("in Duluth, Minn."): the entity, the name as written and the larger places written after it. */
  places?: Array<{ entity: string | null; name: string; within: string[]; span: Span }>;
  /** The kinds of occasion the clause names by a compound ("a plea hearing"): head noun lemma and the acts that qualify it. */
  occasions?: Array<{ head: string; kinds: string[] }>;
}

/**
 * The noun before "worth" or "valued at" that an amount of money values, read back from the
 * amount over a relative clause's "which is", reporting words ("reportedly", "believed to be")
 * and a comma; at most 90 characters of its sentence.
 */
const WORTH_OF =
  /\b([a-z]{3,})[ \t]*,?[ \t]+(?:(?:which|that)[ \t]+(?:is|was|are|were|has[ \t]+been|had[ \t]+been|would[ \t]+be|could[ \t]+be)[ \t]+)?(?:(?:reportedly|believed|said|thought|estimated|understood|expected|to|be|initially|now|potentially)[ \t]+)*(?:worth|valued[ \t]+at)[ \t]+(?:(?:about|around|roughly|some|approximately|nearly|almost|US|U\.S\.|an[ \t]+estimated)[ \t]+)*$/i;

function worthOf(text: string, sentence: Span, q: Span): string | undefined {
  const m = WORTH_OF.exec(text.slice(Math.max(sentence.start, q.start - 90), q.start));
  if (!m || STOP_NOUNS.has(m[1].toLowerCase())) return undefined;
  return lemmaOf(m[1].toLowerCase(), 'noun');
}

/** Words before "worth" that are no noun an amount values ("is worth", "well worth"). */
const STOP_NOUNS = new Set(['was', 'are', 'were', 'been', 'being', 'well', 'not', 'its', 'the', 'and', 'but', 'also', 'each', 'all', 'now', 'still', 'then', 'could', 'would', 'will', 'may', 'might', 'should', 'must', 'can']);

/** Days in each unit a time can be counted back in. */
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };
/** Hedges before a counted-back time ("around six weeks ago"). */
const AGO_HEDGE = /\b(?:about|around|some|nearly|almost|roughly|approximately|more than|over|less than|under|at least|up to|just)[ \t]{1,2}$/i;

/** The days and rounding of a counted-back time. */
function agoOf(text: string, span: Span, ago: { n: number; unit: string }): { days: number; slack: number } {
  const unit = UNIT_DAYS[ago.unit] ?? 1;
  const days = ago.n * unit;
  const hedged = AGO_HEDGE.test(text.slice(Math.max(0, span.start - 20), span.start));
  return { days, slack: hedged ? Math.max(unit / 2, days / 4) : unit / 2 };
}

/** An act reported as done (confirmed, agreed) or not (denied, did not). */
export interface ActClaim extends ClaimBase {
  kind: 'act';
  /** The entity reported as acting. */
  subject: string;
  subjectText: string;
  positive: boolean;
  /** The verb as written ("denied", "did not"). */
  verb: string;
  /** Content stems of what was denied or confirmed, polarity words removed. */
  object: string[];
  /** The clause that states the act. */
  clause: Span;
}

export type Claim = RoleClaim | QuoteClaim | QuantityClaim | DateClaim | ActClaim;

/** The story's claims, grouped for comparison. */
export interface ClaimIndex {
  all: Claim[];
  /** Claims by key: `role:<entity>`, `quote:<speaker>`, `quantity:<unit>`, `date:<verb>`, `act:<subject>`. */
  byKey: Map<string, Claim[]>;
  /** Claims by every entity they involve. */
  byEntity: Map<string, Claim[]>;
  /** Claims by article path. */
  byPath: Map<string, Claim[]>;
  /** Articles whose claims could not be read, and why: they are compared on nothing. */
  problems: Array<{ path: string; message: string }>;
}

/** What claim resolution needs from entity linking. */
export interface ClaimLinking {
  entityOf(path: string, mentionIndex: number): string | null;
  /** True for an entity that a lone word shared by several people stands for (see `Linking`). */
  ambiguous?(id: string): boolean;
  /** An earlier linking whose answers this one gives for every mention (see `Linking.sameIdsAs`). */
  sameIdsAs?: object;
}

// ---------------------------------------------------------------------------------------------
// Article-local extraction (cached per article object).

interface LocalRole {
  span: Span;
  text: string;
  mention: number;
  role: ParsedRole;
}
interface LocalQuote extends QuoteWords {
  span: Span;
  text: string;
  content: Span;
  direct: boolean;
  speakerMention: number | null;
  speakerText: string | null;
  speakerKind: EntityKind | null;
}
interface LocalDate {
  span: Span;
  text: string;
  value: string | null;
  yearTo?: number;
  yearBound?: DateClaim['yearBound'];
  /** Mentions among `mentions` that a pronoun or a kin phrase ("his mum") was taken to stand for. */
  inferred?: number[];
  /** Those of `inferred` that a kin phrase ("his mum") was taken to stand for. */
  kin?: number[];
  clause: Span;
  verbs: string[];
  governing: string[];
  predicates: (Predicate & Span)[];
  mood: 'past' | 'future';
  context: string[];
  mentions: number[];
  relative: boolean;
  stated?: DateRef['stated'];
  part?: string;
  time?: TimeOfDay;
  ago?: DateClaim['ago'];
  /** The places the clause puts its event at (mention indexes), each with the larger places written after it. */
  located?: Array<{ place: number; within: number[] }>;
  occasions?: Array<{ head: string; kinds: string[] }>;
}
interface LocalAct {
  span: Span;
  text: string;
  subjectMention: number;
  subjectText: string;
  positive: boolean;
  object: string[];
  clause: Span;
}
interface LocalClaims {
  roles: LocalRole[];
  quotes: LocalQuote[];
  quantities: QuantityClaim[];
  /** For each quantity, the mentions of the people and organisations it belongs to. */
  quantityParticipants: number[][];
  dates: LocalDate[];
  acts: LocalAct[];
  /** The article's fact frames: counts of people by incident, ages, statuses. */
  frames: LocalFrames;
  /** Where the article says people live and sites are. */
  places: LocalPlaces;
  /** The telephone numbers it asks readers to call. */
  phones: PhoneNumber[];
  /** The article's own date (its header's or its dateline's), read once for its counts' time and its dates' claims. */
  articleDate: string | null;
}

const cache = new WeakMap<Article, LocalClaims>();
/** Why an article's claims could not be read, for those that failed (kept as long as its empty claims are). */
const failures = new WeakMap<Article, string>();

const CURRENCY_BY_NAME = new Map<string, string>();
for (const [code, c] of Object.entries(currencyData.currencies)) {
  CURRENCY_BY_NAME.set(code.toLowerCase(), code);
  for (const n of c.names) CURRENCY_BY_NAME.set(n.toLowerCase(), code);
}

/** The ISO code of a quantity's unit when it is money ("EUR", "euros", "€"), else null. */
export function currencyOf(unit: string): string | null {
  const u = fold(unit).trim();
  return CURRENCY_BY_NAME.get(u) ?? CURRENCY_BY_NAME.get(u.replace(/s$/, '')) ?? null;
}

const NEGATIVE = new Set<string>(polarityData.negative);
const POSITIVE = new Set<string>(polarityData.positive);
const NEGATIONS = polarityData.negations.map((n) => n.split(' '));
/** The negations by their first word, each list in the data's order: most words open none. */
const NEGATIONS_BY_FIRST = new Map<string, string[][]>();
for (const n of NEGATIONS) {
  const list = NEGATIONS_BY_FIRST.get(n[0]);
  if (list) list.push(n);
  else NEGATIONS_BY_FIRST.set(n[0], [n]);
}

/** The first negation of the data that starts at `folded[i]` ("did not", "never"), if any. */
function negationAt(folded: readonly string[], i: number): string[] | undefined {
  return NEGATIONS_BY_FIRST.get(folded[i])?.find((n) => n.every((p, k) => folded[i + k] === p));
}
const POLARITY_WORDS = new Set<string>([...polarityData.negative, ...polarityData.positive, ...polarityData.negations.flatMap((n) => n.split(' '))]);
const GENERIC = new Set<string>(polarityData.generic.map((g) => stem(g)));
/** Fragments of every polarity word, to skip sentences that contain none cheaply. */
const POLARITY_HINTS = ['deni', 'deny', 'reject', 'refut', 'dismiss', 'refus', 'rule', 'disput', 'contradict', 'declin', 'confirm', 'acknowledg', 'admit', 'agree', 'not', "n't", 'n\u2019t', 'never', 'cannot'];
const SUBJECT_BREAKERS = new Set(['said', 'says', 'say', 'told', 'that', 'who', 'which', 'whom', 'where', 'when', 'while', 'because', 'and', 'but', 'if', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'after', 'before', 'as', 'than']);

/** Index of the first mention that starts at or after `offset` (mentions are in text order). */
function firstMentionFrom(article: Article, offset: number): number {
  let lo = 0;
  let hi = article.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (article.mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The year that ends a range of years starting at `d` ("from 1990 to 1991", "between 2001 and
 * 2003"): the next date, when both are years alone and only "to", "through", "until", a dash or
 * (after "between") "and" stands between them. `dates` are in text order.
 */
function yearRangeEnd(text: string, dates: readonly DateRef[], d: DateRef): DateRef | undefined {
  if (!d.value || d.value.length !== 4) return undefined;
  const k = dates.indexOf(d);
  const next = k >= 0 ? dates[k + 1] : undefined;
  if (!next?.value || next.value.length !== 4 || next.value <= d.value || next.start - d.end > 12) return undefined;
  if (!/^[ \t]*(?:to|through|until|till|and|-|\u2013)[ \t]*$/i.test(text.slice(d.end, next.start))) return undefined;
  // "and" joins two years as a range only after "between" ("in 1990 and 1994" are two dates).
  if (/and/i.test(text.slice(d.end, next.start)) && !/\bbetween[ \t]{1,3}$/i.test(text.slice(Math.max(0, d.start - 10), d.start))) return undefined;
  return next;
}

function mentionsIn(article: Article, span: Span): number[] {
  const out: number[] = [];
  for (let i = firstMentionFrom(article, span.start); i < article.mentions.length && article.mentions[i].start < span.end; i++) {
    if (article.mentions[i].end <= span.end) out.push(i);
  }
  return out;
}

/** Claims read at most this many characters either side of their words, however long the sentence. */
const WINDOW = 400;

/**
 * Verbs of clauses, from the tagger. The article's analysis keeps where the tagger found
 * verbs, so a clause's verbs are looked up by bisection in those. Articles without them (built
 * by hand) have each sentence tagged once (tagging clause by clause would pay the tagger's
 * set-up cost for every claim). `spans` gives every verb and auxiliary inside a span of one
 * sentence; `stems` the stems of its verbs, auxiliaries left out.
 */
function verbFinder(text: string, sentences: readonly Span[], verbs?: readonly Span[]): { spans(clause: Span): Span[]; stems(clause: Span): string[] } {
  const bySentence = new Map<number, Span[]>();
  const spans = (clause: Span): Span[] => {
    const sentence = sentenceAt(sentences, clause.start);
    let tokens: readonly Span[];
    let from = clause.start;
    let to = clause.end;
    if (sentence && verbs) {
      // The tags of the sentence's words: only those inside both the sentence and the clause.
      tokens = verbs;
      from = Math.max(from, sentence.start);
      to = Math.min(to, sentence.end);
    } else {
      const span = sentence ?? clause;
      let own = bySentence.get(span.start);
      if (!own) {
        own = tokenize(text, span).filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
        bySentence.set(span.start, own);
      }
      tokens = own;
    }
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Span[] = [];
    for (let i = lo; i < tokens.length && tokens[i].end <= to; i++) out.push(tokens[i]);
    return out;
  };
  const stems = (clause: Span): string[] => {
    const sentence = sentenceAt(sentences, clause.start);
    const out = new Set<string>();
    for (const v of spans(clause)) {
      const word = text.slice(v.start, v.end);
      if (AUXILIARIES.has(word.toLowerCase()) || !isEventVerb(text, v, sentence)) continue;
      out.add(stem(word));
    }
    return [...out];
  };
  return { spans, stems };
}

/**
 * How a quotation's words are laid out: their spans, where its sentences start (the article's
 * sentences, and line breaks), which words an editor put in brackets, and which are written
 * with a capital inside a sentence. Linear in the quotation's length.
 */
function quoteLayout(
  text: string,
  sentences: readonly Span[],
  words: readonly Word[],
  quote: { span: Span; content: Span },
): Omit<QuoteWords, 'words' | 'stems'> {
  const wordSpans: Span[] = words.map((w) => ({ start: w.start, end: w.end }));
  const sentenceStarts: number[] = [];
  const bracketed: number[] = [];
  const capitalised: number[] = [];
  const clauseStarts: number[] = [];
  const elided: number[] = [];
  const joined: number[] = [];
  let depth = 0;
  let sentenceEnd = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const gap = text.slice(i === 0 ? quote.content.start : words[i - 1].end, w.start);
    if (ELLIPSIS.test(gap)) elided.push(i);
    if (i > 0 && gap === ':') joined.push(i);
    for (const c of gap) {
      if (c === '[' || c === '(') depth++;
      else if ((c === ']' || c === ')') && depth > 0) depth--;
    }
    if (i === 0 || /[\r\n]/.test(gap) || w.start >= sentenceEnd) {
      sentenceStarts.push(i);
      // Words outside every sentence of the article (built by hand) make one sentence.
      sentenceEnd = sentenceAt(sentences, w.start)?.end ?? Infinity;
    } else if (/^\p{Lu}/u.test(w.text)) capitalised.push(i);
    if (depth > 0) bracketed.push(i);
    if (i > 0 && /[,;:()[\]\u2013\u2014]|\s-\s|--/.test(gap)) clauseStarts.push(i);
  }
  if (words.length && ELLIPSIS.test(text.slice(words[words.length - 1].end, quote.content.end))) elided.push(words.length);
  // A quotation that opens after the writer's own words in its sentence, with a word in lower
  // case ("said the changes target the “absolute heart of…”"), is a piece the writer cut out.
  const sentence = sentenceAt(sentences, quote.content.start);
  const lead = sentence ? text.slice(sentence.start, quote.span.start) : '';
  const fragment = !!words.length && /\p{L}/u.test(lead) && /^\p{Ll}/u.test(words[0].text);
  // A chant or a slogan: a chant word among the last words before the quotation in its
  // sentence, or the first words after it ("…,” the crowd chanted).
  const after = sentence ? text.slice(quote.span.end, Math.min(sentence.end, quote.span.end + 60)) : '';
  const near = [...wordsOf(lead).slice(-2), ...wordsOf(after).slice(0, 3)];
  const chant = near.some((w) => CHANT_WORDS.has(fold(w.text)));
  // Kept for every quotation of a story (see `fitted`).
  return { wordSpans, sentenceStarts: fitted(sentenceStarts), bracketed: fitted(bracketed), capitalised: fitted(capitalised), clauseStarts: fitted(clauseStarts), elided: fitted(elided), joined: fitted(joined), fragment, chant };
}

const CHANT_WORDS = new Set<string>(quoteWordData.chantWords);

/** A preposition (with an article) right before a number: the number is inside a phrase, not an argument of the verb. */
const PREPOSITION_BEFORE = /\b(?:in|of|at|on|from|to|for|with|by|among|across|between|into|over|under)\s+(?:the\s+|its\s+|their\s+)?$/i;

/** An ellipsis, in any of the ways it is typed. */
const ELLIPSIS = /\u2026|\.\s?\.\s?\./;

/**
 * What the extractors of one article's claims share: its text and sentences, its numbers and
 * dates in text order, where its verbs are, and what the context readers need.
 */
interface ArticleReading {
  article: Article;
  text: string;
  sentences: readonly Span[];
  /**
   * Numbers and dates, in text order, to leave out of a sentence's words near a claim. Of a
   * quantity only its number is left out: what it counts ("31 magazines") is context of the
   * numbers beside it, as the other items of a list of counts tell which list it is.
   */
  numberSpans: Span[];
  verbFind: { spans(clause: Span): Span[]; stems(clause: Span): string[] };
  contextSource: ContextSource;
  /** The people the article names by kin ("his mother Alice McMeekin"). */
  kinRoles: ReturnType<typeof kinRolesOf>;
}

/**
 * The sentence around a span, cut to a window so that one huge sentence (a pasted page with no
 * full stop) does not make every claim read all of it.
 */
function sentenceOf(r: ArticleReading, span: Span): Span {
  const s = sentenceAt(r.sentences, span.start) ?? { start: 0, end: r.text.length };
  return { start: Math.max(s.start, span.start - WINDOW), end: Math.min(s.end, span.end + WINDOW) };
}

/** The numbers and dates of the article inside `window`. */
function numbersIn(r: ArticleReading, window: Span): Span[] {
  const numberSpans = r.numberSpans;
  let lo = 0;
  let hi = numberSpans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numberSpans[mid].end <= window.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < numberSpans.length && numberSpans[i].start < window.end; i++) out.push(numberSpans[i]);
  return out;
}

/*
 * Each kind of claim is read by a function of its own, and every claim of a kind is built with
 * all its properties (`undefined` where the words give none): V8 then compiles each part on its
 * own, and a later article that brings objects of another shape throws away the compiled code
 * of one part, not that of all of them.
 */

function extractLocal(article: Article): LocalClaims {
  const text = article.text;
  const sentences = article.sentences;
  const verbFind = verbFinder(text, sentences, article.verbs);
  const articleDate = articleDayOf(text, article.header.bodyStart, article.header.date, article.dates);
  const r: ArticleReading = {
    article,
    text,
    sentences,
    numberSpans: [...article.quantities.map((q) => q.number ?? q), ...article.dates].sort((a, b) => a.start - b.start),
    verbFind,
    // What the context readers need: dates in text order, and the verbs of a span.
    contextSource: {
      text,
      sentences,
      mentions: article.mentions,
      dates: [...article.dates].filter((d) => !(article.header.span && d.start < article.header.bodyStart)).sort((a, b) => a.start - b.start),
      today: articleDate,
      verbsIn: verbFind.spans,
    },
    kinRoles: kinRolesOf(article.roles),
  };
  const roles = localRoles(article);
  const quotes = localQuotes(article);
  const frames = extractFrames(article);
  const quantityParticipants: number[][] = [];
  const quantities: QuantityClaim[] = article.quantities.filter((q) => Number.isFinite(q.value) && q.unit).map((q) => localQuantity(r, q, frames, quantityParticipants));
  const dates = localDates(r);
  quoteOccasions(r, quotes);
  const acts: LocalAct[] = [];
  for (const sentence of sentences) sentenceActs(r, sentence, acts);
  return { roles, quotes, quantities, quantityParticipants, dates, acts, frames, places: extractPlaceFacts(article), phones: phoneNumbers(text, sentences), articleDate };
}

function localRoles(article: Article): LocalRole[] {
  const text = article.text;
  const mentionSpans = article.mentions;
  return article.roles
    .filter((r) => r.mention >= 0 && r.mention < article.mentions.length && r.end > r.start)
    .map((r) => ({ span: { start: r.start, end: r.end }, text: r.text, mention: r.mention, role: parseRole(text, r, mentionSpans) }))
    .filter((r) => !!r.role.head);
}

function localQuotes(article: Article): LocalQuote[] {
  const text = article.text;
  const sentences = article.sentences;
  return article.quotes
    .filter((q) => q.content && q.content.end > q.content.start)
    .map((q) => {
      const found = wordsOf(text, q.content);
      const layout = quoteLayout(text, sentences, found, { span: { start: q.start, end: q.end }, content: q.content });
      return {
        span: { start: q.start, end: q.end },
        text: q.text,
        content: q.content,
        direct: q.direct,
        speakerMention: q.speaker?.mention ?? null,
        speakerText: q.speaker?.text ?? null,
        speakerKind: (q.speaker?.mention != null ? article.mentions[q.speaker.mention]?.kind : undefined) ?? null,
        words: found.map((w) => fold(w.text)),
        stems: fitted(contentStems(text, q.content)),
        wordSpans: layout.wordSpans,
        sentenceStarts: layout.sentenceStarts,
        bracketed: layout.bracketed,
        capitalised: layout.capitalised,
        clauseStarts: layout.clauseStarts,
        elided: layout.elided,
        joined: layout.joined,
        fragment: layout.fragment,
        chant: layout.chant,
        // Set by `quoteOccasions` when the article dates statements.
        occasion: undefined,
      };
    });
}

function localQuantity(r: ArticleReading, q: Article['quantities'][number], frames: LocalFrames, quantityParticipants: number[][]): QuantityClaim {
  const { article, text } = r;
  const sentence = sentenceOf(r, q);
  const skip = numbersIn(r, sentence);
  // The sentence's words and the clause's are read once for all that is read of them here.
  const sentenceWords = wordsOf(text, sentence);
  const context = stemsOfWords(sentenceWords, skip).filter((s) => !/^\d/.test(s));
  const contextWords: Record<string, string> = {};
  for (const w of sentenceWords) {
    const s = stem(w.text);
    if (!(s in contextWords)) contextWords[s] = w.text;
  }
  const currency = currencyOf(q.unit);
  const measure = q.unit === 'percent' && q.number ? percentMeasure(text, sentence, q.number, q.end, (w) => r.verbFind.spans(sentence).some((v) => v.start === w.start)) : null;
  const unitKey = measure ? measureKey(measure) : currency ? 'money' : stem(q.unit.split(' ').pop() ?? q.unit);
  const unitStems = new Set(q.unit.split(' ').map(stem));
  const clause = clauseAround(text, sentence, q);
  const clauseWords = wordsOf(text, clause);
  const about = quantityContext(r.contextSource, clause, q, { sentence: { span: sentence, words: sentenceWords }, clause: clauseWords });
  quantityParticipants.push(about.participants);
  const recall = about.time.recall;
  return {
    kind: 'quantity' as const,
    path: article.path,
    outlet: article.outlet,
    span: { start: q.start, end: q.end },
    text: q.text,
    value: q.value,
    unit: q.unit,
    hedge: q.hedge,
    upper: q.upper,
    currency,
    unitKey,
    context: fitted(context.filter((s) => !unitStems.has(s))),
    clauseContext: fitted(stemsOfWords(clauseWords, skip).filter((s) => !/^\d/.test(s) && !unitStems.has(s))),
    verbs: r.verbFind.stems(clause),
    contextWords,
    governing: about.governing,
    scope: about.scope,
    frame: about.frame,
    window: about.window,
    framed: frames.counts.some((c) => c.span.start < q.end && q.start < c.span.end) ? true : undefined,
    measure: measure ?? undefined,
    worth: currency ? worthOf(text, sentence, q) : undefined,
    argument: PREPOSITION_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start)) ? undefined : true,
    recall: recall ? true : undefined,
    periods: recall ? fitted(about.time.periods) : undefined,
    dated: about.time.dated ? true : undefined,
  };
}

/**
 * Dated events: a day or a month, or what the words state when no date resolves them (a
 * weekday, a month, a time), with the event the date belongs to. Named events and days, a
 * dateline's date and the day of a statement ("said on Friday") date no reported event.
 */
function localDates(r: ArticleReading): LocalDate[] {
  const dates: LocalDate[] = [];
  const byStart = [...r.article.dates].sort((a, b) => a.start - b.start);
  for (const d of r.article.dates) {
    const date = localDate(r, d, byStart);
    if (date) dates.push(date);
  }
  return dates;
}

function localDate(r: ArticleReading, d: DateRef, byStart: readonly DateRef[]): LocalDate | null {
  const { article, text } = r;
  const valued = !!d.value && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.value);
  if (!valued && d.stated?.weekday === undefined && d.stated?.month === undefined && !d.time && !d.ago) return null;
  if (d.named || (article.header.span && d.start < article.header.bodyStart)) return null;
  if (onDateline(text, article.header.bodyStart, d)) return null;
  const event = dateEvent(r.contextSource, d);
  if (event.report || !event.predicates.length) return null;
  const sentence = sentenceOf(r, d);
  const clause = event.span.end > event.span.start ? event.span : clauseAround(text, sentence, d);
  const until = valued ? yearRangeEnd(text, byStart, d) : undefined;
  // "by 1958" dates an event to that year or before; "before 1997", "after 2001" bound a
  // period ("Before 1997, he had served only …"), which is no event's date.
  const bound = valued && d.value!.length === 4 ? /\b(by|before|after)[ \t]{1,3}$/i.exec(text.slice(Math.max(0, d.start - 10), d.start))?.[1].toLowerCase() : undefined;
  if (bound && bound !== 'by') return null;
  const named = mentionsIn(article, clause);
  // People the clause names by kin ("with his mum") whom the article names in that relation
  // ("his mother Alice McMeekin"): participants, though less sure than a name.
  const kin = kinReferents(text, clause, r.kinRoles, (i) => fold(article.mentions[i]?.text ?? '')).filter((i) => !named.includes(i) && i !== event.antecedent);
  const inferred = [...(event.pronoun && event.antecedent !== undefined ? [event.antecedent] : []), ...kin];
  return {
    span: { start: d.start, end: until ? until.end : d.end },
    text: until ? text.slice(d.start, until.end) : d.text,
    value: valued ? d.value : null,
    yearTo: until ? +until.value! : undefined,
    yearBound: bound && !until ? ('by' as const) : undefined,
    clause,
    verbs: r.verbFind.stems(clause),
    governing: [...new Set(event.predicates.map((p) => stem(p.word.split(' ')[0])))],
    predicates: event.predicates,
    mood: event.future ? 'future' : 'past',
    // What the event is about besides its names, which count as participants.
    context: fitted(contentStems(text, clause, [d, ...event.predicates, ...(d.time ? [d.time] : []), ...mentionsIn(article, clause).map((i) => article.mentions[i])])),
    mentions: fitted([...(event.antecedent !== undefined ? [event.antecedent] : []), ...named, ...kin]),
    inferred: inferred.length ? inferred : undefined,
    kin: kin.length ? kin : undefined,
    relative: d.relative,
    stated: d.stated ? d.stated : undefined,
    part: d.part ? d.part : undefined,
    time: d.time ? d.time : undefined,
    ago: d.ago ? agoOf(text, d, d.ago) : undefined,
    located: locatedIn(article, mentionsIn(article, clause)),
    occasions: occasionKinds(r.contextSource, clause),
  };
}

/**
 * The occasion of each quotation: the sentences before it (or its own) that date someone
 * speaking ("Earlier this year, the star said…", "…,” she told the paper three years ago"),
 * read outside quotation marks.
 */
function quoteOccasions(r: ArticleReading, quotes: LocalQuote[]): void {
  const { article, text } = r;
  const inQuote = (at: number) => quotes.some((q) => q.span.start <= at && at < q.span.end);
  const dated = new Set<number>();
  for (const d of article.dates) {
    if (d.named || inQuote(d.start) || (article.header.span && d.start < article.header.bodyStart)) continue;
    const sentence = sentenceOf(r, d);
    if (!wordsOf(text, sentence).some((w) => !inQuote(w.start) && speechVerb(w.text.toLowerCase()))) continue;
    // The statement a sentence dates is also that of a quotation it attributes, which may start
    // in a sentence before it ("“…fall back... I saw blood,” she told the paper on Friday").
    dated.add(Math.min(sentence.start, ...quotes.filter((q) => q.span.start < sentence.end && sentence.start < q.span.end).map((q) => q.span.start)));
  }
  if (dated.size) for (const q of quotes) q.occasion = [...dated].filter((at) => at <= q.span.start).length;
}

/** The acts one sentence reports as done or as denied, added to `acts`. */
function sentenceActs(r: ArticleReading, sentence: Span, acts: LocalAct[]): void {
  const { article, text } = r;
  // A quick test on the raw text first: most sentences report no act.
  const raw = text.slice(sentence.start, sentence.end).toLowerCase();
  if (!POLARITY_HINTS.some((h) => raw.includes(h))) return;
  const words = wordsOf(text, sentence);
  const folded = words.map((w) => fold(w.text));
  for (let i = 0; i < words.length; i++) {
    let positive: boolean | null = null;
    let verbEnd = i;
    if (NEGATIVE.has(folded[i])) positive = false;
    else if (POSITIVE.has(folded[i])) positive = true;
    else {
      const neg = negationAt(folded, i);
      if (neg) {
        positive = false;
        verbEnd = i + neg.length; // The act is the verb after the negation.
        if (verbEnd >= words.length) continue;
      }
    }
    if (positive === null) continue;
    const verbSpan = { start: words[i].start, end: words[verbEnd].end };
    // The subject: the nearest name before the verb, with only a few words between that do not start another clause.
    let subject = -1;
    for (let m = firstMentionFrom(article, verbSpan.start) - 1; m >= 0; m--) {
      const mention = article.mentions[m];
      if (mention.start < sentence.start || mention.end < verbSpan.start - WINDOW) break;
      if (mention.end > verbSpan.start) continue;
      subject = m;
      break;
    }
    if (subject < 0) continue;
    // The words between the subject and the verb: the words just before the verb, read backwards.
    const between: string[] = [];
    for (let k = i - 1; k >= 0 && words[k].start >= article.mentions[subject].end && between.length <= 5; k--) between.push(folded[k]);
    if (between.length > 4 || between.some((w) => SUBJECT_BREAKERS.has(w) || POLARITY_WORDS.has(w))) continue;
    // What was denied or confirmed: the words after the verb to the end of the clause, at most 15.
    const after = words.slice(verbEnd + 1, verbEnd + 16);
    let objectEnd = after.length;
    for (let k = 0; k < after.length; k++) {
      const gap = text.slice(k === 0 ? verbSpan.end : after[k - 1].end, after[k].start);
      if (/[;:]|[,\u2014\u2013]/.test(gap) && k >= 3) {
        objectEnd = k;
        break;
      }
    }
    const objectWords = after.slice(0, objectEnd);
    // A negation inside what was confirmed makes the whole act negative ("confirmed it would not fund").
    let pol = positive;
    const objFolded = objectWords.map((w) => fold(w.text));
    if (objFolded.some((_, k) => negationAt(objFolded, k) !== undefined)) pol = !pol;
    const object: string[] = [];
    for (const w of objectWords) {
      const f = fold(w.text);
      if (POLARITY_WORDS.has(f)) continue;
      const s = contentStems(w.text)[0];
      if (!s || GENERIC.has(s) || object.includes(s)) continue;
      object.push(s);
    }
    if (verbEnd > i) object.unshift(...contentStems(words[verbEnd].text).filter((s) => !object.includes(s)));
    if (!object.length) continue;
    const end = objectWords.length ? objectWords[objectWords.length - 1].end : verbSpan.end;
    acts.push({
      span: verbSpan,
      text: text.slice(verbSpan.start, verbSpan.end),
      subjectMention: subject,
      subjectText: article.mentions[subject].text,
      positive: pol,
      object: fitted(object),
      clause: { start: article.mentions[subject].start, end },
    });
    i = verbEnd;
  }
}

function localClaims(article: Article): LocalClaims {
  let local = cache.get(article);
  if (!local) {
    try {
      local = extractLocal(article);
    } catch (err) {
      // An article whose claims cannot be read is compared on nothing, and the index says so.
      local = { roles: [], quotes: [], quantities: [], quantityParticipants: [], dates: [], acts: [], frames: emptyFrames(), places: emptyPlaces(), phones: [], articleDate: null };
      failures.set(article, err instanceof Error ? err.message || err.name : String(err));
    }
    cache.set(article, local);
  }
  return local;
}

/**
 * The part of an article's claims that depends on the article alone, before entity ids are
 * filled in: what an edit must leave unchanged for the story's comparison to stay valid.
 */
export function localClaimsOf(article: Article): Readonly<LocalClaims> {
  return localClaims(article);
}

/**
 * The part of an article's claims that depends on the article alone, as plain data: computed
 * where the article is analysed (a worker thread) and sent along with it, so the thread that
 * compares stories does not extract it again.
 */
export interface PreparedClaims {
  local: LocalClaims;
  /** Why the claims could not be read, when they could not. */
  failure?: string;
}

/** Extracts an article's own claims for {@link adoptClaims}. */
export function prepareClaims(article: Article): PreparedClaims {
  const local = localClaims(article);
  const failure = failures.get(article);
  return failure === undefined ? { local } : { local, failure };
}

/**
 * Takes claims prepared for a copy of this article (sent between threads in one message with
 * it, so they describe the same text and mentions) instead of extracting them again.
 */
export function adoptClaims(article: Article, prepared: PreparedClaims): void {
  cache.set(article, prepared.local);
  if (prepared.failure !== undefined) failures.set(article, prepared.failure);
}

/**
 * Lets go of the claims kept for these articles, and of the other data comparing them kept per
 * article (the words the stray-spelling search read, the names the linking prepared, the
 * grouping of their dated clauses into events). A story nobody is editing has no use for them
 * once it is compared, and they are most of its memory; they are read again should the story be
 * compared again.
 */
export function releaseClaims(articles: readonly Article[]): void {
  forgetArticleWords(articles);
  forgetArticleForms(articles);
  forgetPreparedNames(articles);
  forgetDateGroupings(new Set(articles.map((a) => a.path)));
  for (const a of articles) {
    cache.delete(a);
    resolvedCache.delete(a);
    failures.delete(a);
  }
}

/** The claims of one article, with entity ids from the story's linking. */
export function extractClaims(article: Article, link: ClaimLinking): Claim[] {
  return resolved(article, link).claims.slice();
}

/** An article's claims with entity ids filled in, and the index keys of each. */
interface ResolvedClaims {
  /** The entity id of each mention the claims were resolved with. */
  ids: (string | null)[];
  /** Mentions whose entity the text does not pin to one person. */
  unsure: boolean[];
  claims: Claim[];
  /** For each claim, its distinct index keys and distinct entities. */
  keys: { keys: string[]; entities: string[] }[];
  /** The linking the ids were last found the same in: a linking that answers as it does needs no second look. */
  linking: object;
}

/**
 * Resolved claims per article object. An edit re-links the whole story, but most articles'
 * mentions keep their entity ids; their claims (and index keys) are then reused as they are
 * instead of being rebuilt on every re-check. The claims are never mutated after creation, so
 * sharing them between indexes is safe.
 */
const resolvedCache = new WeakMap<Article, ResolvedClaims>();

function resolved(article: Article, link: ClaimLinking): ResolvedClaims {
  const identity = link.sameIdsAs ?? link;
  const known = resolvedCache.get(article);
  if (known && known.linking === identity) return known;
  const n = article.mentions.length;
  const ids: (string | null)[] = new Array(n);
  const unsure: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    ids[i] = link.entityOf(article.path, i);
    unsure[i] = !!ids[i] && !!link.ambiguous?.(ids[i]!);
  }
  const cached = resolvedCache.get(article);
  if (cached && cached.ids.length === n) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = cached.ids[i] === ids[i] && cached.unsure[i] === unsure[i];
    if (same) {
      cached.linking = identity;
      return cached;
    }
  }
  const claims = resolveClaims(article, (i) => (i < n ? ids[i] : link.entityOf(article.path, i)), (i) => i < n && unsure[i]);
  const keys = claims.map((c) => {
    const k = keysOf(c);
    return { keys: [...new Set(k.keys)], entities: [...new Set(k.entities)] };
  });
  const entry = { ids, unsure, claims, keys, linking: identity };
  resolvedCache.set(article, entry);
  return entry;
}

/** Builds an article's claims from its cached local claims and the entity id of each mention. */
function resolveClaims(article: Article, idOf: (mentionIndex: number) => string | null, unsure: (mentionIndex: number) => boolean = () => false): Claim[] {
  const local = localClaims(article);
  // Every claim opens with the article's path and outlet, written out as properties of each
  // literal rather than spread from one object: a literal of known properties is built in one
  // step, and an article has hundreds of claims.
  const base = { path: article.path, outlet: article.outlet };
  const ent = (i: number | null) => (i === null || i < 0 ? null : idOf(i));
  const out: Claim[] = [];
  for (const r of local.roles) {
    const entity = ent(r.mention);
    if (!entity) continue;
    // An owner named by a surname several people share is not known: it says nothing of whom
    // the post serves.
    const owners = r.role.ownerPeople.filter((i) => !unsure(i)).map((i) => ent(i)).filter((e): e is string => !!e && e !== entity);
    const employers = r.role.owners
      .filter((i) => article.mentions[i]?.kind === 'organization')
      .map((i) => ({ id: ent(i), text: article.mentions[i].text }))
      .filter((e): e is { id: string; text: string } => !!e.id);
    out.push({ path: base.path, outlet: base.outlet, kind: 'role', span: r.span, text: r.text, entity, role: r.role, owners, unsureHolder: unsure(r.mention) ? true : undefined, employers: employers.length ? employers : undefined });
  }
  for (const q of local.quotes) {
    out.push({
      path: base.path,
      outlet: base.outlet,
      kind: 'quote',
      span: q.span,
      text: q.text,
      direct: q.direct,
      speaker: ent(q.speakerMention),
      speakerText: q.speakerText,
      speakerKind: q.speakerKind,
      content: q.content,
      words: q.words,
      stems: q.stems,
      wordSpans: q.wordSpans,
      sentenceStarts: q.sentenceStarts,
      bracketed: q.bracketed,
      capitalised: q.capitalised,
      clauseStarts: q.clauseStarts,
      elided: q.elided,
      joined: q.joined,
      fragment: q.fragment,
      occasion: q.occasion,
      chant: q.chant,
    });
  }
  local.quantities.forEach((q, i) => {
    const participants = [...new Set((local.quantityParticipants[i] ?? []).map(ent).filter((e): e is string => !!e))];
    out.push({ ...q, ...base, participants });
  });
  const articleDate = local.articleDate;
  for (const d of local.dates) {
    const entities = [...new Set(d.mentions.map(ent).filter((e): e is string => !!e))];
    out.push({
      path: base.path,
      outlet: base.outlet,
      kind: 'date',
      span: d.span,
      text: d.text,
      value: d.value,
      yearTo: d.yearTo,
      yearBound: d.yearBound ? d.yearBound : undefined,
      clause: d.clause,
      verbs: d.verbs,
      governing: d.governing,
      predicates: d.predicates.map((p) => ({ word: p.word, pos: p.pos })),
      mood: d.mood,
      context: d.context,
      entities,
      inferred: d.inferred ? d.inferred.map(ent).filter((e): e is string => !!e) : undefined,
      kin: d.kin ? d.kin.map(ent).filter((e): e is string => !!e) : undefined,
      relative: d.relative,
      articleDate,
      stated: d.stated ? d.stated : undefined,
      part: d.part ? d.part : undefined,
      time: d.time ? d.time : undefined,
      ago: d.ago ? d.ago : undefined,
      occasions: d.occasions?.length ? d.occasions : undefined,
      places: d.located?.length
        ? d.located.map((l) => ({
            entity: ent(l.place),
            name: article.mentions[l.place].text,
            within: l.within.map((w) => article.mentions[w].text),
            span: { start: article.mentions[l.place].start, end: article.mentions[l.place].end },
          }))
        : undefined,
    });
  }
  for (const a of local.acts) {
    const subject = ent(a.subjectMention);
    if (!subject) continue;
    out.push({ path: base.path, outlet: base.outlet, kind: 'act', span: a.span, text: a.text, subject, subjectText: a.subjectText, positive: a.positive, verb: a.text, object: a.object, clause: a.clause });
  }
  return out;
}

function keysOf(c: Claim): { keys: string[]; entities: string[] } {
  switch (c.kind) {
    case 'role':
      return { keys: [`role:${c.entity}`], entities: [c.entity, ...c.owners] };
    case 'quote':
      return { keys: c.speaker ? [`quote:${c.speaker}`] : [], entities: c.speaker ? [c.speaker] : [] };
    case 'quantity':
      return { keys: [`quantity:${c.unitKey}`], entities: [] };
    case 'date':
      return { keys: (c.governing ?? []).map((v) => `date:${v}`), entities: c.entities };
    case 'act':
      return { keys: [`act:${c.subject}`], entities: [c.subject] };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Extracts and indexes the claims of a story's articles. An article whose claims cannot be
 * read contributes none, and is listed in `problems`; the others are indexed as usual.
 */
export function buildClaimIndex(articles: readonly Article[], link: ClaimLinking): ClaimIndex {
  const index: ClaimIndex = { all: [], byKey: new Map(), byEntity: new Map(), byPath: new Map(), problems: [] };
  for (const article of articles) {
    let r: ResolvedClaims;
    try {
      r = resolved(article, link);
    } catch (err) {
      index.problems.push({ path: article.path, message: err instanceof Error ? err.message || err.name : String(err) });
      continue;
    }
    const failure = failures.get(article);
    if (failure !== undefined) index.problems.push({ path: article.path, message: failure });
    for (let i = 0; i < r.claims.length; i++) {
      const claim = r.claims[i];
      index.all.push(claim);
      push(index.byPath, claim.path, claim);
      for (const k of r.keys[i].keys) push(index.byKey, k, claim);
      for (const e of r.keys[i].entities) push(index.byEntity, e, claim);
    }
  }
  return index;
}

/** Groups claims by article path, keeping the articles' order. */
export function byArticle<T extends Claim>(claims: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const c of claims) push(out, c.path, c);
  return out;
}
