/**
 * Where a named person lives and where a named place or organisation is, as an article states
 * it in the words that tie the two names together:
 * - a person's home: "Ann Lee, 36, of Duluth", "Ann Lee of Duluth", "Ann Lee, from Duluth",
 *   "Ann Lee, a resident of Duluth", "Ann Lee, a native of Duluth", "Ann Lee, who lives in
 *   Duluth", "Duluth resident Ann Lee", and the home town that qualifies a noun of a person: "Ann
 *   Lee, 36, a Duluth woman", "Ann Lee, a 36-year-old Duluth man", "Duluth man John Doe", "a
 *   Duluth woman, Ann Lee,"; a visitor from a place ("Ann Lee was visiting her mother from
 *   Duluth"); the place where the text says a person lives ("a Pine Street apartment where Lee
 *   lives", "on Elm Road in the North End, where Ms. Lee lived"), a street before a town;
 * - where a person moved to or lived for a time ("She moved to Duluth", "after a four year spell
 *   living in Duluth"), said of the sentence's subject or of the person an opening "he" or "she"
 *   stands for;
 * - where a named site or organisation is: "the Lakeview Clinic in Duluth".
 * The place may carry the larger places the article puts it in ("Duluth, Minn."). The place
 * must end the phrase ("of Duluth police" is an organisation, not a home). Only names tie: a
 * pronoun or a description is left alone. A name that ends in a word for a street ("Pine
 * Street", "Elm Rd.") is a place whatever kind the names extractor gave it. Linear in the number
 * of mentions.
 */
import type { Article, Mention, Span } from '../types';
import { firstNameGender } from '../data/genders';

/**
 * What a place fact says of its holder: `home` where a person lives, `stay` where a person moved
 * to or lived for a time ("she moved to Merthyr Tydfil four years ago", "after a four year spell
 * living in Cardiff"), `site` where a named site is.
 */
export type PlaceFactKind = 'home' | 'stay' | 'site';

/** One article's statement of where a person lives or a site is. */
export interface LocalPlaceFact {
  kind: PlaceFactKind;
  /** Index of the holder's mention (the person, the site). */
  holder: number;
  /** Index of the place's mention. */
  place: number;
  /** Indexes of the mentions of larger places written after it ("Duluth, Minn."), nearest first. */
  within: number[];
  /** From the first to the last of the names involved. */
  span: Span;
  text: string;
}

/** Every containment the article's words state: "Millom, Cumbria", "the Clinic in Duluth" (place mention indexes, inner first). */
export interface LocalPlaces {
  facts: LocalPlaceFact[];
  /** Pairs of place mentions, the first inside the second, as the text writes them. */
  inside: Array<[number, number]>;
}

/** What may stand between a person's name and their home town. */
const HOME_LINK = /^(?:,[ \t]{1,2}(?:\d{1,3}|aged[ \t]{1,2}\d{1,3}),?|,)?(?:[ \t]{1,2}and)?[ \t]{1,2}(?:of|from)[ \t]{1,2}$|^,[ \t]{1,2}(?:\d{1,3},[ \t]{1,2})?(?:a|an)[ \t]{1,2}(?:\d{1,3}-year-old[ \t]{1,2})?(?:resident|native)[ \t]{1,2}of[ \t]{1,2}$|^,[ \t]{1,2}(?:\d{1,3},[ \t]{1,2})?who[ \t]{1,2}(?:lives?[ \t]{1,2}in|(?:is|was|comes|came|hails)[ \t]{1,2}from)[ \t]{1,2}$/i;
/**
 * Nouns of a person that a home town qualifies: "a Duluth woman", "Duluth man John Doe", "a
 * Duluth-area teenager". Nouns of a trade or an office are left out: "Duluth police officer Ann
 * Lee" and "Duluth Mayor Ann Lee" tell where she works, not where she lives.
 */
const PERSON_NOUN = '(?:[ \\t]{1,2}|-)(?:area[ \\t]{1,2})?(?:man|woman|men|women|boy|girl|teen|teenager|youth|native|resident|couple|mother|father|mom|mum|dad|grandmother|grandfather|husband|wife|widow|widower|retiree|pensioner)';
/** What stands between a place and the person it is the home of: "Duluth resident Ann Lee", "Duluth man, John Doe,". */
const RESIDENT_BEFORE = new RegExp(`^${PERSON_NOUN},?[ \\t]{1,2}$`);
/** What stands between a person and the home town of the noun in apposition to it: "Ann Lee, 36, a ". */
const APPOSED_HOME = /^,[ \t]{1,2}(?:(?:aged[ \t]{1,2})?\d{1,3},[ \t]{1,2})?(?:a|an|the)[ \t]{1,2}(?:\d{1,3}-year-old[ \t]{1,2})?$/i;
/** After the home town of an apposition: the noun of a person it qualifies, ending the apposition. */
const APPOSED_NOUN = new RegExp(`^${PERSON_NOUN}(?=[ \\t]*(?:[,.;:)\u2013\u2014!?]|$|\\r?\\n))`);
/** What stands between a visitor and the place they come from: "was visiting her mother from ". */
const VISIT_LINK = /^(?:,(?:[ \t]{1,2}who)?)?[ \t]{1,2}(?:(?:was|were|is|are|had[ \t]{1,2}been|has[ \t]{1,2}been)[ \t]{1,2})?visiting(?:[ \t]{1,2}[a-z][a-z'\u2019-]*){0,3}[ \t]{1,2}from[ \t]{1,2}$/;
/** Before a person's name: "where", so the place before is the person's home if a verb of living follows. */
const WHERE_BEFORE = /\bwhere[ \t]{1,2}(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?[ \t]{1,2})?$/;
/** After the name: a verb of living ("where Lee lives", "where Ms. Lee had lived"). */
const LIVES_AFTER = /^[ \t]{1,2}(?:(?:now|still|also|once|then|had|has)[ \t]{1,2})*(?:lives|lived|resides|resided|stays|stayed|(?:is|was|had[ \t]{1,2}been|has[ \t]{1,2}been)[ \t]{1,2}(?:living|staying))\b/;
/** A name that ends in a word for a street: a place, whatever kind the names extractor gave it. */
const STREET = /[ \t](?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Boulevard|Blvd\.?|Terrace|Crescent|Highway)$/;
/** True when a mention names a street ("Pine Street", "Elm Rd."). */
export function isStreet(name: string): boolean {
  return STREET.test(name.trim());
}
/** True when a mention names a place: a place by its kind, or a street. */
const isPlace = (m: Mention) => m.kind === 'place' || isStreet(m.text);
/** True when a mention names a person (not a street the names extractor took for one). */
const isPerson = (m: Mention) => m.kind === 'person' && !isStreet(m.text);
/** What stands between a site and the town it is in. */
const SITE_LINK = /^[ \t]{1,2}in[ \t]{1,2}$/;
/** What stands between a place and a larger one it is in: "Duluth, Minn.". */
const QUALIFIER_LINK = /^,[ \t]{1,2}$/;
/**
 * What may follow the place for the phrase to end there: punctuation, the end of the line, or a
 * word that starts the rest of the sentence ("of Duluth was arrested", "of Duluth and her son").
 */
const PHRASE_END = /^(?:[ \t]*(?:[,.;:)\u2013\u2014!?"\u201d]|$|\r?\n)|[ \t]{1,2}(?:and|was|is|were|are|has|had|have|who|whose|said|says|told|died|dies|will|would|when|where|after|before|on|in|at|for|with|to)\b)/;

/** The place mentions right after `i` that are written as larger places it is in ("Duluth, Minn., USA"). */
export function qualifiers(text: string, mentions: readonly Mention[], i: number): number[] {
  const out: number[] = [];
  let at = i;
  while (at + 1 < mentions.length && out.length < 2) {
    const next = mentions[at + 1];
    if (next.kind !== 'place' || !QUALIFIER_LINK.test(text.slice(mentions[at].end, next.start))) break;
    out.push(at + 1);
    at++;
  }
  return out;
}

/** The place facts of an article, and the containments its words state. */
export function extractPlaceFacts(article: Pick<Article, 'text' | 'mentions'> & Partial<Pick<Article, 'sentences'>>): LocalPlaces {
  const { text, mentions } = article;
  const facts: LocalPlaceFact[] = [];
  const inside: Array<[number, number]> = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    const between = text.slice(m.end, next.start);
    if (between.length > 60) continue;
    if (m.kind === 'place' && next.kind === 'place' && QUALIFIER_LINK.test(between)) inside.push([i, i + 1]);
    let holder = -1;
    let place = -1;
    let kind: PlaceFactKind = 'home';
    if (isPerson(m) && isPlace(next) && (HOME_LINK.test(between) || VISIT_LINK.test(between))) {
      holder = i;
      place = i + 1;
    } else if (isPlace(m) && isPerson(next) && RESIDENT_BEFORE.test(between)) {
      holder = i + 1;
      place = i;
    } else if (isPerson(m) && isPlace(next) && APPOSED_HOME.test(between) && APPOSED_NOUN.test(text.slice(next.end, next.end + 24))) {
      holder = i;
      place = i + 1;
    } else if (isPerson(next) && WHERE_BEFORE.test(text.slice(Math.max(0, next.start - 12), next.start)) && LIVES_AFTER.test(text.slice(next.end, next.end + 30))) {
      place = livedAt(text, mentions, i + 1);
      if (place >= 0) holder = i + 1;
    } else if ((m.kind === 'place' || m.kind === 'organization') && next.kind === 'place' && SITE_LINK.test(between)) {
      holder = i;
      place = i + 1;
      kind = 'site';
      if (m.kind === 'place') inside.push([i, i + 1]);
    }
    if (holder < 0 || facts.some((f) => f.holder === holder && f.place === place)) continue;
    const within = qualifiers(text, mentions, place);
    const last = within.length ? within[within.length - 1] : place;
    // The phrase must end after the place (and its larger places), unless the place comes first.
    if (place > holder && !PHRASE_END.test(text.slice(mentions[last].end, mentions[last].end + 12)) && !(last === place && APPOSED_NOUN.test(text.slice(mentions[place].end, mentions[place].end + 24)))) continue;
    const start = Math.min(mentions[holder].start, mentions[place].start);
    const end = Math.max(mentions[holder].end, mentions[last].end);
    facts.push({ kind, holder, place, within, span: { start, end }, text: text.slice(start, end) });
  }
  if (article.sentences) stays(article as Pick<Article, 'text' | 'mentions' | 'sentences'>, facts);
  return { facts, inside };
}

/** A move: "moved to", "relocated to" right before the place. */
const MOVED_TO = /\b(?:moved|relocated)[ \t]{1,2}to[ \t]{1,2}$/;
/** A stay of some length: "a four year spell living in", "ten years living in", "spent two years in". */
const LIVED_FOR = /\b(?:(?:spell|stint|years?|months?|decades?)[ \t]{1,2}(?:living|working)|spent[ \t]{1,2}(?:\S+[ \t]{1,2}){1,3}(?:living[ \t]{1,2})?)[ \t]{1,2}in[ \t]{1,2}$/;
/** A sentence's subject: a pronoun of one gender, or a name, first in the sentence. */
const PRONOUN_FIRST = /^[ \t]*(He|She)\b/;
/** Titles that tell a person's gender. */
const TITLE_GENDER: Record<string, 'male' | 'female'> = { mr: 'male', mrs: 'female', ms: 'female', miss: 'female' };

/** The gender a name tells by its title (in it or just before it) or its first name, or null. */
function genderOfName(text: string, m: Mention): 'male' | 'female' | null {
  const title = /\b(Mr|Mrs|Ms|Miss)\.?[ \t]{1,2}$/.exec(text.slice(Math.max(0, m.start - 6), m.start));
  if (title) return TITLE_GENDER[title[1].toLowerCase()];
  const first = m.text.trim().split(/\s+/)[0]?.replace(/\.$/, '').toLowerCase() ?? '';
  return TITLE_GENDER[first] ?? firstNameGender(first);
}

/**
 * Where a person moved to or lived for a time, said of the sentence's subject: a name that
 * opens the sentence, or "he" or "she" opening it for the person the sentence before opens
 * with (when the name's title or first name does not give the other gender). "Mrs Lee moved to
 * Duluth"; "Ann Lee grew up in Fargo. She moved to Duluth four years ago"; "She returned home
 * after a four year spell living in Duluth". Reads each place mention's few words before it.
 */
function stays(article: Pick<Article, 'text' | 'mentions' | 'sentences'>, facts: LocalPlaceFact[]): void {
  const { text, mentions, sentences } = article;
  let s = 0;
  let m0 = 0;
  for (let i = 0; i < mentions.length; i++) {
    const place = mentions[i];
    if (place.kind !== 'place') continue;
    const lead = text.slice(Math.max(0, place.start - 60), place.start);
    if (!MOVED_TO.test(lead) && !LIVED_FOR.test(lead)) continue;
    while (s + 1 < sentences.length && sentences[s].end <= place.start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > place.start) continue;
    while (m0 < mentions.length && mentions[m0].start < sentence.start) m0++;
    // The subject: the sentence's first words are a person's name, or a pronoun for the one the sentence before opens with.
    let holder = -1;
    const opening = mentions[m0];
    if (opening && opening.kind === 'person' && m0 < i && !/\S/.test(text.slice(sentence.start, opening.start).replace(/\b(?:Mrs|Miss|Ms|Mr|Dr)\b\.?/g, ''))) holder = m0;
    else {
      const pronoun = PRONOUN_FIRST.exec(text.slice(sentence.start, sentence.start + 8));
      const before = s > 0 ? sentences[s - 1] : null;
      if (pronoun && before) {
        let k = m0 - 1;
        while (k >= 0 && mentions[k].start >= before.start) k--;
        const first = mentions[k + 1];
        const gender = first ? genderOfName(text, first) : null;
        if (first && k + 1 < m0 && first.kind === 'person' && !/\S/.test(text.slice(before.start, first.start).replace(/\b(?:Mrs|Miss|Ms|Mr|Dr)\b\.?/g, '')) && (!gender || gender === (pronoun[1] === 'He' ? 'male' : 'female'))) holder = k + 1;
      }
    }
    if (holder < 0 || !isPerson(mentions[holder])) continue;
    const within = qualifiers(text, mentions, i);
    const last = within.length ? within[within.length - 1] : i;
    // The words from the move or the stay to the place ("moved to Duluth", "spell living in Duluth").
    const trigger = MOVED_TO.exec(lead) ?? LIVED_FOR.exec(lead);
    const start = Math.max(sentence.start, place.start - lead.length + (trigger?.index ?? lead.length));
    const end = mentions[last].end;
    facts.push({ kind: 'stay', holder, place: i, within, span: { start, end }, text: text.slice(start, end) });
  }
}

/**
 * The place a "where X lives" clause is about: the place named last before "where" in the
 * clause, or a street named in it before that ("on Elm Road in the North End, where Lee
 * lived"), as a mention index, or -1. No sentence break nor another person may stand between.
 */
function livedAt(text: string, mentions: readonly Mention[], person: number): number {
  const at = mentions[person].start;
  let found = -1;
  for (let k = person - 1; k >= 0; k--) {
    const m = mentions[k];
    if (at - m.end > 80 || /[.;:!?\n]/.test(text.slice(m.end, at).replace(/\b(?:Mr|Ms|Mrs|Mx|Dr|St)\./g, ''))) break;
    if (isPerson(m)) break;
    if (!isPlace(m)) continue;
    if (isStreet(m.text)) return k;
    if (found < 0) found = k;
  }
  return found;
}

/** A preposition that puts what happened at a place ("in Duluth", "at the Lakeview Clinic", "near Elm Road"). */
const LOCATIVE = /\b(?:in|at|on|near|outside|inside)[ \t]{1,2}(?:the[ \t]{1,2})?$/i;

/**
 * The places a clause puts its event at: place mentions inside it after a locative preposition,
 * each with the larger places written after it ("in Millbrook, Eastshire"), as mention indexes.
 */
export function locatedIn(article: Pick<Article, 'text' | 'mentions'>, inClause: readonly number[]): Array<{ place: number; within: number[] }> {
  const { text, mentions } = article;
  const out: Array<{ place: number; within: number[] }> = [];
  const taken = new Set<number>();
  for (const i of inClause) {
    const m = mentions[i];
    if (!m || m.kind !== 'place' || taken.has(i) || !LOCATIVE.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    const within = qualifiers(text, mentions, i);
    for (const w of within) taken.add(w);
    out.push({ place: i, within });
  }
  return out;
}

/** No place facts: for an article whose claims could not be read. */
export function emptyPlaces(): LocalPlaces {
  return { facts: [], inside: [] };
}
