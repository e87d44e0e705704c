/**
 * Ages of named people: "Smith, 41,", "41-year-old John Smith", "Smith, a 41-year-old
 * teacher", "Smith, aged 41", "Smith (41)", "Smith, who is 41", "Smith … died at 95", and
 * "He was 95." or "The 41-year-old man …" right after a sentence that names one person only.
 * Each age is tied to the mention of the person it belongs to. Everything reads a bounded
 * window around a mention or one sentence: linear in the text.
 */
import type { DateRef, Mention, Span } from '../types';
import { NUMBER_WORDS } from '../data/numbers';
import wordData from '../data/rulesWords.json';
import { firstNameGender, isPersonNoun, nounGender } from '../data/genders';

/** An age given to a named person. */
export interface LocalAge {
  /** Index of the person's mention. */
  mention: number;
  value: number;
  /**
   * The year the sentence dates it to, when it names a year or a past period ("Felt, 92, told
   * CNN in 2006"): an age of that year, not of the article's. Null when the sentence does not.
   */
  year: number | null;
  /** The words that state it, the name included when it is next to the age ("Armstead, 32"). */
  span: Span;
  text: string;
}

const NUMBER_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const AGE_NUMBER = `(\\d{1,3}|${NUMBER_WORD})`;
const SUFFIX = '(?:,?[ \\t]{1,2}(?:Jr|Sr)\\.?|[ \\t]{1,2}(?:II|III|IV))?';
/** What may follow "Smith, 41": the end of the apposition, or a verb of the sentence. */
const AFTER_APPOSED_AGE = `(?![ \\t]{0,2}(?:,|and|or)[ \\t]{0,2}\\d)(?=[ \\t]{0,2}(?:[,.;:)\\u2013\\u2014]|-(?!\\d)|$)|[ \\t]{1,2}(?:and|who|of|from|was|is|has|had|were|are|said|says|died|dies|remains|remained|will|would|faces|faced|pleaded|appeared|told|testified)\\b)`;
const APPOSED = new RegExp(`^${SUFFIX},[ \\t]{1,2}(\\d{1,3})${AFTER_APPOSED_AGE}`);
const BRACKETED = new RegExp(`^${SUFFIX}[ \\t]{0,2}\\((\\d{1,3})\\)`);
const APPOSED_YEAR_OLD = new RegExp(`^${SUFFIX},?[ \\t]{1,2}(?:a|an|the)[ \\t]{1,2}${AGE_NUMBER}[- ]years?[- ]old\\b`, 'i');
const AGED = new RegExp(`^${SUFFIX},?[ \\t]{1,2}(?:aged|age)[ \\t]{1,2}(\\d{1,3})\\b`);
const WHO_IS = new RegExp(`^${SUFFIX},[ \\t]{1,2}who[ \\t]{1,2}(?:is|was|turned)[ \\t]{1,2}(\\d{1,3})\\b(?![ \\t]{1,2}(?:when|at the time|in \\d))`);
const IS_YEARS_OLD = new RegExp(`^${SUFFIX}[ \\t]{1,2}(?:is|was)[ \\t]{1,2}(\\d{1,3})[ \\t]{1,2}years?[ \\t]{1,2}old\\b`);
/** "41-year-old" and up to three describing words right before the name ("16-year-old Kimani Gray", "the 27-year-old Escalante"). */
const YEAR_OLD_BEFORE = new RegExp(`\\b${AGE_NUMBER}[- ]years?[- ]old((?:[ \\t]{1,2}[A-Za-z][a-z-]*){0,3})[ \\t]{1,2}$`, 'i');
/**
 * An indefinite description with an age set in apposition before a name ("a 30-year-old man,
 * Kevin Tralle, was arrested"; "Police arrested a 41-year-old teacher, Ann Lee"): the
 * description's head noun, at most one adjective before it, and the comma right before the name.
 */
const DESCRIPTION_BEFORE = new RegExp(`\\b(?:a|an)[ \\t]{1,2}${AGE_NUMBER}[- ]years?[- ]old(?:[ \\t]{1,2}[a-z][a-z-]*)?[ \\t]{1,2}([a-z]+),[ \\t]{1,2}$`, 'i');
/** Words that cannot stand between "41-year-old" and the person it describes. */
const NOT_BETWEEN = new Set(['from', 'of', 'in', 'at', 'with', 'who', 'and', 'or', 'the', 'a', 'an', 'by', 'for', 'to', 'on', 'was', 'is', 'named', 'called', 'identified', 'as']);
const DIED = /\b(?:died|dies|dead|passed away)\b/gi;
const AGE_AT_DEATH = /^[^.;!?]{0,60}?\b(?:at[ \t](?:the[ \t])?age[ \t](?:of[ \t])?|aged[ \t]|at[ \t])(\d{1,3})\b(?![:.,]\d|[ \t]?(?:a\.?m\b|p\.?m\b|percent|%|per cent|years?\b(?![ \t-]old)|o'clock|mph|km|miles))(?![ \t]{1,2}(?:when|after|in \d))/i;
const PRONOUN_AGE = /^[ \t]*(?:He|She)[ \t]{1,2}(?:was|is)[ \t]{1,2}(\d{1,3})(?:[ \t]{1,2}years?[ \t]{1,2}old)?[ \t]*[.!]?[ \t]*$/;
const YEAR_OLD_SUBJECT = new RegExp(`^[ \\t"“]*The[ \\t]{1,2}${AGE_NUMBER}[- ]years?[- ]old[ \\t]{1,2}([a-z]+)\\b`);
/** A noun right after a name that the name only describes ("a 38-year-old Troy resident"). */
const DESCRIBED_NOUN = /^[ \t]{1,2}(?:resident|native|man|woman|boy|girl|teen|teenager|officer|policeman|mother|father|student|worker|employee|businessman|businesswoman|couple|family|youth)s?\b/;
const PERSON_NOUNS = new Set<string>(wordData.personNouns.concat(['resident', 'mom', 'dad', 'grandmother', 'grandfather', 'teen', 'model', 'rapper', 'gunman', 'accountant', 'receptionist', 'defendant', 'inmate', 'prisoner', 'fugitive']));

/**
 * True when a description before a name ("a 30-year-old man, …") is the name's apposition: its
 * head is a noun of a person, of no gender other than the first name's, and the name ends the
 * apposition (a comma, a stop, "of …" or a verb follow) rather than starting a list of people
 * ("a 16-year-old boy, Ann Lee and …").
 */
function describesName(head: string, name: string, after: string): boolean {
  const noun = head.toLowerCase();
  if (!PERSON_NOUNS.has(noun) && !isPersonNoun(noun)) return false;
  const nounSex = nounGender(noun);
  const nameSex = firstNameGender(name.split(/\s+/)[0] ?? '');
  if (nounSex && nameSex && nounSex !== nameSex) return false;
  return /^(?:[ \t]*[,.;:)]|[ \t]{1,2}(?:of|from|who|was|is|has|had|were|said|told|died|faces|remained|remains)\b)/.test(after) && !/^[ \t]*,[ \t]{1,2}(?:and|or)\b/.test(after);
}

function ageValue(word: string): number | null {
  const w = word.toLowerCase();
  let v: number | null = null;
  if (/^\d{1,3}$/.test(w)) v = Number(w);
  else if (w in NUMBER_WORDS) v = NUMBER_WORDS[w];
  else {
    const [tens, unit] = w.split('-');
    if (tens in NUMBER_WORDS && unit in NUMBER_WORDS) v = NUMBER_WORDS[tens] + NUMBER_WORDS[unit];
  }
  return v !== null && v >= 1 && v <= 119 ? v : null;
}

/** Index of the first mention starting at or after `offset`. */
function firstMentionFrom(mentions: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The people a span names: indexes of its person mentions. */
function peopleIn(mentions: readonly Mention[], span: Span): number[] {
  const out: number[] = [];
  for (let i = firstMentionFrom(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].kind === 'person') out.push(i);
  return out;
}

/** True when two mentions name one person as far as their keys tell ("gomes", "gary gomes"). */
function sameKey(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

/** The one person a sentence names, or -1 when it names none or several. */
function onlyPerson(mentions: readonly Mention[], sentence: Span): number {
  const people = peopleIn(mentions, sentence);
  if (!people.length) return -1;
  const first = mentions[people[0]].key;
  return people.every((i) => sameKey(mentions[i].key, first)) ? people[0] : -1;
}

/** The year a sentence dates what it says to: from a date that names a year or a past period ("in 2006", "last year"). */
function yearOf(sentences: readonly Span[], dates: readonly DateRef[], offset: number): number | null {
  let lo = 0;
  let hi = sentences.length - 1;
  let sentence: Span | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else {
      sentence = sentences[mid];
      break;
    }
  }
  if (!sentence) return null;
  for (let i = firstMentionFrom(dates, sentence.start); i < dates.length && dates[i].start < sentence.end; i++) {
    const d = dates[i];
    if (!d.value) continue;
    if (/\b\d{4}\b/.test(d.text) || /\b(?:ago|last year|years? before|earlier)\b/i.test(d.text)) return Number(d.value.slice(0, 4));
  }
  return null;
}

/** The ages of the people an article names. Never throws; linear in the text. */
export function extractAges(text: string, sentences: readonly Span[], mentions: readonly Mention[], dates: readonly DateRef[] = [], bodyStart = 0): LocalAge[] {
  const out: LocalAge[] = [];
  const taken = new Set<number>();
  const add = (mention: number, value: number | null, from: number, to: number) => {
    if (value === null || taken.has(mention)) return;
    taken.add(mention);
    out.push({ mention, value, year: yearOf(sentences, dates, from), span: { start: from, end: to }, text: text.slice(from, to) });
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.kind !== 'person' || m.start < bodyStart) continue;
    const after = text.slice(m.end, m.end + 80);
    let match = APPOSED.exec(after) ?? BRACKETED.exec(after) ?? AGED.exec(after) ?? WHO_IS.exec(after) ?? IS_YEARS_OLD.exec(after);
    if (match) {
      add(i, ageValue(match[1]), m.start, m.end + match[0].length);
      continue;
    }
    match = APPOSED_YEAR_OLD.exec(after);
    if (match) {
      add(i, ageValue(match[1]), m.start, m.end + match[0].length);
      continue;
    }
    const before = text.slice(Math.max(bodyStart, m.start - 80), m.start);
    const described = DESCRIPTION_BEFORE.exec(before);
    if (described && describesName(described[2], m.text, after)) {
      add(i, ageValue(described[1]), m.start - (before.length - described.index), m.end);
      continue;
    }
    const year = YEAR_OLD_BEFORE.exec(before);
    // "a 38-year-old Troy resident": a name followed by a noun describes that noun, not a person.
    if (year && !DESCRIBED_NOUN.test(after)) {
      const between = year[2].trim().split(/\s+/).filter(Boolean);
      if (between.every((w) => !NOT_BETWEEN.has(w.toLowerCase()))) add(i, ageValue(year[1]), m.start - (before.length - year.index), m.end);
    }
  }
  // Age at death: "Mark Felt, … died Thursday at the age of 95".
  for (const sentence of sentences) {
    if (sentence.end <= bodyStart) continue;
    const part = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000));
    if (!/\b(?:died|dies|dead|passed away)\b/i.test(part)) continue;
    DIED.lastIndex = 0;
    for (let d = DIED.exec(part); d; d = DIED.exec(part)) {
      const verb = sentence.start + d.index;
      const age = AGE_AT_DEATH.exec(part.slice(d.index + d[0].length));
      if (!age) continue;
      // The name nearest before the verb is its subject ("Nixon aide Fred LaRue dies at 75").
      const before = peopleIn(mentions, { start: sentence.start, end: verb });
      const subject = before.length ? before[before.length - 1] : -1;
      if (subject < 0) continue;
      const end = verb + d[0].length + age.index + age[0].length;
      add(subject, ageValue(age[1]), verb, end);
      break;
    }
  }
  // "He was 95." and "The 39-year-old man …" right after a sentence naming one person.
  for (let s = 1; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (sentence.start < bodyStart) continue;
    const part = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 400));
    const pronoun = PRONOUN_AGE.exec(part);
    const described = pronoun ? null : YEAR_OLD_SUBJECT.exec(part);
    if (!pronoun && !(described && PERSON_NOUNS.has(described[2]))) continue;
    // A sentence that names someone itself is read above.
    if (peopleIn(mentions, sentence).length) continue;
    const who = onlyPerson(mentions, sentences[s - 1]);
    if (who < 0) continue;
    const match = (pronoun ?? described)!;
    add(who, ageValue(match[1]), sentence.start + match.index, sentence.start + match.index + match[0].length);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
