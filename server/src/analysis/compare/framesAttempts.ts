/**
 * Attempts an article's narration reports, with who made them ("a bystander tried to stop the
 * driver", "Johnson's husband tried to stop him"): a description of a person (an article and a
 * noun, or a named person's relation), optionally "who", a verb of attempt with "to", the act
 * and what it was done to. Kept with the article's fact frames; compared by `alignAttempts.ts`.
 */
import type { Article, Span } from '../types';
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
 * article), "who", the verb of attempt, "to", the act and its object. Every quantifier is
 * bounded, so the match cannot backtrack without limit.
 */
const ATTEMPT =
  /\b((?:(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)|(?:[A-Z][\w-]{1,30}['\u2019]s\s+[a-z][\w-]*))\s+(?:who\s+)?(?:tried|attempted)\s+to\s+([a-z]{2,20})(?:\s+(up|off|out|down|back))?\s+(him|her|them|(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\b/g;

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
      const doer = m[1];
      const head = fold(doer.split(/\s+/).pop() ?? '');
      // The head of a description is a noun: "the time and tried to…" describes no one.
      if (NOT_PEOPLE.has(head) || isStopword(head) || /ly$/.test(head) || doer.split(/\s+/).slice(1).some((w) => isStopword(w) && !/^(?:another|other)$/i.test(w))) continue;
      // "stop the car from leaving": the object's head is its last word that is not a function word.
      const objectWords = m[4].split(/\s+/);
      const objectHead = fold([...objectWords].reverse().find((w, i) => i === objectWords.length - 1 || !isStopword(w)) ?? '');
      out.push({
        doer,
        head,
        act: fold(m[3] ? `${m[2]} ${m[3]}` : m[2]),
        object: PERSON_PRONOUNS.has(objectHead) && objectWords.length === 1 ? 'person' : stem(objectHead),
        objectText: m[4],
        span: { start, end: start + m[0].length },
        text: m[0],
      });
    }
  }
  return out;
}

