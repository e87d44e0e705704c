/**
 * The names extractor: finds mentions of people, organisations and places.
 *
 * Candidate names are runs of capitalised words in the tagged tokens (wink-nlp gives exact
 * offsets), joined across a few connectors ("University of Chicago", "Ludwig van Beethoven").
 * Each run is then trimmed and split: titles ("Police Inspector"), weekdays, months and
 * demonyms are not part of a name, and a title inside a run separates what stands before it
 * ("U.S. President Donald Trump" gives "U.S." and "Donald Trump"). Kinds come from general
 * evidence, strongest first: lexicons of whole names, the last word of the name ("Party",
 * "Ministry", "County", "Street"), a title or role noun before a person, given names, acronyms,
 * the words around the name ("in X", "X-based"), and finally the other mentions of the article
 * (a surname seen in a person's full name names that person). Everything is linear in the
 * number of tokens.
 */
import type { EntityKind, Mention } from '../types';
import type { ArticleContext } from './context';
import type { Token } from '../text/tokens';
import { compoundEnd } from './compounds';
import { isDemonymPhrase } from './demonyms';
import { foldName } from '../text/normalize';
import {
  AFFAIR_NOUNS,
  AGENT_VERBS,
  AWARD_NOUNS,
  CALENDAR_WORDS,
  COMMON_WORDS,
  DEMONYMS,
  EVENT_WORDS,
  GIVEN_NAMES,
  HEADLINE_VERBS,
  NAME_KEYS,
  NAME_PARTICLES,
  NON_NAME_ABBREVIATIONS,
  NOT_NAMES,
  OPPONENT_CUES,
  ORGANIZATION_CUES,
  COMPASS_REGIONS,
  TIME_UNITS,
  ORGANIZATION_LEADS,
  COUNTRIES_AND_REGIONS,
  LARGE_CITIES,
  ORGANIZATIONS,
  ORGANIZATION_HEADS,
  ORGANIZATION_WORDS,
  PEOPLE,
  PERSON_NOUNS,
  PERSON_POSSESSION_CUES,
  PERSON_VERBS,
  PLACES,
  EMPLOYMENT_CUES,
  ADMISSION_CUES,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_OF_CUES,
  PLACE_POSSESSION_CUES,
  PLACE_SUFFIX_WORDS,
  PLACE_WORDS,
  REGIONS,
  REGIONS_ALSO_PERSON_NAMES,
  ROAD_CUES,
  ROAD_VERBS,
  ROAD_WORDS,
  STOCK_EXCHANGES,
  STATE_ABBREVIATIONS,
  SURNAMES,
  TEAM_MEMBERS,
  TEAM_POSSESSIONS,
  TOWNS,
  WORK_NOUNS,
  WORK_ROLE_NOUNS,
} from '../data/names';
import { ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from '../data/titles';
import currencyData from '../data/currency.json';

/** A token as the extractor sees it, with hyphenated compounds glued into one word. */
interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower-case, straight-apostrophe form of the text. */
  lower: string;
  pos: string;
  sentence: number;
  /** True when the word starts with a capital letter. */
  cap: boolean;
  /** True when the word is the first word of its sentence (after any opening marks). */
  initial: boolean;
  /** True for punctuation. */
  punct: boolean;
  /** True when the word stands in a title-case line such as a headline. */
  headline: boolean;
  /**
   * True when the word is written in capitals here and in title case elsewhere in the article
   * ("MILLOM" in a headline, "Millom" in the text): a shouted name, not an acronym.
   */
  shoutedName: boolean;
}

/** How sure the extractor is of a candidate's kind, weakest last. */
const enum Evidence {
  Lexicon = 5,
  Keyword = 4,
  Title = 4,
  GivenName = 3,
  Context = 2,
  Default = 1,
  None = 0,
}

interface Candidate {
  words: Word[];
  kind: EntityKind | null;
  evidence: Evidence;
  /** True when the candidate stands in a headline-like, title-case line. */
  headline: boolean;
}

/** Lower-case words joined to a name by a hyphen that describe it ("U.S.-led", "Miami-based"). */
const HYPHEN_AFFIXES = new Set(
  'led|based|backed|born|bound|made|owned|run|funded|controlled|style|era|brokered|sponsored|allied|friendly|linked|related|held|occupied|area|wide|born|built|bred|educated|trained|listed|registered|headquartered|centric|specific|inspired|themed'.split(
    '|',
  ),
);

/** Last words of places that are also common surnames ("Marc Lamont Hill"). */
const SURNAME_LIKE_PLACE_WORDS = new Set('hill|hall|park|lane|brook|wood|banks|rivers|field|fields|house|castle|temple|bridge|ford|street|mount|cross|ward|green'.split('|'));

/** Shops and venues named after an owner with a possessive ("Sam's Club", "Joe's Diner"). */
const OWNED_VENUES = new Set('club|store|stores|shop|restaurant|bar|cafe|café|pub|diner|market|bakery|grill|tavern|inn|kitchen|deli|pizza|garage|lounge'.split('|'));
/**
 * Kinds of place that are often named with a possessive ("Queen Anne's County", "Martha's
 * Vineyard"): the words before the possessive are part of the place's name.
 */
const POSSESSIVE_PLACE_WORDS = new Set('county|parish|island|isle|islands|bay|cove|harbor|harbour|sound|creek|landing|vineyard|peak|valley|falls|springs|beach|borough|township'.split('|'));

/**
 * Nouns for people by where they live, which a place's name may stand before ("a Velmora man",
 * "Velmora residents"). A person's name before one is rare ("Lee family" is not among them).
 */
const RESIDENT_NOUNS = new Set('resident|residents|native|natives|man|men|woman|women|boy|boys|girl|girls|teen|teens|teenager|teenagers|youth|youths|homeowner|homeowners|villagers|couple'.split('|'));

/** Prepositions after which an unknown name is most likely a place. */
const PLACE_PREPOSITIONS = new Set('in|near|across|throughout|outside|inside|around|via|towards|toward'.split('|'));

/** Prepositions after which an unknown single word is a place unless other evidence says otherwise. */
const WEAK_PLACE_PREPOSITIONS = new Set('at|from'.split('|'));

/** Articles that may open an apposition after a name ("Velmora, a port city"). */
const APPOSITION_ARTICLES = new Set('a|an|the'.split('|'));

/** Lower-case words that may follow the head noun of a place apposition ("a port city of 240,000"). */
const AFTER_PLACE_NOUN = new Set('of|in|on|near|with|where|which|that|whose|known|and|some|about|located|famous|best'.split('|'));

/**
 * True when the words around a single unknown capitalised word show that it names a place:
 * an apposition that calls it one ("X, a port city of 240,000"), "the town of X", "the mayor
 * of X", or a possession only places have ("X's city council", "X's residents").
 */
function isPlaceByContext(words: Word[], first: number, last: number): boolean {
  const sentence = words[first].sentence;
  const at = (i: number): Word | undefined => (i >= 0 && words[i] && words[i].sentence === sentence ? words[i] : undefined);
  const prev = at(first - 1);
  const prev2 = at(first - 2);
  if (prev && prev.lower === 'of' && prev2 && !prev2.cap && (PLACE_NOUNS.has(prev2.lower) || PLACE_OF_CUES.has(prev2.lower))) return true;
  const next = at(last + 1);
  if (!next) return false;
  if (/^['\u2019]s$/.test(next.text)) {
    const owned = at(last + 2);
    return !!owned && !owned.cap && PLACE_POSSESSION_CUES.has(owned.lower);
  }
  if (next.text !== ',') return false;
  let k = last + 2;
  if (!at(k) || !APPOSITION_ARTICLES.has(at(k)!.lower)) return false;
  k++;
  // Up to three lower-case modifiers, then the kind of place as the head of the apposition.
  for (let n = 0; n < 4; n++, k++) {
    const w = at(k);
    if (!w || w.cap || w.punct) return false;
    if (PLACE_NOUNS.has(w.lower)) {
      const after = at(k + 1);
      // "a port city": the last of two kinds of place is the head.
      if (after && !after.cap && PLACE_NOUNS.has(after.lower)) continue;
      return !after || after.punct || AFTER_PLACE_NOUN.has(after.lower) || /^\d/.test(after.text);
    }
  }
  return false;
}

/** True when a verb of admission governs the name ("checked into X", "rushed to X"). */
function isAdmittedTo(words: Word[], first: number, last: number): boolean {
  const sentence = words[first].sentence;
  const prep = words[first - 1];
  const verb = words[first - 2];
  if (!prep || !verb || verb.sentence !== sentence) return false;
  if (!ADMISSION_CUES.get(prep.lower)?.has(verb.lower)) return false;
  const next = words[last + 1];
  return !(next && next.sentence === sentence && /^['\u2019]s$/.test(next.text));
}

/**
 * True when an apposition after the word at `last` gives a person's role: ", the failed
 * vice presidential candidate", ", a student,". The role word must end the apposition.
 */
function isPersonApposition(words: Word[], last: number): boolean {
  const sentence = words[last].sentence;
  const at = (i: number): Word | undefined => (words[i] && words[i].sentence === sentence ? words[i] : undefined);
  if (at(last + 1)?.text !== ',') return false;
  let k = last + 2;
  if (!at(k) || !APPOSITION_ARTICLES.has(at(k)!.lower)) return false;
  k++;
  for (let n = 0; n < 6; n++, k++) {
    const w = at(k);
    if (!w || w.punct) return false;
    if (!w.cap && (TITLE_HEADS.has(w.lower) || PERSON_NOUNS.has(w.lower))) {
      const after = at(k + 1);
      if (!after || after.punct || /^(?:of|for|at|who|and|in|with)$/.test(after.lower)) return true;
    }
  }
  return false;
}

/** Verbs that show the name before them is a person's (or an organisation's) act of speech. */
const SPEECH_VERBS = new Set(
  'said|says|told|added|asked|wrote|explained|stated|noted|argued|insisted|claimed|announced|replied|recalled|admitted|denied|warned|urged|described|tweeted|posted'.split(
    '|',
  ),
);

const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', ':', '\u2014', '\u2013', '-', '*', '\u2022']);

/** Finds the names of people, organisations and places, in text order. */
export function extractMentions(ctx: ArticleContext): Mention[] {
  const words = toWords(ctx.text, ctx.tokens);
  if (!words.length) return [];
  const headlines = headlineSentences(words, ctx.text);
  for (const w of words) w.headline = headlines.has(w.sentence);
  const seen = capitalisedWithin(words);
  // A sentence may open with an unknown name that only its context types ("Velmora, a port
  // city of 240,000, ..."): such a word counts as seen within prose.
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.initial && w.cap && !w.punct && !w.headline && !NOT_NAMES.has(w.lower) && isPlaceByContext(words, i, i)) seen.add(w.lower);
  }
  const candidates: Candidate[] = [];
  for (const chunk of chunks(ctx.text, words, seen)) {
    for (const c of splitChunk(chunk.words, words, chunk.from)) {
      c.headline = headlines.has(c.words[0].sentence);
      candidates.push(c);
    }
  }
  const at = positions(words);
  resolveWithinArticle(candidates, words, at);
  reviewCoordinatedPlaces(candidates, words, at);
  reviewActingPlaces(candidates, words, at);
  reviewFacilities(candidates, words, at);
  reviewAcronyms(candidates, words, at);
  reviewNonNames(candidates, words, at);
  // A weakly typed name in a headline is kept when the article's prose names it too.
  // Compared without abbreviation stops: a headline's "Comeaux Jr" is the prose's "Comeaux Jr.".
  const proseKey = (ws: Word[]) => ws.map((w) => (w.lower.endsWith('.') ? w.lower.slice(0, -1) : w.lower)).join(' ');
  const inProse = new Set(candidates.filter((c) => c.kind && !c.headline).map((c) => proseKey(c.words)));
  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (!c.kind) continue;
    if (c.headline && c.evidence < Evidence.GivenName && !inProse.has(proseKey(c.words))) continue;
    const start = c.words[0].start;
    const end = c.words[c.words.length - 1].end;
    const text = ctx.text.slice(start, end);
    mentions.push({ start, end, text, kind: c.kind, key: keyOf(text) });
  }
  linkSurnames(mentions);
  return mentions;
}

/** The folded key of a name, with common variants ("US", "U.S.") brought to one form. */
export function keyOf(name: string): string {
  const folded = foldName(name).replace(/'s$/, '');
  return NAME_KEYS[folded] ?? folded;
}

/** Gives a lone surname or given name the key of the one full name in the article it belongs to. */
function linkSurnames(mentions: Mention[]): void {
  const byPart = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const parts = m.key.split(' ');
    if (parts.length < 2) continue;
    for (const p of [parts[surnameAt(parts)], parts[0]]) {
      let keys = byPart.get(p);
      if (!keys) byPart.set(p, (keys = new Set()));
      keys.add(m.key);
    }
  }
  for (const m of mentions) {
    if (m.kind !== 'person' || m.key.includes(' ')) continue;
    const keys = byPart.get(m.key);
    if (keys && keys.size === 1) m.key = [...keys][0];
  }
}

/** Generational suffixes that may follow a surname ("Ann Lee Jr.", "John Doe III"). */
const NAME_SUFFIXES = new Set('jr|jr.|sr|sr.|ii|iii|iv'.split('|'));

/** The index of the surname among a full name's lower-case parts: the last one that is no generational suffix. */
function surnameAt(parts: string[]): number {
  let k = parts.length - 1;
  while (k > 1 && NAME_SUFFIXES.has(parts[k])) k--;
  return k;
}

function lowerOf(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
}

/**
 * Whether a hyphen glues two parts into one word ("A-B"): the part before it ends in a letter
 * and the part after it is not a describing affix.
 */
function gluesCompound(left: Token, right: Token): boolean {
  return /\p{L}$/u.test(left.text.replace(/\.$/, '')) && !HYPHEN_AFFIXES.has(right.text.toLowerCase());
}

/** Bits of {@link asciiCase}: what kinds of characters a plain ASCII word holds. */
const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const OTHER = 8;
const FIRST_UPPER = 16;
const SECOND_UPPER = 32;

/**
 * The kinds of characters of a word made of ASCII characters only, as bits (lower-case letters,
 * capitals, digits, anything else; whether it opens with a capital and holds more than one), or
 * -1 when it holds another character (or is empty): the case tests of `toWords` are read from
 * these bits instead of regular expressions for most words.
 */
function asciiCase(s: string): number {
  if (!s.length) return -1;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return -1;
    if (c >= 97 && c <= 122) bits |= LOWER;
    else if (c >= 65 && c <= 90) bits |= bits & UPPER ? SECOND_UPPER : i === 0 ? UPPER | FIRST_UPPER : UPPER;
    else if (c >= 48 && c <= 57) bits |= DIGIT;
    else bits |= OTHER;
  }
  return bits;
}

/** `/^\p{Ll}+$/u`: lower-case letters only. */
const allLower = (s: string, bits: number) => (bits < 0 ? /^\p{Ll}+$/u.test(s) : bits === LOWER);
/** `/^\p{Lu}\p{Ll}+$/u`: a capital, then lower-case letters only. */
const titleCased = (s: string, bits: number) => (bits < 0 ? /^\p{Lu}\p{Ll}+$/u.test(s) : bits === (LOWER | UPPER | FIRST_UPPER));
/** `/^\p{Lu}{2,}$/u`: two capitals or more, nothing else. */
const allCapitals = (s: string, bits: number) => (bits < 0 ? /^\p{Lu}{2,}$/u.test(s) : bits === (UPPER | FIRST_UPPER | SECOND_UPPER));

/** Turns tokens into words, gluing hyphenated compounds ("Jean-Claude", "Che-cheung"). */
function toWords(text: string, tokens: Token[]): Word[] {
  const words: Word[] = [];
  // Words the article writes in lower case somewhere: the same word in capitals elsewhere is
  // emphasis or a shouted headline ("A FIRE has damaged"), not an acronym.
  const lowerSeen = new Set<string>();
  const titleSeen = new Set<string>();
  const cases = new Int8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    const bits = (cases[i] = asciiCase(t));
    if (allLower(t, bits)) lowerSeen.add(t);
    else if (titleCased(t, bits)) titleSeen.add(t.toLowerCase());
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const j = compoundEnd(tokens, i, gluesCompound);
    const end = tokens[j].end;
    const value = j === i ? t.text : text.slice(t.start, end);
    const bits = j === i ? cases[i] : asciiCase(value);
    const prev = words[words.length - 1];
    const punct = t.type === 'punctuation' || (bits < 0 ? !/[\p{L}\p{N}]/u.test(value) : !(bits & (LOWER | UPPER | DIGIT)));
    const initial = !prev || prev.sentence !== t.sentence || (prev.punct && OPENERS.has(prev.text) && (words.length < 2 || words[words.length - 2].sentence !== t.sentence || words[words.length - 2].punct));
    const shouted = allCapitals(value, bits);
    words.push({
      start: t.start,
      end,
      text: value,
      // Plain ASCII has no curly apostrophes to straighten.
      lower: bits < 0 ? lowerOf(value) : value.toLowerCase(),
      pos: t.pos,
      sentence: t.sentence,
      cap: (bits < 0 ? /^\p{Lu}/u.test(value) : (bits & FIRST_UPPER) !== 0) && !(isShouted(value, lowerSeen) && shoutingPlace(tokens, i, j)),
      initial,
      punct,
      headline: false,
      shoutedName: shouted && titleSeen.has(value.toLowerCase()),
    });
    i = j;
  }
  return words;
}

/**
 * True for a common word written in capitals for emphasis ("HUGE", "FIRE"): three letters or
 * more, all capitals, and either an ordinary English word or one the article also writes in
 * lower case, while not a known name.
 */
function isShouted(value: string, lowerSeen: Set<string>): boolean {
  if (!/^\p{Lu}{3,}$/u.test(value)) return false;
  const lower = value.toLowerCase();
  if (!COMMON_WORDS.has(lower) && !lowerSeen.has(lower)) return false;
  return !inAnyLexicon(lower);
}

/**
 * True when the capitals around token `i` (ending at `j`) read as emphasis: the word opens its
 * sentence ("A FIRE has"), or a neighbour is in capitals too ("FIRED IN PHILLY").
 */
function shoutingPlace(tokens: Token[], i: number, j: number): boolean {
  const sentence = tokens[i].sentence;
  const before = tokens[i - 1];
  const after = tokens[j + 1];
  if (!before || before.sentence !== sentence || !tokens[i - 2] || tokens[i - 2].sentence !== sentence) return true;
  const caps = (t: Token | undefined) => !!t && t.sentence === sentence && /^\p{Lu}{2,}$/u.test(t.text);
  return caps(before) || caps(after);
}

/**
 * Sentences written in title case (headlines, bylines): most of their words are capitalised,
 * so capitals say little there and only well-evidenced names are kept.
 */
function headlineSentences(words: Word[], text: string): Set<number> {
  // Per sentence: content words the tagger does not call proper nouns, how many of them are
  // capitalised, and whether a short function word is capitalised inside the sentence; and,
  // for a sentence that is a line of its own, how many of its words are written in title case.
  const counts = new Map<number, { content: number; caps: number; fn: boolean; first: Word; last: Word; words: number; titled: number; verbs: number; stops: number }>();
  for (const w of words) {
    let c = counts.get(w.sentence);
    // One record per sentence, changed in place: this runs for every word of the article.
    if (!c) counts.set(w.sentence, (c = { content: 0, caps: 0, fn: false, first: w, last: w, words: 0, titled: 0, verbs: 0, stops: 0 }));
    c.last = w;
    if (w.text === '.') c.stops++;
    if (w.punct || !/^\p{L}/u.test(w.text)) continue;
    if (!TITLE_CASE_FUNCTION_WORDS.has(w.lower) || w.cap) {
      c.words++;
      if (w.cap) c.titled++;
      if (w.cap && !w.initial && w.pos === 'VERB') c.verbs++;
    }
    if (w.initial) continue;
    if (w.cap && TITLE_CASE_FUNCTION_WORDS.has(w.lower)) c.fn = true;
    if (w.pos === 'PROPN' || w.text.length < 4) continue;
    const b = w.lower.endsWith('.') ? w.lower.slice(0, -1) : w.lower;
    if (!TITLE_HEADS.has(b) && !TITLE_MODIFIERS.has(b) && !DEMONYMS.has(b)) {
      c.content++;
      if (w.cap) c.caps++;
    }
  }
  const out = new Set<number>();
  for (const [s, c] of counts) {
    if ((c.content >= 3 && c.caps / c.content >= 0.6) || (c.fn && c.caps >= 1)) out.add(s);
    // A line of its own, not closed by a full stop, with every word but the short function
    // words capitalised and a capitalised verb among them, is a title even when the tagger
    // calls each other word a proper noun ("Sixers Hire Maurice Cheeks as Head Coach"). A line
    // of names only (a byline, an address, a list of airlines) has no verb and is not, nor is
    // a caption of two sentences ("… and President Sean Mills. Image: David Shankbone").
    else if (c.words >= 4 && c.titled === c.words && c.verbs >= 1 && !c.stops && isOwnLine(text, c.first, c.last)) out.add(s);
  }
  return out;
}

/** True when the words from `first` to `last` fill their line and do not end with a full stop. */
function isOwnLine(text: string, first: Word, last: Word): boolean {
  if (last.text === '.' || last.text === ';' || last.text === ',') return false;
  for (let i = first.start - 1; i >= 0 && text[i] !== '\n'; i--) if (!/[\s"'\u201c\u2018]/.test(text[i])) return false;
  for (let i = last.end; i < text.length && text[i] !== '\n'; i++) if (!/[\s"'\u201d\u2019]/.test(text[i])) return false;
  return true;
}

/** Short words that title case capitalises and ordinary prose does not. */
const TITLE_CASE_FUNCTION_WORDS = new Set('in|of|and|to|for|on|at|with|by|from|as|into|near|over|after|is|are|was|were|be|has|have|its|the|a|an'.split('|'));

function inAnyLexicon(lower: string): boolean {
  return (
    GIVEN_NAMES.has(lower) ||
    SURNAMES.has(lower) ||
    PLACES.has(lower) ||
    ORGANIZATIONS.has(lower) ||
    PEOPLE.has(lower) ||
    REGIONS_ALSO_PERSON_NAMES.has(lower) ||
    (LARGE_CITIES.has(lower) && !COMMON_WORDS.has(lower))
  );
}

/** True for a name that is also a given name, a surname, a famous person's or a common word. */
function isAmbiguousName(lower: string): boolean {
  return GIVEN_NAMES.has(lower) || SURNAMES.has(lower) || PEOPLE.has(lower) || COMMON_WORDS.has(lower);
}

/**
 * True when a country, a US state or a state's abbreviation follows the name at `last` after a
 * comma and ends the phrase ("Irving, Texas", "Biloxi, Miss.", "Exeter, England"), as news
 * writes a town with its state or country.
 */
function isFollowedByRegion(words: Word[], last: number): boolean {
  const sentence = words[last].sentence;
  const at = (i: number): Word | undefined => (words[i] && words[i].sentence === sentence ? words[i] : undefined);
  if (at(last + 1)?.text !== ',') return false;
  const first = at(last + 2);
  // The region ends the phrase at a punctuation mark ("Irving, Texas, was"); a word after it
  // means the region begins something else ("Gomez, Panama coach").
  const ends = (w: Word | undefined) => !w || w.punct;
  if (!first || !first.cap) return false;
  // A state's abbreviation: postal codes in capitals ("TX"), news style with full stops ("Calif.").
  const dotted = at(last + 3)?.text === '.' && at(last + 3)!.start === first.end ? `${first.lower}.` : first.lower;
  if (STATE_ABBREVIATIONS.has(dotted) && (dotted.endsWith('.') || /^\p{Lu}{2}$/u.test(first.text))) {
    return ends(at(last + (dotted === first.lower ? 3 : 4)));
  }
  let name = '';
  for (let k = last + 2; k <= last + 5; k++) {
    const w = at(k);
    if (!w || !w.cap || w.punct) return false;
    name = name ? `${name} ${w.lower}` : w.lower;
    if (COUNTRIES_AND_REGIONS.has(name) && ends(at(k + 1))) return true;
  }
  return false;
}

/**
 * True when the word at `i` abbreviates a US state after a town and a comma ("Biloxi, Miss.",
 * "Irving, TX"): the abbreviation is a place, not an acronym of an organisation.
 */
function isStateAfterTown(words: Word[], i: number): boolean {
  const w = words[i];
  const comma = words[i - 1];
  const town = words[i - 2];
  if (!comma || comma.text !== ',' || !town || !town.cap || town.punct || comma.sentence !== w.sentence || town.sentence !== w.sentence) return false;
  const dot = words[i + 1];
  const dotted = dot && dot.text === '.' && dot.start === w.end ? `${w.lower}.` : w.lower;
  return STATE_ABBREVIATIONS.has(dotted) && (dotted.endsWith('.') || /^\p{Lu}{2}$/u.test(w.text));
}

/**
 * True when the name at `first` is given as a person's home town: ", of X" after a name or an
 * age ("Ann Lee, 36, of Burnsville"), the way news introduces people.
 */
function isHomeTown(words: Word[], first: number): boolean {
  const sentence = words[first].sentence;
  const at = (i: number): Word | undefined => (words[i] && words[i].sentence === sentence ? words[i] : undefined);
  if (at(first - 1)?.lower !== 'of' || at(first - 2)?.text !== ',') return false;
  const before = at(first - 3);
  if (!before) return false;
  if (before.cap && !before.punct) return true;
  // An age between the name and the town: "Ann Lee, 36, of Burnsville".
  return /^\d{1,3}$/.test(before.text) && at(first - 4)?.text === ',' && !!at(first - 5)?.cap;
}


/**
 * True when the words after a lone name show a person: a verb of speech or one only people do
 * ("Tyler thought"), an apposition that calls it one ("Lee, a retired teacher"), or a
 * possession only people have ("Dalton's theory", "Byron's memoirs").
 */
function isPersonByContext(words: Word[], last: number): boolean {
  const sentence = words[last].sentence;
  const next = words[last + 1];
  if (!next || next.sentence !== sentence) return false;
  if (SPEECH_VERBS.has(next.lower) || PERSON_VERBS.has(next.lower)) return true;
  if (/^['\u2019]s?$/.test(next.text)) {
    // The thing owned, after up to two describing words ("Byron's later memoirs").
    for (let k = last + 2; k <= last + 4; k++) {
      const owned = words[k];
      if (!owned || owned.sentence !== sentence || owned.cap || owned.punct) return false;
      if (PERSON_POSSESSION_CUES.has(owned.lower)) return true;
    }
    return false;
  }
  return isPersonApposition(words, last);
}

/**
 * Capitalised words that stand inside a sentence of ordinary text somewhere in the article:
 * at the start of a sentence, where every word is capitalised, such a word is still a name.
 */
function capitalisedWithin(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (!w.cap || w.initial || w.headline || w.punct) continue;
    out.add(w.lower);
    // "Jr." in prose vouches for "Jr" in a headline.
    if (w.lower.endsWith('.')) out.add(w.lower.slice(0, -1));
  }
  return out;
}

/** True when a word can be part of a name. */
function isNameWord(w: Word, seen: Set<string>): boolean {
  if (w.punct || !w.cap) return false;
  if (!/\p{L}/u.test(w.text)) return false;
  const bare = w.lower.replace(/\.$/, '');
  if (CALENDAR_WORDS.has(w.lower) || CALENDAR_WORDS.has(bare)) return true; // Trimmed later, kept here to split runs correctly.
  if (NON_NAME_ABBREVIATIONS.has(w.lower) && /^[\p{Lu}.]+$/u.test(w.text)) return false;
  // A headline's verb ends the name before it ("Fred LaRue Dies at 75"). Prose rarely
  // capitalises these words inside a sentence, and names that end in one are places or
  // institutions ("Niagara Falls"), which the guard keeps.
  if (HEADLINE_VERBS.has(w.lower) && !inAnyLexicon(w.lower) && !PLACE_WORDS.has(w.lower) && !ORGANIZATION_WORDS.has(w.lower)) return false;
  if (NOT_NAMES.has(w.lower) || NOT_NAMES.has(bare)) return w.pos === 'PROPN' && !w.initial && w.text !== 'I';
  if (w.initial || w.headline) {
    // In title case, a capital proves little: the tagger, the lexicons or the rest of the
    // article must vouch for the word.
    if (w.pos === 'PROPN' && !w.headline) return true;
    return seen.has(w.lower) || inAnyLexicon(w.lower) || (isAcronym(w.text) && !w.headline);
  }
  return true;
}

function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.){2,5}$/u.test(text) || /^\p{Lu}[\p{Lu}&]{1,6}$/u.test(text);
}

/** True when only spaces (no line break, no punctuation) separate two words. */
function adjacent(text: string, a: Word, b: Word): boolean {
  if (b.start - a.end > 3) return false;
  return /^[ \t\u00a0]*$/.test(text.slice(a.end, b.start));
}

interface Chunk {
  words: Word[];
  /** Index in `words` of the chunk's first word. */
  from: number;
}

/** Runs of name words, joined across connectors where the words before call for them. */
function* chunks(text: string, words: Word[], seen: Set<string>): Generator<Chunk> {
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i], seen) && !isStreetNumber(words, i)) {
      i++;
      continue;
    }
    const from = i;
    const run: Word[] = [words[i]];
    i++;
    for (;;) {
      const last = run[run.length - 1];
      const next = words[i];
      if (!next || !adjacent(text, last, next)) break;
      if (isNameWord(next, seen) && !next.initial) {
        run.push(next);
        i++;
        continue;
      }
      // A road's number ends its name: "Route 66", "Interstate 75".
      if (ROAD_WORDS.has(bare(last)) && /^\d{1,4}[A-Z]?$/.test(next.text)) {
        run.push(next);
        i++;
        break;
      }
      // A possessive inside a shop's or club's name: "Sam's Club", "Macy's Store".
      const owned = words[i + 1];
      if (run.length === 1 && /^['\u2019]s$/.test(next.text) && next.start === last.end && owned && owned.cap && adjacent(text, next, owned) && OWNED_VENUES.has(bare(owned)) && !lexiconKind([last])) {
        run.push(next, owned);
        i += 2;
        continue;
      }
      // A possessive inside a place's name: "Queen Anne's County", "Martha's Vineyard". The
      // owner's words belong to the place, even a title among them.
      if (run.length <= 3 && /^['\u2019]s$/.test(next.text) && next.start === last.end && owned && owned.cap && adjacent(text, next, owned) && POSSESSIVE_PLACE_WORDS.has(bare(owned))) {
        run.push(next, owned);
        i += 2;
        continue;
      }
      // An office named after the title of the one who holds it: "the Velmora County Sheriff's
      // Department", "the District Attorney's Office". The whole is an organisation, not the
      // place or the person its first words would make of it.
      if (/^['\u2019]s$/.test(next.text) && next.start === last.end && owned && owned.cap && adjacent(text, next, owned) && (TITLE_HEADS.has(bare(last)) || TITLE_HEADS.has(last.lower)) && ORGANIZATION_WORDS.has(bare(owned))) {
        run.push(next, owned);
        i += 2;
        continue;
      }
      // A nickname in quotation marks between a given name and a surname:
      // Vincent "The Chin" Gigante.
      const nick = nicknameLength(text, words, i, seen);
      if (nick && GIVEN_NAMES.has(bare(last))) {
        for (let k = 0; k < nick; k++) run.push(words[i + k]);
        i += nick;
        continue;
      }
      // Connectors: "of" (and "of the") after a word that heads an institution or place,
      // "for" after an institution, "&" between names, particles inside a person's name.
      const lastBare = last.lower.replace(/\.$/, '');
      let skip = 0;
      if (next.lower === 'of' && (ORGANIZATION_HEADS.has(lastBare) || PLACE_HEADS.has(lastBare) || ORGANIZATION_WORDS.has(lastBare) || PLACE_WORDS.has(lastBare)) && !TITLE_HEADS.has(lastBare)) {
        skip = words[i + 1]?.lower === 'the' ? 2 : 1;
      } else if (next.lower === 'for' && ORGANIZATION_WORDS.has(lastBare)) {
        skip = 1;
      } else if (next.text === '&') {
        skip = 1;
      } else if (next.text === 'and' && isOrdinaryWord(lastBare) && !run.some((w) => w.lower === 'of') && !!words[i + 1] && !inAnyLexicon(bare(words[i + 1])) && endsInOrganizationWord(text, words, i + 1, seen)) {
        // "Fish and Wildlife Service", "Surrey Fire and Rescue": "and" between two ordinary
        // words inside an organisation's name, when what follows it ends in an organisation
        // word and what stands before it is not a whole name ("University of Kent and ...").
        skip = 1;
      } else if (NAME_PARTICLES.has(next.text) && run.length >= 1) {
        skip = 1;
      }
      if (!skip) break;
      let ok = true;
      for (let k = 0; k < skip; k++) if (!words[i + k + 1] || !adjacent(text, words[i + k], words[i + k + 1])) ok = false;
      const after = words[i + skip];
      if (!ok || !after || !isNameWord(after, seen) || after.initial) break;
      for (let k = 0; k <= skip; k++) run.push(words[i + k]);
      i += skip + 1;
    }
    yield { words: run, from };
  }
}

/**
 * True for a common word that names nothing by itself ("fire", "wildlife", "referendum"): no
 * name lexicon holds it, and it is no institution word or place word.
 */
function isOrdinaryWord(lower: string): boolean {
  return COMMON_WORDS.has(lower) && !GIVEN_NAMES.has(lower) && !SURNAMES.has(lower) && !ORGANIZATION_WORDS.has(lower) && !PLACE_WORDS.has(lower) && !NOT_NAMES.has(lower) && !inAnyLexicon(lower);
}

/**
 * True when the name words from `i` (at most four, on one line) end in a word that ends an
 * organisation's name ("Wildlife Service", "Referendum Commission", "Rescue").
 */
function endsInOrganizationWord(text: string, words: Word[], i: number, seen: Set<string>): boolean {
  let k = i;
  while (k < i + 4 && words[k] && isNameWord(words[k], seen) && !words[k].initial && (k === i || adjacent(text, words[k - 1], words[k]))) k++;
  if (k === i || (words[k] && words[k].cap && !words[k].punct && adjacent(text, words[k - 1], words[k]))) return false;
  return ORGANIZATION_WORDS.has(bare(words[k - 1]));
}

/**
 * The number of words from `i` that form a quoted nickname followed by a surname
 * ('"The Chin" Gigante'), or 0. The nickname is one to three capitalised words (an opening
 * "The" allowed) between matching marks, with only spaces around them.
 */
function nicknameLength(text: string, words: Word[], i: number, seen: Set<string>): number {
  const open = words[i];
  if (!open || !/^["'\u201c\u2018]$/.test(open.text)) return 0;
  let k = i + 1;
  const from = k;
  while (k < words.length && k - from < 3 && words[k].cap && !words[k].punct) k++;
  if (k === from) return 0;
  const close = words[k];
  const surname = words[k + 1];
  if (!close || !/^["'\u201d\u2019]$/.test(close.text) || !surname || !isNameWord(surname, seen) || surname.initial) return 0;
  for (let m = i; m <= k; m++) if (!adjacent(text, words[m], words[m + 1]) && !/^\s*$/.test(text.slice(words[m].end, words[m + 1].start))) return 0;
  if (text.slice(words[i - 1]?.end ?? open.start, open.start).includes('\n')) return 0;
  return k + 2 - i;
}

/** An ordinal that begins a street's name ("117th Street", "5th Avenue"). */
function isStreetNumber(words: Word[], i: number): boolean {
  const w = words[i];
  const next = words[i + 1];
  return /^\d+(?:st|nd|rd|th)$/i.test(w.text) && !!next && next.cap && PLACE_WORDS.has(bare(next));
}

function bare(w: Word): string {
  return w.lower.replace(/\.$/, '');
}

function isCalendar(w: Word): boolean {
  return CALENDAR_WORDS.has(w.lower) || CALENDAR_WORDS.has(bare(w));
}

function isDemonym(w: Word): boolean {
  return DEMONYMS.has(w.lower) || isDemonymPhrase(w.lower);
}

function phrase(ws: Word[]): string {
  return ws.map((w) => w.lower).join(' ');
}

/** Most words in any entry of the name lexicons: a longer run cannot be one of their names. */
const LEXICON_MAX_WORDS = Math.max(...[PLACES, ORGANIZATIONS, PEOPLE].flatMap((set) => [...set].map((name) => name.split(' ').length)));

function lexiconKind(ws: Word[]): EntityKind | null {
  if (ws.length > LEXICON_MAX_WORDS) return null;
  const p = phrase(ws);
  const single = ws.length === 1;
  // Short lexicon entries ("who", "ap", "us") only count when written as an acronym.
  if (single && p.replace(/\./g, '').length <= 3 && !isAcronym(ws[0].text) && !/^\p{Lu}\p{Ll}/u.test(ws[0].text)) return null;
  if (single && p.replace(/\./g, '').length <= 3 && !isAcronym(ws[0].text) && (p === 'who' || p === 'us' || p === 'it')) return null;
  if (PLACES.has(p)) return 'place';
  if (ORGANIZATIONS.has(p)) return 'organization';
  if (!single && PEOPLE.has(p)) return 'person';
  return null;
}

/** The kind a name's own words give it (lexicon, final keyword, heading word), if any. */
function intrinsicKind(ws: Word[]): { kind: EntityKind; evidence: Evidence } | null {
  return intrinsicKindIn(ws, 0, ws.length, ws.findIndex((w) => bare(w) === 'of'));
}

/**
 * `intrinsicKind` of the words `run[lo..hi)`, given the index of the first "of" at or after
 * `lo` (or -1), so that a long run is typed piece after piece without copying it each time.
 */
function intrinsicKindIn(run: Word[], lo: number, hi: number, firstOf: number): { kind: EntityKind; evidence: Evidence } | null {
  const n = hi - lo;
  const lex = n <= LEXICON_MAX_WORDS ? lexiconKind(run.slice(lo, hi)) : null;
  if (lex) return { kind: lex, evidence: Evidence.Lexicon };
  const ofAt = firstOf >= lo && firstOf < hi ? firstOf : -1;
  const hasOf = ofAt >= 0;
  const first = bare(run[lo]);
  const last = bare(run[hi - 1]);
  if (n > 1) {
    if (isRoadNumber(run, hi - 1)) return { kind: 'place', evidence: Evidence.Keyword };
    if (n > 2 && /^['\u2019]s$/.test(run[hi - 2].text) && POSSESSIVE_PLACE_WORDS.has(last)) return { kind: 'place', evidence: Evidence.Keyword };
    if (!hasOf && GIVEN_NAMES.has(first) && SURNAME_LIKE_PLACE_WORDS.has(last) && !PLACES.has(first)) return { kind: 'person', evidence: Evidence.GivenName };
    if (hasOf && PLACE_HEADS.has(first) && !ORGANIZATION_WORDS.has(last)) return { kind: 'place', evidence: Evidence.Keyword };
    if (hasOf && ORGANIZATION_HEADS.has(first)) return { kind: 'organization', evidence: Evidence.Keyword };
    if (ORGANIZATION_WORDS.has(last) || ORGANIZATION_WORDS.has(run[hi - 1].lower)) return { kind: 'organization', evidence: Evidence.Keyword };
    // "Air Canada", "Telecom Egypt": an organisation's word before a place's name.
    if (!hasOf && ORGANIZATION_LEADS.has(first) && n <= LEXICON_MAX_WORDS && lexiconKind(run.slice(lo + 1, hi)) === 'place') return { kind: 'organization', evidence: Evidence.Keyword };
    if (isStateUniversity(run, lo, hi)) return { kind: 'organization', evidence: Evidence.Keyword };
    if (PLACE_WORDS.has(last) || PLACE_WORDS.has(run[hi - 1].lower)) return { kind: 'place', evidence: Evidence.Keyword };
    if (hasOf) {
      const h = ofAt > lo ? bare(run[ofAt - 1]) : undefined;
      if (h !== undefined && ORGANIZATION_WORDS.has(h)) return { kind: 'organization', evidence: Evidence.Keyword };
      if (h !== undefined && PLACE_WORDS.has(h)) return { kind: 'place', evidence: Evidence.Keyword };
    }
  }
  if (n === 1 && isAcronym(run[lo].text) && !run[lo].shoutedName) return { kind: 'organization', evidence: Evidence.Keyword };
  return null;
}

/**
 * True for a US state's or a city's name followed by "State" ("Ohio State", "Wichita State"):
 * the short name of a state university and of its teams. The states that share their name
 * with a city (New York, Washington) are called "X State" to mean the state itself, so they
 * are left out.
 */
function isStateUniversity(run: Word[], lo: number, hi: number): boolean {
  if (hi - lo < 2 || run[hi - 1].text !== 'State') return false;
  const place = phrase(run.slice(lo, hi - 1));
  if (place === 'new york' || place === 'washington') return false;
  return REGIONS.has(place) || LARGE_CITIES.has(place);
}

/**
 * Trims a run of name words into zero or more typed candidates. A title inside the run splits
 * it: what follows the title is a person, and what stands before it is split again. The run is
 * worked from its right end inside one window (`lo`, `hi`), never copied or recursed into, so a
 * run of thousands of titles and names ("Mr. Smith Mr. Jones …") costs its length in time and
 * memory and cannot overflow the stack.
 */
function splitChunk(run: Word[], words: Word[], from: number): Candidate[] {
  // Index of the first "of" at or after each position, for typing any window in constant time.
  const nextOf = new Array<number>(run.length + 1);
  nextOf[run.length] = -1;
  for (let k = run.length - 1; k >= 0; k--) nextOf[k] = bare(run[k]) === 'of' ? k : nextOf[k + 1];
  // People named after a title, found right to left.
  const titled: Candidate[] = [];
  const done = (left: Candidate[]): Candidate[] => {
    for (let k = titled.length - 1; k >= 0; k--) left.push(titled[k]);
    return left;
  };
  let lo = 0;
  let hi = run.length;
  for (;;) {
    // Drop calendar words at either edge ("Friday", "May") and demonyms that open a longer
    // name which does not end in an institution word ("Ukrainian President ...").
    while (lo < hi && isCalendar(run[lo])) lo++;
    while (hi > lo && isCalendar(run[hi - 1]) && !(hi - lo >= 2 && GIVEN_NAMES.has(bare(run[hi - 2])))) hi--;
    if (lo === hi) return done([]);
    if (isEventNameIn(run, lo, hi)) {
      // An organisation or place that opens the event's name is still a name ("FIFA World
      // Cup", "Google Science Fair").
      const n = hi - lo;
      const head = n > 2 || (n === 2 && !/s$/.test(run[lo + 1].lower)) ? intrinsicKind([run[lo]]) : null;
      return done(head ? [candidate([run[lo]], head.kind, head.evidence)] : []);
    }
    const whole = hi - lo <= LEXICON_MAX_WORDS ? lexiconKind(run.slice(lo, hi)) : null;
    if (whole) return done([candidate(run.slice(lo, hi), whole, Evidence.Lexicon)]);

    const t = findTitleIn(run, lo, hi);
    if (t) {
      titled.push(candidate(run.slice(t.end, hi), 'person', Evidence.Title));
      if (t.start === lo) return done([]);
      hi = t.start;
      continue;
    }
    // An institution or a place run into a person's full name without a comma ("the Velmora
    // Council Ann Lee"): two names.
    const personAt = hi - lo >= 3 ? personAfterInstitution(run, lo, hi) : -1;
    if (personAt > 0) {
      titled.push(candidate(run.slice(personAt, hi), 'person', Evidence.GivenName));
      hi = personAt;
      continue;
    }
    // "Central Asian", "Latin American": an adjective of place of several words.
    if (hi - lo >= 2 && hi - lo <= 3 && isDemonymPhrase(phrase(run.slice(lo, hi)))) return done([]);
    if (isDemonym(run[lo])) {
      if (hi - lo === 1) return done([]);
      const kind = intrinsicKindIn(run, lo, hi, nextOf[lo]);
      if (!kind || kind.evidence < Evidence.Keyword) {
        lo++;
        continue;
      }
    }
    // A connector left dangling by trimming is not part of a name.
    while (hi > lo && !run[hi - 1].cap && !isRoadNumber(run, hi - 1)) hi--;
    if (lo === hi) return done([]);
    // A state's abbreviation in capitals after a town ("Irving, TX", "Albany, N.Y.") would pass
    // for an organisation's acronym; it is a place. (Abbreviations in lower case, "Calif.", are
    // read as part of the town's address and are not names of their own.)
    if (hi - lo === 1 && isAcronym(run[lo].text) && isStateAfterTown(words, from + lo)) return done([candidate([run[lo]], 'place', Evidence.Keyword)]);
    const own = intrinsicKindIn(run, lo, hi, nextOf[lo]);
    const ws = run.slice(lo, hi);
    // No one is checked into a person: a clinic named after one ("checked into Ann Ford") is a
    // place, whatever its given name says, and the verb weighs as much as that given name.
    if (own && own.kind === 'person' && own.evidence <= Evidence.GivenName && isAdmittedTo(words, from + lo, from + hi - 1)) return done([candidate(ws, 'place', Evidence.GivenName)]);
    if (own) return done([candidate(ws, own.kind, own.evidence)]);
    const c = candidate(ws, null, Evidence.None);
    typeByContext(c, words, from + lo);
    return done([c]);
  }
}

/**
 * The index where a person's full name (a given name and at least one more word) begins after
 * an institution or a place known from its own words ("United States", "Velmora Council"), or
 * -1.
 */
function personAfterInstitution(run: Word[], lo: number, hi: number): number {
  for (let k = lo + 1; k <= hi - 2; k++) {
    if (!GIVEN_NAMES.has(bare(run[k])) || !run[k].cap) continue;
    let of = -1;
    for (let m = lo; m < k && of < 0; m++) if (bare(run[m]) === 'of') of = m;
    const before = intrinsicKindIn(run, lo, k, of);
    if (!before || before.kind === 'person' || before.evidence < Evidence.Keyword) continue;
    // The person's part must not be a place or an institution itself.
    if (intrinsicKindIn(run, k, hi, -1)) continue;
    return k;
  }
  return -1;
}

/**
 * True for the name of an event ("Academy Awards", "Super Bowl", "Waitangi Day"): it ends in
 * an event word and does not begin with a given name ("Doris Day" is a person).
 */
function isEventNameIn(run: Word[], lo: number, hi: number): boolean {
  const n = hi - lo;
  if (n < 2 && !/s$/.test(run[lo]?.lower ?? '')) return false;
  const last = bare(run[hi - 1]);
  if (!EVENT_WORDS.has(last)) return false;
  return !GIVEN_NAMES.has(bare(run[lo])) || n > 2;
}

function candidate(words: Word[], kind: EntityKind | null, evidence: Evidence): Candidate {
  return { words, kind, evidence, headline: false };
}

/**
 * Finds the last title within the words `run[lo..hi)`: a title head followed by at least one
 * name word that is not itself an institution ("President Trump", "Police Inspector Dave
 * Gaskin"), with the modifiers before the head ("Vice", "Foreign"). Whether the words after a
 * head hold an institution word is carried along the scan, so the scan costs the words it
 * passes.
 */
function findTitleIn(run: Word[], lo: number, hi: number): { start: number; end: number } | null {
  let blocked = false;
  for (let h = hi - 2; h >= lo; h--) {
    const added = run[h + 1];
    if (ORGANIZATION_WORDS.has(bare(added)) || PLACE_WORDS.has(bare(added)) || added.lower === 'of' || added.lower === 'for') blocked = true;
    const head = bare(run[h]);
    if (!TITLE_HEADS.has(head) && !TITLE_HEADS.has(run[h].lower)) continue;
    if (blocked) continue;
    const restLex = hi - h - 1 <= LEXICON_MAX_WORDS ? lexiconKind(run.slice(h + 1, hi)) : null;
    if (restLex && restLex !== 'person') continue;
    if (!run[h + 1].cap) continue;
    let s = h;
    while (s > lo && (TITLE_MODIFIERS.has(bare(run[s - 1])) || TITLE_HEADS.has(bare(run[s - 1])))) {
      // Keep a place or organisation that stands before the title ("U.S. President").
      if (lexiconKind([run[s - 1]]) && !TITLE_HEADS.has(bare(run[s - 1]))) break;
      s--;
    }
    return { start: s, end: h + 1 };
  }
  // "Secretary of State John Kerry" arrives as "State John Kerry": a lone modifier before a name.
  if (hi - lo >= 2 && TITLE_MODIFIERS.has(bare(run[lo])) && GIVEN_NAMES.has(bare(run[lo + 1])) && !lexiconKind([run[lo]])) return { start: lo, end: lo + 1 };
  return null;
}

/** Types a candidate that its own words do not type, from given names and the words around it. */
function typeByContext(c: Candidate, words: Word[], at: number): void {
  const ws = c.words;
  const firstIndex = at;
  const prev = words[firstIndex - 1];
  const lastIndex = words.indexOf(ws[ws.length - 1], firstIndex);
  const next = words[lastIndex + 1];
  const next2 = words[lastIndex + 2];
  const first = bare(ws[0]);
  const last = bare(ws[ws.length - 1]);
  // A code of capitals and digits ("L2", "A64", "M1") names a road where the words around it
  // say so ("take the M1", "the A64 eastbound"). After "the" it may still name a party or a
  // group ("the M5S party", "the G20"), and in brackets after a name it is that name's short
  // form ("Movimento 5 Stelle (M5S)"); elsewhere ("L2 grammar", "in L2") it is a term, a model
  // or a grade, no name.
  if (ws.length === 1 && CODE.test(ws[0].text)) {
    if (isRoadByContext(words, firstIndex, lastIndex)) return set(c, 'place', Evidence.Context);
    if (prev?.lower !== 'the' && !(prev?.text === '(' && words[firstIndex - 2]?.cap)) return;
  }
  // A title or a role before the name: "police chief Lee", or a capitalised one that opens the
  // sentence ("President Lindqvist on Monday reversed …"), which the run of name words leaves
  // out because a sentence's first word proves nothing by its capital.
  if (prev && (!prev.cap || (prev.initial && prev.sentence === ws[0].sentence)) && (ROLE_NOUNS.has(prev.lower) || TITLE_HEADS.has(bare(prev)))) {
    set(c, 'person', Evidence.Title);
    return;
  }
  // A name before a noun for the people who live somewhere ("a Velmora man", "a 38-year-old
  // Velmora resident") says where they live: it is a place's, and an age before it is theirs.
  // An adjective ("Golden girl", "African-American woman") is no place.
  const adjective = ws.length === 1 && ((COMMON_WORDS.has(first) && !LARGE_CITIES.has(first)) || isDemonym(ws[0]));
  if (next && next.sentence === ws[0].sentence && !next.cap && RESIDENT_NOUNS.has(next.lower) && !adjective && !(ws.length >= 2 && GIVEN_NAMES.has(first))) {
    set(c, 'place', Evidence.Context);
    return;
  }
  // An age before the name: "16-year-old Kimani Gray", "the 32-year-old Lee" (the number is a
  // word of its own: a hyphen after a digit glues nothing).
  if (prev && /^(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-)?year-old$/.test(prev.lower) && !PLACES.has(phrase(ws))) {
    set(c, 'person', Evidence.Title);
    return;
  }
  // A kind of organisation before the name: "cable operator Seacom", "the magazine MicroMega".
  const cue = prev && prev.text === ',' ? words[firstIndex - 2] : prev;
  if (cue && !cue.cap && ORGANIZATION_CUES.has(cue.lower) && !GIVEN_NAMES.has(first)) {
    set(c, 'organization', Evidence.Title);
    return;
  }
  // Where someone checks in or is rushed is a place, even one named after a person ("checked
  // into Betty Ford", "rushed to Mercy Grove"); an owner's possessive names the owner instead.
  if (isAdmittedTo(words, firstIndex, lastIndex)) return set(c, 'place', Evidence.Context);
  const personShape = ws.length >= 2 && (GIVEN_NAMES.has(first) || (ws.length === 2 && SURNAMES.has(last) && !PLACES.has(first)));
  // A town followed by its state or country ("Irving, Texas", "Biloxi, Miss."), or given as
  // where a person named before it lives ("Ann Lee, 36, of Burnsville"), is a place even when
  // its name is also a given name.
  if (!personShape && (isFollowedByRegion(words, lastIndex) || isHomeTown(words, firstIndex))) {
    set(c, 'place', Evidence.Keyword);
    return;
  }
  if (personShape) {
    set(c, 'person', Evidence.GivenName);
    return;
  }
  if (next && next.text === '-' && next2 && PLACE_SUFFIX_WORDS.has(next2.lower)) {
    set(c, 'place', Evidence.Context);
    return;
  }
  if (next && next.text === ',' && next2 && /^\d{1,3}$/.test(next2.text) && words[lastIndex + 3]?.text === ',') {
    set(c, 'person', Evidence.Context);
    return;
  }
  // People do not take an article: "the Church", "the Sea Org", "the Hollywood Reporter".
  const afterThe = prev !== undefined && prev.lower === 'the';
  const prev2 = prev && prev.sentence === ws[0].sentence ? words[firstIndex - 2] : undefined;
  if (ws.length === 1) {
    const w = ws[0];
    if (PLACES.has(w.lower)) return set(c, 'place', Evidence.Context);
    if (ORGANIZATIONS.has(w.lower) && /^\p{Lu}\p{Ll}/u.test(w.text)) return set(c, 'organization', Evidence.Context);
    // A possessive after the preposition may name a person's belonging ("in Tyler's mind"),
    // so it is weaker evidence of a place than the name alone ("in Velmora").
    if (prev && PLACE_PREPOSITIONS.has(prev.lower) && !isPersonByContext(words, lastIndex)) {
      return set(c, 'place', isPossessiveAfter(words, lastIndex) ? Evidence.Default : Evidence.Context);
    }
    // A heading of two words ("The Vote", "The Decision") names a topic, not an institution.
    if (afterThe && prev.initial && (!next || next.sentence !== w.sentence)) return;
    // "The North", "the West", "the Lombardy region": a region, not an institution.
    if (afterThe && (COMPASS_REGIONS.has(w.lower) || (next && !next.cap && PLACE_NOUNS.has(next.lower)))) return set(c, 'place', Evidence.Default);
    // Where a person works is an organisation: "her job at Kraft", "employees of Tallgrass".
    if (prev && prev2 && (prev.lower === 'at' || prev.lower === 'of') && EMPLOYMENT_CUES.has(prev2.lower) && !LARGE_CITIES.has(w.lower)) return set(c, 'organization', Evidence.Context);
    // An adjective made from a name before a noun ("the Hegelian tradition", "the Alaskan
    // church") describes the noun and names nothing, as a demonym does.
    if (afterThe && /\p{Ll}(?:ian|ean|ic|ical|esque)$/u.test(w.text) && next && next.sentence === w.sentence && !next.cap && next.pos === 'NOUN') return;
    // "The Speaker", "the Tsar": a title standing for the one who holds it is a person.
    if (afterThe && (TITLE_HEADS.has(bare(w)) || ROLE_NOUNS.has(bare(w)))) return set(c, 'person', Evidence.Default);
    if (afterThe) return set(c, 'organization', Evidence.Default);
    if (isPlaceByContext(words, firstIndex, lastIndex)) return set(c, 'place', Evidence.Context);
    // An opponent in a match ("defeated Drake 65-53", "against Evansville") is a team; a
    // person's full name elsewhere in the article still wins.
    if (isOpponent(words, firstIndex) || isScore(words, lastIndex + 1, w.sentence) || isTeamByContext(words, lastIndex)) return set(c, 'organization', Evidence.Default);
    if (isPersonApposition(words, lastIndex)) return set(c, 'person', Evidence.Context);
    if (isPersonByContext(words, lastIndex)) return set(c, 'person', Evidence.Default);
    // A country or a state whose name is also a person's ("Jordan", "Virginia") is the place
    // unless the words around it say otherwise.
    if (REGIONS_ALSO_PERSON_NAMES.has(w.lower)) return set(c, 'place', Evidence.Default);
    if (GIVEN_NAMES.has(w.lower) || SURNAMES.has(w.lower)) return set(c, 'person', Evidence.Default);
    // A large city's name that names nothing else ("Tulsa", "Mérida").
    if (LARGE_CITIES.has(w.lower) && !isAmbiguousName(w.lower)) return set(c, 'place', Evidence.Default);
    // "at", "from" and "of" also follow people and firms ("a letter from Smith"), so they only
    // make a place of a word nothing else has typed; a person's full name elsewhere in the
    // article still wins (see resolveWithinArticle).
    // A possessive after "at" or "from" names an owner ("at Joe's shop", "from Alzheimer's",
    // "from Tobias' farm").
    const owner = isPossessiveAfter(words, lastIndex);
    if (prev && WEAK_PLACE_PREPOSITIONS.has(prev.lower) && !owner && !isAcronym(w.text) && !TITLE_HEADS.has(bare(w))) return set(c, 'place', Evidence.Default);
    return;
  }
  // A plural last word that is not a surname names a team or a group ("Tar Heels",
  // "Kansas City Chiefs"); a known place or a place-like first word makes a place
  // ("New Bedford", "Northeast Philadelphia").
  const lastWord = ws[ws.length - 1];
  // An opponent named in the plural or beside a score is a team ("the top-ranked Tar Heels");
  // people are opponents too ("defeating Lee Cheuk-yan" in an election), so nothing less.
  if (prev && !prev.cap && OPPONENT_CUES.has(prev.lower) && ((/\p{Ll}s$/u.test(lastWord.text) && !/ss$/.test(lastWord.text)) || isScore(words, lastIndex + 1, lastWord.sentence))) return set(c, 'organization', Evidence.Default);
  if (/\p{Ll}s$/u.test(lastWord.text) && !/ss$/.test(lastWord.text) && !SURNAMES.has(last) && (afterThe || isCommonPlural(last))) return set(c, 'organization', Evidence.Default);
  // A city's or a town's name as a whole ("Mountain View", "Broken Arrow").
  const whole = phrase(ws);
  if (LARGE_CITIES.has(whole) || TOWNS.has(whole) || COUNTRIES_AND_REGIONS.has(whole)) return set(c, 'place', Evidence.Default);
  // A name that speaks or has a person's apposition is a person's even when a word of it is a
  // place's ("Valeska Paris, an Australian woman"); people take no article and their names
  // do not open with an acronym ("the Defence PRO says").
  if (!afterThe && !/^\p{Lu}{2,}/u.test(ws[0].text) && isPersonByContext(words, lastIndex)) return set(c, 'person', Evidence.Default);
  if (PLACE_HEADS.has(first) || ws.some((w) => PLACES.has(w.lower))) return set(c, 'place', Evidence.Default);
  // People's names do not open with an acronym: "UNC Greensboro", "PC World", "FIRST Global".
  // Initials with full stops ("K.C. Maurer") are a person's, so only solid capitals count.
  if (/^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(ws[0].text)) return set(c, 'organization', Evidence.Default);
  if (afterThe || (COMMON_WORDS.has(last) && !SURNAMES.has(last) && (COMMON_WORDS.has(first) || ws.length > 2))) return set(c, 'organization', Evidence.Default);
  // Where something is, not who: "in Levico Terme", "near Kopinga Marae" (a full name with a
  // given name has been typed above).
  if (prev && prev.sentence === ws[0].sentence && PLACE_PREPOSITIONS.has(prev.lower)) return set(c, 'place', Evidence.Default);
  set(c, 'person', Evidence.Default);
}

/**
 * True when a possessive follows the word at `last`: "'s", or a bare apostrophe written straight
 * after a word ending in "s" ("Tobias' farm", "Velmoras’ harbour") and before a word. (A closing
 * quotation mark looks the same, but the name of "the 'Lotus' plan" has a mark before it, and
 * callers read only names after a preposition.)
 */
function isPossessiveAfter(words: Word[], last: number): boolean {
  const w = words[last];
  const next = words[last + 1];
  if (!next || next.sentence !== w.sentence) return false;
  if (/^['\u2019]s$/.test(next.text)) return true;
  if (!/^['\u2019]$/.test(next.text) || next.start !== w.end || !/s$/i.test(w.text)) return false;
  const after = words[last + 2];
  return !!after && after.sentence === w.sentence && !after.punct;
}

/** A code of one to three capitals and up to four digits, a hyphen allowed ("A64", "I-95", "A1M"). */
const CODE = /^\p{Lu}{1,3}-?\d{1,4}\p{Lu}?$/u;

/**
 * True when the code at `first..last` stands as a road: a road's noun or a direction after it
 * ("the A64 eastbound", "the M1 motorway"), or "the" after a verb or preposition of travel
 * before it ("take the M1", "along the A19"), or another road joined to it by "and" or "to".
 */
function isRoadByContext(words: Word[], first: number, last: number): boolean {
  if (roadCueAt(words, first, last)) return true;
  // "the A1 and the A19", "the M1 all the way to the A64".
  const prev2 = words[first - 2];
  if (words[first - 1]?.lower !== 'the' || !prev2 || (prev2.lower !== 'and' && prev2.lower !== 'to')) return false;
  for (let k = first - 3; k >= Math.max(1, first - 8) && words[k].sentence === words[first].sentence; k--) {
    if (CODE.test(words[k].text) && roadCueAt(words, k, k)) return true;
  }
  return false;
}

/** The direct cues of {@link isRoadByContext}: a road's noun after the code, a verb of travel and "the" before it. */
function roadCueAt(words: Word[], first: number, last: number): boolean {
  const next = words[last + 1];
  if (next && next.sentence === words[last].sentence && !next.cap && ROAD_CUES.has(next.lower)) return true;
  const prev = words[first - 1];
  const prev2 = words[first - 2];
  return !!prev && prev.lower === 'the' && !!prev2 && prev2.sentence === words[first].sentence && ROAD_VERBS.has(prev2.lower);
}

/** True for the number of a road after its word ("Route 66", "Interstate 75"). */
function isRoadNumber(run: Word[], k: number): boolean {
  return k > 0 && /^\d{1,4}[A-Z]?$/.test(run[k].text) && ROAD_WORDS.has(bare(run[k - 1]));
}

/**
 * True when a word is the plural of an ordinary noun ("Chiefs", "Saints"), as team names
 * are, rather than a surname ending in s ("Timmons", "Mertens").
 */
function isCommonPlural(word: string): boolean {
  if (COMMON_WORDS.has(word)) return true;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return COMMON_WORDS.has(singular) || ORGANIZATION_WORDS.has(singular) || (word.endsWith('es') && COMMON_WORDS.has(word.slice(0, -2)));
}

function set(c: Candidate, kind: EntityKind, evidence: Evidence): void {
  c.kind = kind;
  c.evidence = evidence;
}

/** Where each word stands in the article's list of words. */
interface Positions {
  get(w: Word): number | undefined;
}

/**
 * The place of each word in the article's list, by object: built on first use and shared by
 * the reviews of the candidates, not once in each.
 */
function positions(words: readonly Word[]): Positions {
  let index: Map<Word, number> | null = null;
  return {
    get(w: Word): number | undefined {
      if (!index) {
        index = new Map<Word, number>();
        for (let i = 0; i < words.length; i++) index.set(words[i], i);
      }
      return index.get(w);
    },
  };
}

/**
 * Uses the article's other mentions: a single word that is part of a person's full name
 * names that person ("Zelensky said"), and an acronym of an organisation's words names it.
 */
function resolveWithinArticle(candidates: Candidate[], words: Word[], index: Positions): void {
  const personParts = new Set<string>();
  // Surnames of full names typed a person's for want of other evidence: they type only a lone
  // word that no mention of it in the article has typed.
  const weakParts = new Set<string>();
  // Per name, the weight of each kind (the evidence of every mention given that kind, added
  // up) and the strongest evidence for it: one weak cue ("in Byron's memoirs") does not
  // outvote many ("Byron composed", "Byron fell in love").
  const votes = new Map<string, Map<EntityKind, { weight: number; evidence: Evidence }>>();
  for (const c of candidates) {
    if (!c.kind) continue;
    const p = phrase(c.words);
    let byKind = votes.get(p);
    if (!byKind) votes.set(p, (byKind = new Map()));
    const v = byKind.get(c.kind);
    if (v) {
      v.weight += c.evidence;
      if (v.evidence < c.evidence) v.evidence = c.evidence;
    } else byKind.set(c.kind, { weight: c.evidence, evidence: c.evidence });
    if (c.kind === 'person' && c.words.length >= 2) {
      // The surname is the last word before a generational suffix ("Ann Lee Jr.").
      const surname = c.words[surnameAt(c.words.map((w) => w.lower))];
      if (c.evidence >= Evidence.GivenName) {
        personParts.add(surname.lower);
        personParts.add(c.words[0].lower);
      } else if (!c.headline && looksLikeFullName(c.words, surname)) weakParts.add(surname.lower);
    }
  }
  for (const c of candidates) {
    const p = phrase(c.words);
    // A word of a person's name is that person, unless it stands as a location ("Paris Hilton
    // arrived in Paris").
    const before = words[(index.get(c.words[0]) ?? 0) - 1];
    const located = c.kind === 'place' && c.evidence >= Evidence.Context && !!before && before.sentence === c.words[0].sentence && LOCATIVE_CUES.has(before.lower);
    const weakly = weakParts.has(p) && !votes.has(p);
    if (c.words.length === 1 && (personParts.has(p) || weakly) && !isAcronym(c.words[0].text) && !located) {
      set(c, 'person', Evidence.GivenName);
      continue;
    }
    const k = winningKind(votes.get(p));
    if (!k || k.kind === c.kind) continue;
    // A mention weakly typed follows the article's verdict on its name; a strongly typed one
    // yields only to stronger evidence.
    if (c.evidence < Evidence.Keyword || k.evidence > c.evidence) set(c, k.kind, k.evidence);
  }
}

/**
 * True when a full name typed a person's only because nothing else fits still reads as one, so
 * that its surname alone names that person ("Arcade Joseph Comeaux" ... "Comeaux escaped"): a
 * given name before the surname, or no ordinary word or verb in it ("Grow Quinoa" is a heading's
 * words), and a surname that is no given name ("Thai Basil") and names no place or organisation.
 */
function looksLikeFullName(ws: Word[], surname: Word): boolean {
  const s = bare(surname);
  if (COMMON_WORDS.has(s) || GIVEN_NAMES.has(s) || PLACES.has(s) || LARGE_CITIES.has(s) || ORGANIZATIONS.has(s) || isAcronym(surname.text)) return false;
  const before = ws.slice(0, ws.indexOf(surname));
  return before.some((w) => GIVEN_NAMES.has(bare(w))) || !before.some((w) => (COMMON_WORDS.has(bare(w)) || w.pos === 'VERB') && !GIVEN_NAMES.has(bare(w)));
}

/** The kind with the most weight among a name's votes (the stronger evidence on a tie), if any. */
function winningKind(byKind: Map<EntityKind, { weight: number; evidence: Evidence }> | undefined): { kind: EntityKind; evidence: Evidence } | null {
  let best: { kind: EntityKind; weight: number; evidence: Evidence } | null = null;
  for (const [kind, v] of byKind ?? []) {
    if (!best || v.weight > best.weight || (v.weight === best.weight && v.evidence > best.evidence)) best = { kind, ...v };
  }
  return best && { kind: best.kind, evidence: best.evidence };
}

/** Short words an acronym's letters skip ("Department of Defense" is "DoD" or "DD"). */
const ACRONYM_SKIPS = new Set('of|and|the|for|in|on|to|a|an|&'.split('|'));

/**
 * The words that an acronym in brackets spells out just before it ("sea surface temperature
 * (SST)", "compact fluorescent lamps (CFLs)", "Velmora Port Authority (VPA)"): the index of the
 * first of them, or -1 when the words before the bracket do not spell it.
 */
function spelledOut(words: Word[], i: number): number {
  const open = words[i - 1];
  if (!open || open.text !== '(' || words[i + 1]?.text !== ')') return -1;
  const letters = words[i].text.replace(/s$/, '').replace(/[^\p{Lu}]/gu, '').toLowerCase();
  if (letters.length < 2) return -1;
  let k = i - 2;
  for (let n = letters.length - 1; n >= 0; n--) {
    while (k >= 0 && ACRONYM_SKIPS.has(words[k].lower) && words[k].sentence === words[i].sentence) k--;
    const w = words[k];
    if (!w || w.sentence !== words[i].sentence || w.punct) return -1;
    // A hyphenated word may give one letter per part ("post-traumatic stress disorder").
    const parts = w.lower.split('-').filter(Boolean);
    let m = parts.length - 1;
    while (m >= 0 && n >= 0 && parts[m][0] === letters[n]) {
      m--;
      if (m >= 0) n--;
    }
    if (m >= 0) return -1;
    k--;
  }
  return k + 1;
}

/**
 * Acronyms that name no organisation: one the article defines by ordinary words ("sea surface
 * temperature (SST)"), or by capitalised words that name nothing ("Device Under Test (DUT)"),
 * abbreviates a term, and none of its mentions is a name; a currency's code or an era beside a
 * number is a unit.
 */
function reviewAcronyms(candidates: Candidate[], words: Word[], index: Positions): void {
  const typed = new Set<Word>();
  let typedRead = false;
  const terms = new Set<string>();
  for (const c of candidates) {
    if (c.words.length !== 1 || !isAcronym(c.words[0].text.replace(/s$/, ''))) continue;
    if (!typedRead) {
      typedRead = true;
      for (const d of candidates) if (d.kind) for (const w of d.words) typed.add(w);
    }
    const i = index.get(c.words[0]);
    if (i === undefined) continue;
    const start = spelledOut(words, i);
    if (start >= 0 && !words.slice(start, i - 1).some((w) => typed.has(w))) terms.add(c.words[0].text.replace(/s$/, ''));
    // A currency's code or an era beside a number ("225 DKK", "USD 25", "400 BCE", "AD 79",
    // "the fifth century BC") is a unit, not an organisation.
    else if (isUnitBesideNumber(words, i)) c.kind = null;
  }
  if (!terms.size) return;
  for (const c of candidates) if (c.words.length === 1 && terms.has(c.words[0].text.replace(/s$/, ''))) c.kind = null;
}

/**
 * Drops what the words around a capitalised phrase show to be no person, organisation or
 * place: the name of an affair ("the Watergate scandal"), the title of a work ("the 1969 film
 * Easy Rider", "the “Mean Girls” star"), an award ("Oscar host") and a stock listing ("(NYSE:
 * IBM)"). A lone word of a person's full name in the article names that person. The verdict of one such use holds for every weakly typed mention of the phrase in
 * the article ("a Watergate figure", "his role in Watergate"); a name its own words type (a
 * lexicon, a given name, an institution's word) is kept. Linear in the number of candidates.
 */
function reviewNonNames(candidates: Candidate[], words: Word[], index: Positions): void {
  if (!candidates.length) return;
  // The words of people's full names: a lone word that is one of them names that person.
  // A name before a noun of an award's ceremony ("a Primetime Emmy® nomination", past a
  // trademark sign) is the award's, not a person's.
  const awardNounAfter = (c: Candidate): boolean => {
    const b = (index.get(c.words[0]) ?? 0) + c.words.length - 1;
    const next = words[b + 1] && /^[\u00ae\u2122]$/.test(words[b + 1].text) ? words[b + 2] : words[b + 1];
    return !!next && next.sentence === c.words[0].sentence && !next.cap && next.pos === 'NOUN' && AWARD_NOUNS.has(next.lower);
  };
  const personParts = new Set<string>();
  for (const c of candidates) if (c.kind === 'person' && c.words.length >= 2 && !awardNounAfter(c)) for (const w of c.words) personParts.add(w.lower);
  const notNames = new Set<string>();
  for (const c of candidates) {
    if (!c.kind) continue;
    const ws = c.words;
    const first = ws[0];
    const a = index.get(first) ?? 0;
    const b = a + ws.length - 1;
    const prev = words[a - 1];
    const next = words[b + 1];
    const same = (w: Word | undefined) => !!w && w.sentence === first.sentence;
    // A unit of time by itself ("Player of the Year", "in Week 16") names nothing.
    if (ws.length === 1 && TIME_UNITS.has(first.lower) && !personParts.has(first.lower)) {
      c.kind = null;
      continue;
    }
    if (ws.length === 1 && isAcronym(first.text) && isStockListing(words, a)) {
      c.kind = null;
      continue;
    }
    if (c.evidence >= Evidence.Keyword || ownKind(ws)) continue;
    const p = phrase(ws);
    const lone = ws.length === 1;
    if (lone && personParts.has(p)) continue;
    // "the Watergate scandal", "the Iran-Contra affair".
    if (same(next) && !next.cap && AFFAIR_NOUNS.has(next.lower) && !(lone && (GIVEN_NAMES.has(p) || SURNAMES.has(p)))) notNames.add(p);
    // "the 1969 film Easy Rider", "the novel Rebecca".
    else if (same(prev) && !prev.cap && prev.pos === 'NOUN' && WORK_NOUNS.has(prev.lower) && !GIVEN_NAMES.has(bare(first))) notNames.add(p);
    // 'the "Mean Girls" star': a title in quotation marks before a word for its cast or crew.
    else if (same(prev) && /^["\u201c]$/.test(prev.text) && same(next) && /^["\u201d]$/.test(next.text) && same(words[b + 2]) && !words[b + 2].cap && WORK_ROLE_NOUNS.has(words[b + 2].lower)) notNames.add(p);
    // "Oscar host", "the Emmy nomination", "a Primetime Emmy® nomination": a name before a noun
    // of its ceremony.
    else if (awardNounAfter(c)) notNames.add(p);
  }
  if (!notNames.size) return;
  for (const c of candidates) if (c.kind && c.evidence < Evidence.Keyword && notNames.has(phrase(c.words)) && !ownKind(c.words)) c.kind = null;
}

/** True when a name's own words type it: a lexicon, a given name before more words, an institution's or a place's word. */
function ownKind(ws: Word[]): boolean {
  if (intrinsicKind(ws)) return true;
  const p = phrase(ws);
  if (LARGE_CITIES.has(p) || TOWNS.has(p) || COUNTRIES_AND_REGIONS.has(p)) return true;
  return ws.length >= 2 && GIVEN_NAMES.has(bare(ws[0]));
}

/**
 * True when the capitals at `i` are an exchange or a ticker in a stock listing, "(NYSE: IBM)",
 * "(Nasdaq: MSFT)": an opening bracket, a word, a colon and capitals, a closing bracket.
 */
function isStockListing(words: Word[], i: number): boolean {
  const at = (k: number) => words[k]?.text ?? '';
  if (at(i - 1) === '(' && at(i + 1) === ':' && /^\p{Lu}{1,5}$/u.test(at(i + 2)) && at(i + 3) === ')') return STOCK_EXCHANGES.has(at(i).toLowerCase());
  return at(i - 1) === ':' && at(i - 3) === '(' && STOCK_EXCHANGES.has(at(i - 2).toLowerCase()) && at(i + 1) === ')';
}

/** Eras written after a year ("400 BCE") or before it ("AD 79"). */
const ERAS = new Set(['BC', 'BCE', 'AD', 'CE']);

/** ISO 4217 codes of the currencies the quantities extractor knows. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Object.keys(currencyData.currencies));

function isUnitBesideNumber(words: Word[], i: number): boolean {
  const w = words[i];
  if (!ERAS.has(w.text) && !CURRENCY_CODES.has(w.text)) return false;
  const same = (x: Word | undefined) => !!x && x.sentence === w.sentence;
  const prev = words[i - 1];
  const next = words[i + 1];
  const number = (x: Word | undefined) => same(x) && /^\d[\d,.]*$/.test(x!.text);
  if (number(prev) || number(next)) return true;
  return ERAS.has(w.text) && same(prev) && (prev.lower === 'century' || prev.lower === 'millennium');
}

/**
 * How the words `words[from..to)` join two members of a list: 2 for "and" or "or" (after a
 * comma or not), 1 for a comma alone, 0 when they are no list's joint.
 */
function listJoint(words: Word[], from: number, to: number): number {
  const a = words[from];
  const b = words[from + 1];
  if (to - from === 1) return a.text === ',' ? 1 : a.lower === 'and' || a.lower === 'or' ? 2 : 0;
  return to - from === 2 && a.text === ',' && (b.lower === 'and' || b.lower === 'or') ? 2 : 0;
}

/**
 * The members of a list are of one kind: a name nothing else has typed that stands in a list
 * with a place ("Ostrava, Velmora and Kelso"; "between Velmora and Kelso") is a place. A list is
 * a run of names joined by commas whose last joint is "and" or "or" (so that "Kelso, Velmora"
 * may still be a town and its region, or a name after its apposition). Only a place its own
 * words, a large city's name or its context typed counts (not a word typed a place for want of
 * other evidence, as after "at" or "from"), a list that also
 * holds a name typed a person or an organisation is mixed and left alone, and a state's
 * abbreviation ("Calif.") stays part of an address. Linear in the number of candidates.
 */
function reviewCoordinatedPlaces(candidates: Candidate[], words: Word[], index: Positions): void {
  if (!candidates.some((c) => !c.kind)) return;
  // The joint between each candidate and the next one.
  const joints = candidates.map((c, i) => {
    const next = candidates[i + 1];
    if (!next) return 0;
    const end = index.get(c.words[c.words.length - 1]) ?? -1;
    const start = index.get(next.words[0]) ?? -1;
    if (end < 0 || start <= end || words[end].sentence !== words[start].sentence) return 0;
    return listJoint(words, end + 1, start);
  });
  let i = 0;
  while (i < candidates.length) {
    let j = i;
    while (joints[j] > 0) j++;
    // The list runs from candidate i to candidate j; it ends in "and" or "or".
    if (j > i && joints[j - 1] === 2) {
      const members = candidates.slice(i, j + 1);
      const place = members.some((c) => c.kind === 'place' && (c.evidence >= Evidence.Context || LARGE_CITIES.has(phrase(c.words))));
      const mixed = members.some((c) => (c.kind === 'person' || c.kind === 'organization') && c.evidence >= Evidence.Context);
      if (place && !mixed) {
        for (const c of members) if (!c.kind && !(c.words.length === 1 && STATE_ABBREVIATIONS.has(c.words[0].lower))) set(c, 'place', Evidence.Context);
      }
    }
    i = j + 1;
  }
}

/** Prepositions and words before a place's name that show it stands as a location. */
const LOCATIVE_CUES = new Set('in|at|from|near|to|into|across|throughout|outside|inside|around|via|towards|toward|of|visited|visit|entered|left|born|based'.split('|'));

/** Words that may stand between a subject and its verb ("Boston reportedly offered"). */
function isAdverb(w: Word | undefined): boolean {
  return !!w && !w.cap && /ly$/.test(w.lower) && w.lower.length > 4;
}

/**
 * A country or a city often stands for its team or its government ("Belgium defeated Panama
 * 3-0", "North Korea fired artillery"), and the article then means the organisation each time
 * it uses the name. For every name typed as a place, this counts the uses where it acts (a
 * match score beside it, an opponent cue before it, a team member after it, a verb of action
 * after it as a subject) against those where it is a location ("in", "at", "from"). A name
 * that acts clearly more often than it locates becomes an organisation throughout the
 * article. Linear in the number of candidates.
 */
function reviewActingPlaces(candidates: Candidate[], words: Word[], index: Positions): void {
  const votes = new Map<string, { acts: number; locates: number }>();
  // The uses that a match shows to be a team's, whatever the article's other uses say.
  const inMatch = new Set<Candidate>();
  const keyOf = (c: Candidate) => phrase(c.words);
  for (const c of candidates) {
    if (c.kind !== 'place' || !isActingPlaceName(c.words)) continue;
    const first = index.get(c.words[0]);
    const last = index.get(c.words[c.words.length - 1]);
    if (first === undefined || last === undefined) continue;
    const v = votes.get(keyOf(c)) ?? { acts: 0, locates: 0 };
    const score = actingScore(words, first, last);
    if (score >= 2 && !isLooseMatchUse(words, first, last)) inMatch.add(c);
    v.acts += score;
    const prev = words[first - 1];
    if (prev && prev.sentence === words[first].sentence && LOCATIVE_CUES.has(prev.lower)) v.locates++;
    const next = words[last + 1];
    if (next && next.text === ',' && words[last + 2]?.cap && !AGENT_VERBS.has(words[last + 3]?.lower ?? '')) v.locates++;
    votes.set(keyOf(c), v);
  }
  // The last word of a name that acts stands for it too ("South Korea" ... "Korea's keeper").
  const acting = new Set<string>();
  for (const [k, v] of votes) if (v.acts >= 2 && v.acts > 2 * v.locates) acting.add(k);
  const shortForms = new Set<string>();
  for (const k of acting) if (k.includes(' ')) shortForms.add(k.slice(k.lastIndexOf(' ') + 1));
  for (const c of candidates) {
    if (c.kind !== 'place') continue;
    const k = keyOf(c);
    const v = votes.get(k);
    if (acting.has(k) || inMatch.has(c) || (shortForms.has(k) && v && v.locates === 0)) set(c, 'organization', Evidence.Context);
  }
}

/**
 * Last words of an institution's name that also name its building ("Preston Crown Court",
 * "Wasilla Bible Church", "Sam's Club", "the White House").
 */
const FACILITY_WORDS = new Set(['court', 'church', 'synagogue', 'house']);

/** Prepositions after which a building's name says where something is or happens ("into" also joins a club). */
const AT_PLACE = new Set(['at', 'inside', 'outside', 'near']);

/**
 * An institution named by its building is a place where the text puts something at it ("the
 * fire at Wasilla Bible Church", "a hearing took place at Preston Crown Court", "outside the
 * Sam's Club") and stays an organisation where it acts ("the church said") or is joined
 * ("initiated into the Whig Club"). Each use is read on its own.
 */
function reviewFacilities(candidates: Candidate[], words: Word[], index: Positions): void {
  for (const c of candidates) {
    if (c.kind !== 'organization' || c.words.length < 2) continue;
    // A club is a building only as a shop named with its owner's possessive ("Sam's Club").
    const last = bare(c.words[c.words.length - 1]);
    if (!FACILITY_WORDS.has(last) && !(last === 'club' && c.words.some((w) => /^['\u2019]s$/.test(w.text)))) continue;
    const i = index.get(c.words[0]);
    if (i === undefined) continue;
    let prev = words[i - 1];
    if (prev && prev.lower === 'the') prev = words[i - 2];
    if (prev && prev.sentence === c.words[0].sentence && AT_PLACE.has(prev.lower)) c.kind = 'place';
  }
}

/** Names that can stand for a team or a government: countries, states and cities, not streets or venues. */
function isActingPlaceName(ws: Word[]): boolean {
  const last = bare(ws[ws.length - 1]);
  return !PLACE_WORDS.has(last) || last === 'republic' || last === 'kingdom' || last === 'emirates' || last === 'city';
}

/** Opponent cues that also take a place in other senses ("protests against Velmora", "the issues facing Velmora"). */
const LOOSE_OPPONENT_CUES = new Set('against|facing|faced|past|trailing|eliminated|unbeaten|undefeated'.split('|'));

/** Team words that a place has in other senses too ("the Velmora defense budget", "Velmora fans of opera"). */
const LOOSE_TEAM_WORDS = new Set('defense|defence|offense|offence|fans|supporters|bench'.split('|'));

/**
 * True when a use of a name looks like a team's only through a loose cue: one before it
 * ("facing X", "against X") or a loose team word after it ("X defense"). Such a cue is not
 * enough, alone, to make that one use a team's; the article's other uses must agree.
 */
function isLooseMatchUse(words: Word[], first: number, last: number): boolean {
  const sentence = words[first].sentence;
  const prev = words[first - 1];
  const prev2 = words[first - 2];
  const next = words[last + 1];
  const loose = (w: Word | undefined) => !!w && w.sentence === sentence && LOOSE_OPPONENT_CUES.has(w.lower);
  return loose(prev) || (!!prev && !prev.cap && loose(prev2)) || (!!next && next.sentence === sentence && LOOSE_TEAM_WORDS.has(next.lower));
}

/** Nouns that a place's name modifies only as a team's: "the Velmora scoring record", "a Marlow win". */
const TEAM_COMPOUNDS = new Set('game|games|victory|victories|win|wins|loss|losses|scoring|streak|playoff|playoffs|postseason|touchdown|touchdowns|comeback'.split('|'));

/** How strongly one use of a place's name shows it acting: 2 for match evidence, 1 for an agent's verb. */
function actingScore(words: Word[], first: number, last: number): number {
  const sentence = words[first].sentence;
  const at = (i: number): Word | undefined => (words[i] && words[i].sentence === sentence ? words[i] : undefined);
  const prev = at(first - 1);
  const prev2 = at(first - 2);
  const next = at(last + 1);
  const next2 = at(last + 2);
  // A match score on either side: "Belgium 3 – 0 Panama", "Sweden 1-0"; a team's record in
  // brackets: "Indianapolis (11-4)".
  if (isScore(words, last + 1, sentence) || (prev && isScoreEnd(words, first - 1, sentence))) return 2;
  if (next?.text === '(' && isScore(words, last + 2, sentence)) return 2;
  if (isOpponent(words, first)) return 2;
  // A score after a comma: "the Tar Heels beat Marlow, 91-73".
  if (next?.text === ',' && isScore(words, last + 2, sentence) && !isDateRange(words, last + 2)) return 2;
  if (prev && prev2 && (prev.lower === 'over' || prev.lower === 'to') && /^(?:win|wins|won|victory|loss|lost|lose|loses|fell|falls)$/.test(prev2.lower)) return 2;
  if (next && isTeamMember(next)) return 2;
  if (next && /^['\u2019]s$/.test(next.text) && next2 && isTeamMember(next2)) return 2;
  if (hasTeamPossession(words, last)) return 2;
  // The name as a noun's modifier for what only a team has: "the Velmora scoring record", "a
  // Marlow win" (not "defense", which a state has too).
  if (next && !next.cap && TEAM_COMPOUNDS.has(next.lower)) return 2;
  // A subject: nothing but the start of a clause before it, and an agent's verb after it.
  const clauseStart = !prev || prev.punct || /^(?:and|but|then|as|when|while|after|before|because|yesterday|today|later)$/.test(prev.lower);
  if (!clauseStart) return 0;
  const verb = isAdverb(next) ? next2 : next;
  return verb && AGENT_VERBS.has(verb.lower) ? 1 : 0;
}

/** True when what only a team has follows the name at `last`: "Marlow's season", "Marlow's career scoring record", "Marlow's 20-13 win". */
function hasTeamPossession(words: Word[], last: number): boolean {
  const sentence = words[last].sentence;
  const next = words[last + 1];
  if (!next || next.sentence !== sentence || !/^['\u2019]s$/.test(next.text)) return false;
  for (let k = last + 2; k <= last + 4; k++) {
    const w = words[k];
    if (!w || w.sentence !== sentence || w.cap || (w.punct && !/^\d/.test(w.text))) return false;
    if (TEAM_POSSESSIONS.has(w.lower)) return true;
  }
  return false;
}

/**
 * True when the words after the name at `last` show a team: a member of it ("Marlow coach",
 * "Marlow defenders") or what only a team has ("Marlow's season"). (A record in brackets,
 * "Marlow (25-7)", is a boxer's as well as a team's.)
 */
function isTeamByContext(words: Word[], last: number): boolean {
  const next = words[last + 1];
  if (!next || next.sentence !== words[last].sentence) return false;
  return isTeamMember(next) || hasTeamPossession(words, last);
}

/** True for a member of a team, singular or plural ("coach", "defenders"). */
function isTeamMember(w: Word): boolean {
  return !w.cap && (TEAM_MEMBERS.has(w.lower) || (/[^s]s$/.test(w.lower) && TEAM_MEMBERS.has(w.lower.slice(0, -1))));
}

/**
 * True when the name at word `first` is an opponent in a match: an opponent cue right before it
 * ("against Detroit"), or with one describing word between ("beat visiting Marlow"), or the
 * second of two opponents ("against Detroit and Carolina").
 */
function isOpponent(words: Word[], first: number): boolean {
  const sentence = words[first].sentence;
  const at = (i: number): Word | undefined => (i >= 0 && words[i] && words[i].sentence === sentence ? words[i] : undefined);
  const prev = at(first - 1);
  const prev2 = at(first - 2);
  if (!prev || prev.cap) return false;
  if (OPPONENT_CUES.has(prev.lower)) return true;
  if (!prev2) return false;
  if (!prev2.cap && /^\p{Ll}+$/u.test(prev.text) && !NOT_NAMES.has(prev.lower) && OPPONENT_CUES.has(prev2.lower) && prev2.lower !== 'past') return true;
  const before = at(first - 3);
  return (prev.lower === 'and' || prev.lower === 'or') && prev2.cap && !!before && !before.cap && OPPONENT_CUES.has(before.lower);
}

/** True when the numbers from word `i` are days of a month ("5-6 September", "12–14 May"). */
function isDateRange(words: Word[], i: number): boolean {
  const after = words[i + 1]?.text === '-' || words[i + 1]?.text === '\u2013' || words[i + 1]?.text === '\u2014' ? words[i + 3] : words[i + 1];
  return !!after && after.sentence === words[i].sentence && isCalendar(after);
}

/** True when a match score ("3 – 0", "20-13") starts at word `i`. */
function isScore(words: Word[], i: number, sentence: number): boolean {
  const a = words[i];
  if (!a || a.sentence !== sentence) return false;
  if (/^\d{1,3}[-\u2013\u2014]\d{1,3}$/.test(a.text)) return true;
  const dash = words[i + 1];
  const b = words[i + 2];
  return /^\d{1,3}$/.test(a.text) && !!dash && /^[-\u2013\u2014]$/.test(dash.text) && !!b && /^\d{1,3}$/.test(b.text) && b.sentence === sentence;
}

/** True when a match score ends at word `i` ("... 3 – 0 Panama"). */
function isScoreEnd(words: Word[], i: number, sentence: number): boolean {
  const b = words[i];
  if (!b || b.sentence !== sentence) return false;
  if (/^\d{1,3}[-\u2013\u2014]\d{1,3}$/.test(b.text)) return true;
  return /^\d{1,3}$/.test(b.text) && isScore(words, i - 2, sentence);
}
