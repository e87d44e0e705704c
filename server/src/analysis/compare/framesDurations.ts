/**
 * How long a named person lived or worked somewhere, as an article states it: "after a four year
 * spell living in Cardiff" (living, 48 months), "Lee had been working at the mill for the past
 * three years" (working, 36 months), "a two-year stint working in Leeds". Living and working are
 * different acts and are never compared with each other. "Four years ago" is a date, not a
 * duration, and is left to the dates ("weeks ago" in alignDates.ts). A prison term ("sentenced to
 * four years", "a four-year sentence") has no verb of living or working and is not read. A hedge
 * ("about three years", "more than three years", "nearly four years") is not read: it admits the
 * neighbouring counts, so "about three years" does not contradict "four years". The person is
 * found as for earlier offences (`personFinder`): named before the words in their sentence or,
 * when nobody is, in the sentence before. Reads each sentence once: linear in the text.
 */
import type { Mention, Span } from '../types';
import { NUMBER_WORDS } from '../data/numbers';
import { firstFrom, personFinder } from './framesCommon';
import { kinReferents, type KinRole } from './kinPeople';

/** A length of time a named person spent doing one kind of thing. */
export interface DurationFact {
  /** Index of the person's mention. */
  mention: number;
  /** What they did for that time. */
  act: 'living' | 'working';
  /** The length, in months (a week is 12/52 of one), and the unit it was written in. */
  months: number;
  unit: 'year' | 'month' | 'week';
  /**
   * The content words of what the act is done in or for ("gang enforcement team", "sheriff's
   * department"), lower case: a working person may spend five years on one team within fifteen
   * at one employer, so lengths of working are compared only for the same work.
   */
  object: string[];
  /** True for one the person lived there with ("with his mum"): the length is the person's, said of them too. */
  companion?: boolean;
  span: Span;
  text: string;
}

const NUMBER = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
const UNIT = '(years?|months?|weeks?)';
/** "a four year spell living in", "a two-year stint working at", "a three-month stay in". */
const SPELL = new RegExp(`\\ba[ \\t]{1,2}${NUMBER}[ \\t-]{1,2}${UNIT}[ \\t-]{1,2}(?:long[ \\t]{1,2})?(spell|stint|stay)(?:[ \\t]{1,2}(living|working))?\\b`, 'gi');
/** "had been living in South Wales with his mum for the past three years", "worked there for two years". */
const FOR = new RegExp(`\\b(liv(?:e|es|ed|ing)|work(?:s|ed|ing)?)\\b((?:(?!\\b(?:and|but|or|who|which|that|while|when|had|has|have|was|were|is|are|been)\\b)[^.;:,!?\\n]){0,60}?)\\bfor[ \\t]{1,2}(?:the[ \\t]{1,2}(?:past|last)[ \\t]{1,2})?(${NUMBER.slice(1, -1)}|(?:about|around|nearly|almost|roughly|some|over|more[ \\t]{1,2}than|less[ \\t]{1,2}than|at[ \\t]{1,2}least|up[ \\t]{1,2}to)[ \\t]{1,2}\\S+)[ \\t]{1,2}${UNIT}\\b(?![ \\t]{1,2}ago)`, 'gi');
/** A hedge before the number: "a nearly four-year spell". */
const HEDGE = /\b(?:about|around|nearly|almost|roughly|some|over|more[ \t]{1,2}than|less[ \t]{1,2}than|at[ \t]{1,2}least|up[ \t]{1,2}to)[ \t]{1,2}/i;
/** Words that tell nothing of what the work or the stay was. */
const FILLER = new Set(['with', 'for', 'the', 'at', 'in', 'a', 'an', 'of', 'on', 'as', 'there', 'here', 'his', 'her', 'their', 'its', 'to', 'from', 'by']);
/** The content words of a complement ("with the gang enforcement team" gives gang, enforcement, team). */
const objectOf = (words: string) => words.toLowerCase().split(/[^a-z0-9'\u2019]+/).filter((w) => w && !FILLER.has(w));
const HINT = /\b(?:spell|stint|stay|for)\b/i;
const MONTHS: Record<DurationFact['unit'], number> = { year: 12, month: 1, week: 12 / 52 };

function valueOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w];
}

const unitOf = (word: string) => word.toLowerCase().replace(/s$/, '') as DurationFact['unit'];

/** The lengths of time each named person lived or worked somewhere, as the article gives them. Never throws; linear in the text. */
export function extractDurations(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  genders: ReadonlyArray<{ mention: number; gender: 'male' | 'female' }>,
  bodyStart = 0,
  roles: readonly KinRole[] = [],
): DurationFact[] {
  const out: DurationFact[] = [];
  const personAt = personFinder(sentences, mentions, genders);
  const push = (s: number, index: number, match: string, n: string, unitWord: string, act: DurationFact['act'], object: string[], companions: readonly number[] = []) => {
    const value = valueOf(n);
    if (value === undefined || value < 1) return;
    const sentence = sentences[s];
    const at = sentence.start + index;
    // "She returned ... after a four year spell": the gender of a pronoun opening the sentence.
    const pronoun = /^[ \t"\u201c]*(he|she)\b/i.exec(text.slice(sentence.start, at));
    const who = personAt(s, at, pronoun ? (pronoun[1].toLowerCase() === 'he' ? 'male' : 'female') : null);
    if (who < 0) return;
    const unit = unitOf(unitWord);
    const fact = { act, months: value * MONTHS[unit], unit, object, span: { start: at, end: at + match.length }, text: match };
    out.push({ mention: who, ...fact });
    // Those who lived there with the person lived there as long ("living in Leeds with his mum
    // for three years").
    for (const c of companions) if (c !== who && mentions[c]?.key !== mentions[who]?.key) out.push({ mention: c, ...fact, companion: true });
  };
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (sentence.end <= bodyStart) continue;
    const part = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000));
    if (!HINT.test(part)) continue;
    SPELL.lastIndex = 0;
    for (let m = SPELL.exec(part); m; m = SPELL.exec(part)) {
      // A spell or stint says nothing of what was done without a verb; a stay is one of living.
      const act = m[4] ? (m[4].toLowerCase() === 'working' ? 'working' : 'living') : m[3].toLowerCase() === 'stay' ? 'living' : null;
      if (!act) continue;
      // What follows the act, to the end of its phrase: "working at the council".
      const after = /^[^.;:,!?\n]{0,40}/.exec(part.slice(m.index + m[0].length))?.[0] ?? '';
      push(s, m.index, m[0], m[1], m[2], act, objectOf(after));
    }
    FOR.lastIndex = 0;
    for (let m = FOR.exec(part); m; m = FOR.exec(part)) {
      if (HEDGE.test(m[3])) continue;
      const act = m[1].toLowerCase().startsWith('work') ? 'working' : 'living';
      const from = sentence.start + m.index + m[1].length;
      push(s, m.index, m[0], m[3], m[4], act, objectOf(m[2]), act === 'living' ? companionsIn(text, { start: from, end: from + m[2].length }, mentions, roles) : []);
    }
  }
  return out;
}

/** "with" and what follows it, to the end of the phrase. */
const WITH = /\bwith[ \t]{1,2}([^.;:,!?\n]{1,60})/i;

/**
 * The people a phrase says someone lived with: "with his mum" (the person the article gives that
 * relation, `kinReferents`), "with Anna Lee" (a person named there).
 */
function companionsIn(text: string, span: Span, mentions: readonly Mention[], roles: readonly KinRole[]): number[] {
  const m = WITH.exec(text.slice(span.start, span.end));
  if (!m) return [];
  const at = span.start + m.index;
  const phrase = { start: at, end: at + m[0].length };
  const out = kinReferents(text, phrase, roles, (i) => mentions[i]?.key ?? '');
  for (let i = firstFrom(mentions, phrase.start); i < mentions.length && mentions[i].start < phrase.end; i++) {
    if (mentions[i].kind === 'person' && !out.includes(i)) out.push(i);
  }
  return out;
}
