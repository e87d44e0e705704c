/**
 * Attempts an article's narration reports, with who made them ("a bystander tried to stop the
 * driver", "Johnson's husband tried to stop him"): a description of a person (an article and a
 * noun, or a named person's relation), optionally "who", a verb of attempt with "to", the act
 * and what it was done to. Kept with the article's fact frames; compared by `alignAttempts.ts`.
 */
import type { Article, Span } from '../types';
import { isPersonNoun } from '../data/genders';
import { fold, isStopword, stem } from './claimsText';

/** One attempt an article reports. */
export interface Attempt {
  /** The description of the person who made it, as written. */
  doer: string;
  /** Its head noun, folded. */
  head: string;
  /** The act with its particle ("stop", "break up"), folded. */
  act: string;
  /** What it was done to: the head noun's stem, or `person` for a pronoun. */
  object: string;
  /** What it was done to, as written ("the driver", "him"). */
  objectText: string;
  /** The words from the description to the object. */
  span: Span;
  text: string;
}

/** Descriptions that say nothing of who the person was: they agree with every other. */
export const GENERAL = new Set(['man', 'woman', 'person', 'people', 'someone', 'somebody', 'one', 'individual', 'other', 'another', 'guy', 'men', 'women']);
/** Pronouns that stand for the person an act was done to. */
const PERSON_PRONOUNS = new Set(['him', 'her', 'them']);
/** Words that cannot head a description of a person: what follows "the" in "the time", "the scene". */
const NOT_PEOPLE = new Set(['time', 'scene', 'way', 'day', 'night', 'car', 'vehicle', 'door', 'fire', 'attack']);

/**
 * An attempt in a sentence's words: the description (bounded: at most three words after its
 * article), optionally a clause of what the person was doing ("who was visiting a friend at
 * the time and"; at most six words after its verb), "who", the verb of attempt, "to", the act
 * and its object. Every quantifier is
 * bounded, so the match cannot backtrack without limit.
 */
const ATTEMPT =
  /\b((?:(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne)\s+(?:(?!who\b)[a-z][\w-]*\s+){0,2}(?!who\b)[a-z][\w-]*)|(?:[A-Z][\w-]{1,30}['\u2019]s\s+[a-z][\w-]*))(?:\s+who\s+(?:was|were|is|had\s+been)\s+([a-z]{2,20}ing)((?:\s+[A-Za-z][\w'\u2019-]*){0,6}?)(?:,?\s+and)?)?\s+(?:who\s+)?(?:tried|attempted)\s+to\s+([a-z]{2,20})(?:\s+(up|off|out|down|back))?\s+(him|her|them|(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\b/g;

/**
 * The noun of the one who does what a verb's "-ing" form says ("visiting" → "visitor",
 * "driving" → "driver", "guarding" → "guard"), when it is a noun of a person; else null.
 */
export function agentNoun(ing: string): string | null {
  const w = ing.toLowerCase();
  if (!w.endsWith('ing') || w.length < 6) return null;
  const base = w.slice(0, -3);
  const bases = [base, `${base}e`];
  // A doubled final consonant ("running" → "run").
  if (base.length > 2 && base[base.length - 1] === base[base.length - 2]) bases.push(base.slice(0, -1));
  for (const b of bases) {
    for (const noun of [`${b}or`, `${b}er`, b.endsWith('e') ? `${b}r` : '', b]) {
      if (noun && isPersonNoun(noun)) return noun;
    }
  }
  return null;
}

/** The attempts an article reports outside quotation marks (kept with its fact frames). */
export function readAttempts(article: Article): Attempt[] {
  const out: Attempt[] = [];
  const text = article.text;
  const quoted = article.quotes.filter((q) => q.direct);
  const inQuote = (at: number) => quoted.some((q) => q.start <= at && at < q.end);
  for (const sentence of article.sentences) {
    const words = text.slice(sentence.start, sentence.end);
    // Most sentences report no attempt.
    if (!/\b(?:tried|attempted)\s+to\b/.test(words)) continue;
    for (const m of words.matchAll(ATTEMPT)) {
      const start = sentence.start + (m.index ?? 0);
      if (inQuote(start)) continue;
      const described = m[1];
      const general = fold(described.split(/\s+/).pop() ?? '');
      // The head of a description is a noun: "the time and tried to…" describes no one.
      if (NOT_PEOPLE.has(general) || isStopword(general) || /ly$/.test(general) || described.split(/\s+/).slice(1).some((w) => isStopword(w) && !/^(?:another|other)$/i.test(w))) continue;
      // "a man who was visiting a friend … and tried to": a person of the most general sense
      // is described by what they were doing, as the noun of its doer ("visitor").
      const doing = m[2] ? agentNoun(m[2]) : null;
      const head = doing && GENERAL.has(general) ? doing : general;
      const doer = m[2] ? words.slice(m.index ?? 0, (m.index ?? 0) + m[0].indexOf(m[2], m[1].length) + m[2].length + m[3].length) : described;
      // "stop the car from leaving": the object's head is its last word that is not a function
      // word, and the object ends there ("the attack also suffered" ends at "attack").
      const objectMatches = [...m[6].matchAll(/\S+/g)];
      const objectWords = objectMatches.map((w) => w[0]);
      const headAt = objectWords.length - 1 - [...objectWords].reverse().findIndex((w, i) => i === objectWords.length - 1 || !isStopword(w));
      const objectHead = fold(objectWords[headAt] ?? '');
      const objectText = objectWords.slice(0, headAt + 1).join(' ');
      const end = start + m[0].length - m[6].length + (objectMatches[headAt]?.index ?? 0) + (objectWords[headAt]?.length ?? 0);
      out.push({
        doer,
        head,
        act: fold(m[5] ? `${m[4]} ${m[5]}` : m[4]),
        object: PERSON_PRONOUNS.has(objectHead) && objectWords.length === 1 ? 'person' : stem(objectHead),
        objectText,
        span: { start, end },
        text: m[0].slice(0, end - start),
      });
    }
  }
  return out;
}

