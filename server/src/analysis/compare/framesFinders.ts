/**
 * Who found the dead, as an article's narration tells it: "the landlord's son found the bodies",
 * "police found the bodies of two women", "the bodies … were found by police and firefighters",
 * "a neighbour discovered her body". The finder is a description of people (an article and a
 * noun, a named person's or a described person's relation, or a bare plural or a body of people:
 * "police", "firefighters"), never a name. Kept with the article's fact frames; compared by
 * `alignFinders.ts`.
 */
import type { Article, Span } from '../types';
import { fold, isStopword, stem } from './claimsText';

/** One article's statement of who found the dead. */
export interface Finder {
  /** The description of the finder, as written. */
  doer: string;
  /** The stems of its head nouns ("police and firefighters": police, firefight…). */
  heads: string[];
  span: Span;
  text: string;
}

/** A description of people before the verb: "the landlord's son", "a passer-by", "police and firefighters". Bounded. */
const DOER = String.raw`((?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w-]*)|(?:[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?)|(?:[Pp]olice|[Ff]irefighters|[Oo]fficers|[Dd]eputies|[Rr]escuers|[Nn]eighbou?rs)(?:\s+(?:and|or)\s+[a-z]+)?)`;
/** What the finder found: the dead, by a noun of a body or a victim. */
const DEAD = String.raw`(?:bod(?:y|ies)|remains|corpses?)`;
/** "The landlord's son found the bodies". */
const ACTIVE = new RegExp(String.raw`\b${DOER}\s+(?:later\s+|then\s+|first\s+)?(?:found|discovered)\s+(?:the|a|her|his|their|both|two|three)\s+(?:[a-z]+\s+)?${DEAD}\b`, 'g');
/** "The bodies … were found by police and firefighters". */
const PASSIVE = new RegExp(String.raw`\b${DEAD}\b[^.;:!?]{0,120}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:first\s+)?(?:found|discovered)\s+by\s+((?:(?:the|a|an|his|her|their)\s+)?[a-z][\w'\u2019-]*(?:\s+(?:and|or)\s+[a-z][\w-]*)?)`, 'g');
/** Words that describe no finder ("it", "they"), or a time before the verb ("yesterday"). */
const NOT_DOERS = new Set(['it', 'they', 'who', 'which', 'that', 'yesterday', 'today', 'later', 'also', 'then', 'and', 'had', 'have', 'has', 'was', 'were', 'been']);

/** The head nouns of a description: the last word of each part joined by "and" or "or". */
function headsOf(doer: string): string[] {
  return doer
    .split(/\s+(?:and|or)\s+/)
    .map((part) => fold(part.trim().split(/\s+/).pop() ?? ''))
    .filter((h) => h && !isStopword(h))
    .map(stem);
}

/** Who found the dead, as the article's narration (outside quotation marks) says. */
export function readFinders(article: Article): Finder[] {
  const out: Finder[] = [];
  const text = article.text;
  const quoted = article.quotes.filter((q) => q.direct);
  const inQuote = (at: number) => quoted.some((q) => q.start <= at && at < q.end);
  for (const sentence of article.sentences) {
    const words = text.slice(sentence.start, sentence.end);
    // Most sentences tell of no one finding the dead.
    if (!/\b(?:found|discovered)\b/.test(words) || !/\b(?:bod(?:y|ies)|remains|corpses?)\b/.test(words)) continue;
    for (const re of [ACTIVE, PASSIVE]) {
      re.lastIndex = 0;
      for (const m of words.matchAll(re)) {
        const start = sentence.start + (m.index ?? 0);
        if (inQuote(start)) continue;
        const doer = m[1].trim();
        const first = doer.split(/\s+/)[0].toLowerCase();
        // A bare word must be a plural or a body of people ("police", "firefighters"), not a verb or a pronoun.
        if (NOT_DOERS.has(first) || NOT_DOERS.has(fold(doer.split(/\s+/).pop() ?? ''))) continue;
        if (!/^(?:the|a|an|his|her|their)$/i.test(first) && !/['\u2019]s$/.test(first) && !/^(?:police|firefighters|officers|deputies|rescuers|neighbou?rs)$/i.test(first) && !/s$/.test(first)) continue;
        const heads = headsOf(doer);
        if (!heads.length) continue;
        out.push({ doer, heads, span: { start, end: start + m[0].length }, text: m[0] });
      }
    }
  }
  return out;
}
