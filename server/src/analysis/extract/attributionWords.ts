/**
 * The lexicon lookups attribution needs, over words of the analysis's one word scanner
 * (`text/words.ts`), which attribution runs on bounded windows only, so that it costs the same
 * for every quote however long the article is.
 */
import {
  LISTENER_WORDS,
  NOT_NAME_WORDS,
  REPORTING_VERBS,
  SPEAKER_PRONOUNS,
  SPEAKING_BODIES,
  SPEECH_PHRASES,
  TITLES,
  inflectedForms,
  speechVerb,
} from '../data/speech';
import { isAbbreviatedTitle, type Word } from '../text/words';

export { scanWords, type Word } from '../text/words';
export { speechVerb };

const REPORTING_FORMS = inflectedForms(REPORTING_VERBS);
const TITLE_SET = new Set(TITLES);
const BODY_SET = new Set(SPEAKING_BODIES);
const NOT_NAME = new Set(NOT_NAME_WORDS);
const LISTENERS = new Set(LISTENER_WORDS);

/** Base form of a verb that can introduce reported speech, or null. */
export function reportingVerb(lower: string): string | null {
  return REPORTING_FORMS.get(lower) ?? null;
}

/** Length in words of the speech phrase ("according to") starting at `words[i]`, or 0. */
export function speechPhraseAt(words: Word[], i: number): number {
  for (const phrase of SPEECH_PHRASES) {
    const parts = phrase.split(' ');
    if (parts.every((p, k) => words[i + k]?.lower === p)) return parts.length;
  }
  // Two-word verbs such as "pointed out".
  const two = words[i + 1] ? `${words[i].lower} ${words[i + 1].lower}` : '';
  if (two && speechVerb(two)) return 2;
  return 0;
}

export function isTitle(lower: string): boolean {
  return TITLE_SET.has(lower) || TITLE_SET.has(lower.replace(/\.$/, '')) || isAbbreviatedTitle(lower);
}

export function isSpeakingBody(lower: string): boolean {
  return BODY_SET.has(lower);
}

export function isListener(lower: string): boolean {
  return LISTENERS.has(lower);
}

export function pronounKind(lower: string): 'person' | 'thing' | 'group' | null {
  return Object.prototype.hasOwnProperty.call(SPEAKER_PRONOUNS, lower) ? SPEAKER_PRONOUNS[lower] : null;
}

/** True for a word that can be part of a name: capitalised, or a particle inside one ("al-Amr", "de"). */
export function isCapitalised(w: Word): boolean {
  return w.kind === 'word' && (/^[\p{Lu}]/u.test(w.text) || /^(?:al|el|ad|as|bin|ibn|abu|ben)-\p{Lu}/u.test(w.text));
}

export function isNameParticle(w: Word): boolean {
  return w.kind === 'word' && /^(?:de|da|del|della|di|van|von|der|den|la|le|bin|ibn|al|el|du|dos|das|of)$/.test(w.lower);
}

/** True for a capitalised word that nevertheless never begins a name ("The", "After", "He"). */
export function isNotName(w: Word): boolean {
  return NOT_NAME.has(w.lower);
}

/** The word without a possessive ending ("Macron's" → "Macron"), and whether it had one. */
export function possessive(w: Word): { base: string; end: number; owned: boolean } {
  const m = /['\u2019]s?$/.exec(w.text);
  if (m && w.text.length > m[0].length) return { base: w.text.slice(0, -m[0].length), end: w.end - m[0].length, owned: true };
  return { base: w.text, end: w.end, owned: false };
}
