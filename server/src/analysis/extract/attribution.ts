/**
 * Who said it: finds the speaker and speech verb of a quote from the words around it. All work
 * is on bounded windows of words, so each quote costs the same however long the article is.
 */
import type { Mention, Sentence, Span } from '../types';
import {
  isCapitalised,
  isListener,
  isNameParticle,
  isNotName,
  isSpeakingBody,
  isTitle,
  possessive,
  pronounKind,
  reportingVerb,
  scanWords,
  speechPhraseAt,
  speechVerb,
  type Word,
} from './attributionWords';
import { sentenceIndexAt as sentenceAt } from '../text/segment';
import { abbreviationOf, isAbbreviatedTitle } from '../text/words';
import { firstNameGender, isPersonNoun, isRoleNoun, nounGender, RELATIONAL_NOUNS, type Gender } from '../data/genders';
import { tailAfter } from '../text/normalize';
import { titleAbbreviations } from '../data/titles';

/** A speaker found in the text, before it is linked to a mention. */
export interface FoundSpeaker extends Span {
  text: string;
  /**
   * A name; a pronoun; a speaking body ("the ministry", "Macron's office"); or a description
   * of a person ("the officer", "a witness", "his lawyer").
   */
  kind: 'name' | 'pronoun' | 'body' | 'description';
}

/** A speech verb (or phrase such as "according to") with its span. */
export interface FoundVerb extends Span {
  text: string;
}

/** Adverbs and auxiliaries that may stand between a subject and its verb ("has also said"). */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'has', 'have', 'had', 'officially', 'publicly', 'later', 'then', 'again', 'repeatedly', 'previously',
  'reportedly', 'once', 'first', 'recently', 'just', 'further', 'would', 'will', 'did', 'does', 'do', 'had', 'has',
  'earlier', 'separately', 'subsequently', 'initially', 'privately', 'flatly', 'firmly', 'quickly', 'simply',
  'never', 'still', 'yesterday', 'today', 'tonight', 'however', 'too', 'herself', 'himself', 'themselves',
  'immediately', 'openly', 'angrily', 'bluntly', 'directly', 'explicitly', 'specifically', 'formally',
  'often', 'always', 'long', 'frequently', 'since', 'once', 'famously', 'softly', 'quietly', 'calmly',
]);

/** Prepositions: a name right after one is the object of a phrase, not a subject. */
const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'for', 'to', 'on', 'by', 'into', 'near', 'about', 'against', 'between', 'over', 'under', 'via', 'including']);

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Words that open a description of a speaker ("the officer", "a witness", "his lawyer", "one resident"). */
const DETERMINER = /^(?:the|a|an|one|another|his|her|their|my|our|your|its)$/;

/**
 * Words that cannot head or sit inside a description of a speaker: function words, and words
 * that open a clause of their own ("the man who …", "a day when …").
 */
const NOT_IN_DESCRIPTION = new Set([
  ...PREPOSITIONS, 'outside', 'inside', 'across', 'behind', 'beside', 'after', 'before', 'with', 'without', 'during',
  'since', 'through', 'among', 'around', 'like', 'off', 'up', 'down', 'out', 'upon', 'within', 'toward', 'towards', 'and', 'or', 'but', 'nor', 'who', 'whom', 'whose', 'which', 'that', 'when', 'where', 'while', 'as',
  'than', 'it', 'this', 'these', 'those', 'there', 'what', 'so', 'not', 'no', 'be', 'been', 'is', 'was', 'are', 'were',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'do', 'does',
  'the', 'a', 'an', 'he', 'she', 'they', 'we', 'i', 'you', 'me', 'him', 'them', 'us', 'also', 'then', 'later', 'too',
  'statement', 'time', 'way', 'words', 'reply', 'response', 'interview', 'tweet', 'post', 'note', 'email', 'letter',
]);

/** True for a word that may stand in a description of a speaker: a plain or hyphenated word, not a function word or a speech verb. */
function describes(w: Word | undefined): boolean {
  return !!w && w.kind === 'word' && !NOT_IN_DESCRIPTION.has(w.lower) && !speechVerb(w.lower) && !/ly$/.test(w.lower);
}

/**
 * A description of a person ending at `words[j]` and opened by a determiner or an owner
 * within four words ("the convicted killer", "a Mobinil customer service representative",
 * "the church's minister", "my mom"). The article is left out of the span, other determiners
 * ("his lawyer", "one resident") are kept.
 */
function descriptionEndingAt(text: string, words: Word[], j: number, floor: number): FoundSpeaker | null {
  if (j < floor || !describes(words[j]) || isCapitalised(words[j])) return null;
  let reach = 5;
  for (let a = j; a >= floor && a > j - reach; a--) {
    const w = words[a];
    if (a < j && possessive(w).owned) {
      // An owner opens the description ("Lee's lawyer", "the Bible Church's minister").
      let o = a;
      while (isCapitalised(w) && o - 1 >= floor && o > a - 4 && isCapitalised(words[o - 1]) && !isNotName(words[o - 1])) o--;
      const found = spanText(text, words, o, j);
      return found ? { ...found, kind: 'description' } : null;
    }
    const d = a - 1;
    if (d >= floor && DETERMINER.test(words[d].lower)) {
      // A phrase after the head ("the prosecutor in the Lee case"): the head before it speaks.
      if (d - 2 >= floor && /^(?:of|in|at|for|from|with|on)$/.test(words[d - 1].lower)) {
        const head = descriptionEndingAt(text, words, d - 2, floor);
        if (head) return head;
      }
      const keep = !/^(?:the|a|an)$/.test(words[d].lower);
      const found = spanText(text, words, keep ? d : a, j);
      return found ? { ...found, kind: 'description' } : null;
    }
    // Two nouns of a person joined by "and" describe one ("the singer and actress", "the
    // comedian and talk show host").
    if (reach === 5 && d - 1 >= floor && words[d].lower === 'and' && describes(words[d - 1]) && !isCapitalised(words[d - 1]) && isPersonNoun(words[d - 1].lower) && isPersonNoun(words[j].lower)) {
      reach = j - d + 5;
      a = d;
      continue;
    }
    if (d < floor || !(describes(words[d]) || /^\p{N}/u.test(words[d].text))) return null;
  }
  return null;
}

/** The text of `words[a..b]` as written. */
function spanText(text: string, words: Word[], a: number, b: number): FoundSpeaker | null {
  if (a > b || a < 0) return null;
  return { start: words[a].start, end: words[b].end, text: text.slice(words[a].start, words[b].end), kind: 'name' };
}

/**
 * The name in a run of capitalised words `words[a..b]`: what follows the last title
 * ("U.S. President Donald Trump" → "Donald Trump"), or the whole run when only titles remain.
 */
function nameOfRun(text: string, words: Word[], a: number, b: number): FoundSpeaker | null {
  let first = a;
  for (let k = a; k <= b; k++) if (isTitle(words[k].lower) || possessive(words[k]).owned) first = k + 1;
  // A title's portfolio ("Minister of Education Stefania Giannini") is not part of the name.
  if (first > a && first + 2 <= b && /^(?:of|for)$/.test(words[first].lower)) first += 2;
  // Titles alone ("the District Attorney said") describe a person named elsewhere.
  if (first > b) {
    const found = spanText(text, words, a, b);
    return found ? { ...found, kind: 'description' } : null;
  }
  while (first <= b && isNotName(words[first])) first++;
  const found = spanText(text, words, first, b);
  if (!found) return null;
  // A possessive ending on the last word ("Macron's") belongs to the phrase, not to the name.
  return found;
}

/**
 * The name set in apposition after a description of a person ("Lee's attorney, Tom Vale", "the
 * candidate, regional clerk Ida Holm"): from `words[k]`, a comma, perhaps lower-case words of a
 * title, then a run of capitalised words that ends the phrase (a comma, a stop, the end, or the
 * verb). Null when anything else follows the comma (a phrase with "of" is another person: "the
 * lawyer, a friend of Tom Vale").
 */
function appositiveName(text: string, words: Word[], k: number, limit: number): FoundSpeaker | null {
  if (words[k]?.text !== ',') return null;
  let a = k + 1;
  while (a < limit && a < k + 5 && describes(words[a]) && !isCapitalised(words[a]) && !PREPOSITIONS.has(words[a].lower) && !DETERMINER.test(words[a].lower)) a++;
  if (a >= limit || !isCapitalised(words[a]) || isNotName(words[a])) return null;
  let b = a;
  while (b + 1 < limit && b < a + 5 && words[b + 1].kind === 'word' && (isCapitalised(words[b + 1]) || isNameParticle(words[b + 1]))) b++;
  if (possessive(words[b]).owned) return null;
  const next = words[b + 1];
  if (next && !/^[,.;]$/.test(next.text) && !speechVerb(next.lower)) return null;
  const found = nameOfRun(text, words, a, b);
  return found && found.kind === 'name' ? found : null;
}

/** True when a speaker found is a description of one person ("the candidate", "Lee's attorney"). */
function describesPerson(found: FoundSpeaker): boolean {
  const head = /(\p{L}+)$/u.exec(found.text)?.[1]?.toLowerCase() ?? '';
  return (found.kind === 'description' || found.kind === 'body') && isPersonNoun(head);
}

/**
 * The subject that ends at `words[j]` (inclusive), read leftwards: a pronoun, a name (a run of
 * capitalised words, titles removed), or a speaking body ("Macron's office", "the ministry").
 */
function subjectEndingAt(text: string, words: Word[], j: number, floor: number): FoundSpeaker | null {
  if (j < floor) return null;
  const w = words[j];
  if (w.kind !== 'word') return null;
  // "the i reporting …": a lower-case "i" after an article is a publication's name, not "I".
  if (w.text === 'i' && j - 1 >= floor && words[j - 1].lower === 'the') return { start: w.start, end: w.end, text: w.text, kind: 'name' };
  const pk = pronounKind(w.lower);
  if (pk) return { start: w.start, end: w.end, text: w.text, kind: 'pronoun' };
  // "someone say", "somebody shouted": a speaker the text does not name.
  if (/^some(?:one|body)$/.test(w.lower)) return { start: w.start, end: w.end, text: w.text, kind: 'description' };
  if (isCapitalised(w) && !isNotName(w)) {
    let a = j;
    while (a - 1 >= floor && a > j - 7) {
      const p = words[a - 1];
      if (isCapitalised(p) && !isNotName(p)) a--;
      else if (isNameParticle(p) && a - 2 >= floor && isCapitalised(words[a - 2]) && !isNotName(words[a - 2])) a--;
      else break;
    }
    // A name governed by a preposition ("talks in Miami suggest") is not the subject, unless
    // it completes a speaking body or a spokesperson ("a statement from Acme", "a spokesman for
    // the Acme Group"): that phrase speaks.
    // A person before such a phrase speaks ("Ann Lee of the Red Cross said").
    const titled = words.slice(a, j + 1).some((x) => isTitle(x.lower));
    let p = a - 1;
    if (p > floor && words[p].lower === 'the') p--;
    if (!titled && p >= floor && PREPOSITIONS.has(words[p].lower)) {
      const h = p - 1;
      if (/^(?:for|from|of|at)$/.test(words[p].lower) && h >= floor) {
        if (isSpeakingBody(words[h].lower) && DETERMINER.test(words[h - 1]?.lower ?? '')) {
          const found = spanText(text, words, h, j);
          return found ? { ...found, kind: 'body' } : null;
        }
        if (words[p].lower !== 'for' && isCapitalised(words[h]) && !isNotName(words[h]) && !possessive(words[h]).owned && !isTitle(words[h].lower)) return subjectEndingAt(text, words, h, floor);
      }
      // "CEO of the Refugee Council Ann Lee told": a title's organisation, then the name.
      if (!(p < a - 1 && isTitle(words[h]?.lower ?? ''))) return null;
    }
    return nameOfRun(text, words, a, j);
  }
  if (isSpeakingBody(w.lower)) {
    // Extend over modifiers: "Macron's office", "the French presidency", "the Home Office letter".
    let a = j;
    while (a - 1 >= floor && a > j - 5) {
      const p = words[a - 1];
      if (p.kind !== 'word' || p.lower === 'the' || p.lower === 'a' || p.lower === 'an') break;
      if (possessive(p).owned) {
        a--;
        // The owner may be a lower-case phrase up to its article ("the port authority's office").
        let d = a - 1;
        while (d >= floor && d >= a - 3 && words[d].kind === 'word' && !/^(?:the|a|an)$/.test(words[d].lower) && !speechVerb(words[d].lower)) d--;
        if (d >= floor && d < a - 1 && /^(?:the|a|an)$/.test(words[d].lower)) a = d + 1;
        else while (a - 1 >= floor && isCapitalised(words[a - 1]) && !isNotName(words[a - 1]) && a > j - 7) a--;
        break;
      }
      if (isCapitalised(p) || /^(?:french|russian|state|foreign|interior|defence|defense|health|local|federal|regional|national|senior|top|chief|press)$/.test(p.lower) || isSpeakingBody(p.lower)) a--;
      else break;
    }
    const found = spanText(text, words, a, j);
    return found ? { ...found, kind: 'body' } : null;
  }
  return descriptionEndingAt(text, words, j, floor);
}

/** A legislator's party and state or district as news prints them: "R-Maine", "D-N.Y.", "I-Vt.", "R-Texas, 4th District". */
const PARTY_TAG = /^(?:[DRI]|Dem|Rep|Ind|Lab|Con|LD)-\s?\p{Lu}[\p{L}.' -]{0,24}(?:,\s*\d+\w*\s+District)?$/u;

/**
 * The subject of the verb at `words[v]`, read leftwards and skipping adverbs, auxiliaries,
 * time phrases ("on Sunday") and an appositive between commas ("Jeff Rathke, the department's
 * spokesman, said").
 */
export function subjectBefore(text: string, words: Word[], v: number, floor = 0): FoundSpeaker | null {
  let j = v - 1;
  for (let guard = 0; guard < 8 && j >= floor; guard++) {
    const w = words[j];
    // "goes on to say", "continued to say": the subject of the verb that carries the saying.
    if (w.lower === 'to' && j - 1 >= floor && CARRYING.test(words[j - 1].lower)) j -= 2;
    else if (w.lower === 'to' && j - 2 >= floor && words[j - 1].lower === 'on' && /^(?:go|goes|went|going)$/.test(words[j - 2].lower)) j -= 3;
    else if (BETWEEN_SUBJECT_AND_VERB.has(w.lower)) j--;
    else if (WEEKDAY.test(w.lower) && words[j - 1]?.lower === 'on') j -= 2;
    else break;
  }
  if (j < floor) return null;
  // A negated verb ("did not say", "won't tell") attributes nothing.
  if (words[j].lower === 'not' || /n['\u2019]t$/.test(words[j].lower)) return null;
  // A relative pronoun stands for the phrase before it ("the letter from a lady which said",
  // "a neighbour, who said").
  if (/^(?:who|which)$/.test(words[j].lower) && j - 1 >= floor) {
    const k = words[j - 1].text === ',' ? j - 2 : j - 1;
    return k >= floor ? subjectEndingAt(text, words, k, floor) : null;
  }
  // An appositive that ends with a title in quotation marks, its comma inside them
  // ("Ann Lee, who starred in “Blue River,” said"): the title is passed over whole.
  let closing = -1;
  if (/^["\u201d]$/.test(words[j].text) && words[j - 1]?.text === ',' && j - 1 > floor) {
    for (let o = j - 2; o >= floor && j - o < 12 && !/^[.;:!?]$/.test(words[o].text); o--) {
      if (/^["\u201c]$/.test(words[o].text)) {
        closing = o;
        break;
      }
    }
    if (closing > floor) j -= 1;
  }
  if (words[j].text === ',') {
    // A party and state between commas ("Sen. Ann Lee, R-Maine, said", "Ann Lee, D-Md., said")
    // tells the subject's affiliation: the subject is the name before it. Its stops are an
    // abbreviation's, not a sentence's.
    for (let k = j - 2; k > floor && k >= j - 6; k--) {
      if (words[k].text !== ',') continue;
      if (PARTY_TAG.test(text.slice(words[k + 1].start, words[j - 1].end))) return subjectEndingAt(text, words, k - 1, floor);
      break;
    }
    // An appositive: find the comma that opens it; it may hold a long relative clause
    // ("Ann Lee, a lawyer who once represented the family in two trials, said").
    let k = closing > floor ? closing - 1 : j - 1;
    while (k >= floor && j - k < 32 && words[k].text !== ',' && !/^[.;:!?"\u201c\u201d]$/.test(words[k].text)) {
      k--;
      // A title in quotation marks inside the appositive ("who starred in “Blue River,”") is
      // passed over whole, its commas with it.
      if (k >= floor && /^["\u201d]$/.test(words[k].text)) {
        let o = k - 1;
        while (o >= floor && k - o < 12 && !/^["\u201c]$/.test(words[o].text) && !/^[.;:!?]$/.test(words[o].text)) o--;
        if (o >= floor && /^["\u201c]$/.test(words[o].text) && j - o < 32) k = o - 1;
      }
    }
    const inner = j - 1;
    if (inner >= floor && k < inner) {
      const innerStart = k >= floor && words[k].text === ',' ? k + 1 : Math.max(floor, k + 1);
      const pureName = isCapitalised(words[innerStart]) && !isNotName(words[innerStart]) && words.slice(innerStart, inner + 1).every((x) => isCapitalised(x) || isNameParticle(x));
      if (pureName && k - 1 > floor && isCapitalised(words[k - 1]) && !/^(?:the|a|an)$/.test(words[k - 2]?.lower ?? '')) {
        // "…, curator at the University of Lakeland, Oakton, said": a name after a name and a
        // comma is the place of the one before; the appositive opens at the comma before them.
        let k2 = k - 1;
        while (k2 > floor && k - k2 < 32 && words[k2].text !== ',' && !/^[.;:!?"\u201c\u201d]$/.test(words[k2].text)) k2--;
        if (k2 > floor && words[k2].text === ',' && k2 < k - 2 && !isCapitalised(words[k2 + 1])) return subjectEndingAt(text, words, k2 - 1, floor);
      }
      if (pureName) return subjectEndingAt(text, words, inner, innerStart);
      if (k >= floor && words[k].text === ',') {
        // A description with a name in apposition speaks by that name ("the candidate, regional
        // clerk Ida Holm, said").
        const outer = subjectEndingAt(text, words, k - 1, floor);
        const named = outer && describesPerson(outer) ? appositiveName(text, words, k, j) : null;
        return named && named.end <= words[inner].end ? named : outer;
      }
    }
    return null;
  }
  const subject = subjectEndingAt(text, words, j, floor);
  // A bare verb form after a description is a noun there ("a sarcastic answer"), unless the
  // description is plural ("the residents answer") or the object of a verb of perception
  // ("heard a guard yell", "overheard someone say").
  const at = subject ? words.findIndex((w) => w.start === subject.start) : -1;
  const heard = at > floor && /^(?:heard|overheard|hear|hears|saw|see|sees|watched|listened)$/.test((/^(?:a|an|the|one)$/.test(words[at - 1].lower) ? words[at - 2] : words[at - 1])?.lower ?? '');
  if (subject?.kind === 'description' && !heard && speechVerb(words[v].lower) === words[v].lower && !/s$/.test(words[j].lower)) return null;
  // What a thing reads ("a sign read", "the banner reads") is written on it, not said by a person.
  if (subject?.kind === 'description' && speechVerb(words[v].lower) === 'read') return null;
  return subject;
}

/** Documents that speak for whoever issued them. */
const DOCUMENT_NOUNS = new Set(['statement', 'letter', 'report', 'study', 'survey']);
/** Written things whose words are quoted: the speaker is who wrote them. */
const WRITTEN_NOUN = /\b(?:statement|letter|report|study|survey|memo|memorandum|email|e-mail|document|documents|filing|release|transcript|notice|note|post|message|complaint|affidavit|minutes|records)\b/i;

/** True when a speaker found after "according to" is a document, not who issued it ("a memo obtained by …"). */
function isDocument(speaker: FoundSpeaker): boolean {
  return (speaker.kind === 'body' || speaker.kind === 'description') && WRITTEN_NOUN.test(speaker.text);
}

/** Where the issuer's words start after a document ("from", "by", "issued by", "signed by"), or -1. */
function issuerAt(words: Word[], k: number, limit: number): number {
  if (k < limit && /^(?:issued|released|signed|published|sent|posted)$/.test(words[k].lower)) k++;
  return k + 1 < limit && /^(?:from|by)$/.test(words[k].lower) ? k + 1 : -1;
}

/** The speaker named after a verb ("said Smith", "added the ministry", "according to police"). */
export function subjectAfter(text: string, words: Word[], a: number, limit: number): FoundSpeaker | null {
  let i = a;
  if (i >= limit) return null;
  const pk = pronounKind(words[i].lower);
  if (pk) return { start: words[i].start, end: words[i].end, text: words[i].text, kind: 'pronoun' };
  const determiner = DETERMINER.test(words[i].lower);
  if (determiner && !/^(?:the|a|an)$/.test(words[i].lower) && words[i].lower !== 'one') return descriptionAfter(text, words, i + 1, limit, i);
  if (determiner) i++;
  // Lower-case words before a name describe it ("said 32-year-old protester Ann Lee", "a tearful Ann Lee").
  let n = i;
  while (n < limit && n < i + 4 && describes(words[n]) && !isCapitalised(words[n])) n++;
  if (n > i && n < limit && isCapitalised(words[n]) && !isNotName(words[n])) i = n;
  else if (determiner) {
    const described = descriptionAfter(text, words, i, limit, i);
    if (described && !isCapitalised(words[i])) return described;
  }
  let b = i;
  while (b < limit && b < i + 7 && words[b].kind === 'word' && (isCapitalised(words[b]) || (b > i && isNameParticle(words[b])))) {
    if (possessive(words[b]).owned && b > i) break;
    b++;
  }
  // A name, lower-case words and a name: the first names what the second is ("said Acme
  // threat researcher Ann Lee", "said Oak Hill resident Ann Lee").
  let m = b;
  while (b > i && m < limit && m < b + 3 && describes(words[m]) && !isCapitalised(words[m])) m++;
  if (m > b && m < limit && isCapitalised(words[m]) && !isNotName(words[m]) && !possessive(words[b - 1]).owned) {
    i = m;
    b = m;
    while (b < limit && b < i + 7 && words[b].kind === 'word' && (isCapitalised(words[b]) || (b > i && isNameParticle(words[b])))) b++;
  }
  if (b > i) {
    // "the Kremlin's spokesman": the body noun after a possessive name is the speaker.
    if (b < limit && isSpeakingBody(words[b].lower)) {
      const found = spanText(text, words, i, b);
      return found ? { ...found, kind: 'body' } : null;
    }
    // "a Lakeside woman": a name modifying a noun for a person describes that person.
    if (determiner && b < limit && words[b].kind === 'word' && !isCapitalised(words[b]) && isPersonNoun(words[b].lower)) {
      const found = spanText(text, words, i, b);
      return found ? { ...found, kind: 'description' } : null;
    }
    return nameOfRun(text, words, i, b - 1);
  }
  let c = i;
  while (c < limit && c < i + 5 && words[c].kind === 'word' && !speechVerb(words[c].lower)) {
    if (isSpeakingBody(words[c].lower)) {
      // A document speaks for whoever issued it ("according to a statement from the union",
      // "a letter signed by Ann Lee"): the speaker is the issuer when the words name one.
      const by = DOCUMENT_NOUNS.has(words[c].lower) ? issuerAt(words, c + 1, limit) : -1;
      const issuer = by > 0 ? subjectAfter(text, words, by, limit) : null;
      // Any issuer the words name: a name, a body, a description ("from the association").
      if (issuer && issuer.kind !== 'pronoun') return issuer;
      const found = spanText(text, words, i, c);
      return found ? { ...found, kind: 'body' } : null;
    }
    c++;
  }
  return null;
}

/**
 * A description after a verb: words from `words[a]` up to the first word that cannot be in
 * one ("said an officer", "said a man wearing goggles", "added his lawyer, who …"). The span
 * starts at `from` (a kept determiner, or the first word).
 */
function descriptionAfter(text: string, words: Word[], a: number, limit: number, from: number): FoundSpeaker | null {
  let b = a;
  // A capitalised word may modify the noun after it ("their Toyota trainer"), not end it.
  while (b < limit && b < a + 5 && describes(words[b]) && (!isCapitalised(words[b]) || (words[b + 1] && b + 1 < limit && describes(words[b + 1]))) && !(b > a && /ing$/.test(words[b].lower))) b++;
  while (b > a && isCapitalised(words[b - 1])) b--;
  if (b === a) return null;
  const found = spanText(text, words, from, b - 1);
  return found ? { ...found, kind: 'description' } : null;
}

/** True for a sentence-ending or clause-ending mark, or a quotation mark. */
function stops(w: Word): boolean {
  return w.kind === 'punct' && /^[.!?;"\u201c\u201d\u00ab\u00bb]$/.test(w.text);
}

/** What attribution found for one quote. */
export interface Attribution {
  speaker: FoundSpeaker | null;
  verb: FoundVerb | null;
  /**
   * The tag after a quote names its subject only after a clause of its own ("…!” it clicked
   * that they were police, she said): it reports that clause, and an attribution before the
   * quote in its sentence ("When the driver yelled, “…!”") is the nearer one.
   */
  loose?: boolean;
}

/** Words that open a clause of their own between a quote and a later subject and verb. */
const CLAUSE_WORDS = new Set(['and', 'but', 'that', 'it', 'which', 'who', 'when', 'while', 'because', 'so', 'then', 'as', 'if', 'there']);

/** Words that may follow a speech verb in a sentence that only attributes ("told reporters on Monday."). */
const AFTER_BARE_VERB = new Set([...PREPOSITIONS, 'reporters', 'journalists', 'a', 'an', 'the', 'his', 'her', 'their', 'today', 'yesterday', 'tonight', 'later', 'again', 'also', 'afterwards', 'afterward']);

/**
 * True when the words from `words[start]` are a subject (a name or a description, without
 * punctuation of its own), a speech verb, and nothing but a listener, a time or a place
 * before the sentence ends: "Pete said.", "Police Const. Tim Fanning told a news conference.".
 */
export function bareAttribution(text: string, words: Word[], start: number): boolean {
  for (let v = start + 1; v < words.length && v < start + 10; v++) {
    const w = words[v];
    if (w.kind !== 'word') return false;
    if (!speechVerb(w.lower) || /ing$/.test(w.lower)) continue;
    // A verb's form after an article is a noun ("the report said").
    if (/^(?:the|a|an)$/.test(words[v - 1].lower)) continue;
    const subject = subjectBefore(text, words, v, start);
    if (!subject || subject.start < words[start].start) return false;
    const next = words[v + 1];
    if (!next || (next.kind === 'punct' && /^[.,;!?]$/.test(next.text))) return true;
    if (!AFTER_BARE_VERB.has(next.lower)) return false;
    for (let k = v + 1; k < words.length && k < v + 9; k++) {
      if (words[k].kind === 'punct') return /^[.;!?]$/.test(words[k].text);
      // A clause of its own ("said the team would rest") reports other words.
      if (words[k].lower === 'that' || speechVerb(words[k].lower) || IRREGULAR_FINITE.has(words[k].lower) || pronounKind(words[k].lower)) return false;
    }
    return false;
  }
  return false;
}

/**
 * "Lee quoted Tom Reed as saying": the one quoted speaks, not the one who quotes. Null unless
 * `words[i]` is "quoted" and "as saying" (or "as having said") follows the name within eight words.
 */
function quotedAsSaying(text: string, words: Word[], i: number): Attribution | null {
  if (words[i]?.lower !== 'quoted') return null;
  for (let k = i + 2; k < words.length && k < i + 10; k++) {
    if (words[k].lower !== 'as') continue;
    const next = words[k + 1]?.lower;
    if (next !== 'saying' && !(next === 'having' && words[k + 2]?.lower === 'said')) return null;
    const speaker = subjectAfter(text, words, i + 1, k);
    const last = words[next === 'saying' ? k + 1 : k + 2];
    return speaker ? { speaker, verb: { start: words[i].start, end: last.end, text: text.slice(words[i].start, last.end) } } : null;
  }
  return null;
}

/** Nouns for words someone said or wrote, as quoted ("a quote from X", "the line of X"). */
const WORDS_NOUNS = /^(?:quote|quotation|line|lines|words|remark|saying|maxim|verse)$/;

/** Words that may qualify the words someone said between their owner and the noun ("his last words"). */
const WORDS_QUALIFIERS = /^(?:last|dying|final|famous|own|exact|first|parting|opening|closing|immortal|very)$/;

/**
 * "George Floyd's dying words, “…”", "His last words to his brother were: “…”": the owner of
 * the words quoted next said them. The owner is a name in the possessive or "his"/"her" (read
 * as "he"/"she"); the phrase must close the lead-in, perhaps with a listener after "to" and a
 * form of "be".
 */
function ownerOfWords(text: string, words: Word[], i: number): Attribution | null {
  let o = i - 1;
  while (o >= 0 && o > i - 3 && WORDS_QUALIFIERS.test(words[o].lower)) o--;
  const w = words[o];
  if (!w || w.kind !== 'word') return null;
  let k = i + 1;
  if (words[k]?.lower === 'to') {
    k++;
    while (k < words.length && k < i + 8 && words[k].kind === 'word' && !/^(?:was|were|is|are)$/.test(words[k].lower)) k++;
  }
  if (/^(?:was|were|is|are)$/.test(words[k]?.lower ?? '')) k++;
  if (words.slice(k).some((x) => !/^[,:\u2014\u2013-]$/.test(x.text))) return null;
  const verb: FoundVerb = { start: words[i].start, end: words[i].end, text: words[i].text };
  if (/^(?:his|her)$/.test(w.lower)) return { speaker: { start: w.start, end: w.end, text: w.lower === 'his' ? 'he' : 'she', kind: 'pronoun' }, verb };
  // The scanner may give the possessive ending as a word of its own ("Floyd" "'s").
  if (/^['\u2019]s$/.test(w.lower) && o > 0) o--;
  const p = possessive(words[o]);
  const split = o < i - 1 && /^['\u2019]s$/.test(words[o + 1].lower);
  if ((!p.owned && !split) || !isCapitalised(words[o]) || isNotName(words[o])) return null;
  let a = o;
  while (a > 0 && a > o - 4 && isCapitalised(words[a - 1]) && !isNotName(words[a - 1]) && !possessive(words[a - 1]).owned) a--;
  // The name without its possessive ending.
  const run = words.slice(a, o + 1);
  if (!split) run[run.length - 1] = { ...words[o], text: p.base, lower: p.base.toLowerCase(), end: p.end };
  const found = nameOfRun(text, run, 0, run.length - 1);
  return found && found.kind === 'name' ? { speaker: found, verb } : null;
}

/**
 * "a quote from Einstein", "the line of Vergil", "words attributed to Lincoln", "a remark by
 * Lee": the one named after the noun said the words quoted next. Only a name (a run of
 * capitalised words) counts; null when `words[i]` opens no such phrase.
 */
function wordsFrom(text: string, words: Word[], i: number): Attribution | null {
  if (!WORDS_NOUNS.test(words[i]?.lower ?? '')) return null;
  const owner = ownerOfWords(text, words, i);
  if (owner) return owner;
  let k = i + 1;
  if (words[k]?.lower === 'attributed' && words[k + 1]?.lower === 'to') k += 2;
  else if (/^(?:from|of|by)$/.test(words[k]?.lower ?? '')) k += 1;
  else return null;
  if (!words[k] || !isCapitalised(words[k]) || isNotName(words[k])) return null;
  let b = k;
  while (b + 1 < words.length && b < k + 5 && words[b + 1].kind === 'word' && (isCapitalised(words[b + 1]) || isNameParticle(words[b + 1]))) b++;
  // The phrase closes the lead-in: only punctuation may follow the name (", “…”", " — “…”", ":").
  if (words[b + 1] && !/^[,:\u2014\u2013-]$/.test(words[b + 1].text) && words[b + 1].lower !== 'and') return null;
  if (possessive(words[b]).owned) return null;
  const speaker = nameOfRun(text, words, k, b);
  return speaker && speaker.kind === 'name' ? { speaker, verb: { start: words[i].start, end: words[k - 1].end, text: text.slice(words[i].start, words[k - 1].end) } } : null;
}

/**
 * Attribution after the quote: "…," Kremlin adviser Yury Gromov told reporters; "…," he
 * said; "…," said Smith; "…", according to the ministry.
 */
export function attributeAfter(text: string, from: number, limit: number, title: Span | null = null): Attribution | null {
  let words = scanWords(text, from, Math.min(limit, from + 240 + (title ? title.end - title.start : 0)));
  // A title in quotation marks inside the tag is passed over: its marks and its closing comma
  // stay, as an appositive's end.
  if (title) words = words.filter((w) => w.end <= title.start + 1 || w.start >= title.end - 1 || (w.text === ',' && w.end === title.end - 1));
  let i = 0;
  while (i < words.length && words[i].kind === 'punct' && /^[,\u2014\u2013-]$/.test(words[i].text)) i++;
  const start = i;
  // After a finished sentence ("… early.\" After the match, …") a capitalised word starts the
  // next sentence, not an attribution, unless that sentence is only a subject and its speech
  // verb ("…?\" Pete said.", "…\" Police Chief Ann Lee told reporters.").
  if (/[.!?\u2026]["'\u201d\u2019]?\s*$/.test(text.slice(Math.max(0, from - 3), from)) && words[start] && isCapitalised(words[start]) && !bareAttribution(text, words, start)) return null;
  // An inverted "came": "…" came a voice from the hall, "…" came the reply.
  if (words[start] && /^(?:came|comes)$/.test(words[start].lower)) {
    const speaker = subjectAfter(text, words, start + 1, words.length);
    if (speaker && speaker.kind !== 'pronoun') return { speaker, verb: { start: words[start].start, end: words[start].end, text: words[start].text } };
  }
  let comma = -1;
  for (; i < words.length && i < start + 16; i++) {
    const w = words[i];
    // The stop of a title's abbreviation ("Const.", "Rev.") does not end the attribution.
    const abbreviated = w.text === '.' && i > start && words[i - 1].end === w.start && (abbreviationOf(words[i - 1].text) === 'never' || isTitle(`${words[i - 1].lower}.`));
    // The marks of a title passed over do not end the tag.
    const titleMark = !!title && (w.start === title.start || w.end === title.end);
    if ((stops(w) && !abbreviated && !titleMark) || w.text === ':' || w.text === '(') return stops(w) ? mannerTag(text, from, words, start) : null;
    const quotedAs = quotedAsSaying(text, words, i);
    if (quotedAs) return quotedAs;
    if (w.text === ',' && comma < 0) comma = i;
    const phrase = speechPhraseAt(words, i);
    const base = speechVerb(w.lower);
    if (!base && !phrase) continue;
    // A capitalised word after a capitalised word is part of a name ("Lake State president").
    if (!phrase && i > start && isCapitalised(w) && isCapitalised(words[i - 1])) continue;
    // A participle with its own subject after a quote ("…", the government recommending …)
    // opens a new clause about other words; it does not attribute the quote before it.
    if (!phrase && i !== start && /ing$/.test(w.lower)) continue;
    const verbEnd = phrase ? i + phrase - 1 : i;
    const verb: FoundVerb = { start: w.start, end: words[verbEnd].end, text: text.slice(w.start, words[verbEnd].end) };
    if (i === start || (phrase && words[i].lower === 'according')) {
      let speaker = subjectAfter(text, words, verbEnd + 1, words.length);
      if (speaker && describesPerson(speaker)) {
        // "said Lee's attorney, Tom Vale": the name in apposition is the person.
        const k = words.findIndex((x) => x.start >= speaker!.end);
        speaker = (k >= 0 ? appositiveName(text, words, k, words.length) : null) ?? speaker;
      }
      // "according to a memo obtained by …" names a document, not who wrote it: a subject and
      // its verb of saying before the quote ("the department said the bill “…”, according to a
      // memo") name the speaker, and the document is the quote's only when nothing does.
      if (speaker && phrase && isDocument(speaker)) return { speaker, verb, loose: true };
      if (speaker || i === start) return { speaker, verb };
      continue;
    }
    // An infinitive ("… by failing to report it") is no tag of the quote, nor a noun after its
    // determiner ("the report said", "whose claim"): the sentence goes on to the attribution, if any.
    if (i > start && (words[i - 1].lower === 'to' || words[i - 1].lower === 'whose' || DETERMINER.test(words[i - 1].lower))) continue;
    // The subject stands between the quote and the verb, perhaps with an appositive.
    const speaker = subjectBefore(text, words, i, start);
    if (speaker) {
      const lead = words.slice(start, words.findIndex((w) => w.start >= speaker.start));
      const loose = lead.some((w) => CLAUSE_WORDS.has(w.lower) || looksFinite(w)) || (lead.some((w) => w.text === ',') && !/,\s*$/.test(text.slice(lead[0]?.start ?? speaker.start, speaker.start)));
      return loose ? { speaker, verb, loose } : { speaker, verb };
    }
    if (comma >= 0) {
      const first = subjectEndingAt(text, words, comma - 1, start);
      if (first) return { speaker: first, verb };
    }
    return { speaker: null, verb };
  }
  return mannerTag(text, from, words, start);
}

/**
 * A tag with a verb of manner after a quote whose words end with a comma ("…,” he shrugged.",
 * "…,” Ann grinned."): the comma inside the marks says the sentence goes on, so a subject and
 * its verb, ending the sentence, attribute the words even when the verb is not one of saying.
 */
function mannerTag(text: string, from: number, words: Word[], start: number): Attribution | null {
  if (!/,\s*["'\u201d\u2019]\s*$/.test(text.slice(Math.max(0, from - 4), from))) return null;
  const first = words[start];
  if (!first || first.kind !== 'word') return null;
  let v = start + 1;
  if (!/^(?:he|she|i|we|they)$/.test(first.lower)) {
    if (!isCapitalised(first) || isNotName(first)) return null;
    while (v < words.length && v < start + 4 && isCapitalised(words[v]) && !isNotName(words[v])) v++;
  }
  const verb = words[v];
  if (!verb || !looksFinite(verb) || /^(?:is|was|were|are|has|had|have|did|does|do)$/.test(verb.lower)) return null;
  // The verb ends the sentence or is followed by a phrase of manner ("…,” he shrugged again.").
  if (words[v + 1] && !/^[.!?,;]$/.test(words[v + 1].text) && !/^(?:again|slowly|quietly|softly|then|at|to|and)$/.test(words[v + 1].lower)) return null;
  const speaker = subjectEndingAt(text, words, v - 1, start);
  return speaker && (speaker.kind === 'pronoun' || speaker.kind === 'name') ? { speaker, verb: { start: verb.start, end: verb.end, text: verb.text } } : null;
}

/** Adverbs that may stand between the subject of "as … put it" and its verb. */
const AS_ADVERB = /^(?:so|once|also|later|then|has|had|have)$|ly$/;

/**
 * A clause of comparison set off by commas that names who said the words of the clause it
 * stands in: "As Ann Lee put it in her review, the film is “…”", "…, as the oath states, to
 * “…”". "As", a subject of at most six words, perhaps an adverb, and a speech verb or "put it";
 * a comma closes the clause within twelve words. The subject may be a name, a pronoun, a
 * description or a document ("the oath", "the report").
 */
function asClause(text: string, words: Word[], v: number): Attribution | null {
  const w = words[v];
  const put = /^puts?$/.test(w.lower) && words[v + 1]?.lower === 'it';
  // A verb that reports words ("as Lee noted"), not a sound ("As the crowd shouted, …" tells a time).
  if (!put && (!reportingVerb(w.lower) || /ing$/.test(w.lower))) return null;
  let e = put ? v + 2 : v + 1;
  while (e < words.length && e < v + 14 && words[e].kind === 'word') e++;
  if (words[e]?.text !== ',') return null;
  let j = v - 1;
  while (j > 0 && AS_ADVERB.test(words[j].lower)) j--;
  let k = j - 1;
  while (k >= 0 && k >= j - 6 && words[k].kind === 'word' && words[k].lower !== 'as') k--;
  if (k < 0 || words[k].lower !== 'as' || k === j) return null;
  // "as" opens the sentence or follows a comma: a clause of its own, not "such as" or "as well as".
  if (k > 0 && words[k - 1].text !== ',') return null;
  let speaker = subjectEndingAt(text, words, j, k + 1);
  if (!speaker && /^(?:the|a|an)$/.test(words[k + 1].lower) && k + 2 <= j && words.slice(k + 2, j + 1).every((x) => x.kind === 'word' && !isCapitalised(x))) {
    const found = spanText(text, words, k + 2, j);
    speaker = found ? { ...found, kind: 'body' } : null;
  }
  if (!speaker || speaker.start !== words[k + 1].start && speaker.start !== words[k + 2]?.start) return null;
  const end = put ? words[v + 1].end : w.end;
  return { speaker, verb: { start: w.start, end, text: text.slice(w.start, end) } };
}

/**
 * Attribution before the quote, within its sentence: "Zelensky said: “…”", "X told GB News:
 * “…”", "Zelensky wrote on social media that … “hit particularly hard.”". The nearest speech
 * verb with a subject wins; a verb whose subject is missing ("and told the police") gives way
 * to an earlier one.
 */
export function attributeBefore(text: string, from: number, to: number, sentenceStart = from): Attribution | null {
  if (to <= from) return null;
  // An aside set off by dashes right before the quote ("Ann Lee told reporters — where her
  // lawyer said she was “resting” — “…”") is a clause of its own: its verb does not introduce
  // the quote after it when the sentence around it names a speaker.
  const start = asideBefore(text, from, to);
  if (start > from) {
    const outer = attributeBeforeWords(text, scanWords(text, from, to).filter((w) => w.start < start), sentenceStart);
    if (outer?.speaker) return outer;
  }
  return attributeBeforeWords(text, scanWords(text, from, to), sentenceStart);
}

/** A dash: an em or en dash, or two hyphens. */
const DASH = /[\u2014\u2013]|--/g;

/**
 * Where an aside set off by two dashes starts when it ends right before `to` (only white space
 * after its closing dash), within `text[from, to)`; -1 when there is none.
 */
export function asideBefore(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1])) end--;
  if (end <= from || !/[\u2014\u2013-]/.test(text[end - 1])) return -1;
  const dashes = [...text.slice(from, end).matchAll(DASH)].map((m) => from + m.index);
  // The closing dash ends the window; the opening one is the dash before it.
  return dashes.length >= 2 && /\p{L}/u.test(text.slice(dashes[dashes.length - 2], dashes[dashes.length - 1])) ? dashes[dashes.length - 2] : -1;
}

/** {@link attributeBefore} over the words of its window. */
function attributeBeforeWords(text: string, words: Word[], sentenceStart: number): Attribution | null {
  // A participle without a subject of its own ("…, saying", "whilst promising"), kept in case
  // no earlier verb in the sentence names the speaker.
  let participle: FoundVerb | null = null;
  for (let v = words.length - 1; v >= 0; v--) {
    const w = words[v];
    const quotedAs = quotedAsSaying(text, words, v) ?? wordsFrom(text, words, v) ?? asClause(text, words, v);
    if (quotedAs) return quotedAs;
    const phrase = speechPhraseAt(words, v);
    if (!speechVerb(w.lower) && !phrase) continue;
    // A capitalised verb after a capitalised word is part of a name ("the Washington Post").
    if (!phrase && /^\p{Lu}/u.test(w.text) && v > 0 && isCapitalised(words[v - 1])) continue;
    if (phrase && (w.lower === 'according' || w.lower === 'in')) {
      const speaker = subjectAfter(text, words, v + phrase, words.length);
      if (speaker) return { speaker, verb: { start: w.start, end: words[v + phrase - 1].end, text: text.slice(w.start, words[v + phrase - 1].end) } };
      continue;
    }
    const end = phrase ? words[v + phrase - 1].end : w.end;
    const verb: FoundVerb = { start: w.start, end, text: text.slice(w.start, end) };
    if (!phrase && words[v + 1]?.lower === 'by') {
      // A passive ("the man described by the Times as “…”"): the agent after "by" speaks.
      const agent = subjectAfter(text, words, v + 2, words.length);
      if (agent && agent.kind !== 'pronoun') return { speaker: agent, verb };
      continue;
    }
    const speaker = subjectBefore(text, words, v, 0);
    if (/ing$/.test(w.lower)) {
      // A participle counts with its own subject right before it: a name ("with Boswell
      // stating:"), or a body in an absolute phrase (", the government recommending").
      if (speaker && v > 0 && speaker.end === words[v - 1].end) {
        if (speaker.kind === 'name') return { speaker, verb };
        if ((speaker.kind === 'body' || speaker.kind === 'description') && absolutePhrase(words, speaker)) return { speaker, verb };
        // The one heard or seen speaking ("I heard my mother whispering: “…”").
        if ((speaker.kind === 'description' || speaker.kind === 'pronoun') && perceived(words, speaker)) return { speaker, verb };
      }
      // Without one ("…, saying", "whilst promising"), its subject is the clause's before it:
      // an earlier speech verb's subject, else the sentence's. Only a participle that governs
      // the quote closely counts ("urging on fans when the first chants of “…”" does not).
      if (!participle && v > 0 && PARTICIPLE_LEAD.has(words[v - 1].lower) && governsEnd(words, v)) participle = verb;
      continue;
    }
    if (speaker) return { speaker, verb };
    // A verb joined to the one before it by "and", without a subject of its own ("Lee read the
    // paper and declared it “…”"), shares that verb's subject: found as a participle's is.
    if (!participle && v > 0 && words[v - 1].lower === 'and' && governsEnd(words, v)) participle = verb;
  }
  if (participle) {
    const sentenceWords = scanWords(text, Math.max(sentenceStart, participle.start - 600), participle.start);
    // The nearest clause joined by a conjunction owns the participle ("Police stopped him, but
    // he refused, saying …"); otherwise the sentence's first clause does.
    for (let c = sentenceWords.length - 2; c > 0; c--) {
      // A clause after a comma opened by "but", "and" or "yet", or by a word that subordinates
      // it ("…, where Nida begins by asserting that …").
      const joiner = sentenceWords[c].text === ';' || (/^(?:but|and|yet|where|when|whereas|while|as)$/.test(sentenceWords[c].lower) && sentenceWords[c - 1].text === ',');
      if (!joiner) continue;
      const subject = sentenceSubject(text, sentenceWords.slice(c + 1));
      if (subject) return { speaker: subject, verb: participle };
      break;
    }
    const subject = sentenceSubject(text, sentenceWords);
    if (subject) return { speaker: subject, verb: participle };
  }
  return null;
}

/** Verbs after which "to" and a speech verb tell what the subject went on to say. */
const CARRYING = /^(?:continued|continues|continue|began|begins|proceeded|proceeds)$/;

/** Verbs of perception whose object may be seen or heard doing something ("heard her shouting"). */
const PERCEPTION = /^(?:heard|overheard|hear|hears|saw|see|sees|watched|noticed)$/;

/** True when `speaker` is the object of a verb of perception right before it ("heard the children"). */
function perceived(words: Word[], speaker: FoundSpeaker): boolean {
  let k = words.findIndex((w) => w.start >= speaker.start) - 1;
  // The article left out of a description's span ("the children") stands before it.
  if (k >= 0 && /^(?:the|a|an)$/.test(words[k].lower)) k--;
  return k >= 0 && PERCEPTION.test(words[k].lower);
}

/** True when the body `speaker` opens an absolute phrase: after a comma or "with" (", the government recommending"). */
function absolutePhrase(words: Word[], speaker: FoundSpeaker): boolean {
  let k = words.findIndex((w) => w.start === speaker.start) - 1;
  if (k >= 0 && /^(?:the|a|an|its|their)$/.test(words[k].lower)) k--;
  return k >= 0 && (words[k].text === ',' || words[k].lower === 'with');
}

/** Words that open a new clause between a participle and the quote it would govern. */
const CLAUSE_BREAK = new Set(['when', 'while', 'whilst', 'because', 'after', 'before', 'which', 'who', 'where', 'since', 'until', 'if', 'although', 'though', 'as']);

/** True when the participle at `words[v]` reaches the end of `words` within ten words and no new clause. */
function governsEnd(words: Word[], v: number): boolean {
  let n = 0;
  for (let k = v + 1; k < words.length; k++) {
    if (words[k].kind !== 'word') continue;
    if (CLAUSE_BREAK.has(words[k].lower) || ++n > 10) return false;
  }
  return true;
}

/** Words after which a participle's subject is the subject of its whole sentence. */
const PARTICIPLE_LEAD = new Set([',', 'whilst', 'while', 'after', 'before', 'when', 'by', 'and', 'also', '\u2014', '\u2013']);

/** Opening words of a sentence that begin a phrase set off before its subject ("During …,"). */
const INTRO_WORDS = new Set([
  'during', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'whilst', 'as', 'since', 'with', 'speaking',
  'asked', 'writing', 'looking', 'later', 'earlier', 'meanwhile', 'however', 'separately', 'yesterday', 'today',
  'last', 'this', 'for', 'from', 'despite', 'following', 'addressing', 'responding', 'but', 'and', 'still', 'also',
  'under', 'amid', 'among', 'across', 'through', 'without', 'within', 'against', 'about', 'unlike', 'like', 'once',
  'if', 'although', 'though', 'because', 'until', 'upon', 'by', 'to', 'over', 'between', 'into', 'near', 'outside',
  'inside', 'according', 'asked', 'earlier', 'now', 'then', 'instead', 'indeed', 'overall', 'elsewhere', 'here',
]);

/** Finite verbs that do not end in -s or -ed, enough to tell a subject's verb from a noun. */
const IRREGULAR_FINITE = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'said', 'told', 'made', 'gave', 'took', 'went', 'came', 'put', 'set',
  'met', 'left', 'sent', 'spoke', 'wrote', 'held', 'kept', 'felt', 'saw', 'knew', 'thought', 'brought', 'stood',
  'won', 'lost', 'led', 'did', 'does', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'heard', 'overheard',
  'found', 'became', 'began', 'ran', 'got', 'paid', 'sought', 'meant', 'chose', 'drew', 'fought', 'taught', 'understood',
  'built', 'bought', 'caught', 'sat', 'struck', 'grew', 'threw', 'swore', 'forgot', 'forgave', 'withdrew', 'foresaw',
  'bent', 'spent', 'slept', 'wept', 'crept', 'knelt', 'leapt', 'slid', 'hung', 'rang', 'sang', 'sank', 'swam', 'shook',
  'woke', 'fell', 'drove', 'rode', 'wore', 'tore', 'froze', 'broke', 'ate', 'stuck', 'dug', 'flung', 'clung', 'swung',
  'spun', 'fled', 'bled', 'bit', 'hid', 'blew', 'flew', 'drank', 'shrank', 'stank', 'sprang', 'strode', 'stole', 'wove',
]);

/** True when `w` looks like a finite verb: "defended", "puts", "told". */
function looksFinite(w: Word): boolean {
  return w.kind === 'word' && !isCapitalised(w) && (IRREGULAR_FINITE.has(w.lower) || /(?:ed|[^s]s)$/.test(w.lower));
}

/**
 * The subject of a whole sentence, read from its start: an opening phrase up to its comma
 * ("During Prime Minister's Questions Wednesday,") is skipped, then a name, a pronoun or a
 * speaking body must come right before a lower-case word (its verb). Used for words that the
 * sentence's subject says without a speech verb of its own ("X defended …: “…”").
 */
export function sentenceSubject(text: string, words: Word[]): FoundSpeaker | null {
  let k = 0;
  if (words[0] && INTRO_WORDS.has(words[0].lower)) {
    let c = 0;
    while (c < words.length && c < 16 && words[c].text !== ',') c++;
    if (c >= words.length || words[c].text !== ',') return null;
    k = c + 1;
    // The comma of a title in quotation marks ("In his essay “Agrarian Justice,” Paine …").
    while (k < words.length && /^["'\u201d\u2019]$/.test(words[k].text)) k++;
  }
  const first = words[k];
  if (!first || first.kind !== 'word') return null;
  let end = -1;
  const pk = pronounKind(first.lower);
  // "It" opens too many sentences as a mere placeholder ("It was years before …").
  if (pk && first.text !== 'i' && pk !== 'thing') end = k;
  else if (pk) return null;
  else if (/^(?:one|another|a|an|the)$/.test(first.lower) && words[k + 1] && !isCapitalised(words[k + 1]) && words[k + 1].kind === 'word') {
    // "One poster admitted …", "A spokeswoman defended …": a determiner, lower-case words and
    // the head noun right before the verb.
    let b = k + 1;
    while (b + 1 < words.length && b < k + 4 && words[b + 1].kind === 'word' && !looksFinite(words[b + 1]) && !isCapitalised(words[b + 1])) b++;
    const verb = words[pastAside(words, b + 1)];
    if (!verb || !looksFinite(verb) || PREPOSITIONS.has(words[b].lower)) return null;
    // An article is not part of the speaker's name ("the driver"); "one" is ("One poster").
    const found = spanText(text, words, /^(?:a|an|the)$/.test(first.lower) ? k + 1 : k, b);
    return found ? { ...found, kind: 'body' } : null;
  } else {
    let j = k;
    if (/^(?:the|a|an)$/.test(words[j].lower)) j++;
    const runStart = j;
    let owner = false;
    while (j < words.length && j < runStart + 7 && words[j].kind === 'word' && ((isCapitalised(words[j]) && !isNotName(words[j])) || (j > runStart && isNameParticle(words[j])))) {
      j++;
      if (possessive(words[j - 1]).owned) {
        owner = true;
        break;
      }
    }
    while (j > runStart && isNameParticle(words[j - 1]) && !isCapitalised(words[j - 1])) j--;
    if (owner) {
      // "Macron's office defended …": the speaking body after the owner is the subject.
      for (let b = j; b < words.length && b < j + 3 && words[b].kind === 'word'; b++) {
        if (isSpeakingBody(words[b].lower)) {
          end = b;
          break;
        }
      }
    } else if (j > runStart) {
      end = j - 1;
      // Lower-case words of a title between a name's descriptive words and the name itself
      // ("American patriot Thomas Paine", "Labour leader Keir Starmer").
      let t = j;
      while (t < words.length && t < j + 2 && words[t].kind === 'word' && !isCapitalised(words[t]) && !looksFinite(words[t]) && !PREPOSITIONS.has(words[t].lower) && !isNameParticle(words[t]) && !NOT_IN_DESCRIPTION.has(words[t].lower)) t++;
      if (t > j && isCapitalised(words[t] ?? words[0]) && t < words.length && !isNotName(words[t])) {
        let r = t;
        while (r + 1 < words.length && r < t + 4 && isCapitalised(words[r + 1]) && !isNotName(words[r + 1])) r++;
        end = r;
      }
    } else {
      // A speaking body within a few lower-case words ("the French presidency").
      for (let b = runStart; b < words.length && b < runStart + 4 && words[b].kind === 'word'; b++) {
        if (isSpeakingBody(words[b].lower)) {
          end = b;
          break;
        }
      }
    }
  }
  if (end < 0) return null;
  // The next word must be a verb: lower case, not a preposition or a conjunction.
  let n = end + 1;
  // A name after "of" or "from" that tells where the subject comes from ("The Senator from
  // Alaska, …, tried"), before its verb.
  if (/^(?:of|from)$/.test(words[n]?.lower ?? '')) {
    let c = n + 1;
    if (words[c]?.lower === 'the') c++;
    const runStart = c;
    while (c < words.length && c < runStart + 5 && words[c].kind === 'word' && isCapitalised(words[c]) && !isNotName(words[c])) c++;
    if (c > runStart) n = c;
  }
  n = pastAside(words, n);
  while (n < words.length && BETWEEN_SUBJECT_AND_VERB.has(words[n].lower)) n++;
  const next = words[n];
  if (!next || !looksFinite(next) || PREPOSITIONS.has(next.lower)) return null;
  return subjectEndingAt(text, words, end, k);
}

/**
 * Where the verb after a subject may stand, from `words[n]` on: past an aside set off by commas
 * and opened by a preposition or a subordinator ("The senator, in explaining her vote, tried …").
 */
function pastAside(words: Word[], n: number): number {
  // A short aside in brackets ("Ann Lee (D-Ill.) said", "Lee (pictured) said").
  if (words[n]?.text === '(') {
    let c = n + 1;
    while (c < words.length && c < n + 10 && words[c].text !== ')' && !/^[;:!?"\u201c\u201d(]$/.test(words[c].text)) c++;
    return words[c]?.text === ')' ? c + 1 : n;
  }
  // An appositive between commas that opens with a determiner ("Ann Lee, a former county
  // attorney, responded").
  if (words[n]?.text === ',' && words[n + 1] && /^(?:a|an|the)$/.test(words[n + 1].lower)) {
    let c = n + 2;
    while (c < words.length && c < n + 16 && words[c].text !== ',' && !/^[.;:!?"\u201c\u201d]$/.test(words[c].text)) c++;
    if (words[c]?.text === ',') return c + 1;
  }
  // A party and state between commas ("Ann Lee, R-Maine, said").
  if (words[n]?.text === ',' && words[n + 1] && PARTY_TAG.test(words[n + 1].text)) {
    let c = n + 2;
    while (c < words.length && c < n + 6 && words[c].text !== ',') c++;
    if (words[c]?.text === ',' && PARTY_TAG.test(words.slice(n + 1, c).map((w) => w.text).join(' ').replace(/ \./g, '.'))) return c + 1;
  }
  if (words[n]?.text !== ',' || !words[n + 1] || !(PREPOSITIONS.has(words[n + 1].lower) || SUBORDINATOR.test(words[n + 1].lower))) return n;
  let c = n + 2;
  while (c < words.length && c < n + 25 && words[c].text !== ',' && !/^[.;:!?"\u201c\u201d]$/.test(words[c].text)) c++;
  return words[c]?.text === ',' ? c + 1 : n;
}

/** Words that open a clause set before its sentence's subject. */
const SUBORDINATOR = /^(?:while|whilst|although|though|whereas|because|since|if|when|as)$/;

/**
 * The subject of a clause that opens its sentence with a subordinator and has not closed (no
 * comma) before the quotation: "While University Relations and Student Affairs object to wikis
 * on the grounds that it creates a “…”". A name, names joined by "and", or "he"/"she", before a
 * lower-case word (its verb).
 */
function openingClauseSubject(text: string, words: Word[]): FoundSpeaker | null {
  if (words.length < 3 || !SUBORDINATOR.test(words[0].lower) || words.some((w) => w.text === ',')) return null;
  let b = 1;
  if (/^(?:he|she)$/.test(words[1].lower)) b = 2;
  else {
    while (b < words.length && b < 10 && ((isCapitalised(words[b]) && !isNotName(words[b])) || (b > 1 && /^(?:and|&)$/.test(words[b].lower) && isCapitalised(words[b + 1] ?? words[0]) && !isNotName(words[b + 1])))) b++;
  }
  const verb = words[b];
  if (b === 1 || !verb || verb.kind !== 'word' || isCapitalised(verb) || PREPOSITIONS.has(verb.lower) || (NOT_IN_DESCRIPTION.has(verb.lower) && !/^(?:is|was|are|were|has|had|have)$/.test(verb.lower))) return null;
  const found = spanText(text, words, 1, b - 1);
  return found ? { ...found, kind: b === 2 && /^(?:he|she)$/.test(words[1].lower) ? 'pronoun' : 'name' } : null;
}

/**
 * The subject of the sentence a fragment of quoted words sits in, when that sentence has no verb
 * of saying (`words`: the sentence up to the quotation): "Ann Lee was certain she was the target
 * of “chemical abuse”", "Tom Vale, of the institute, studies “the habits of ants”". The subject
 * found from the sentence's start, else the one before its first finite verb; null when the
 * verb is a passive ("Lee was jailed for “gross misconduct”": others' words).
 */
export function fragmentSubject(text: string, words: Word[]): FoundSpeaker | null {
  const opening = openingClauseSubject(text, words);
  if (opening) return opening;
  let subject = sentenceSubject(text, words);
  if (!subject) {
    const v = words.findIndex((w, i) => i > 0 && looksFinite(w) && !PREPOSITIONS.has(w.lower));
    if (v < 0) return null;
    subject = subjectBefore(text, words, v, 0);
    if (!subject || subject.start !== words[0].start) return null;
  }
  let n = words.findIndex((w) => w.start >= subject!.end);
  if (n >= 0 && words[n].text === ',') {
    // Past an appositive between commas ("Tom Vale, of the institute, studies").
    const close = words.findIndex((w, i) => i > n && w.text === ',');
    n = close >= 0 ? close + 1 : -1;
  }
  while (n >= 0 && n < words.length && BETWEEN_SUBJECT_AND_VERB.has(words[n].lower)) n++;
  const verb = n >= 0 ? words[n] : undefined;
  if (!verb || !looksFinite(verb)) return null;
  if (/^(?:is|are|was|were|be|been|being|get|gets|got)$/.test(verb.lower) && /ed$/.test(words[n + 1]?.lower ?? '')) return null;
  return subject;
}

/** Verbs of a clause that lists or states what something is or holds: its colon opens no one's words. */
const LISTING_VERB = /^(?:is|are|was|were|be|been|has|have|had|include|includes|included|contain|contains|contained|comprise|comprises|comprised|consist|consists|consisted|feature|features|featured|list|lists|listed|cover|covers|covered|involve|involves|involved|show|shows|showed)$/;

/**
 * The subject of the clause that a colon closes right before a quotation, when that clause has
 * no verb of saying: "Paine distinguished between two kinds of property: “…”", "the report ends
 * on an encouraging note: “…”". The clause runs from the sentence's start, or from its last
 * semicolon. A clause that lists or says what something is ("The menu includes:") gives none.
 */
export function colonSubject(text: string, from: number, colon: number): FoundSpeaker | null {
  let words = scanWords(text, from, colon);
  const semi = words.map((w) => w.text).lastIndexOf(';');
  if (semi >= 0) words = words.slice(semi + 1);
  // A list's lead ("examples, including:", "questions such as:") quotes examples, not words said;
  // a clause with a verb of saying ("refused to say:") was read for its own attribution.
  if (/^(?:including|include|includes|namely|like|as)$/.test(words[words.length - 1]?.lower ?? '')) return null;
  // (A noun spelled like one, after its determiner, "on a hopeful note", is no verb.)
  if (words.some((w, i) => speechVerb(w.lower) && !isCapitalised(w) && !DETERMINER.test(words[i - 1]?.lower ?? '') && !DETERMINER.test(words[i - 2]?.lower ?? ''))) return null;
  const subject = sentenceSubject(text, words);
  if (!subject) return null;
  // Only a person, a speaking body or a text speaks ("The gate opened, …:" names no one).
  const lastWord = /(\p{L}+)$/u.exec(subject.text)?.[1]?.toLowerCase() ?? '';
  if (subject.kind !== 'name' && subject.kind !== 'pronoun' && !isPersonNoun(lastWord) && !isSpeakingBody(lastWord)) return null;
  let n = words.findIndex((w) => w.start >= subject.end);
  while (n >= 0 && n < words.length && BETWEEN_SUBJECT_AND_VERB.has(words[n].lower)) n++;
  if (n < 0 || !words[n] || LISTING_VERB.test(words[n].lower)) return null;
  // "The judge" stands for the person the story gave that title.
  return subject.kind === 'body' && isPersonNoun(lastWord) ? { ...subject, kind: 'description' } : subject;
}

export type { Gender };

/** One person's key across the forms of the name: its last word ("Ann Lee", "Ms. Lee" → "lee"). */
export function personKey(name: string): string {
  const words = name.replace(/['\u2019]s?$/, '').trim().split(/\s+/);
  return words[words.length - 1].toLowerCase();
}

const MALE_BEFORE = /\b(?:Mr|Mister|Sir|King|Prince|Lord|Brother|Father)\.?\s+$/;
const FEMALE_BEFORE = /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Sister)\.?\s+$/;

/**
 * The gender a noun of one gender among the first five words after a name's comma tells
 * (", a spokeswoman for the port", ", the victim's mother"); a woman's noun anywhere there
 * before a man's. Nouns from `data/genders.ts`.
 */
function appositionGender(after: string): Gender | null {
  const m = /^,\s+((?:\S+\s+){0,4}\S+)/.exec(after);
  if (!m) return null;
  const heads = m[1].split(/\s+/).map((w) => /^\p{L}+/u.exec(w)?.[0].toLowerCase() ?? '');
  if (heads.some((h) => nounGender(h) === 'female')) return 'female';
  return heads.some((h) => nounGender(h) === 'male') ? 'male' : null;
}

/** The first name of a person's name of two words or more, titles left out ("Dr. Ann Lee" → "Ann"). */
function firstNameOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => !isTitle(w.toLowerCase()));
  return words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) ? words[0] : null;
}

/**
 * The gender the story's own words give each person, by key: a title ("Mr.", "Ms."), a word in
 * apposition (", a spokeswoman"), and, for a name that opens its sentence (its subject), a
 * pronoun of the same sentence after the name with no other person between (a subject "he" or "she", or "his", "himself", "herself": "Lee said she …",
 * "Lee took his coat"), or the subject pronoun that opens the next sentence when no other person
 * comes between ("Lee left early. Then she …"). Each person takes the gender most of these give; a
 * tie gives none; without any, the gender of a first name given to one gender only. Linear in the
 * number of mentions.
 */
export function personGenders(text: string, mentions: Mention[]): Map<string, Gender> {
  const votes = new Map<string, number>();
  const vote = (key: string, g: Gender) => votes.set(key, (votes.get(key) ?? 0) + (g === 'male' ? 1 : -1));
  const people = mentions.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start);
  for (let i = 0; i < people.length; i++) {
    const m = people[i];
    const key = personKey(m.text);
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    if (MALE_BEFORE.test(before) || /^(?:Mr|Sir)\.?\s/.test(m.text)) vote(key, 'male');
    if (FEMALE_BEFORE.test(before) || /^(?:Mrs|Ms|Miss)\.?\s/.test(m.text)) vote(key, 'female');
    const after = text.slice(m.end, Math.min(text.length, m.end + 200));
    const told = appositionGender(after);
    if (told) vote(key, told);
    // Pronouns after the name tell its gender only when the name is its sentence's subject
    // (what comes before it in the sentence is at most one word: "Then Lee said she …").
    const lead = tailAfter(text.slice(Math.max(0, m.start - 60), m.start), '\r\n.!?"\u201c\u201d');
    if (lead.trim().split(/\s+/).filter(Boolean).length > 1) continue;
    const next = people[i + 1];
    const reach = Math.max(0, next ? Math.min(after.length, next.start - m.end) : after.length);
    // Only a subject or an owner: an object ("Lee hired him") is most often someone else.
    const p = /(?<![\p{L}])(he|she|his|himself|herself)(?![\p{L}])/iu.exec(after.slice(0, reach));
    if (!p) continue;
    const gap = after.slice(0, p.index);
    // Outside quotation marks, within the name's sentence or at the very start of the next one.
    const sameSentence = !/[\r\n.!?"\u201c\u201d]/.test(gap);
    const nextSentence = /^[^\r\n.!?"\u201c\u201d]*[.!?]\s+(?:\p{L}+\s+)?$/u.test(gap) && /^(?:he|she)$/i.test(p[1]);
    if (sameSentence || nextSentence) vote(key, /^(?:he|his|himself)$/i.test(p[1]) ? 'male' : 'female');
  }
  const out = new Map<string, Gender>();
  for (const [k, n] of votes) if (n !== 0) out.set(k, n > 0 ? 'male' : 'female');
  // A person the story's words give no gender takes the one of their first name, when that
  // name is given to one gender only ("Dominic", "Yvonne"; not "Lee" or "Terry"). A person the
  // story calls by one word only, when that word is such a first name ("Veronique said"), is
  // called by their first name, as stories do with the people they follow closely.
  for (const m of people) {
    const key = personKey(m.text);
    if (out.has(key)) continue;
    const first = firstNameOf(m.text) ?? (/^\p{Lu}\p{Ll}+$/u.test(m.text) ? m.text : null);
    const g = first ? firstNameGender(first) : null;
    if (g) out.set(key, g);
  }
  return out;
}

/** Heads' patterns, by head (see {@link hasHeadWord}). */
const headWords = new Map<string, RegExp>();

const ASCII = /^[\x00-\x7f]*$/;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * True when `text` holds `head` (in lower case) as a word of its own, in any case, and not as
 * an owner ("the star's agent Ann Lee" is no star). Plain ASCII is searched without a regular
 * expression: a pattern made for each head costs about a millisecond to compile, more than
 * the whole search, and most heads are met a few times.
 */
function hasHeadWord(text: string, head: string): boolean {
  if (!ASCII.test(text) || !ASCII.test(head)) {
    let re = headWords.get(head);
    if (!re) {
      // Bounded: a long session meets ever more heads.
      if (headWords.size >= 1000) headWords.clear();
      headWords.set(head, (re = new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}]|['\u2019]s(?![\\p{L}]))`, 'iu')));
    }
    return re.test(text);
  }
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(head); at >= 0; at = lower.indexOf(head, at + 1)) {
    if (at > 0 && isAsciiLetter(lower.charCodeAt(at - 1))) continue;
    const end = at + head.length;
    if (end < lower.length && isAsciiLetter(lower.charCodeAt(end))) continue;
    // An owner: "'s" not followed by a letter.
    if (lower[end] === "'" && lower[end + 1] === 's' && !(end + 2 < lower.length && isAsciiLetter(lower.charCodeAt(end + 2)))) continue;
    return true;
  }
  return false;
}

/**
 * The person a definite description speaker stands for ("the mayor said" after "Mayor Nikos
 * Pappas" or "Pappas, the town's mayor"): of the people named before it with the description's
 * head word just before the name or in apposition after it, the one the story named last (in
 * the 3000 characters before it). Null when none.
 */
export function resolveDescription(text: string, mentions: Mention[], speaker: FoundSpeaker, quoted: readonly Span[] = []): number | null {
  if (speaker.kind === 'body' || speaker.kind === 'description') {
    if (!/\bthe\s+$/i.test(text.slice(Math.max(0, speaker.start - 5), speaker.start))) return null;
    const age = /^(\d{1,3})[- ]year[- ]old$/i.exec(speaker.text);
    if (age) return resolveAge(text, mentions, speaker, age[1]);
    // "the association", "the department": the organisation named before whose name ends
    // with that noun ("the California Teachers Association", "the state Health Department").
    const own = organisationEndingWith(text, mentions, speaker);
    if (own !== null) return own;
    if (COMPANY_NOUNS.test(speaker.text)) return nearestBefore(mentions, speaker, 'organization', 1500);
    if (speaker.kind === 'body') return null;
    // A noun for a body of people never stands for one person ("a spokesman for the teachers'
    // association, Ann Lee" does not make Lee "the association").
    if (BODY_HEADS.test(/(\p{L}+)$/u.exec(speaker.text)?.[1]?.toLowerCase() ?? '')) return null;
  }
  if (speaker.kind !== 'description') return null;
  const head = /(\p{L}+)$/u.exec(speaker.text)?.[1]?.toLowerCase();
  if (!head || head.length < 3) return null;
  // The head as the person's own title, not as an owner ("the star's agent Ann Lee" is no star),
  // written out or abbreviated ("the senator" after "Sen. Ann Lee").
  const short = titleAbbreviations(head);
  const headWord = { test: (t: string) => hasHeadWord(t, head) || short.some((a) => hasHeadWord(t, a)) };
  // People given the title anywhere before (up to 400 names back), and people named in the
  // last 3000 characters: the description stands for one in both. Only the people named in
  // those 3000 characters can be the answer, so only their earlier mentions are read for a title.
  let m = mentionOver(mentions, { start: speaker.start, end: speaker.start + 1 }) ?? mentions.length;
  const last = Math.min(m, mentions.length) - 1;
  const recent = new Set<string>();
  for (let k = last; k >= 0 && speaker.start - mentions[k].end <= 3000; k--) {
    const men = mentions[k];
    if (men.end > speaker.start || men.kind !== 'person') continue;
    recent.add(personKey(men.text));
  }
  if (!recent.size) return null;
  const titled = new Set<string>();
  for (m = last; m >= 0 && m > last - 400; m--) {
    const men = mentions[m];
    if (men.end > speaker.start || men.kind !== 'person') continue;
    const key = personKey(men.text);
    if (!recent.has(key) || titled.has(key)) continue;
    const before = text.slice(Math.max(0, men.start - 40), men.start);
    // The stop of an abbreviated title ("State Sen. Ann Lee") does not end the words before the name.
    const lead = tailAfter(before.replace(/(\p{L}+)\.(?=\s)/gu, (w: string, word: string) => (isAbbreviatedTitle(w.toLowerCase()) ? `${word} ` : w)), '.;:!?\r\n');
    const after = text.slice(men.end, men.end + 80);
    const apposition = /^,\s+[^,.;:!?\r\n]*/.exec(after)?.[0] ?? '';
    // The head as the person's title: right before the name, with only capitalised words (the
    // rest of the title) between ("District Attorney Ann Lee", "the judge, Ann Lee"), not a
    // word of the clause before it ("The judge, after sentencing Lee").
    let title = lead.replace(/\s+$/, '');
    if (/,$/.test(title)) title = title.slice(0, -1);
    else while (/\s\p{Lu}[\p{L}.'\u2019-]*$/u.test(title) && !headWord.test(/(\S+)$/.exec(title)?.[1] ?? '')) title = title.replace(/\s+\S+$/, '');
    if (headWord.test(/(\S+)$/.exec(title)?.[1] ?? '') || headWord.test(apposition)) titled.add(key);
  }
  // Of the people the story gave that title, the one it spoke of last ("Judge Ann Lee … Judge
  // Tom Reed … said Lee. The judge added" is Lee).
  for (let k = last; k >= 0 && speaker.start - mentions[k].end <= 3000; k--) {
    const men = mentions[k];
    if (men.end > speaker.start || men.kind !== 'person') continue;
    if (titled.has(personKey(men.text))) return introducedSince(text, quoted, head, men.end, speaker.start) ? null : k;
  }
  return null;
}

/** Offices that one person holds at a time, whom "the …" names even when the story does not. */
const SINGLE_OFFICE = /^(?:president|vice-president|governor|mayor|premier|chancellor|pope|king|queen|monarch|emperor|prime minister)$/;

/** True when the noun `lower` occurs nowhere before `at` but inside quotation marks (`quoted`). */
function firstUse(text: string, quoted: readonly Span[], lower: string, at: number): boolean {
  const re = new RegExp(`\\b${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'giu');
  const before = text.slice(0, at);
  for (let m = re.exec(before); m; m = re.exec(before)) if (!insideQuote(quoted, { start: m.index, end: m.index + m[0].length })) return false;
  return true;
}

/**
 * True when "a", "an", "one" or "another", up to three words and the noun `head` stand between
 * `from` and `to`: someone new was introduced by that noun ("One Republican senator, who spoke
 * on condition of anonymity, said …"), and "the senator" after it is that one, not a senator
 * the story named before.
 */
function introducedSince(text: string, quoted: readonly Span[], head: string, from: number, to: number): boolean {
  if (to - from > 3000) from = to - 3000;
  const re = new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'giu');
  const stretch = text.slice(from, to);
  for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
    if (insideQuote(quoted, { start: from + m.index, end: from + m.index + m[0].length })) continue;
    // In apposition to a name ("Tom Reed, a spokesman for the port,") it is that named person.
    if (/[\p{Lu}\p{N}][\p{L}\p{N}'\u2019.-]*,\s*$/u.test(text.slice(Math.max(0, from + m.index - 40), from + m.index))) continue;
    return true;
  }
  return false;
}

/** How far from a description its apposition to a name is looked for, either way. */
const APPOSITION_REACH = 3000;

/** A letter of any script. */
const LETTER = /\p{L}/u;

/** A word that may stand between an indefinite determiner and its noun ("a fire service spokeswoman"). */
const MODIFIER_WORD = /^[\p{L}\p{N}'\u2019-]+$/u;

/**
 * True when lower-case `before` introduces someone by the noun `head`: "a", "an", "one" or
 * "another", up to three words, then the noun ("a police officer").
 */
function introducedBy(before: string, head: string): boolean {
  for (let at = before.indexOf(head); at >= 0; at = before.indexOf(head, at + 1)) {
    if (LETTER.test(before[at - 1] ?? '') || LETTER.test(before[at + head.length] ?? '')) continue;
    const lead = before.slice(Math.max(0, at - 80), at);
    if (!/\s$/.test(lead)) continue;
    const words = lead.split(/\s+/).filter(Boolean).slice(-4);
    for (let i = words.length - 1; i >= 0; i--) {
      if (/^(?:a|an|one|another)$/.test(words[i])) return true;
      if (!MODIFIER_WORD.test(words[i])) break;
    }
  }
  return false;
}

/**
 * The person a description of someone stands for where the text ties the same words to a name by
 * apposition, before or after it ("her daughter cried out “…”" … "she lay her daughter, Ann
 * Lee, on the sidewalk"; "Tom Reed, the driver, …" … "the driver said"): the description, with
 * its article, followed by a comma and a person's name, or after a person's name and a comma.
 */
export function appositionNamed(text: string, mentions: Mention[], speaker: FoundSpeaker): number | null {
  if (speaker.kind !== 'description') return null;
  const article = /\bthe\s+$/i.exec(text.slice(Math.max(0, speaker.start - 5), speaker.start));
  const owned = /^(?:his|her|their|my|our|your)\s/i.test(speaker.text);
  if (!article && !owned) return null;
  // Searched as lower-case text, without a pattern compiled for each description.
  const phrase = (article ? `the ${speaker.text}` : speaker.text).split(/\s+/).join(' ').toLowerCase();
  const from = Math.max(0, speaker.start - APPOSITION_REACH);
  const raw = text.slice(from, Math.min(text.length, speaker.end + APPOSITION_REACH));
  const window = raw.toLowerCase();
  // Offsets hold only when lower case keeps the length (it does but for a few letters).
  if (window.length !== raw.length) return null;
  const person = (at: Span) => {
    const k = mentionOver(mentions, at);
    return k !== null && mentions[k].kind === 'person' ? k : null;
  };
  for (let at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1)) {
    if (LETTER.test(window[at - 1] ?? '') || LETTER.test(window[at + phrase.length] ?? '')) continue;
    const start = from + at;
    const end = start + phrase.length;
    if (start <= speaker.start && end >= speaker.end) continue;
    const after = /^,[ \t]+/.exec(text.slice(end, end + 4));
    if (after) {
      const k = person({ start: end + after[0].length, end: end + after[0].length + 1 });
      if (k !== null && mentions[k].start === end + after[0].length) return k;
    }
    const before = /,[ \t]+$/.exec(text.slice(Math.max(0, start - 4), start));
    if (before) {
      const nameEnd = start - before[0].length;
      const k = person({ start: nameEnd - 1, end: nameEnd });
      if (k !== null && mentions[k].end === nameEnd) return k;
    }
  }
  return null;
}

/**
 * The person a definite description of a person stands for when the story gave nobody its title
 * ("the star said", "the comedian and talk show host said"): the one person the narration (not
 * the quoted words, `quoted`) has spoken of most so far, the story's subject, when nobody else comes close (named at least twice and
 * more than twice as often as anyone else) and named in the heading, the noun's gender does not contradict theirs, and the
 * text never introduced someone else by that noun ("a police officer … the officer said").
 */
export function salientPerson(text: string, mentions: Mention[], speaker: FoundSpeaker, genders: ReadonlyMap<string, Gender>, quoted: readonly Span[], heading: Span | null): number | null {
  if (!heading || speaker.kind !== 'description' || !/\bthe\s+$/i.test(text.slice(Math.max(0, speaker.start - 5), speaker.start))) return null;
  // "the star's agent", "the head of security": someone described through another.
  if (/['\u2019]s\b|\bof\b/i.test(speaker.text)) return null;
  const head = /(\p{L}+)$/u.exec(speaker.text)?.[1]?.toLowerCase();
  // A maker ("the software maker", "the carmaker") is most often a company.
  if (!head || !isPersonNoun(head) || RELATIONAL_NOUNS.has(head) || /maker$/.test(head)) return null;
  if (introducedBy(text.slice(Math.max(0, speaker.start - 5000), speaker.start).toLowerCase(), head)) return null;
  const counts = new Map<string, { n: number; last: number }>();
  for (let m = 0; m < mentions.length && mentions[m].end <= speaker.start; m++) {
    const men = mentions[m];
    // Names in quoted words are the speakers', not the narration's.
    if (men.kind !== 'person' || insideQuote(quoted, men)) continue;
    const c = counts.get(men.key) ?? { n: 0, last: m };
    c.n++;
    c.last = m;
    counts.set(men.key, c);
  }
  let best: { n: number; last: number } | null = null;
  let second = 0;
  for (const c of counts.values()) {
    if (!best || c.n > best.n) {
      second = best?.n ?? 0;
      best = c;
    } else if (c.n > second) second = c.n;
  }
  if (!best || best.n < 2 || best.n <= 2 * second) return null;
  // The story is about them: its heading names them.
  const key = mentions[best.last].key;
  if (!mentions.some((m) => m.key === key && m.start >= heading.start && m.end <= heading.end)) return null;
  const wanted = nounGender(head);
  const gender = genders.get(personKey(mentions[best.last].text));
  // A masculine noun with a feminine form in "-ess" ("host", "actor") is also said of women.
  const generic = wanted === 'male' && [`${head}ess`, head.replace(/(?:or|er)$/, 'ress')].some((f) => f !== head && nounGender(f) === 'female');
  if (wanted && gender && wanted !== gender && !generic) return null;
  return best.last;
}

/** Nouns for a business or a body of people that "the …" points back to ("said the company"). */
const COMPANY_NOUNS = /^(?:company|firm|corporation|group|airline|bank|retailer|carmaker|automaker|studio|charity|network|broadcaster|insurer|manufacturer|chain)$/i;

/**
 * The nearest organisation named before "the <noun>" (no farther than 3000 characters) whose
 * name ends with that noun ("the association" after "the California Teachers Association"),
 * or null. Only a noun for a body of people: "the office" or "the campaign" of a person is
 * another speaker.
 */
function organisationEndingWith(text: string, mentions: Mention[], speaker: FoundSpeaker): number | null {
  const head = /(\p{L}+)$/u.exec(speaker.text)?.[1]?.toLowerCase();
  if (!head || !BODY_HEADS.test(head)) return null;
  // Whatever kind the name was given: a body's noun ends its name or comes before "of"
  // ("the Healthcare Association of New York State").
  const ends = new RegExp(`(?:^|\\s)${head}s?(?:$|\\s+(?:of|for|on)\\s)`, 'i');
  const over = mentionOver(mentions, { start: speaker.start, end: speaker.start + 1 }) ?? mentions.length;
  for (let m = Math.min(over, mentions.length) - 1; m >= 0; m--) {
    const men = mentions[m];
    if (men.end > speaker.start) continue;
    if (speaker.start - men.end > 3000) break;
    if (men.kind !== 'person' && ends.test(men.text)) return m;
  }
  return null;
}

/** Nouns that end the names of bodies of people ("… Association", "… Department", "… Union"). */
const BODY_HEADS = /^(?:association|union|federation|council|committee|commission|department|ministry|agency|party|board|authority|institute|foundation|society|league|coalition|alliance|organi[sz]ation|group|company|corporation|bank|university|college|court|service|bureau)$/;

/** Index of the nearest mention of `kind` ending before `span`, no farther than `reach` characters, or null. */
function nearestBefore(mentions: Mention[], span: Span, kind: Mention['kind'], reach: number): number | null {
  const over = mentionOver(mentions, { start: span.start, end: span.start + 1 }) ?? mentions.length;
  for (let m = Math.min(over, mentions.length) - 1; m >= 0; m--) {
    const men = mentions[m];
    if (men.end > span.start) continue;
    if (span.start - men.end > reach) break;
    if (men.kind === kind) return m;
  }
  return null;
}

/**
 * The person "the 29-year-old" stands for: the nearest person before it given that age ("Lee,
 * 29,", "Lee (29)", "29-year-old Lee"), else the nearest person named in the 400 characters
 * before it, whom an age noun with no name of its own can only point back to.
 */
function resolveAge(text: string, mentions: Mention[], speaker: FoundSpeaker, age: string): number | null {
  const over = mentionOver(mentions, { start: speaker.start, end: speaker.start + 1 }) ?? mentions.length;
  const given = new RegExp(`^(?:,\\s*|\\s*\\()${age}\\b`);
  const before = new RegExp(`\\b${age}[- ]year[- ]old\\s+(?:\\S+\\s+){0,3}$`, 'i');
  for (let m = Math.min(over, mentions.length) - 1; m >= 0; m--) {
    const men = mentions[m];
    if (men.end > speaker.start || men.kind !== 'person') continue;
    if (speaker.start - men.end > 3000) break;
    if (given.test(text.slice(men.end, men.end + 8)) || before.test(text.slice(Math.max(0, men.start - 40), men.start))) return m;
  }
  return nearestBefore(mentions, speaker, 'person', 400);
}

/** Index of the first of the sorted spans `mentions` that overlaps `span`, or null. */
export function mentionOver(mentions: readonly Span[], span: Span): number | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < mentions.length && mentions[k].start < span.end; k++) {
    if (mentions[k].end > span.start) return k;
  }
  return null;
}

/** The end of `span` before any white space it ends with. */
function trimmedEnd(text: string, span: Span): number {
  let e = span.end;
  while (e > span.start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** True when `span` lies inside one of the sorted, disjoint spans `quoted`. */
export function insideQuote(quoted: readonly Span[], span: Span): boolean {
  const k = mentionOver(quoted, span);
  return k !== null && quoted[k].start <= span.start && span.end <= quoted[k].end;
}

/**
 * The earlier name a pronoun stands for: in the pronoun's own sentence before it, then in up
 * to six sentences before, the first fitting name of each sentence (the subject is the
 * likeliest antecedent). Uses the article's mentions when there are any, and otherwise runs of
 * capitalised words. Names inside quotation marks (`quoted`, sorted) are words of a speaker,
 * not people the narration refers to, nor do sentences of quoted words count among the six; a
 * pronoun after its quote (`"…," she said`) is read from the quote's start (`anchor`).
 */
export function resolvePronoun(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  pronoun: FoundSpeaker,
  earlierSpeakers: FoundSpeaker[],
  genders: ReadonlyMap<string, Gender> = new Map(),
  quoted: readonly Span[] = [],
  anchor = pronoun.start,
): { span: FoundSpeaker; mention: number | null } | null {
  const lowerPronoun = pronoun.text.toLowerCase();
  const wanted: Gender | null = lowerPronoun === 'he' ? 'male' : lowerPronoun === 'she' ? 'female' : null;
  const kind = pronounKind(pronoun.text.toLowerCase());
  // "I" is the writer or the narrator, whom the text seldom names before the words.
  if (!kind || pronoun.text === 'I' || pronoun.text === 'i') return null;
  if (kind === 'thing') {
    // "It" after a sentence telling that someone put out a written thing ("Lee posted a
    // statement. “…,” it read.") is that thing, and its words are its author's.
    const author = authorOfWritten(text, sentences, mentions, Math.min(pronoun.start, anchor));
    if (author) return author;
  }
  if (kind !== 'person') {
    for (let k = earlierSpeakers.length - 1; k >= 0; k--) {
      const s = earlierSpeakers[k];
      if (s.kind !== 'pronoun' && s.end <= pronoun.start && pronoun.start - s.end < 2000) return { span: s, mention: mentionOver(mentions, s) };
    }
  }
  const from = Math.min(pronoun.start, anchor);
  const si = sentenceAt(sentences, from);
  const first = si < 0 ? 0 : si;
  // Up to six sentences before the pronoun's own, not counting sentences of quoted words.
  for (let s = first, counted = 0, before = 0; s >= 0 && s >= first - 40 && counted <= 6; s--) {
    const sent = sentences[s];
    if (!sent) break;
    if (s !== si && insideQuote(quoted, { start: sent.start, end: Math.max(sent.start, trimmedEnd(text, sent)) })) continue;
    counted++;
    if (s !== si) before++;
    const end = s === si ? from : sent.end;
    const start = Math.max(sent.start, end - 600);
    if (kind === 'person') {
      const found = personInSentence(text, mentions, quoted, genders, lowerPronoun, wanted, start, end, pronoun.start, s === si, before === 1);
      if (found === 'same') {
        // A sentence about the one the pronoun means carries the chain back: it does not count.
        counted--;
        continue;
      }
      if (found) return found;
      if (mentions.length) continue;
    }
    if (mentions.length) {
      for (let m = mentionOver(mentions, { start, end: start + 1 }) ?? 0; m < mentions.length && mentions[m].start < end; m++) {
        const men = mentions[m];
        if (men.start < start || insideQuote(quoted, men)) continue;
        if (kind === 'thing' ? men.kind === 'organization' : true) {
          return { span: { start: men.start, end: men.end, text: men.text, kind: 'name' }, mention: m };
        }
      }
      continue;
    }
    const words = scanWords(text, start, end);
    for (let i = 0; i < words.length; i++) {
      if (!isCapitalised(words[i]) || isNotName(words[i]) || isTitle(words[i].lower) || insideQuote(quoted, words[i])) continue;
      let b = i;
      while (b + 1 < words.length && (isCapitalised(words[b + 1]) || (isNameParticle(words[b + 1]) && isCapitalised(words[b + 2] ?? words[b]))) && !possessive(words[b]).owned) b++;
      const run = words.slice(i, b + 1);
      const bodyLike = run.some((x) => isSpeakingBody(x.lower));
      if ((kind === 'person' && !bodyLike) || kind !== 'person') {
        const found = nameOfRun(text, words, i, b);
        if (found) {
          const p = possessive({ ...words[b], text: found.text });
          return { span: { ...found, end: p.owned ? p.end : found.end, text: p.owned ? p.base : found.text }, mention: null };
        }
      }
      i = b;
    }
  }
  return null;
}

/**
 * The subject of the sentence before the one at `at`, when that sentence tells of a written
 * thing (a statement, a letter, a post): "Lee posted a statement." Null otherwise.
 */
function authorOfWritten(text: string, sentences: Sentence[], mentions: Mention[], at: number): { span: FoundSpeaker; mention: number | null } | null {
  const si = sentenceAt(sentences, at);
  if (si < 1) return null;
  const prev = sentences[si - 1];
  const words = scanWords(text, prev.start, prev.end);
  const written = words.findIndex((w, k) => w.kind === 'word' && WRITTEN_NOUN.test(w.lower) && k > 0 && DETERMINER.test(words[k - 1].lower));
  if (written < 0) return null;
  // The author is the subject, before the written thing (which is no author of itself).
  const subject = sentenceSubject(text, words);
  if (!subject || subject.kind === 'pronoun' || subject.end > words[written].start) return null;
  // The name as the story's mention gives it, without a title before it ("Councilman").
  const m = mentionOver(mentions, { start: subject.end - 1, end: subject.end });
  if (m !== null && mentions[m].start >= subject.start) return { span: { start: mentions[m].start, end: mentions[m].end, text: mentions[m].text, kind: 'name' }, mention: m };
  return { span: subject, mention: null };
}

/**
 * Words that open a phrase or clause of time, place, manner or cause set before a sentence's
 * subject ("While …, Lee", "In a statement, Lee"). Not "for" or "to", whose phrase often names
 * the one the sentence is about ("For Ann Lee, the town was home").
 */
const ADVERBIAL_OPENERS = new Set([
  'while', 'whilst', 'when', 'after', 'before', 'as', 'since', 'although', 'though', 'because', 'if', 'once',
  'until', 'despite', 'during', 'following', 'in', 'on', 'at', 'last', 'this', 'earlier', 'later', 'meanwhile',
  'yesterday', 'today', 'speaking', 'asked', 'responding', 'addressing', 'writing', 'still', 'now', 'then',
]);

/** Where a sentence's subject starts: after an opening phrase set off by a comma ("In a statement, Lee …"). */
function subjectStart(words: Word[]): number {
  if (!words[0] || !ADVERBIAL_OPENERS.has(words[0].lower)) return 0;
  for (let c = 1; c < words.length && c < 16; c++) if (words[c].text === ',') return c + 1;
  return 0;
}

/**
 * The person "he" or "she" (`lower`, of gender `wanted`) may stand for in the stretch
 * `start..end` of one sentence: a person named there whose gender does not disagree, or a
 * description of one person ("the spokeswoman", "a police officer") whose noun does not
 * disagree. The sentence's subject comes first (after any opening phrase); then the earliest
 * other candidate. `'same'` when the subject is the same pronoun: that sentence speaks of the
 * one the pronoun means, who is named further back.
 */
function personInSentence(
  text: string,
  mentions: Mention[],
  quoted: readonly Span[],
  genders: ReadonlyMap<string, Gender>,
  lower: string,
  wanted: Gender | null,
  start: number,
  end: number,
  pronounStart: number,
  own: boolean,
  adjacent = false,
): { span: FoundSpeaker; mention: number | null } | 'same' | null {
  const words = scanWords(text, start, end).filter((w) => !insideQuote(quoted, w));
  if (!words.length) return null;
  const subjectLead = subjectStart(words);
  const subject = words[subjectLead];
  if (subject && subject.lower.replace(/['\u2019](?:d|s|ll|m|re|ve)$/, '') === lower && subject.start !== pronounStart && wanted) return 'same';
  // `at`: where a description that stands for a name earlier in the story stands in this sentence.
  type Candidate = { span: FoundSpeaker; mention: number | null; at?: number };
  const candidates: Candidate[] = [];
  for (let m = mentionOver(mentions, { start, end: start + 1 }) ?? 0; m < mentions.length && mentions[m].start < end; m++) {
    const men = mentions[m];
    if (men.start < start || men.kind !== 'person' || insideQuote(quoted, men)) continue;
    // A person the story tells is of the other gender is not the one "he" or "she" means.
    const known = genders.get(personKey(men.text));
    if (wanted && known && known !== wanted) continue;
    candidates.push({ span: { start: men.start, end: men.end, text: men.text, kind: 'name' }, mention: m });
  }
  // Descriptions only before the pronoun's own sentence: in it they are most often what the
  // quoted words are about ("The director “is eager …,” she wrote").
  for (let i = 1; i < words.length && !own; i++) {
    const noun = words[i];
    if (noun.kind !== 'word' || isCapitalised(noun) || !isPersonNoun(noun.lower)) continue;
    // A noun for a person that names no role ("a chemist", "a guy", "a pixie") introduces
    // someone in passing: "he" or "she" stands for them only in the sentence right after.
    if (!adjacent && !isRoleNoun(noun.lower)) continue;
    // A determiner, then up to three words that modify the noun ("a fire service spokeswoman").
    let det = i - 1;
    while (det >= 0 && det > i - 4 && !DETERMINER.test(words[det].lower) && words[det].kind === 'word' && !NOT_IN_DESCRIPTION.has(words[det].lower)) det--;
    if (det < 0 || !DETERMINER.test(words[det].lower)) continue;
    // A title before a name is part of the name ("the spokesman Ann Lee"); a description with a
    // name in apposition after it is that person, a candidate by name ("His wife, Ann Lee, …").
    if (words[i + 1] && isCapitalised(words[i + 1]) && !isNotName(words[i + 1])) continue;
    if (words[i + 1]?.text === ',' && words[i + 2] && isCapitalised(words[i + 2]) && mentions[mentionOver(mentions, words[i + 2]) ?? -1]?.kind === 'person') continue;
    // A description in apposition to a name or said of a subject is that person, not another
    // ("Omar Khan, a passenger,", "Lee is a nurse").
    // The comma that closes an opening phrase ("As he watched, his commanding officer …") is
    // no apposition: the description after it is the sentence's subject.
    const lead = words[det - 1];
    const named = words[det - 2] && isCapitalised(words[det - 2]) && !isNotName(words[det - 2]);
    if (lead && ((lead.text === ',' && det !== subjectLead) || (named && /^(?:is|was|became|becomes)$/.test(lead.lower)))) continue;
    // A description after "being", "as" or "become" says what someone is or was, not who
    // ("she had turned a corner from being a heavy drinker"): a predicate, never the referent.
    if (lead && /^(?:being|been|be|become|becoming|as)$/.test(lead.lower)) continue;
    // An owner is a person of its own ("the minister's aide" is the aide).
    if (words[i + 1]?.lower === "'s" || words[i + 1]?.lower === '\u2019s') continue;
    const g = nounGender(noun.lower);
    if (wanted && g && g !== wanted) continue;
    if (mentionOver(mentions, noun) !== null) continue;
    const from = /^(?:the|a|an)$/.test(words[det].lower) ? det + 1 : det;
    const span: FoundSpeaker = { start: words[from].start, end: noun.end, text: text.slice(words[from].start, noun.end), kind: 'description' };
    if (words[det].lower === 'the') {
      // A definite description points back to someone met before: to the person the story
      // tied it to, when that person's gender agrees; else it is passed over, and the search
      // goes on to where that someone was introduced.
      const m = resolveDescription(text, mentions, span, quoted);
      const known = m === null ? undefined : genders.get(personKey(mentions[m].text));
      if (m !== null && !(wanted && known && known !== wanted)) candidates.push({ span: { start: mentions[m].start, end: mentions[m].end, text: mentions[m].text, kind: 'name' }, mention: m, at: span.start });
      // A description the story uses for the first time, outside quotation marks, introduces
      // its one holder ("The president weighed in late on Tuesday."): it is the candidate.
      // Only a single office's holder ("the president", "the governor"), as the subject of the
      // sentence right before, when that sentence names nobody and the description stands in no
      // apposition ("The governor, Ann Lee, …"); an epithet ("the star") points back to someone.
      else if (m === null && adjacent && det === subjectLead && SINGLE_OFFICE.test(noun.lower) && !words.some((w) => w.kind === 'word' && isCapitalised(w) && mentionOver(mentions, w) !== null && mentions[mentionOver(mentions, w)!].kind === 'person') && words[i + 1]?.text !== ',' && firstUse(text, quoted, noun.lower, span.start)) candidates.push({ span, mention: null });
      continue;
    }
    candidates.push({ span, mention: null });
  }
  if (!candidates.length) return null;
  const subjectAt = subject ? subject.start : start;
  const at = (c: Candidate) => c.at ?? c.span.start;
  candidates.sort((a, b) => at(a) - at(b));
  const best = candidates.find((c) => at(c) >= subjectAt) ?? candidates[0];
  return { span: best.span, mention: best.mention };
}

export { isListener, sentenceAt };
