/**
 * How many earlier offences of one kind a named person has, as an article states it: "Lasalle
 * has three prior DUI convictions" is three; "this is his second DWI" is one (the second of a
 * kind leaves one before it). Words that name one act (DUI, DWI, OWI, drunk driving) are one
 * kind of offence, from the `offences` lists of frames.json. A bound ("at least two prior
 * arrests") or an article ("a prior conviction") is no exact number and is not read. The person
 * is the one named before the words in their sentence or, for "he"/"his" with nobody named
 * before it, the one named in the sentence before. Reads each sentence once: linear in the text.
 */
import type { Mention, Span } from '../types';
import frameData from '../data/frames.json';
import { NUMBER_WORDS } from '../data/numbers';
import { personFinder } from './framesCommon';

/** A number of earlier offences of one kind given for a named person. */
export interface PriorFact {
  /** Index of the person's mention. */
  mention: number;
  /** How many offences of the kind came before. */
  value: number;
  /** The kind of offence ("drunk driving"), or "" when the words name none ("four prior arrests"). */
  offence: string;
  /** What was counted ("conviction", "arrest"), or null for the offence itself ("his second DWI"). */
  noun: 'conviction' | 'arrest' | 'charge' | 'offence' | null;
  span: Span;
  text: string;
}

const OFFENCE_OF = new Map<string, string>();
for (const [kind, words] of Object.entries(frameData.offences as Record<string, string[]>)) for (const w of words) if (!OFFENCE_OF.has(w.toLowerCase())) OFFENCE_OF.set(w.toLowerCase(), kind);
/** The kind of offence the words name, or undefined. */
function kindOf(words: string): string | undefined {
  const w = words.toLowerCase().replace(/[ \t]+/g, ' ');
  return OFFENCE_OF.get(w) ?? OFFENCE_OF.get(w.replace(/[ -]+/g, ' '));
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ \\t-]{1,2}');
const OFFENCE = [...OFFENCE_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
const NUMBER = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const NOUN = '(convictions?|arrests?|charges?|offen[cs]es?|citations?|cases?)';
/** "three prior DUI convictions", "two previous convictions for drunk driving", "four prior arrests". */
const COUNTED = new RegExp(`\\b${NUMBER}[ \\t]{1,2}(?:prior|previous|earlier|past)[ \\t]{1,2}(?:(${OFFENCE})(?:[ \\t-]{1,2}related)?[ \\t]{1,2})?${NOUN}(?:[ \\t]{1,2}(?:for|of)[ \\t]{1,2}(${OFFENCE}))?\\b`, 'gi');
/** A bound before the number: not an exact count. */
const BOUND = /\b(?:at[ \t]{1,2}least|more[ \t]{1,2}than|over|nearly|almost|about|around|some|up[ \t]{1,2}to|fewer[ \t]{1,2}than|less[ \t]{1,2}than)[ \t]{1,2}$/i;
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6 };
/** "his second DWI", "her third drunk driving arrest", "his fourth OWI conviction". */
const NTH = new RegExp(`\\b(his|her)[ \\t]{1,2}(${Object.keys(ORDINALS).join('|')})[ \\t]{1,2}(${OFFENCE})(?![\\w-])(?:[ \\t]{1,2}(?:-[ \\t]?)?${NOUN})?\\b`, 'gi');
const HINT = /\b(?:prior|previous|earlier|past|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th)\b/i;

function nounOf(word: string | undefined): PriorFact['noun'] {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w.startsWith('conviction')) return 'conviction';
  if (w.startsWith('arrest')) return 'arrest';
  if (w.startsWith('offen')) return 'offence';
  return 'charge';
}

/** The earlier offences each named person has, as the article gives them. Never throws; linear in the text. */
export function extractPriors(
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  genders: ReadonlyArray<{ mention: number; gender: 'male' | 'female' }>,
  bodyStart = 0,
): PriorFact[] {
  const out: PriorFact[] = [];
  const personAt = personFinder(sentences, mentions, genders);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (sentence.end <= bodyStart) continue;
    const part = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000));
    if (!HINT.test(part)) continue;
    COUNTED.lastIndex = 0;
    for (let m = COUNTED.exec(part); m; m = COUNTED.exec(part)) {
      if (BOUND.test(part.slice(Math.max(0, m.index - 20), m.index))) continue;
      const w = m[1].toLowerCase();
      const value = /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w];
      if (value === undefined || value < 1) continue;
      const at = sentence.start + m.index;
      const who = personAt(s, at, null);
      if (who < 0) continue;
      const named = m[2] ?? m[4];
      const offence = named ? kindOf(named) ?? '' : '';
      if (named && !offence) continue;
      out.push({ mention: who, value, offence, noun: nounOf(m[3]), span: { start: at, end: at + m[0].length }, text: m[0] });
    }
    NTH.lastIndex = 0;
    for (let m = NTH.exec(part); m; m = NTH.exec(part)) {
      const at = sentence.start + m.index;
      const who = personAt(s, at, /^his$/i.test(m[1]) ? 'male' : 'female');
      const offence = kindOf(m[3]);
      if (who < 0 || !offence) continue;
      out.push({ mention: who, value: ORDINALS[m[2].toLowerCase()] - 1, offence, noun: nounOf(m[4]), span: { start: at, end: at + m[0].length }, text: m[0] });
    }
  }
  return out;
}
